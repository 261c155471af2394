// Automatic numbering labels (一、/（一）/1./（1）) recovered from numbering.xml, as Word would draw them.

import { formatChineseNumeral } from '../numerals';
import { child, childVal, elements, type XmlElement } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** `w:isLgl`: every number in the label in Arabic digits. */
  legal: boolean;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  let s = '';
  for (const [v, r] of ROMAN) for (; n >= v; n -= v) s += r;
  return s;
}

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => String(n).padStart(2, '0'),
  chineseCounting: formatChineseNumeral,
  chineseCountingThousand: formatChineseNumeral,
  japaneseCounting: formatChineseNumeral,
  ideographTraditional: (n) => '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10]!,
  ideographZodiac: (n) => '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12]!,
  decimalEnclosedCircle: (n) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x245f + n) : String(n)),
  decimalEnclosedCircleChinese: (n) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x245f + n) : String(n)),
  decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  upperLetter: (n) => String.fromCharCode(65 + ((n - 1) % 26)),
  lowerLetter: (n) => String.fromCharCode(97 + ((n - 1) % 26)),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
};

/** A counter over the document's lists: call `label` once per numbered paragraph, in document order. */
export class Numbering {
  private readonly abstracts = new Map<string, Level[]>();
  private readonly nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(root: XmlElement | undefined) {
    const numbering = child(root, 'w:numbering');
    for (const an of elements(numbering, 'w:abstractNum')) {
      const levels: Level[] = [];
      for (const l of elements(an, 'w:lvl')) {
        levels[Number(l.attrs['w:ilvl'] ?? 0)] = {
          start: Number(childVal(l, 'w:start') ?? 1),
          format: childVal(l, 'w:numFmt') ?? 'decimal',
          text: childVal(l, 'w:lvlText') ?? '',
          legal: child(l, 'w:isLgl') !== undefined && childVal(l, 'w:isLgl') !== '0',
        };
      }
      this.abstracts.set(an.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of elements(numbering, 'w:num')) {
      const overrides = new Map<number, number>();
      for (const o of elements(n, 'w:lvlOverride')) {
        const start = childVal(o, 'w:startOverride');
        if (start !== undefined) overrides.set(Number(o.attrs['w:ilvl'] ?? 0), Number(start));
      }
      this.nums.set(n.attrs['w:numId'] ?? '', { abstract: childVal(n, 'w:abstractNumId') ?? '', overrides });
    }
  }

  /** Advances the list and returns the label, e.g. `一、` or `（1）`; '' when the paragraph is not numbered. */
  label(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    const levels = num && this.abstracts.get(num.abstract);
    const level = levels?.[ilvl];
    if (!num || !levels || !level) return '';
    // Counters belong to the abstract list: two w:num sharing one continue each other's count.
    let counts = this.counters.get(num.abstract);
    if (!counts) this.counters.set(num.abstract, (counts = []));
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.overrides) {
        counts[l] = start - 1;
        counts.length = Math.max(counts.length, l + 1);
      }
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1; // deeper levels restart after this one
    if (level.format === 'bullet' || level.format === 'none') return level.text;
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      const ref = levels[i];
      const n = counts![i] ?? ref?.start ?? 1;
      const format = level.legal ? String : (FORMATS[ref?.format ?? 'decimal'] ?? String);
      return format(n);
    });
  }
}
