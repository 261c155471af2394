import * as vscode from 'vscode';
import type { Finding } from '../core/rules/types';

/** About this many findings go in one shard when a document's shards are planned. */
const SHARD_FINDINGS = 64;
const MAX_SHARDS = 16;

interface Published {
  lineCount: number;
  /** First line of each shard after the first. */
  bounds: number[];
  /** What each shard holds now. */
  shards: Finding[][];
}

/**
 * A document's diagnostics, sent in shards of consecutive lines, one diagnostic collection per shard.
 * VS Code re-sends a collection's whole list for a file on every change, so a big report's hundreds of
 * diagnostics would all cross to the window per keystroke; typing within a line changes one shard, and
 * only that one is sent. The shards are planned anew when the number of lines changes.
 */
export class DiagnosticShards implements vscode.Disposable {
  private readonly collections: vscode.DiagnosticCollection[] = [];
  private readonly published = new Map<string, Published>();
  /** How many diagnostics have been sent to VS Code. */
  sent = 0;

  constructor(
    private readonly name: string,
    private readonly toDiagnostics: (uri: vscode.Uri, findings: readonly Finding[]) => vscode.Diagnostic[],
  ) {}

  /** Publishes `findings` (sorted by position) for `uri`; `lineCount` is the document's. */
  set(uri: vscode.Uri, findings: readonly Finding[], lineCount: number): void {
    const key = uri.toString();
    const before = this.published.get(key);
    const bounds = before?.lineCount === lineCount ? before.bounds : plan(findings);
    const shards = split(findings, bounds);
    shards.forEach((shard, i) => {
      const old = before?.bounds === bounds ? before.shards[i] : undefined;
      if (old && sameFindings(old, shard)) return;
      this.collection(i).set(uri, this.toDiagnostics(uri, shard));
      this.sent += shard.length;
    });
    for (let i = shards.length; i < (before?.shards.length ?? 0); i++) this.collection(i).delete(uri);
    this.published.set(key, { lineCount, bounds, shards });
  }

  delete(uri: vscode.Uri): void {
    const key = uri.toString();
    const before = this.published.get(key);
    if (!before) return;
    for (let i = 0; i < before.shards.length; i++) this.collection(i).delete(uri);
    this.published.delete(key);
  }

  private collection(i: number): vscode.DiagnosticCollection {
    while (this.collections.length <= i) {
      const n = this.collections.length;
      this.collections.push(vscode.languages.createDiagnosticCollection(n === 0 ? this.name : `${this.name}-${n + 1}`));
    }
    return this.collections[i]!;
  }

  dispose(): void {
    for (const c of this.collections) c.dispose();
  }
}

/** Shard bounds: a cut at the line of every SHARD_FINDINGS-th finding, at most MAX_SHARDS shards. */
function plan(findings: readonly Finding[]): number[] {
  const per = Math.max(SHARD_FINDINGS, Math.ceil(findings.length / MAX_SHARDS));
  const bounds: number[] = [];
  for (let i = per; i < findings.length; i += per) {
    const line = findings[i]!.range.startLine;
    if (line > (bounds[bounds.length - 1] ?? 0)) bounds.push(line);
  }
  return bounds;
}

function split(findings: readonly Finding[], bounds: readonly number[]): Finding[][] {
  const shards: Finding[][] = bounds.length === 0 ? [[]] : [[], ...bounds.map(() => [])];
  let s = 0;
  for (const f of findings) {
    while (s < bounds.length && f.range.startLine >= bounds[s]!) s++;
    shards[s]!.push(f);
  }
  return shards;
}

/** Whether two lists would show the same diagnostics (fixes are not part of a diagnostic). */
function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.rule !== y.rule || x.severity !== y.severity || x.message !== y.message || !samePlace(x.range, y.range)) return false;
    if (x.related || y.related) {
      if (x.related?.length !== y.related?.length) return false;
      if (x.related!.some((r, j) => r.message !== y.related![j]!.message || !samePlace(r.range, y.related![j]!.range))) return false;
    }
  }
  return true;
}

function samePlace(a: Finding['range'], b: Finding['range']): boolean {
  return a.startLine === b.startLine && a.startColumn === b.startColumn && a.endLine === b.endLine && a.endColumn === b.endColumn;
}
