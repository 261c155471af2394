import { capitalize, markName } from './mark-names';
import type { Message } from './types';

/**
 * “Expected Y, found X” in both languages. Marks are named in words (半角逗号应改为全角逗号), a doubled
 * mark or word says to keep one; other text is quoted as it stands.
 */
export function unexpected(found: string, expected: string, zhNote = '', enNote = ''): Message {
  const from = markName(found, true);
  const to = markName(expected, true);
  if (from && to) return { zh: `${zhNote}${from.zh}应改为${to.zh}`, en: `${enNote}${capitalize(from.en)}: use the ${to.en}` };
  if (found.length > 1 && found === expected.repeat(found.length)) {
    const name = markName(expected);
    return name
      ? { zh: `${zhNote}${name.zh}重复，只保留一个`, en: `${enNote}Doubled ${name.en}: keep one` }
      : { zh: `${zhNote}“${expected}”重复，只保留一个`, en: `${enNote}Doubled "${expected}": keep one` };
  }
  return {
    zh: `${zhNote}应为“${expected}”，而非“${found}”`,
    en: `${enNote}Unexpected "${found}", expected "${expected}"`,
  };
}
