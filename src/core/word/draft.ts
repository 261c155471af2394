// A plain-text or Markdown draft as the parts a 公文 lays out: title, 主送机关, body lines, 署名 and 成文日期.

import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Format } from '../model';
import { parseMarkdown } from '../parse/markdown';
import { JoinedSpan } from '../joined';
import { LineIndex } from '../lines';
import { matchMarker, opensHeading } from '../parse/markers';
import { wrappedLayout } from '../parse/wrapped';

export interface Draft {
  title?: string;
  /** Body lines, one paragraph each, leading indentation and trailing spaces removed. */
  lines: string[];
  signature?: string;
  date?: string;
}

const DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$/;
/** A 署名: short, one line, no sentence punctuation. */
const ORGAN = /^[^，。；：！？、,.;:!?]{2,30}$/;
const SENTENCE_END = /[。！？；，：:;,.!?]$/;

/** Reads a draft; Markdown goes through remark (a `#` heading is the title, other blocks are lines). */
export function readDraft(text: string, format: Format): Draft {
  const { title, lines } = format === 'markdown' ? markdownLines(text) : textLines(text);
  const draft: Draft = { lines };
  if (title !== undefined) draft.title = title;
  const last = lines.at(-1);
  if (last !== undefined && DATE.test(last)) {
    draft.date = lines.pop()!;
    const organ = lines.at(-1);
    if (organ !== undefined && ORGAN.test(organ) && !matchMarker(organ)) draft.signature = lines.pop()!;
  }
  return draft;
}

function clean(line: string): string {
  return line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** The text's paragraphs, one line each: a text wrapped at a fixed width (pasted from a PDF) is joined again (see `JoinedSpan`). */
function paragraphLines(text: string): string[] {
  const index = new LineIndex(text);
  const wrapped = wrappedLayout(text, index, opensHeading);
  const source = wrapped?.text ?? text;
  const lines: string[] = [];
  let start = -1;
  let end = -1;
  const close = () => {
    if (start !== -1) lines.push(clean(new JoinedSpan(source, start, end).slice(source)));
  };
  for (let line = 0; line < index.lineCount; line++) {
    if (!clean(source.slice(index.lineStart(line), index.lineEnd(line)))) continue;
    if (!wrapped?.continuation.has(line) || start === -1) {
      close();
      start = index.lineStart(line);
    }
    end = index.lineEnd(line);
  }
  close();
  return lines;
}

function textLines(text: string): { title?: string; lines: string[] } {
  const lines = paragraphLines(text);
  const first = lines[0];
  // A title: the first line, short, not a sentence, a salutation or a numbered heading.
  if (first !== undefined && lines.length > 1 && first.length <= 60 && !SENTENCE_END.test(first) && !matchMarker(first)) {
    return { title: first, lines: lines.slice(1) };
  }
  return { lines };
}

function markdownLines(text: string): { title?: string; lines: string[] } {
  const tree = parseMarkdown(text);
  let title: string | undefined;
  const lines: string[] = [];
  const visit = (node: RootContent): void => {
    if (node.type === 'heading' && node.depth === 1 && title === undefined && lines.length === 0) title = clean(toString(node));
    else if (node.type === 'heading' || node.type === 'paragraph') {
      for (const l of toString(node).split('\n')) if (clean(l)) lines.push(clean(l));
    } else if (node.type === 'list' && node.ordered) {
      // "1. 标题" is a Markdown list item whose number is the marker: keep it.
      node.children.forEach((item, i) => {
        const [head, ...rest] = item.children;
        const first = head ? clean(toString(head)) : '';
        lines.push(`${(node.start ?? 1) + i}.${first}`);
        rest.forEach(visit);
      });
    } else if ('children' in node && node.type !== 'table') for (const c of node.children) visit(c as RootContent);
    else if (node.type === 'table') for (const row of node.children) lines.push(row.children.map((c) => clean(toString(c))).join('\t'));
  };
  for (const node of tree.children) visit(node);
  return title === undefined ? { lines } : { title, lines };
}
