import * as vscode from 'vscode';

/**
 * Serves the extension's JSON Schemas at `govreport:/schemas/<name>.json`, the `$schema` that new
 * snippet packs carry, so shared packs name no machine-specific path.
 */
export function registerSchemaProvider(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider('govreport', {
    async provideTextDocumentContent(uri) {
      const name = /^\/schemas\/([\w.-]+\.json)$/.exec(uri.path)?.[1];
      if (!name) throw new Error(`No such GovReport schema: ${uri.toString()}`);
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'schemas', name));
      return new TextDecoder().decode(bytes);
    },
  });
}
