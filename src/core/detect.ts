import { isCjkCode } from './chars';

const SAMPLE_LENGTH = 20_000;
const STRUCTURE = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|同志们|各位代表|各位委员|第[一二三四五六七八九十]+[章条])|[，。；：][一二三]是/m;

/**
 * Whether text looks like a Chinese report: mostly CJK (by letters, in the first 20,000 characters)
 * with a salutation, structure markers or 一是-style enumerations.
 */
export function looksLikeReport(text: string): boolean {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  // Counted by code, not by matching: a match array would hold a string per character.
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (isCjkCode(c)) cjk++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  return cjk >= 20 && cjk >= latin && STRUCTURE.test(sample);
}
