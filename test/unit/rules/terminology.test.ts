import assert from 'node:assert/strict';
import { ruleHarness } from './harness';
import { BUILTIN_TERMS } from '../../../src/core/rules/terminology';
import type { TermEntry } from '../../../src/core/rules/types';
import { EMPTY_CONFIG } from '../../../src/core/settings';

const ID = 'terminology';
const rule = ruleHarness(ID);
const withTerms = (terminology: TermEntry[]) => ({ ...EMPTY_CONFIG, terminology });
const check = (text: string, terminology: TermEntry[] = []) => rule.check(text, 'text', withTerms(terminology));
const spans = (text: string, terminology: TermEntry[] = []) => rule.spans(text, 'text', withTerms(terminology));
const fixed = (text: string, terminology: TermEntry[] = []) => rule.fixed(text, 'text', withTerms(terminology));
const { corpusFindings } = rule;

describe('rule: terminology', () => {
  it('corrects 截止 to 截至 before a date or a period only', () => {
    const text = '截止2021年底，全县累计完成投资；截止目前，截止XX月，报名截止日期为3月1日，截止到2021年。';
    assert.deepEqual(spans(text), [
      [0, 2, '截止'],
      [18, 20, '截止'],
      [23, 25, '截止'],
    ]);
    assert.equal(check(text)[0]!.message, '应为“截至”，而非“截止”');
    assert.equal(fixed(text), '截至2021年底，全县累计完成投资；截至目前，截至XX月，报名截止日期为3月1日，截止到2021年。');
  });

  it('corrects the other built-in entries, leaving 既使…又使… and 当做为人民 alone', () => {
    const text = '要再接再励，一如继往；既使困难再大，也要完成；既使企业受益，又使群众得利；做为市场主体，当做为人民服务的机会。';
    assert.deepEqual(spans(text), [
      [1, 5, '再接再励'],
      [6, 10, '一如继往'],
      [11, 13, '既使'],
      [37, 39, '做为'],
    ]);
    assert.equal(
      fixed(text),
      '要再接再厉，一如既往；即使困难再大，也要完成；既使企业受益，又使群众得利；作为市场主体，当做为人民服务的机会。',
    );
  });

  it('exports a built-in list of real corrections', () => {
    assert.ok(BUILTIN_TERMS.length >= 10);
    for (const { wrong, right } of BUILTIN_TERMS) assert.notEqual(wrong, right);
    assert.deepEqual(spans(BUILTIN_TERMS.map((t) => t.right).join('，')), []);
  });

  it('adds config entries, with `before` and capturing groups, next to the built-in ones', () => {
    const terms: TermEntry[] = [
      { wrong: '政务服务网', right: '浙江政务服务网' },
      { wrong: '两会', right: '全国两会', before: '(期间)|(召开)' },
    ];
    const text = '通过浙江政务服务网和政务服务网办理；两会期间再接再励，两会精神，全国两会期间。';
    assert.deepEqual(spans(text, terms), [
      [10, 15, '政务服务网'],
      [18, 20, '两会'],
      [22, 26, '再接再励'],
    ]);
    assert.equal(fixed(text, terms), '通过浙江政务服务网和浙江政务服务网办理；全国两会期间再接再厉，两会精神，全国两会期间。');
  });

  it('lets a config entry replace or switch off a built-in one', () => {
    const terms: TermEntry[] = [
      { wrong: '截止', right: '截至', before: '目前' },
      { wrong: '做为', right: '做为' },
    ];
    assert.deepEqual(spans('截止目前，截止2021年底，做为市场主体', terms), [[0, 2, '截止']]);
  });

  it('skips a config entry whose `before` is not a valid regular expression', () => {
    assert.deepEqual(spans('两会期间再接再励', [{ wrong: '两会', right: '全国两会', before: '(' }]), [[4, 8, '再接再励']]);
  });

  // The published corpus has none of the built-in errors.
  it('reports nothing on the published corpus', () => {
    const found = corpusFindings();
    assert.deepEqual(found, []);
  });
});
