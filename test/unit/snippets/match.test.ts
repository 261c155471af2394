import assert from 'node:assert/strict';
import { matchSnippet, pinyinInitials } from '../../../src/core/snippets';
import { resolved } from './helpers';

const comrades = resolved({ title: '同志们（讲话开场）', prefix: ['tzm', '同志们'] });
const pastYear = resolved({ title: '过去一年（回顾开篇）', prefix: ['gqyn', '过去一年'] });
const noPrefix = (title: string) => resolved({ title, prefix: 'zzz' });

describe('snippets: matching', () => {
  it('computes pinyin initials of Chinese characters; keeps letters and digits, drops punctuation', () => {
    assert.equal(pinyinInitials('同志们：'), 'tzm');
    assert.equal(pinyinInitials('过去一年（回顾开篇）'), 'gqynhgkp');
    assert.equal(pinyinInitials('以下N方面工作'), 'yxnfmgz');
    assert.equal(pinyinInitials('2025年工作总结'), '2025ngzzj');
    assert.equal(pinyinInitials('二〇二六年'), 'eleln');
    assert.equal(pinyinInitials('……'), '');
    assert.equal(pinyinInitials('各位代表！'), 'gwdb');
  });

  it('finds 同志们 by tzm and 过去一年 by gqyn (by prefix and by the title initials)', () => {
    assert.ok(matchSnippet('tzm', comrades) !== undefined);
    assert.ok(matchSnippet('gqyn', pastYear) !== undefined);
    assert.ok(matchSnippet('tzm', noPrefix('同志们！（讲话结尾）')) !== undefined, 'initials of the title');
    assert.ok(matchSnippet('gqy', noPrefix('过去一年')) !== undefined, 'a start of the initials');
    assert.ok(matchSnippet('TZM', noPrefix('同志们')) !== undefined, 'case-insensitive');
    assert.equal(matchSnippet('tzm', pastYear), undefined);
    assert.equal(matchSnippet('zm', noPrefix('同志们')), undefined, 'initials match from the start of the title only');
  });

  it('accepts any reading of a polyphone', () => {
    assert.ok(matchSnippet('zz', noPrefix('增长')) !== undefined, '长 zhǎng');
    assert.ok(matchSnippet('zc', noPrefix('增长')) !== undefined, '长 cháng');
    assert.ok(matchSnippet('yh', noPrefix('银行')) !== undefined, '行 háng');
    assert.ok(matchSnippet('cq', noPrefix('重庆')) !== undefined, '重 chóng');
  });

  it('finds a title by any substring and a prefix by its start', () => {
    assert.ok(matchSnippet('同志', comrades) !== undefined);
    assert.ok(matchSnippet('开场', comrades) !== undefined);
    assert.ok(matchSnippet('tz', comrades) !== undefined);
    assert.ok(matchSnippet('同志们', comrades) !== undefined);
    assert.equal(matchSnippet('代表', comrades), undefined);
    assert.equal(matchSnippet('zm', comrades), undefined, 'not the middle of a prefix');
  });

  it('ranks an exact prefix over a prefix start over the title start over the initials over a title substring', () => {
    const exact = matchSnippet('jw', resolved({ title: '结尾', prefix: 'jw' }))!;
    const prefixStart = matchSnippet('jw', resolved({ title: '甲', prefix: 'jwx' }))!;
    const titleStart = matchSnippet('结尾', resolved({ title: '结尾段', prefix: 'x' }))!;
    const initials = matchSnippet('jw', noPrefix('结尾段'))!;
    const substring = matchSnippet('结尾', resolved({ title: '讲话结尾', prefix: 'x' }))!;
    assert.ok(exact > prefixStart && prefixStart > titleStart && titleStart > initials && initials > substring, [exact, prefixStart, titleStart, initials, substring].join(' '));
    assert.ok(matchSnippet('tzm', noPrefix('同志们'))! > matchSnippet('tzm', noPrefix('同志们！（讲话结尾）'))!, 'shorter wins a tie');
  });

  it('matches everything with the lowest score for an empty query', () => {
    assert.equal(matchSnippet('', comrades), 1);
    assert.equal(matchSnippet('  ', pastYear), 1);
  });
});
