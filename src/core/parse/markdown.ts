import type { Nodes, Root } from 'mdast';
import { blank } from './blank';

/** Node types whose source is never checked. */
const UNCHECKED = new Set<string>(['code', 'inlineCode', 'html', 'image', 'imageReference', 'definition', 'yaml', 'toml']);

/**
 * The remark stack is loaded on first use: most reports are plain text, and evaluating the Markdown
 * parser is the largest part of loading the engine (editor activation, CLI start).
 */
let processor: ReturnType<typeof import('./remark').createProcessor> | undefined;

/** The mdast tree of a Markdown text (front matter recognised). */
export function parseMarkdown(text: string): Root {
  processor ??= (require('./remark') as typeof import('./remark')).createProcessor();
  return processor.parse(text) as Root;
}

export interface MarkdownLayout {
  /** The text with everything but prose (and ordered-list markers) blanked. */
  checkable: string;
  /** `#` depth of the heading starting on a line. */
  headingDepth: Map<number, number>;
  /** Lines that continue the paragraph of the line before (soft line breaks). */
  continuation: Set<number>;
}

/**
 * Reads Markdown through remark and keeps only what is prose: text nodes and ordered-list markers.
 * Code, HTML (comments included), link URLs, images, front matter and syntax characters are
 * blanked, so one plain-text scan serves both formats with unchanged offsets.
 */
export function layoutMarkdown(text: string, lineAt: (offset: number) => number): MarkdownLayout {
  const tree = parseMarkdown(text);
  const keep: Array<[number, number]> = [];
  const headingDepth = new Map<number, number>();
  const continuation = new Set<number>();

  const visit = (node: Nodes, ordered: boolean): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'text':
        keep.push([start, end]);
        return;
      case 'heading':
        headingDepth.set(lineAt(start), node.depth);
        break;
      case 'paragraph': {
        const first = lineAt(start);
        const last = lineAt(end);
        for (let line = first + 1; line <= last; line++) continuation.add(line);
        break;
      }
      case 'list':
        ordered = node.ordered === true;
        break;
      case 'listItem': {
        const childStart = node.children[0]?.position?.start.offset;
        if (ordered && childStart !== undefined) keep.push([start, childStart]);
        break;
      }
    }
    if (UNCHECKED.has(node.type)) return;
    if ('children' in node) for (const child of node.children) visit(child as Nodes, ordered);
  };
  visit(tree, false);

  keep.sort((a, b) => a[0] - b[0]);
  let checkable = '';
  let cursor = 0;
  for (const [start, end] of keep) {
    if (start < cursor) continue;
    checkable += blank(text.slice(cursor, start)) + text.slice(start, end);
    cursor = end;
  }
  checkable += blank(text.slice(cursor));
  return { checkable, headingDepth, continuation };
}
