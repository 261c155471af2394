import type { Message } from './types';

/** The one message pattern: “expected Y, found X” in both languages. */
export function unexpected(found: string, expected: string, zhNote = '', enNote = ''): Message {
  return {
    zh: `${zhNote}应为“${expected}”，而非“${found}”`,
    en: `${enNote}Unexpected "${found}", expected "${expected}"`,
  };
}
