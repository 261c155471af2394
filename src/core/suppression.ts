import type { Finding } from './rules/types';

/**
 * Inline suppression, the same comment syntax in Markdown and plain text:
 *   <!-- govreport-disable RULE[, RULE…] -->          (no rule: all rules)
 *   <!-- govreport-enable RULE[, RULE…] -->
 *   <!-- govreport-disable-next-line RULE[, RULE…] -->
 * Comments in plain text are never checked either (the parser blanks them).
 */
export const SUPPRESSION_COMMENT = /<!--\s*govreport-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  rules: string[] | 'all';
  line: number;
}

export function parseDirectives(text: string, lineAt: (offset: number) => number): Directive[] {
  const directives: Directive[] = [];
  for (const m of text.matchAll(SUPPRESSION_COMMENT)) {
    const names = m[2]!.split(/[\s,，]+/).filter(Boolean);
    directives.push({
      kind: m[1] as Directive['kind'],
      rules: names.length ? names : 'all',
      line: lineAt(m.index),
    });
  }
  return directives;
}

/** Drops findings silenced by the directives. */
export function suppress(findings: Finding[], directives: Directive[]): Finding[] {
  if (directives.length === 0) return findings;
  const applies = (d: Directive, rule: string) => d.rules === 'all' || d.rules.includes(rule);
  return findings.filter((f) => {
    const line = f.range.startLine;
    let disabled = false;
    for (const d of directives) {
      if (d.line > line) break;
      if (!applies(d, f.rule)) continue;
      if (d.kind === 'disable-next-line') {
        if (d.line === line - 1) return false;
      } else {
        disabled = d.kind === 'disable';
      }
    }
    return !disabled;
  });
}
