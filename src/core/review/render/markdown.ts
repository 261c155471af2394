// Markdown building blocks shared by the review sheet and the comparison.

import type { Lang } from '../../rules/types';
import type { Snippet } from '../text';

/** Escapes what Markdown would read as syntax in running text or a table cell; line breaks become spaces. */
export function escapeMd(value: string | number): string {
  return String(value)
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/\r?\n|\r/g, ' ');
}

/** A table of cells that are already Markdown (escape plain text with escapeMd first). */
export function mdTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** A table of plain-text cells. */
export function textTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string[] {
  return mdTable(header.map(escapeMd), rows.map((r) => r.map(escapeMd)));
}

/** The snippet with its spot in bold. */
export function snippetMd(s: Snippet): string {
  const bold = s.match.trim() ? `**${escapeMd(s.match)}**` : '';
  return `${escapeMd(s.before)}${bold}${escapeMd(s.after)}`;
}

/** `标签：值` / `Label: value`. */
export function labelled(lang: Lang, label: string, value: string): string {
  return `${label}${lang === 'en' ? ': ' : '：'}${value}`;
}

/** `（…）` / ` (…)` around a parenthetical. */
export function paren(lang: Lang, inner: string): string {
  return lang === 'en' ? ` (${inner})` : `（${inner}）`;
}

/** `a，b` / `a, b`. */
export function comma(lang: Lang, ...parts: string[]): string {
  return parts.join(lang === 'en' ? ', ' : '，');
}
