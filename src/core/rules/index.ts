import type { Lang, Rule } from './types';
import { headingForm } from './heading-form';
import { headingSequence } from './heading-sequence';
import { headingLevel } from './heading-level';
import { headingSingleton } from './heading-singleton';
import { enumSequence } from './enum-sequence';
import { placeholder } from './placeholder';
import { countMismatch } from './count-mismatch';
import { respectivelyMismatch } from './respectively-mismatch';
import { punctuationWidth } from './punctuation-width';
import { pairedMarks } from './paired-marks';
import { repeatedPunctuation } from './repeated-punctuation';
import { numberRange } from './number-range';
import { fullwidthDigits } from './fullwidth-digits';
import { terminology } from './terminology';
import { markdownHeadingDepth } from './markdown-heading-depth';
import { periodMismatch } from './period-mismatch';
import { nameVariant } from './name-variant';
import { figureMismatch } from './figure-mismatch';
import { officialFigure } from './official-figure';
import { ratioSum } from './ratio-sum';
import { partExceedsWhole } from './part-exceeds-whole';
import { percentPoint } from './percent-point';

/** Every rule, in the order docs and tables list them. */
export const rules: readonly Rule[] = [
  headingForm,
  headingSequence,
  headingLevel,
  headingSingleton,
  enumSequence,
  placeholder,
  countMismatch,
  respectivelyMismatch,
  punctuationWidth,
  pairedMarks,
  repeatedPunctuation,
  numberRange,
  fullwidthDigits,
  terminology,
  markdownHeadingDepth,
  periodMismatch,
  nameVariant,
  figureMismatch,
  officialFigure,
  ratioSum,
  partExceedsWhole,
  percentPoint,
];

export const ruleIds: readonly string[] = rules.map((r) => r.id);

const byId = new Map(rules.map((r) => [r.id, r]));

/** The rule's title in `lang`; the id for a rule that does not exist. */
export function ruleTitle(id: string, lang: Lang): string {
  return byId.get(id)?.title[lang] ?? id;
}
