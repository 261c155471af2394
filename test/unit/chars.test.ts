import assert from 'node:assert/strict';
import { CharSet, WHITE_SPACE_RANGES } from '../../src/core/chars';

describe('CharSet', () => {
  const figureChars = new CharSet('X两二', [['0', '9']]);

  it('finds the first member at or after a position, members and ranges alike', () => {
    assert.equal(figureChars.indexIn('全年新增就业5万人'), 6);
    assert.equal(figureChars.indexIn('建成两所学校'), 2);
    assert.equal(figureChars.indexIn('投资XX亿元', 3), 3);
    assert.equal(figureChars.indexIn('投资XX亿元', 4), -1);
    assert.equal(figureChars.indexIn('全面加快东山组团建设'), -1);
    assert.equal(figureChars.indexOrEnd('投资XX亿元', 3), 3);
    assert.equal(figureChars.indexOrEnd('全面加快东山组团建设'), 10);
  });

  it('holds exactly its members', () => {
    assert.ok(figureChars.has('0'.charCodeAt(0)) && figureChars.has('9'.charCodeAt(0)) && figureChars.has('二'.charCodeAt(0)));
    assert.ok(!figureChars.has('x'.charCodeAt(0)) && !figureChars.has('三'.charCodeAt(0)) && !figureChars.has(':'.charCodeAt(0)));
  });

  it('with the white-space ranges, holds every character \\s matches and no other', () => {
    const spaces = new CharSet('', WHITE_SPACE_RANGES);
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (spaces.has(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    assert.deepEqual(differ, []);
  });
});
