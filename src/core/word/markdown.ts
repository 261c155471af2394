// A read .docx as Markdown: Word's title and heading levels become `#` depths (title `#`, level 1 `##`…),
// other paragraphs stay as they are, separated by blank lines.

import type { WordDocument } from './read';

/** Line starts Markdown would read as syntax (headings, quotes, lists, rules, fences, tables). */
const SYNTAX = /^(?=[#>|]|[-+*](?:\s|$)|\d+[.)](?:\s|$)|```|~~~)/;

export function wordToMarkdown(word: WordDocument): string {
  const blocks: string[] = [];
  for (const p of word.paragraphs) {
    const line = (p.label + p.text).trim();
    if (line === '') continue;
    if (p.heading !== undefined) blocks.push(`${'#'.repeat(Math.min(p.heading + 1, 6))} ${line}`);
    else blocks.push(line.replace(SYNTAX, '\\'));
  }
  return `${blocks.join('\n\n')}\n`;
}
