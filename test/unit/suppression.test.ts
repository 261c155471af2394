import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint';
import type { Format } from '../../src/core/model';

const lines = (text: string, format: Format = 'text') =>
  lint(text, { format }).findings.filter((f) => f.rule === 'placeholder').map((f) => f.range.startLine);

describe('inline suppression', () => {
  for (const format of ['text', 'markdown'] as const) {
    it(`disables, re-enables and skips the next line (${format})`, () => {
      const text = [
        '投资XX亿元。', // 0: reported
        '<!-- govreport-disable placeholder -->',
        '投资XX亿元。', // 2: off
        '<!-- govreport-enable placeholder -->',
        '投资XX亿元。', // 4: reported
        '<!-- govreport-disable-next-line placeholder, heading-form -->',
        '投资XX亿元。', // 6: off
        '投资XX亿元。', // 7: reported
        '<!-- govreport-disable -->',
        '投资XX亿元。', // 9: off (all rules)
        '<!-- govreport-enable placeholder -->',
        '投资XX亿元。', // 11: placeholder back on
      ].join('\n');
      assert.deepEqual(lines(text, format), [0, 4, 7, 11]);
    });
  }

  it('leaves other rules alone and hides the comment itself from checks', () => {
    const text = '<!-- govreport-disable-next-line heading-form -->\n(一)工作回顾XX\n（二）工作安排\n';
    const { findings } = lint(text, { format: 'text' });
    assert.deepEqual(findings.map((f) => f.rule), ['placeholder']);
  });
});
