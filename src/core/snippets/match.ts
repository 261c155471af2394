// Matching a typed query against snippets: prefixes, the Chinese title, and the title's pinyin initials
// (`tzm` → 同志们：, `gqyn` → 过去一年…). Initials come from a table generated from pinyin-pro.

import { FIRST_CODE_POINT, FIRST_INITIALS, MORE_INITIALS } from './initials.generated';
import type { ResolvedSnippet } from './merge';
import { snippetPrefixes } from './schema';

let more: Map<string, string> | undefined;

/** Every initial a character may have (most common reading first); `''` for a character without pinyin. */
function charInitials(ch: string): string {
  if (!more) {
    more = new Map();
    for (const [, c, letters] of MORE_INITIALS.matchAll(/([^a-z])([a-z]+)/gu)) more.set(c!, letters!);
  }
  const first = FIRST_INITIALS[ch.codePointAt(0)! - FIRST_CODE_POINT];
  return (first && first !== '-' ? first : '') + (more.get(ch) ?? '');
}

/** Per title: for each position, the letters a query may have there. */
const unitsCache = new Map<string, string[]>();
const CACHE_LIMIT = 10_000;

function titleUnits(title: string): string[] {
  let units = unitsCache.get(title);
  if (units) return units;
  units = [];
  for (const ch of title) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      const letters = /\p{Script=Han}|〇/u.test(ch) ? charInitials(ch) : ch.toLowerCase();
      if (letters) units.push(letters);
    }
  }
  if (unitsCache.size >= CACHE_LIMIT) unitsCache.clear();
  unitsCache.set(title, units);
  return units;
}

/**
 * The pinyin initials of a title: the most common reading's initial for each Chinese character, other letters and
 * digits lowercased, punctuation dropped (`同志们：` → `tzm`, `以下N方面工作` → `yxnfmgz`). Cached per title.
 */
export function pinyinInitials(title: string): string {
  return titleUnits(title)
    .map((u) => u[0])
    .join('');
}

/** Whether the query's letters match the title's initials from the start (any reading of a polyphone counts). */
function matchesInitials(query: string, title: string): boolean {
  const units = titleUnits(title);
  if (query.length > units.length) return false;
  for (let i = 0; i < query.length; i++) if (!units[i]!.includes(query[i]!)) return false;
  return true;
}

const SCORE = { prefixExact: 6000, prefixStart: 5000, titleStart: 4000, initials: 3000, titleSubstring: 2000, empty: 1 };

/**
 * How well a query matches a snippet (case-insensitive); higher is better, undefined is no match.
 * In order: a prefix equal to the query, a prefix starting with it, the title starting with it, the title's pinyin
 * initials starting with it (`tzm`), the title containing it. Shorter candidates win ties. An empty query matches
 * everything with the lowest score.
 */
export function matchSnippet(query: string, s: ResolvedSnippet): number | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return SCORE.empty;
  let best: number | undefined;
  const consider = (score: number, length: number) => {
    const value = score - Math.min(length - q.length, 999);
    if (best === undefined || value > best) best = value;
  };
  for (const prefix of snippetPrefixes(s)) {
    const p = prefix.toLowerCase();
    if (p === q) consider(SCORE.prefixExact, p.length);
    else if (p.startsWith(q)) consider(SCORE.prefixStart, p.length);
  }
  const title = s.title.toLowerCase();
  if (title.startsWith(q)) consider(SCORE.titleStart, title.length);
  else if (title.includes(q)) consider(SCORE.titleSubstring, title.length);
  if (/^[a-z0-9]+$/.test(q) && matchesInitials(q, s.title)) consider(SCORE.initials, titleUnits(s.title).length);
  return best;
}
