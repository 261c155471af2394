// Word in the editor: a .docx opens read-only as its text (a virtual document, checked like any report), a report
// exports as a GB/T 9704 .docx, and an opened .docx can be annotated with its findings as Word comments.
// The Word code is a lazy chunk (dist/word.js, see esbuild.js), loaded on the first .docx; activation never loads it.

import * as vscode from 'vscode';
import type { ConfigService } from './config';
import { formatOf } from './convert';
import type { ReportStore } from './store';

type WordApi = typeof import('../core/word');

export const DOCX_SCHEME = 'govreport-docx';

function word(): WordApi {
  return require('../core/word') as WordApi;
}

/** The .docx a virtual document shows. */
function sourceOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(uri.query);
}

function errorText(err: unknown): string {
  if (err instanceof Error && 'text' in err) {
    const text = (err as Error & { text: { zh: string; en: string } }).text;
    return vscode.env.language.toLowerCase().startsWith('zh') ? text.zh : text.en;
  }
  return err instanceof Error ? err.message : String(err);
}

/** Registers the .docx view and the export/annotate commands (reads findings through `store.analyzeNow`). */
export function registerWord(store: ReportStore, config: ConfigService): vscode.Disposable[] {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      try {
        return word().readDocx(await vscode.workspace.fs.readFile(sourceOf(uri))).text;
      } catch (err) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', sourceOf(uri).fsPath, errorText(err)));
        return '';
      }
    },
  };

  const openDocx = async (resource?: vscode.Uri) => {
    const source = resource ?? (await pickDocx());
    if (!source) return undefined;
    const uri = vscode.Uri.from({ scheme: DOCX_SCHEME, path: source.path, query: source.toString() });
    const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'govreport');
    await vscode.window.showTextDocument(document, { preview: true });
    return document;
  };

  const exportDocx = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.uri.scheme === DOCX_SCHEME) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a .txt or .md draft to export it.'));
      return undefined;
    }
    const target = await vscode.window.showSaveDialog({
      defaultUri: document.uri.with({ path: document.uri.path.replace(/\.[^./]*$/, '') + '.docx' }),
      filters: { Word: ['docx'] },
    });
    if (!target) return undefined;
    try {
      const settings = config.forDocument(document.uri).export;
      const externalStyles = settings?.styles
        ? word().readStylesXml(await vscode.workspace.fs.readFile(vscode.Uri.file(settings.styles)))
        : undefined;
      const bytes = await word().writeDocx(word().readDraft(document.getText(), formatOf(document)), {
        ...(settings ? { settings } : {}),
        ...(externalStyles ? { externalStyles } : {}),
      });
      await vscode.workspace.fs.writeFile(target, bytes);
      void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', target.fsPath));
      return target;
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', errorText(err)));
      return undefined;
    }
  };

  const annotateCopy = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.uri.scheme !== DOCX_SCHEME || !store.isReport(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a .docx with "Check This .docx" first.'));
      return undefined;
    }
    const source = sourceOf(document.uri);
    const target = await vscode.window.showSaveDialog({
      defaultUri: source.with({ path: source.path.replace(/\.docx$/i, '-审核.docx') }),
      filters: { Word: ['docx'] },
    });
    if (!target) return undefined;
    try {
      const bytes = await vscode.workspace.fs.readFile(source);
      const read = word().readDocx(bytes);
      const lang = config.messageLanguage(source);
      const findings = [
        ...(store.analyzeNow(document)?.result.findings ?? []),
        ...word().commentPlaceholderFindings(read, config.forDocument(source), lang),
      ];
      const annotations = findings.map((f) => ({ start: f.range.start, end: f.range.end, text: `${f.rule}：${f.message}` }));
      await vscode.workspace.fs.writeFile(target, word().annotateDocx(bytes, read, annotations));
      void vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0} with {1} comments', target.fsPath, annotations.length));
      return target;
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Annotation failed: {0}', errorText(err)));
      return undefined;
    }
  };

  return [
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, provider),
    vscode.commands.registerCommand('govreport.word.open', openDocx),
    vscode.commands.registerCommand('govreport.word.export', exportDocx),
    vscode.commands.registerCommand('govreport.word.annotate', annotateCopy),
  ];
}

async function pickDocx(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Word: ['docx'] } });
  return picked?.[0];
}
