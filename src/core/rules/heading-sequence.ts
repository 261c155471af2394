import type { NumberedHeading, NumberingRun } from '../model';
import { canonicalMarker } from '../parse/markers';
import { levelName } from '../structure';
import type { Edit, Message, Rule, RuleContext } from './types';
import { unexpected } from './message';

const REASONS: Record<'restart' | 'duplicate' | 'gap' | 'order', Message> = {
  restart: { zh: '序号未在新的上级标题下重新开始：', en: 'Numbering does not restart under a new parent: ' },
  duplicate: { zh: '序号重复：', en: 'Duplicate number: ' },
  gap: { zh: '序号不连续：', en: 'Gap in numbering: ' },
  order: { zh: '序号顺序错误：', en: 'Numbering out of order: ' },
};

/** Said once per run, at the first heading that departs from the convention the document follows. */
function departure(run: NumberingRun, h: NumberedHeading, want: string): Message {
  const name = levelName(run.level);
  const found = h.marker.text;
  return run.continuous
    ? {
        zh: `本文${name.zh}全文连续编号，此处重新从“${found}”开始（按全文应为“${want}”）`,
        en: `This document numbers its ${name.en} continuously; numbering restarts here at "${found}" (expected "${want}")`,
      }
    : {
        zh: `本文${name.zh}在每个上级标题下重新编号，此处接续上文编为“${found}”（应为“${want}”）`,
        en: `This document restarts its ${name.en} under each parent; "${found}" continues the previous numbering (expected "${want}")`,
      };
}

/**
 * Renumbers `h` to `want` and the headings that follow it consecutively under the same numbering,
 * recording in `after` the numbers they carry once fixed.
 */
function renumber(run: NumberingRun, i: number, want: number, after: number[]): Edit[] {
  const edits: Edit[] = [];
  const { headings, parents } = run;
  for (let j = i, n = want; j < headings.length; j++, n++) {
    if (j > i && (headings[j]!.marker.number !== headings[j - 1]!.marker.number + 1 || (!run.continuous && parents[j] !== parents[i]))) break;
    const { marker } = headings[j]!;
    after[j] = n;
    const text = canonicalMarker(marker.level, n);
    if (text !== marker.text) edits.push({ start: marker.range.start, end: marker.range.end, text });
  }
  return edits;
}

/**
 * Where the fix of an earlier error renumbered the heading before `i`, this fix continues from that
 * heading's new number, so that all fixes applied together leave a consecutive run.
 */
function fixStart(run: NumberingRun, i: number, want: number, after: number[], atNewParent: boolean): number {
  if (i === 0 || (atNewParent && !run.continuous)) return want;
  const previous = run.headings[i - 1]!.marker.number;
  return after[i - 1] !== previous && want === previous + 1 ? after[i - 1]! + 1 : want;
}

function checkRun(run: NumberingRun, ctx: RuleContext): void {
  let departed = false;
  /** Numbers the next heading may carry: after a reported error, either its own successor or the corrected one. */
  let next = new Set([1]);
  /** The number each heading carries once the fixes reported so far are applied. */
  const after = run.headings.map((h) => h.marker.number);
  run.headings.forEach((h, i) => {
    const n = h.marker.number;
    const atNewParent = i > 0 && run.parents[i] !== run.parents[i - 1];
    const expected = atNewParent && !run.continuous ? new Set([1]) : next;
    const alternative = atNewParent ? (run.continuous ? new Set([1]) : next) : undefined;
    const want = Math.min(...expected);
    if (expected.has(n)) {
      next = new Set([n + 1]);
      return;
    }
    if (alternative?.has(n)) {
      if (!departed) {
        departed = true;
        const { marker } = h;
        const message = departure(run, h, canonicalMarker(marker.level, want));
        // Restarting is unambiguous; where numbers run on, which part to renumber is the writer's call.
        const fix = run.continuous ? undefined : renumber(run, i, want, after);
        ctx.report({ start: marker.range.start, end: marker.range.end, message, ...(fix ? { fix } : {}) });
      }
      next = new Set([n + 1]);
      return;
    }
    const previous = i > 0 ? run.headings[i - 1]!.marker.number : 0;
    const reason = atNewParent || i === 0 ? 'restart' : n === previous ? 'duplicate' : n > want ? 'gap' : 'order';
    const { marker } = h;
    const wanted = canonicalMarker(marker.level, want);
    ctx.report({
      start: marker.range.start,
      end: marker.range.end,
      message: unexpected(marker.text, wanted, REASONS[reason].zh, REASONS[reason].en),
      fix: renumber(run, i, fixStart(run, i, want, after, atNewParent), after),
    });
    next = new Set([n + 1, want + 1]);
  });
}

export const headingSequence: Rule = {
  id: 'heading-sequence',
  title: { zh: '序号连续', en: 'Marker sequence' },
  severity: 'warning',
  fixable: true,
  description: {
    zh: '同级序号须连续，并遵循全文的编号方式（在每个上级标题下重新开始，或全文连续编号）',
    en: "Sibling markers are consecutive and follow the document's convention (restart under each parent, or run on through the text)",
  },
  check(ctx) {
    for (const run of ctx.doc.numbering) checkRun(run, ctx);
  },
};
