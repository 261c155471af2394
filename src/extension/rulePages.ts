import * as vscode from 'vscode';
import { ruleIds, ruleTitle } from '../core/rules';
import { ruleDocsPath } from '../core/rules/docs';
import { uiLang } from './convert';

const pageUris = new Map<string, vscode.Uri>();

/** The link a diagnostic's code opens: the rule's page, rendered (the Problems panel and hovers allow command links). */
export function rulePageUri(rule: string): vscode.Uri {
  let uri = pageUris.get(rule);
  if (!uri) pageUris.set(rule, (uri = vscode.Uri.parse(`command:govreport.showRule?${encodeURIComponent(JSON.stringify([rule]))}`)));
  return uri;
}

/**
 * `govreport.showRule`: a rule's documentation rendered in a read-only page, in the UI language, one
 * panel reused for every rule. Links to other rules open them in the same panel.
 */
export class RulePages implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly command: vscode.Disposable;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.command = vscode.commands.registerCommand('govreport.showRule', (rule?: string) => this.show(rule));
  }

  /** Shows the page (asking which rule without one); resolves to the page's HTML, for tests. */
  async show(rule?: string): Promise<string | undefined> {
    const lang = uiLang();
    rule ??= (
      await vscode.window.showQuickPick(
        ruleIds.map((id) => ({ label: ruleTitle(id, lang), description: id, id })),
        { title: vscode.l10n.t('GovReport rules') },
      )
    )?.id;
    if (!rule || !ruleIds.includes(rule)) return undefined;
    const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ruleDocsPath(rule))));
    const { rulePageHtml } = require('../core/docs/rulePage') as typeof import('../core/docs/rulePage');
    const title = ruleTitle(rule, lang);
    const body = rulePageHtml(markdown, lang, title).replace(/href="([a-z-]+)\.md"/g, (_, id: string) => `href="${rulePageUri(id).toString(true)}"`);
    this.panel ??= this.createPanel();
    this.panel.title = vscode.l10n.t('Rule: {0}', title);
    this.panel.webview.html = page(body, lang, rule);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    return this.panel.webview.html;
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel('govreport.rule', '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableCommandUris: ['govreport.showRule'],
      enableScripts: false,
    });
    panel.onDidDispose(() => (this.panel = undefined));
    return panel;
  }

  dispose(): void {
    this.command.dispose();
    this.panel?.dispose();
  }
}

function page(body: string, lang: 'zh' | 'en', rule: string): string {
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
body { font-family: var(--vscode-font-family); font-size: 14px; line-height: 1.7; max-width: 52rem; padding: 0 1.5rem 2rem; color: var(--vscode-foreground); }
h1 { font-size: 1.6em; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: .3em; }
h1 small { font-size: .55em; color: var(--vscode-descriptionForeground); font-weight: normal; margin-left: .5em; }
h2 { font-size: 1.2em; margin-top: 1.6em; }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 0 .25em; border-radius: 3px; }
pre { background: var(--vscode-textCodeBlock-background); padding: .6em .9em; overflow-x: auto; }
pre code { padding: 0; }
table { border-collapse: collapse; margin: .6em 0; }
th, td { border: 1px solid var(--vscode-panel-border); padding: .3em .7em; text-align: left; }
a { color: var(--vscode-textLink-foreground); }
</style>
</head>
<body>
${body.replace('</h1>', ` <small>${rule}</small></h1>`)}
</body>
</html>`;
}
