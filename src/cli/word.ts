// The Node side of .docx input: read the bytes, hand them to the core reader, turn its errors into problems.
// Loaded only when a .docx is met (through `loadWord`), so plain-text runs never load the reader.

import type { Message } from '../core/rules/types';
import { WordError } from '../core/word/errors';
import { readDocx, type WordDocument } from '../core/word/read';
export { commentPlaceholderFindings } from '../core/word/check';
import { readFileBytes } from './files';

export function readDocxFile(abs: string): { word: WordDocument; bytes: Uint8Array } | { problem: Message } {
  const bytes = readFileBytes({ abs });
  if ('problem' in bytes) return bytes;
  try {
    return { word: readDocx(bytes), bytes };
  } catch (err) {
    if (err instanceof WordError) return { problem: err.text };
    throw err;
  }
}
