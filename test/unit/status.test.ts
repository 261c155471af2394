import assert from 'node:assert/strict';
import { mayEndWithStatus, STATUS_AFTER, STATUS_TAILS, statusAtEnd } from '../../src/core/outline/status';

/**
 * The characters a match of a regular expression may end with, for the subset the status words use: literals,
 * classes, non-capturing groups, alternation, the quantifiers `? * + {m,n}` (lazy too) and a final `$`.
 * `undefined` stands for "any character" (a negated class or an escape).
 */
function lastCharacters(source: string): Set<string | undefined> {
  let at = 0;
  type Piece = { last: Set<string | undefined>; empty: boolean };
  const alternation = (): Piece => {
    const last = new Set<string | undefined>();
    let empty = false;
    for (;;) {
      const branch = sequence();
      for (const c of branch.last) last.add(c);
      empty ||= branch.empty;
      if (source[at] !== '|') return { last, empty };
      at++;
    }
  };
  const sequence = (): Piece => {
    let last = new Set<string | undefined>();
    let empty = true;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const item = atom();
      const quantifier = /^(?:[?*+]|\{(\d*),?\d*\})\??/.exec(source.slice(at));
      if (quantifier) at += quantifier[0].length;
      const optional = quantifier !== null && (quantifier[0][0] === '?' || quantifier[0][0] === '*' || quantifier[1] === '0');
      if (item.last.size === 0) continue;
      last = optional || item.empty ? new Set([...last, ...item.last]) : item.last;
      empty &&= optional || item.empty;
    }
    return { last, empty };
  };
  const atom = (): Piece => {
    const c = source[at]!;
    if (c === '$' || c === '^') {
      at++;
      return { last: new Set(), empty: true };
    }
    if (c === '(') {
      at += source.startsWith('(?:', at) ? 3 : 1;
      const inner = alternation();
      at++; // ')'
      return inner;
    }
    if (c === '[') {
      const end = source.indexOf(']', at);
      const body = source.slice(at + 1, end);
      at = end + 1;
      if (body.startsWith('^') || body.includes('\\')) return { last: new Set([undefined]), empty: false };
      return { last: new Set(expandRanges(body)), empty: false };
    }
    if (c === '\\') {
      at += 2;
      return { last: new Set([source[at - 1] === '.' ? '.' : undefined]), empty: false };
    }
    at++;
    return { last: new Set([c]), empty: false };
  };
  return alternation().last;
}

/** A class's members with its ranges written out: `a-c` → `abc`. */
function expandRanges(body: string): string {
  return body.replace(/(.)-(.)/g, (_, from: string, to: string) => {
    let out = '';
    for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) out += String.fromCharCode(code);
    return out;
  });
}

describe('status words', () => {
  it('reads the characters a pattern may end with', () => {
    assert.deepEqual([...lastCharacters('并?(?:全面|首台(?:套|机组)?)*(?:封关运[作行]|建成通车|完成投资\\d+元)(?:运营)?$')].sort(), ['元', '作', '营', '行', '车'].sort());
    assert.deepEqual([...lastCharacters('纳入[^，、]{0,12}?(?:规划|盘子)|进入[^，、]{0,6}')], ['划', '子', '入', undefined]);
  });

  it('lets every status word through the quick check on the last character', () => {
    const last = lastCharacters(STATUS_AFTER.source);
    assert.ok(last.size > 40, `${last.size} last characters`);
    assert.ok(!last.has(undefined), 'no status may end with any character');
    const missed = [...last].filter((c) => !mayEndWithStatus(`某某工程${c!}`) && !STATUS_TAILS.some((w) => w.endsWith(c!)));
    assert.deepEqual(missed, []);
  });

  it('reads a work\'s steps listed with 、 as one status, a few at most, however long the list', () => {
    assert.deepEqual(statusAtEnd('甲岛农业大学乙度校区竣工交付、即将投用'), { index: 10, words: '竣工交付、即将投用' });
    // A clause of tens of thousands of steps (a pasted table, say) reads the last few and returns.
    const long = `甲乙大桥${'建成、'.repeat(40000)}建成`;
    assert.equal(statusAtEnd(long)?.index, long.length - 11);
  });
});
