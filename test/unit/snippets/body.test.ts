import assert from 'node:assert/strict';
import { bodyText, checkSnippetBody, scanSnippetBody, snippetPreview } from '../../../src/core/snippets';

const error = (body: string) => checkSnippetBody(body)?.en;

describe('snippets: body syntax', () => {
  it('previews the text inserted with the defaults: no snippet syntax left', () => {
    const year = (name: string) => (name === 'CURRENT_YEAR' ? '2026' : undefined);
    assert.equal(snippetPreview(['我代表${1:XX市}政府', '${2:$CURRENT_YEAR}年$0'], year), '我代表XX市政府\n2026年');
    assert.equal(snippetPreview('${1|三,四|}方面${2:外${3:内}层}$3${4}'), '三方面外内层');
    assert.equal(snippetPreview('价格\\$5，\\}号 ${UNKNOWN:默认} $TM_FILENAME.'), '价格$5，}号 默认 .');
  });

  it('joins list bodies with line breaks', () => {
    assert.equal(bodyText('同志们：\n$0'), '同志们：\n$0');
    assert.equal(bodyText(['各位代表：', '$0']), '各位代表：\n$0');
  });

  it('accepts tabstops, placeholders, choices, variables, transforms and escapes', () => {
    for (const body of [
      '同志们：\n$0',
      '$1$2$10',
      '${1}${2:占位}${0}',
      '${1:外层${2:内层}}',
      '${1:}',
      '重点做好以下${1|三,四,五|}方面工作',
      '${1|带\\,逗号,带\\|竖线|}',
      '$CURRENT_YEAR年${CURRENT_MONTH}月${TM_SELECTED_TEXT:默认}',
      '${1:$CURRENT_YEAR}年',
      '${TM_FILENAME/(.*)\\..+$/${1:/upcase}/g}',
      '${1/(.*)/$1/}',
      '价格 \\$100，大括号 \\}，反斜杠 \\\\',
      '单独的 $ 和 $%',
      '${2}年，${2:重复}',
    ]) {
      assert.equal(error(body), undefined, body);
    }
  });

  it('reports unbalanced braces', () => {
    assert.equal(error('${1:称呼'), 'invalid snippet syntax: "${" is not closed with "}", near "${1:称呼"');
    assert.equal(error('${1:外${2:内}'), 'invalid snippet syntax: "${" is not closed with "}", near "${1:外${2:内}"');
    assert.equal(error('结尾}'), 'invalid snippet syntax: "}" has no matching "${" (write \\} for a literal "}"), near "结尾}"');
    assert.equal(checkSnippetBody('结尾}')?.zh, '片段语法错误：“}”没有对应的“${”（字面的“}”请写作 \\}），位于“结尾}”附近');
  });

  it('reports malformed choices', () => {
    const choice = 'invalid snippet syntax: malformed choice: expected ${1|option,option|} with non-empty options';
    for (const body of ['${1|a,b}', '${1||}', '${1|a,,b|}', '${1|a,b|', '${1|a|b|}']) assert.ok(error(body)?.startsWith(choice), body);
    assert.equal(error('${X|a|}'), 'invalid snippet syntax: unknown variable $X (write \\$ for a literal "$"), near "${X|a|}"');
    assert.ok(error('${CLIPBOARD|a|}')?.startsWith('invalid snippet syntax: expected "}", ":", "|" or "/" after "${CLIPBOARD"'));
  });

  it('reports unknown variables and malformed ${…}', () => {
    assert.equal(error('增长$XX%'), 'invalid snippet syntax: unknown variable $XX (write \\$ for a literal "$"), near "增长$XX%"');
    assert.ok(error('${XX}')?.includes('unknown variable $XX'));
    assert.ok(error('${}')?.includes('"${" must be followed by a tabstop number or a variable name'));
    assert.ok(error('${ 1}')?.includes('"${" must be followed by a tabstop number or a variable name'));
    assert.ok(error('${1 x}')?.includes('expected "}", ":", "|" or "/" after "${1"'));
    assert.ok(error('${1/(/x/}')?.includes('invalid regular expression in a transform'));
    assert.ok(error('${1/a/b}')?.includes('malformed transform'));
  });

  it('gives the offset of the problem and a short excerpt', () => {
    assert.equal(scanSnippetBody('一二三四五六七八九十${1:x')?.offset, 10);
    assert.equal(
      error('一二三四五六七八九十甲乙丙丁戊己庚辛壬癸}子丑寅卯辰巳午未申酉戌亥'),
      'invalid snippet syntax: "}" has no matching "${" (write \\} for a literal "}"), near "…丙丁戊己庚辛壬癸}子丑寅卯辰巳午未申酉戌…"',
    );
  });
});
