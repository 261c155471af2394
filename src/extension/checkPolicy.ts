import * as vscode from 'vscode';
import { decideCheck, type CheckDecision } from '../core/policy';

const LANGUAGES = new Set(['plaintext', 'markdown', 'govreport']);
const EXTENSIONS = /\.(?:txt|md|markdown)$/i;
const TOGGLES_KEY = 'govreport.checkToggles';

const matchers = new Map<string, (path: string) => boolean>();

/** Matches `patterns` against the path relative to its workspace folder (or the absolute path outside one). */
function matchesAny(patterns: readonly string[], uri: vscode.Uri): boolean {
  if (patterns.length === 0) return false;
  const key = JSON.stringify(patterns);
  let matcher = matchers.get(key);
  if (!matcher) {
    const { globMatcher } = require('./globMatcher') as typeof import('./globMatcher');
    matchers.set(key, (matcher = globMatcher(patterns)));
  }
  return matcher(vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, false) : uri.path);
}

/**
 * The editor's side of the one check policy (src/core/policy.ts): reads `govreport.enable`, include,
 * exclude and the per-file toggles, and caches detection per document version.
 */
export class CheckPolicy {
  private readonly detected = new Map<string, { version: number; decision: CheckDecision }>();

  constructor(private readonly state: vscode.Memento) {}

  /** Whether an open document is checked. */
  decide(document: vscode.TextDocument): CheckDecision {
    const key = document.uri.toString();
    const known = this.detected.get(key);
    if (known?.version === document.version) return known.decision;
    const decision = this.decideFor(document.uri, {
      supported: LANGUAGES.has(document.languageId),
      language: document.languageId,
      size: () => document.getText().length,
      text: () => document.getText(),
    });
    this.detected.set(key, { version: document.version, decision });
    return decision;
  }

  /** Whether a workspace file that is not open is checked. */
  decideFile(uri: vscode.Uri, text: string): CheckDecision {
    return this.decideFor(uri, { supported: EXTENSIONS.test(uri.path), size: () => text.length, text: () => text });
  }

  private decideFor(
    uri: vscode.Uri,
    c: { supported: boolean; language?: string; size: () => number; text: () => string },
  ): CheckDecision {
    if (!c.supported) return { checked: false, why: 'unsupported' };
    const settings = vscode.workspace.getConfiguration('govreport', uri);
    return decideCheck({
      supported: true,
      toggle: this.toggles()[uri.toString()],
      enabled: settings.get<boolean>('enable', true),
      excluded: matchesAny(settings.get<string[]>('exclude', []), uri),
      requested: c.language === 'govreport' || matchesAny(settings.get<string[]>('include', []), uri),
      size: c.size(),
      text: c.text,
    });
  }

  /** Turns checking of one document on or off, overriding detection and patterns; returns the new state. */
  async toggle(document: vscode.TextDocument): Promise<boolean> {
    const next = !this.decide(document).checked;
    await this.state.update(TOGGLES_KEY, { ...this.toggles(), [document.uri.toString()]: next });
    this.reset();
    return next;
  }

  forget(uri: vscode.Uri): void {
    this.detected.delete(uri.toString());
  }

  reset(): void {
    this.detected.clear();
  }

  private toggles(): Record<string, boolean> {
    return this.state.get<Record<string, boolean>>(TOGGLES_KEY, {});
  }
}
