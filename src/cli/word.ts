// The Node side of Word files: read and write bytes, call the core reader and writer, turn their errors into
// problems. Loaded only when a .docx is met (through `loadWord`), so plain-text runs never load this code.

import * as fs from 'node:fs';
import type { Format } from '../core/model';
import type { Message } from '../core/rules/types';
import type { ExportSettings } from '../core/config/export';
import { readDraft } from '../core/word/draft';
import { WordError } from '../core/word/errors';
import { readDocx, readStylesXml, type WordDocument } from '../core/word/read';
import { writeDocx } from '../core/word/write';
import { readFileBytes } from './files';
import { messages } from './messages';

export { annotateDocx } from '../core/word/annotate';
export { commentPlaceholderFindings } from '../core/word/check';
export { wordToMarkdown } from '../core/word/markdown';

export function readDocxFile(abs: string): { word: WordDocument; bytes: Uint8Array } | { problem: Message } {
  const bytes = readFileBytes({ abs });
  if ('problem' in bytes) return bytes;
  return catchWordError(() => ({ word: readDocx(bytes), bytes }));
}

/** A draft as GB/T 9704 .docx bytes; `settings.styles` names a team's .docx to take styles from. */
export async function exportDraft(text: string, format: Format, settings: ExportSettings | undefined): Promise<Uint8Array | { problem: Message }> {
  let externalStyles: string | undefined;
  if (settings?.styles !== undefined) {
    const bytes = readFileBytes({ abs: settings.styles });
    if ('problem' in bytes) return bytes;
    const styles = catchWordError(() => readStylesXml(bytes));
    if (typeof styles !== 'string') return styles;
    externalStyles = styles;
  }
  return writeDocx(readDraft(text, format), { ...(settings ? { settings } : {}), ...(externalStyles ? { externalStyles } : {}) });
}

export function writeBytes(abs: string, data: Uint8Array | string): Message | undefined {
  try {
    fs.writeFileSync(abs, data);
    return undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return messages.writeFailed(code);
  }
}

function catchWordError<T>(read: () => T): T | { problem: Message } {
  try {
    return read();
  } catch (err) {
    if (err instanceof WordError) return { problem: err.text };
    throw err;
  }
}
