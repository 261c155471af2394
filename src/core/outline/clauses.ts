import { closesStatement } from './status';

/** A clause of a paragraph: text between `，；。：！？`, `|`, `——` or `……` (offsets are absolute). */
export interface Clause {
  start: number;
  end: number;
  text: string;
  /** For a clause that goes on after another work's status (`…城楼开放、永定门城楼修缮`), the text that opened them (`推进…`). */
  opening?: string;
}

/**
 * A part of a sentence: up to `，；。：！？`, a table's cell mark (`|`), a dash introducing what follows (`取得进展——A大桥完成合龙`) or an
 * ellipsis leaving words out (`……全力推进A、B`), not one closing a list (`A、B……`, `A、B……等`); one dash (`A—B`) joins a route.
 */
const SENTENCE_PART = /(?:[^，；。：！？:;!?—|｜ \u3000…]+|…+(?=等)|(?=…)(?<=、[^，；。：！？:;!?、…]{1,30})…+|(?<!—)—(?!—)|[ \u3000]+(?![ \u3000\u4e00-\u9fff])|(?<![ \u3000\u4e00-\u9fff])[ \u3000]+)+/g;
/** A status after a `、` lists one work's stages (`建成、投运`), not another work. */
const STATUS_FOLLOWS = /[续在竣建投开完]/;

/**
 * Clauses end at `，；。：！？`, `|` and `——`, and at a `、` right after a status (`A水库大坝封顶、B水库下闸蓄水`): what follows
 * is another work's statement, not the next item of a list.
 */
export function clausesOf(text: string, offset: number): Clause[] {
  const clauses: Clause[] = [];
  // exec on one pattern instead of matchAll, which copies the pattern for every paragraph.
  SENTENCE_PART.lastIndex = 0;
  // Every 、 lies in one part and parts come in order: each is found once (a search from every part would read the
  // rest of the text again for each part when no 、 follows).
  let at = text.indexOf('、');
  for (let m = SENTENCE_PART.exec(text); m; m = SENTENCE_PART.exec(text)) {
    let from = m.index;
    let opening: string | undefined;
    const end = m.index + m[0].length;
    for (; at !== -1 && at < end; at = text.indexOf('、', at + 1)) {
      if (STATUS_FOLLOWS.test(text[at + 1] ?? '') || !closesStatement(text, from, at)) continue;
      pushClause(clauses, text, offset, from, at, opening);
      opening ??= text.slice(from, at).trim();
      from = at + 1;
    }
    pushClause(clauses, text, offset, from, end, opening);
  }
  return clauses;
}

function pushClause(clauses: Clause[], text: string, offset: number, from: number, to: number, opening: string | undefined): void {
  const raw = text.slice(from, to);
  const body = raw.trim();
  const lead = raw.length - raw.trimStart().length;
  if (body) clauses.push({ start: offset + from + lead, end: offset + from + lead + body.length, text: body, ...(opening ? { opening } : {}) });
}
