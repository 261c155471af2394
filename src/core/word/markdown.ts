// A read .docx as Markdown: Word's title and heading levels become `#` depths (title `#`, level 1 `##`…); where
// Word has no heading style, a paragraph that is only a numbered heading (一、… without a run-in body) gets the
// depth of its marker level. Other paragraphs stay as they are, separated by blank lines.

import { parseReport } from '../parse';
import type { WordDocument } from './read';

/** Line starts Markdown would read as syntax (headings, quotes, lists, rules, fences, tables). */
const SYNTAX = /^(?=[#>|]|[-+*](?:\s|$)|\d+[.)](?:\s|$)|```|~~~)/;

export function wordToMarkdown(word: WordDocument): string {
  const markerDepth = new Map<number, number>();
  for (const h of parseReport(word.text, { format: 'text' }).headings) {
    if (h.kind === 'numbered' && !h.body) markerDepth.set(h.range.startLine, h.marker.level + 1);
  }
  const blocks: string[] = [];
  word.paragraphs.forEach((p, i) => {
    const line = (p.label + p.text).trim();
    if (line === '') return;
    const depth = p.heading !== undefined ? p.heading + 1 : markerDepth.get(i);
    if (depth !== undefined) blocks.push(`${'#'.repeat(Math.min(depth, 6))} ${line}`);
    else blocks.push(line.replace(SYNTAX, '\\'));
  });
  return `${blocks.join('\n\n')}\n`;
}
