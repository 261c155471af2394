import * as vscode from 'vscode';
import { bodyText, matchSnippet, snippetPrefixes, snippetPreview, type ResolvedSnippet } from '../../core/snippets';
import type { SnippetPacks } from './packs';

/** What the user has typed before the cursor: letters, digits or CJK, at most 12 characters. */
const QUERY = /[A-Za-z0-9\u3400-\u9fff]{1,12}$/;

/** Variables as VS Code fills them when the snippet is inserted (the ones the built-in packs use). */
function variableValue(name: string): string | undefined {
  const now = new Date();
  const values: Record<string, string> = {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_YEAR_SHORT: String(now.getFullYear()).slice(-2),
    CURRENT_MONTH: String(now.getMonth() + 1).padStart(2, '0'),
    CURRENT_DATE: String(now.getDate()).padStart(2, '0'),
  };
  return values[name];
}

/** The text the snippet inserts with its defaults, as the writer will see it. */
export function snippetText(s: ResolvedSnippet): string {
  return snippetPreview(s.body, variableValue);
}

/** Title, pack and category, then the inserted text as it will read (no snippet syntax). */
export function previewMarkdown(s: ResolvedSnippet): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escape(s.title)}** · ${escape(s.packTitle)} · ${escape(s.category)}\n\n`);
  if (s.description) md.appendMarkdown(`${escape(s.description)}\n\n`);
  md.appendMarkdown('---\n\n');
  md.appendMarkdown(snippetText(s).split('\n').map((line) => escape(line) || '&nbsp;').join('  \n'));
  return md;
}

const escape = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');

/**
 * Snippet completion in plain text, Markdown and govreport documents: matches a prefix, any part of
 * the Chinese title, or the title's pinyin initials (`tzm` → 同志们：).
 */
export class SnippetCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly packs: SnippetPacks) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const query = QUERY.exec(before)?.[0];
    if (!query) return [];
    const range = new vscode.Range(position.translate(0, -query.length), position);
    const items: vscode.CompletionItem[] = [];
    for (const s of this.packs.all()) {
      const score = matchSnippet(query, s);
      if (score === undefined) continue;
      // Labelled by the Chinese title; what was typed (pinyin initials) only as a hint beside it.
      const item = new vscode.CompletionItem(
        { label: s.title, detail: ` ${snippetPrefixes(s)[0]!}`, description: s.category },
        vscode.CompletionItemKind.Snippet,
      );
      item.detail = `${s.packTitle} · ${s.category}`;
      item.documentation = previewMarkdown(s);
      item.insertText = new vscode.SnippetString(bodyText(s.body));
      item.range = range;
      // Our matching already decided; VS Code's own filter must keep the item.
      item.filterText = query;
      item.sortText = String(1e6 - score).padStart(8, '0') + s.title;
      items.push(item);
    }
    return items;
  }
}
