import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alternation } from '../../src/core/alternation';

const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

describe('alternation', () => {
  it('writes shared beginnings once and tries the longer word first', () => {
    assert.equal(alternation(['加快', '加快建设', '加快推进', '加大', '推进']), '(?:加(?:快(?:建设|推进)?|大)|推进)');
    assert.equal(alternation(['建设', '建设好']), '建设好?');
    assert.equal(alternation(['a.b', '(c)']), '(?:a\\.b|\\(c\\))');
  });

  it('matches what the same words listed longest first match, at every position of a real report', () => {
    const words = ['加快', '加快建设', '加快推进', '推进', '推动', '建设', '建设好', '建成', '建成通车', '实施', '重点实施', '重点', '改造', '改扩建', '扩建', '新建', '新建成', '开工', '开工建设'];
    const tree = new RegExp(`(?:${alternation(words)})[了的]?`, 'gy');
    const list = new RegExp(`(?:${longestFirst(words)})[了的]?`, 'gy');
    const text = readFileSync(join(__dirname, '..', '..', 'samples', 'county-2022-three-level-cadre-meeting-speech.txt'), 'utf8');
    let found = 0;
    for (let at = 0; at < text.length; at++) {
      tree.lastIndex = list.lastIndex = at;
      const a = tree.exec(text)?.[0];
      assert.equal(a, list.exec(text)?.[0], `at ${at}`);
      if (a) found++;
    }
    assert.ok(found > 100, `${found} matches`);
  });
});
