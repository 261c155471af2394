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

/** Drops findings silenced by the directives, in one sweep (findings come sorted by position). */
export function suppress(findings: Finding[], directives: Directive[]): Finding[] {
  if (directives.length === 0) return findings;
  const nextLine = new Map<number, Directive[]>();
  const switches: Directive[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-next-line') nextLine.set(d.line + 1, [...(nextLine.get(d.line + 1) ?? []), d]);
    else switches.push(d);
  }
  // The last switch naming a rule (or naming none: all rules) wins.
  let all = false;
  const perRule = new Map<string, boolean>();
  let applied = 0;
  const applies = (d: Directive, rule: string) => d.rules === 'all' || d.rules.includes(rule);
  return findings.filter((f) => {
    const line = f.range.startLine;
    for (; applied < switches.length && switches[applied]!.line <= line; applied++) {
      const d = switches[applied]!;
      const off = d.kind === 'disable';
      if (d.rules === 'all') {
        all = off;
        perRule.clear();
      } else {
        for (const rule of d.rules) perRule.set(rule, off);
      }
    }
    if (nextLine.get(line)?.some((d) => applies(d, f.rule))) return false;
    return !(perRule.get(f.rule) ?? all);
  });
}
