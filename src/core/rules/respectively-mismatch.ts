import type { ParagraphRule } from './types';

const CLAUSE_END = '，。；：！？,;:!?\n\r';
/** A 分别 list is one clause; looking further would make a long unpunctuated line quadratic. */
const MAX_CLAUSE = 200;
/** A figure or a placeholder for one. */
const VALUE = /[0-9０-９XＸ×]/;
const JOINER = /[和与及]/g;
/** Parenthesised asides (`二氧化硫（含A、B）`) are not list items. */
const ASIDE = /（[^（）]*）|\([^()]*\)/g;

/** Start of the clause ending at `i`, or -1 when it is longer than MAX_CLAUSE. */
function clauseStart(s: string, i: number): number {
  const limit = Math.max(0, i - MAX_CLAUSE);
  while (i > limit && !CLAUSE_END.includes(s[i - 1]!)) i--;
  return i === limit && limit > 0 && !CLAUSE_END.includes(s[i - 1]!) ? -1 : i;
}

function clauseEnd(s: string, i: number): number {
  const limit = Math.min(s.length, i + MAX_CLAUSE);
  while (i < limit && !CLAUSE_END.includes(s[i]!)) i++;
  return i;
}

/**
 * Where one value list ends and another begins: `从A、B提高到C、D` pairs from-values with to-values,
 * `增长x%、y%和下降z%、w%` joins two lists under different verbs.
 */
const LIST_BREAK = /(?:提高|增加|增长|提升|上升|扩大|下降|降低|减少|缩小|回落|调整)?(?:到|至)|[和与及](?=[^0-9０-９XＸ×])/;

/** The values of one list: 、-separated, the last one possibly joined by 和/与/及 (`下降5.6%和4%`). */
function countList(text: string): number {
  const items = text.split('、');
  const last = items.pop()!;
  const parts = last.split(JOINER);
  // Split the last item only where every part is a value itself.
  items.push(...(parts.length > 1 && parts.every((p) => VALUE.test(p)) ? parts : [last]));
  return items.every((p) => VALUE.test(p)) ? items.length : 0;
}

/** The value counts the subjects may pair with: the whole list, or each of several parallel lists. */
function valueCounts(text: string): number[] {
  const plain = text.replace(ASIDE, '');
  const lists = plain.split(LIST_BREAK).filter((l) => VALUE.test(l));
  if (lists.length < 2) return [countList(plain)];
  const counts = lists.map(countList);
  if (counts.some((c) => c === 0)) return [countList(plain)];
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.every((c) => c === counts[0]) ? [total, counts[0]!] : [total];
}

export const respectivelyMismatch: ParagraphRule = {
  id: 'respectively-mismatch',
  scope: 'paragraph',
  title: { zh: '“分别”前后不对应', en: '分别 mismatch' },
  severity: 'warning',
  fixable: false,
  consistency: true,
  description: {
    zh: '“分别”前列举的项数应与其后的数值个数一致',
    en: 'The items listed before 分别 and the values after it must agree in number',
  },
  check({ doc, report }) {
    const s = doc.checkable;
    for (let i = s.indexOf('分别'); i !== -1; i = s.indexOf('分别', i + 2)) {
      const start = clauseStart(s, i);
      if (start === -1) continue;
      const subjects = s.slice(start, i).replace(ASIDE, '');
      const items = subjects.split('、').length;
      if (items < 2 || subjects.includes('等')) continue; // 工业、农业等领域: an open list
      const end = clauseEnd(s, i + 2);
      const counts = valueCounts(s.slice(i + 2, end));
      const values = counts[0]!;
      if (values < 2) continue;
      // 和/与/及 may join the last subject too (`A、B和C`), or belong to a name (`经济和社会`): accept either count.
      const most = items + (subjects.match(JOINER)?.length ?? 0);
      if (counts.some((v) => v >= items && v <= most)) continue;
      const stated = most > items ? `${items}～${most}` : `${items}`;
      report({
        start,
        end,
        message: {
          zh: `“分别”前列举${stated}项，其后却有${values}个数值`,
          en: `${stated} items before "分别" but ${values} values after it`,
        },
      });
    }
  },
};
