// Reading a draft for any command: a .docx through the Word reader (loaded on first use), else UTF-8 text.

import { isWordPath } from '../core/formats';
import type { Message } from '../core/rules/types';
import { readTextFile, type DecodedFile, type InputFile } from './files';
import { loadWord } from './lazy';

/** The draft's text (a .docx's: one line per paragraph, numbering labels recovered), or why it cannot be read. */
export function readDraftText(input: InputFile): DecodedFile | { problem: Message } {
  if (!isWordPath(input.abs)) return readTextFile(input);
  const read = loadWord().readDocxFile(input.abs);
  return 'problem' in read ? read : { text: read.word.text, bom: false };
}
