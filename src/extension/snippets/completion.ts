import * as vscode from 'vscode';
import { bodyText, matchSnippet, snippetPrefixes, type ResolvedSnippet } from '../../core/snippets';
import type { SnippetPacks } from './packs';

/** What the user has typed before the cursor: letters, digits or CJK, at most 12 characters. */
const QUERY = /[A-Za-z0-9\u3400-\u9fff]{1,12}$/;

export function previewMarkdown(s: ResolvedSnippet): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${s.title}** · ${s.packName} · ${s.category}\n\n`);
  if (s.description) md.appendMarkdown(`${s.description}\n\n`);
  md.appendCodeblock(bodyText(s.body), 'text');
  return md;
}

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
      const item = new vscode.CompletionItem({ label: snippetPrefixes(s)[0]!, description: s.title }, vscode.CompletionItemKind.Snippet);
      item.detail = `${s.packName} · ${s.category}`;
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
