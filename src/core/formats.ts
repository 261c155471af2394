import type { Format } from './model';

/** `.md`/`.markdown` files are Markdown; everything else is read as plain text. */
export function formatForPath(path: string): Format {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text';
}
