import * as vscode from 'vscode';
import type { Heading, Section } from '../core/model';
import { headingLabel } from '../core/structure';
import { toRange } from './convert';
import type { ReportStore } from './store';

const LEVEL_KINDS = [vscode.SymbolKind.Namespace, vscode.SymbolKind.Class, vscode.SymbolKind.Method, vscode.SymbolKind.Field];

function kindOf(h: Heading): vscode.SymbolKind {
  if (h.kind === 'numbered') return LEVEL_KINDS[h.marker.level - 1]!;
  return h.kind === 'division' ? vscode.SymbolKind.Module : vscode.SymbolKind.File;
}

function toSymbol(s: Section): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(
    headingLabel(s.heading) || '—',
    '',
    kindOf(s.heading),
    toRange(s.range),
    toRange(s.heading.range),
  );
  symbol.children = s.children.map(toSymbol);
  return symbol;
}

/** Outline view, breadcrumbs, Go to Symbol and folding, all from the section tree. */
export class SectionSymbols implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider {
  constructor(private readonly store: ReportStore) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    return (await this.sections(document)).map(toSymbol);
  }

  async provideFoldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
    const ranges: vscode.FoldingRange[] = [];
    const visit = (list: readonly Section[]) => {
      for (const s of list) {
        if (s.range.endLine > s.range.startLine) ranges.push(new vscode.FoldingRange(s.range.startLine, s.range.endLine));
        visit(s.children);
      }
    };
    visit(await this.sections(document));
    return ranges;
  }

  private async sections(document: vscode.TextDocument): Promise<readonly Section[]> {
    return (await this.store.whenAnalyzed(document))?.result.doc.sections ?? [];
  }
}
