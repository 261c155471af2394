import * as vscode from 'vscode';

/** What the page posts: a line to show (`side` old/new in a comparison), or a request to save the report. */
export type WebviewMessage = { type: 'reveal'; line: number; side?: 'old' | 'new' } | { type: 'save'; format: 'html' | 'md' };

const CSP = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/**
 * A report page (self-contained, no script) made interactive for a webview: one nonce script turns
 * line numbers into jumps and the toolbar buttons into save requests; nothing else may load.
 */
export function webviewPage(html: string, saveLabels: { html: string; md: string }): string {
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'">`;
  const toolbar = `<nav class="toolbar"><button data-save="html">${escape(saveLabels.html)}</button> <button data-save="md">${escape(saveLabels.md)}</button></nav>`;
  const script = `<style>.line[data-line]{cursor:pointer;text-decoration:underline dotted}.toolbar{position:sticky;top:0;text-align:right;padding:.25rem 0;background:#fff}</style>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const line = e.target.closest('[data-line]');
  if (line) vscode.postMessage({ type: 'reveal', line: Number(line.dataset.line), side: line.dataset.side });
  const save = e.target.closest('[data-save]');
  if (save) vscode.postMessage({ type: 'save', format: save.dataset.save });
});
</script>`;
  return html.replace(CSP, csp).replace('<body>\n', `<body>\n${toolbar}\n`).replace('</body>', `${script}\n</body>`);
}

function escape(s: string): string {
  return s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Shows a 1-based line of a document in the editor column it came from. */
export async function revealLine(uri: vscode.Uri, line: number, column: vscode.ViewColumn | undefined): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: column ?? vscode.ViewColumn.One, preserveFocus: false });
  const at = new vscode.Position(Math.max(0, line - 1), 0);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
}

/** Asks where to save a report rendered as HTML or Markdown, and writes it there. */
export async function saveReport(defaultUri: vscode.Uri, format: 'html' | 'md', content: string): Promise<void> {
  const filters: Record<string, string[]> = format === 'html' ? { HTML: ['html'] } : { Markdown: ['md'] };
  const target = await vscode.window.showSaveDialog({ defaultUri, filters });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}', vscode.workspace.asRelativePath(target)));
}

/** A sibling of `uri` whose name ends with `suffix` instead of the extension. */
export function siblingWithSuffix(uri: vscode.Uri, suffix: string): vscode.Uri {
  const name = uri.path.split('/').pop() ?? 'report';
  return vscode.Uri.joinPath(uri, '..', name.replace(/\.[^.]*$/, '') + suffix);
}
