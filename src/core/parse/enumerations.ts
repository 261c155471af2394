import type { Enumeration, EnumerationItem, EnumerationStyle, Paragraph } from '../model';
import { JoinedSpan } from '../joined';
import type { LineIndex } from '../lines';
import { parseChineseNumeral } from '../numerals';

// Inline enumerations: 一是…二是…, 第一，…第二，…, 首先…其次…最后. An item starts a clause:
// the paragraph start or after punctuation/space, so 统一是, 全省第一 and 最后一公里 are not items.
// A short lead-in may open the clause before 一是 (今后一是…, 同时一是…).
const LEAD_INS = ['今后', '同时', '此外', '另外', '其中', '具体', '为此', '对此', '当前', '目前', '下一步', '下步', '今年', '明年', '重点'];
// Each look-behind alternative has a fixed length, as the TextMate grammar (Oniguruma) requires.
// Half-width marks count as the full-width ones (drafts copied from the web are typed with them).
const BOUNDARY = `(?<=^|[。；：，！？、“（\\s;:,!?(]|${LEAD_INS.flatMap((w) => [`^${w}`, `[。；：，！？\\s;:,!?]${w}`]).join('|')})`;
// 第二、三产业 and 第二、第三产业 name two sectors: a 第N followed by 、 and a bare numeral, or by another 第N before a
// noun, is not an item. Nor is a 第N between two 、 (分别居全国第二、第七、第九): a list of ranks, where an item opens a clause.
export const ENUMERATION_ITEM_SOURCE = `${BOUNDARY}(?:([一二三四五六七八九十]{1,3})是(?![是否])|(?!(?<=、)第[一二三四五六七八九十]{1,3}、)第([一二三四五六七八九十]{1,3})(?=[，、：,:])(?!、(?:[一二三四五六七八九十]|第[一二三四五六七八九十]{1,3}(?![是要])[\\u4e00-\\u9fff]))|(首先|其次|再次|最后)(?=[，是要,]))`;
/** Sticky: tried only where an item can start (see `candidateStarts`), never scanned along the text. */
const ITEM = new RegExp(ENUMERATION_ITEM_SOURCE, 'y');
const ITEM_NUMERALS = '一二三四五六七八九十';
/** What an item ends or starts with: `是` (read back for its numerals), `第`, an order word; found in one scan. */
const ITEM_ANCHOR = /是|第|首先|其次|再次|最后/g;

/** What ends a lead-in right before a list's first item. */
const LEAD_IN_END = new Set('：:');

const ORDER_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: Number.POSITIVE_INFINITY };

interface RawItem {
  style: EnumerationStyle;
  ordinal: number;
  start: number;
  end: number;
}

/**
 * Every position from `from` on where ITEM could match, ascending: one to three numerals before a 是,
 * a 第, an order word. Found in one scan, so the costly look-behind runs at a few places per paragraph.
 */
function candidateStarts(text: string, from: number): number[] {
  const starts: number[] = [];
  ITEM_ANCHOR.lastIndex = from;
  for (let m = ITEM_ANCHOR.exec(text); m; m = ITEM_ANCHOR.exec(text)) {
    const q = m.index;
    if (m[0] !== '是') {
      starts.push(q);
      continue;
    }
    // Numerals read back from 是 stop at any other character, so the positions stay ascending.
    let p = q;
    while (p > from && q - p < 3 && ITEM_NUMERALS.includes(text[p - 1]!)) p--;
    for (; p < q; p++) starts.push(p);
  }
  return starts;
}

export function itemsIn(text: string, offset: number, from: number): RawItem[] {
  const items: RawItem[] = [];
  // As a global scan would: the first match at or after the end of the previous one.
  let next = from;
  for (const at of candidateStarts(text, from)) {
    if (at < next) continue;
    ITEM.lastIndex = at;
    const m = ITEM.exec(text);
    if (!m) continue;
    next = at + m[0].length;
    const start = offset + m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      const ordinal = parseChineseNumeral(m[1]);
      if (ordinal !== undefined) items.push({ style: 'shi', ordinal, start, end });
    } else if (m[2] !== undefined) {
      const ordinal = parseChineseNumeral(m[2]);
      if (ordinal !== undefined) items.push({ style: 'di', ordinal, start, end });
    } else {
      items.push({ style: 'order', ordinal: ORDER_WORDS[m[3]!]!, start, end });
    }
  }
  return items;
}

/**
 * Groups items into enumerations. Items that open paragraphs form one `leading` enumeration per
 * run (a heading, a change of style or a new 一是/首先 starts another); other items form `inline` enumerations per paragraph and style.
 * Inline items that continue a paragraph's leading item (二是 after a leading 一是) join its run, and a
 * paragraph opening with 二是 continues the inline run of the paragraph before it that ends in 一是
 * (今后一是…。 / 二是…), which then counts as leading.
 * An order-word run (首先/其次/最后) counts only when it contains 首先.
 */
export function findEnumerations(paragraphs: Paragraph[], checkable: string, text: string, lines: LineIndex): Enumeration[] {
  const result: Enumeration[] = [];
  let leading: Enumeration | undefined;
  /** Inline enumerations of the previous paragraph: a paragraph opening with 二是 continues one ending in 一是. */
  let previousInline: Enumeration[] = [];

  const toItem = (raw: RawItem, paragraph: Paragraph): EnumerationItem => ({
    range: lines.range(raw.start, raw.end),
    text: text.slice(raw.start, raw.end),
    ordinal: raw.ordinal,
    paragraph,
  });

  for (const paragraph of paragraphs) {
    if (paragraph.heading) {
      leading = undefined;
      previousInline = [];
    }
    const contentStart = paragraph.heading ? (paragraph.heading.body?.range.start ?? paragraph.range.end) : paragraph.range.start;
    const span = new JoinedSpan(checkable, paragraph.range.start, paragraph.range.end);
    // Items of the paragraph read as one line (`三\n是` is 三是), placed in the document.
    const found = itemsIn(span.slice(checkable), 0, span.offsetOf(contentStart));
    if (found.length === 0) {
      if (!paragraph.heading) previousInline = [];
      continue;
    }
    // Arrays built by push, not map: every array the loop reads has one elements kind, which keeps its optimized code.
    const raw: RawItem[] = [];
    for (const r of found) raw.push({ ...r, ...span.place(r.start, r.end) });

    let rest = raw;
    const first = raw[0]!;
    if (!paragraph.heading && first.start === paragraph.range.start) {
      const continued = previousInline.find((e) => e.style === first.style && e.items[e.items.length - 1]!.ordinal === first.ordinal - 1);
      const fits = leading?.style === first.style && leading.items[leading.items.length - 1]!.ordinal === first.ordinal - 1;
      if (continued && !fits) {
        continued.placement = 'leading';
        leading = continued;
      } else if (!leading || leading.style !== first.style || first.ordinal === 1) {
        leading = { style: first.style, placement: 'leading', items: [] };
        result.push(leading);
      }
      leading.items.push(toItem(first, paragraph));
      rest = raw.slice(1);
      const continuing = rest.filter((r) => r.style === first.style);
      if (continuing.length > 0 && continuing[0]!.ordinal !== 1) {
        for (const r of continuing) leading.items.push(toItem(r, paragraph));
        rest = rest.filter((r) => r.style !== first.style);
      }
    }

    previousInline = [];
    for (const style of ['shi', 'di', 'order'] as const) {
      const ofStyle = rest.filter((r) => r.style === style);
      if (ofStyle.length === 0) continue;
      let inline: Enumeration = { style, placement: 'inline', items: [] };
      for (const r of ofStyle) {
        // A lead-in ending in a colon opens a list of its own (`“两增”：一是…二是…。“三突破”：一是…`).
        if (r.ordinal === 1 && inline.items.length > 0 && LEAD_IN_END.has(checkable[r.start - 1] ?? '')) {
          result.push(inline);
          if (!paragraph.heading) previousInline.push(inline);
          inline = { style, placement: 'inline', items: [] };
        }
        inline.items.push(toItem(r, paragraph));
      }
      result.push(inline);
      if (!paragraph.heading) previousInline.push(inline);
    }
  }
  for (const e of result) if (e.style === 'order' && e.items[0]!.ordinal !== 1) e.items.length = 0;
  return result.filter((e) => e.items.length > 0);
}
