import assert from 'node:assert/strict';
import { parsePack } from '../../../src/core/snippets';
import { brief, FILE } from './helpers';

const VALID = `{
  "$schema": "govreport:/schemas/govsnippets.schema.json",
  "name": "team.speech",
  "version": "1.0.0",
  "description": "讲话稿常用语",
  "author": "写作组",
  "snippets": [
    {
      "id": "team.comrades",
      "title": "同志们（开场）",
      "prefix": ["tzm", "同志们"],
      "body": "同志们：\\n$0",
      "description": "开场称呼",
      "category": "开场",
      "tags": ["讲话稿"]
    },
    {
      "id": "team.skeleton",
      "title": "讲话稿骨架",
      "prefix": "jhg",
      "body": ["同志们：", "下面，我讲\${1|三,四|}点意见：", "一、\${2:标题}", "$0"],
      "description": "",
      "category": "模板"
    }
  ]
}
`;

function problems(text: string) {
  const result = parsePack(text, FILE);
  assert.equal(result.pack, undefined, 'no pack when there are problems');
  for (const p of result.problems) assert.equal(p.file, FILE);
  return result.problems.map((p) => brief(text, p));
}


describe('snippets: pack schema and parsePack', () => {
  it('accepts a valid pack and returns it as written', () => {
    const { pack, problems } = parsePack(VALID, FILE);
    assert.deepEqual(problems, []);
    assert.equal(pack?.name, 'team.speech');
    assert.equal(pack?.author, '写作组');
    assert.deepEqual(pack?.snippets[0]?.prefix, ['tzm', '同志们']);
    assert.deepEqual(pack?.snippets[1]?.body, ['同志们：', '下面，我讲${1|三,四|}点意见：', '一、${2:标题}', '$0']);
  });

  it('accepts a BOM and keeps offsets in the text as given', () => {
    assert.deepEqual(parsePack(`\uFEFF${VALID}`, FILE).problems, []);
    const text = '\uFEFF{"name":"x","version":1,"description":"","snippets":[]}';
    assert.deepEqual(problems(text), [['version', 'expected a string, found 1', '1']]);
  });

  it('reports invalid JSON at the offending character, in both languages', () => {
    const text = '{\n  "name": "x",\n}';
    const [p] = parsePack(text, FILE).problems;
    assert.deepEqual(p, {
      file: FILE,
      path: '',
      message: {
        en: 'invalid JSON: expected a property name in double quotes, found "}"',
        zh: 'JSON 语法错误：应为双引号括起的属性名，实际为"}"',
      },
      start: 17,
      end: 18,
    });
    assert.deepEqual(problems(''), [['', 'invalid JSON: expected a JSON value, found the end of the file', '']]);
  });

  it('reports every schema problem with its JSON path and the range of the offending node', () => {
    const text = `{
  "name": "",
  "version": 1,
  "snippets": [
    { "id": "a", "title": "甲", "prefix": [], "body": 5, "description": "d", "category": "开场", "extra": true },
    { "id": "b", "title": "乙", "prefix": "", "body": [], "description": "d" }
  ]
}`;
    assert.deepEqual(problems(text), [
      ['name', 'expected a non-empty string, found ""', '""'],
      ['version', 'expected a string, found 1', '1'],
      ['description', 'expected a string, found nothing (missing)', '{'],
      ['snippets[0].prefix', 'expected a non-empty array, found []', '"prefix"'],
      ['snippets[0].body', 'expected a string, or an array, found 5', '5'],
      ['snippets[0].extra', 'expected a known key (id, title, prefix, body, description, category, tags), found "extra"', '"extra"'],
      ['snippets[1].prefix', 'expected a non-empty string, found ""', '""'],
      ['snippets[1].body', 'expected a non-empty array, found []', '"body"'],
      ['snippets[1].category', 'expected a string, found nothing (missing)', '{'],
    ]);
  });

  it('gives Chinese messages too', () => {
    const [p] = parsePack('{"name":"x","version":"1","description":"","snippets":{}}', FILE).problems;
    assert.equal(p!.message.zh, '应为数组，实际为{}');
    const [q] = parsePack('{"name":"x","version":"1","description":"","snippets":[],"extra":1}', FILE).problems;
    assert.equal(q!.message.zh, '应为已知的键（$schema, name, title, version, description, author, snippets），实际为"extra"');
  });

  it('rejects a root that is not an object, and wrong types inside a list', () => {
    assert.deepEqual(problems('[]'), [['', 'expected an object, found []', '[']]);
    const text = VALID.replace('"tags": ["讲话稿"]', '"tags": ["讲话稿", 3]');
    assert.deepEqual(problems(text), [['snippets[0].tags[1]', 'expected a string, found 3', '3']]);
  });

  it('reports duplicate snippet ids at the later id', () => {
    const text = VALID.replace('"id": "team.skeleton"', '"id": "team.comrades"');
    assert.deepEqual(problems(text), [
      ['snippets[1].id', 'duplicate snippet id "team.comrades" (first used at snippets[0].id)', '"team.comrades"'],
    ]);
  });

  it('reports duplicate keys at the second one', () => {
    const text = '{"name":"a","name":"b","version":"1","description":"","snippets":[]}';
    assert.deepEqual(problems(text), [['name', 'duplicate key "name"', '"name"']]);
    assert.equal(text.indexOf('"name"', 2), parsePack(text, FILE).problems[0]!.start);
  });

  it('reports invalid body syntax at the body, or at the line of a list body', () => {
    const text = VALID.replace('"同志们：\\n$0"', '"同志们：${1:称呼"').replace('"一、${2:标题}"', '"一、${XX}"');
    assert.deepEqual(problems(text), [
      ['snippets[0].body', 'invalid snippet syntax: "${" is not closed with "}", near "同志们：${1:称呼"', '"同志们：${1:称呼"'],
      ['snippets[1].body[2]', 'invalid snippet syntax: unknown variable $XX (write \\$ for a literal "$"), near "…}点意见：⏎一、${XX}⏎$0"', '"一、${XX}"'],
    ]);
  });

  it('checks ids and bodies even when other fields are wrong, so every problem shows at once', () => {
    const text = '{"name":"x","version":"1","description":"","snippets":[{"id":"a","title":"","prefix":"a","body":"}","description":"","category":"c"},{"id":"a"}]}';
    assert.deepEqual(
      problems(text).map(([path]) => path),
      ['snippets[0].title', 'snippets[1].title', 'snippets[1].prefix', 'snippets[1].body', 'snippets[1].description', 'snippets[1].category', 'snippets[0].body', 'snippets[1].id'],
    );
  });
});
