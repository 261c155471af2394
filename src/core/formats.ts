import type { Format } from './model';

/** `.md`/`.markdown` files are Markdown; everything else is read as plain text. */
export function formatForPath(path: string): Format {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text';
}

/** Word documents (.docx), read through src/core/word. */
export function isWordPath(path: string): boolean {
  return /\.docx$/i.test(path);
}
