import assert from 'node:assert/strict';
import { addSnippet, newPackText, PACK_SCHEMA_REF, PackEditError, parsePack, suggestSnippetId, type Snippet } from '../../../src/core/snippets';
import { FILE } from './helpers';

const NEW: Snippet = { id: 'xsgc', title: '携手共创', prefix: 'xsgc', body: '让我们携手并进，共创美好未来！$0', description: '号召', category: '结尾' };

/** Splits `after` into what `before` shares with it at both ends and what changed in between. */
function diff(before: string, after: string): { kept: string; removed: string; inserted: string; tail: string } {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let q = 0;
  while (q < before.length - p && q < after.length - p && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
  return { kept: before.slice(0, p), removed: before.slice(p, before.length - q), inserted: after.slice(p, after.length - q), tail: before.slice(before.length - q) };
}

const TEAM = `{
  "$schema": "govreport:/schemas/govsnippets.schema.json",
  "name": "team.speech",
  "version": "1.2.0",
  "description": "讲话稿常用语",
  "snippets": [
    {
      "category": "开场",
      "id": "team.comrades",
      "title": "同志们",
      "prefix": ["tzm", "同志们"],
      "body": "同志们：\\n$0",
      "description": "开场称呼"
    }
  ],
  "author": "写作组"
}
`;

describe('snippets: editing pack files', () => {
  it('appends a snippet, changing nothing else byte for byte', () => {
    const after = addSnippet(TEAM, NEW);
    const { removed, inserted, kept, tail } = diff(TEAM, after);
    assert.equal(removed, '');
    assert.equal(kept, TEAM.slice(0, TEAM.indexOf('\n  ],')));
    assert.ok(tail.startsWith('\n  ],\n  "author": "写作组"\n}\n'));
    assert.equal(
      inserted,
      `,
    {
      "id": "xsgc",
      "title": "携手共创",
      "prefix": "xsgc",
      "body": "让我们携手并进，共创美好未来！$0",
      "description": "号召",
      "category": "结尾"
    }`,
    );
    const { pack, problems } = parsePack(after, FILE);
    assert.deepEqual(problems, []);
    assert.deepEqual(pack!.snippets[1], NEW);
  });

  it('replaces the entry with the same id in place, in the documented key order', () => {
    const after = addSnippet(TEAM, { ...NEW, id: 'team.comrades', tags: ['讲话稿'] });
    const start = TEAM.indexOf('{\n      "category"');
    const end = TEAM.indexOf('\n    }\n  ]') + 6;
    assert.ok(after.startsWith(TEAM.slice(0, start)) && after.endsWith(TEAM.slice(end)), 'only the entry changed');
    const inserted = after.slice(start, after.length - (TEAM.length - end));
    assert.match(inserted, /"id": "team\.comrades",\n {6}"title": "携手共创",[^]*"category": "结尾",\n {6}"tags": \[\n {8}"讲话稿"\n {6}\]/);
    assert.equal(parsePack(after, FILE).pack!.snippets.length, 1);
  });

  it('keeps tabs, CRLF, comments, a BOM and a missing final newline', () => {
    const text = '\uFEFF{\r\n\t// 写作组的常用语\r\n\t"name": "t",\r\n\t"snippets": [\r\n\t\t/* 第一条 */\r\n\t\t{\r\n\t\t\t"id": "a"\r\n\t\t}\r\n\t]\r\n}';
    const after = addSnippet(text, NEW);
    const { removed, inserted, tail } = diff(text, after);
    assert.equal(removed, '');
    assert.equal(tail, '\r\n\t]\r\n}');
    assert.ok(inserted.startsWith(',\r\n\t\t{\r\n\t\t\t"id": "xsgc",\r\n\t\t\t"title": "携手共创",'), JSON.stringify(inserted));
    assert.ok(!inserted.replace(/\r\n/g, '').includes('\n'), 'CRLF only');
  });

  it('adds the "snippets" array when it is missing, with the file’s indentation', () => {
    const after = addSnippet('{\n    "name": "x"\n}\n', NEW);
    assert.ok(after.startsWith('{\n    "name": "x",\n    "snippets": [\n        {\n            "id": "xsgc",'), after);
    assert.ok(after.endsWith('\n    ]\n}\n'));
  });

  it('refuses text that is not a pack object', () => {
    for (const text of ['[]', '{"snippets": {}}', '{"name": ', '']) {
      assert.throws(() => addSnippet(text, NEW), (err: unknown) => err instanceof PackEditError && /not a valid snippet pack/.test(err.text.en) && err.text.zh.includes('片段包'));
    }
  });

  it('writes a new empty pack that validates, with $schema and optional author', () => {
    const text = newPackText({ name: 'team.speech', version: '1.0.0', description: '讲话稿常用语' });
    assert.equal(
      text,
      `{
  "$schema": "${PACK_SCHEMA_REF}",
  "name": "team.speech",
  "version": "1.0.0",
  "description": "讲话稿常用语",
  "snippets": []
}
`,
    );
    assert.deepEqual(parsePack(text, FILE).problems, []);
    assert.match(newPackText({ name: 'a', version: '1', description: '', author: '写作组' }), /"description": "",\n {2}"author": "写作组",\n {2}"snippets": \[\]/);
    const filled = addSnippet(text, NEW);
    assert.equal(parsePack(filled, FILE).pack!.snippets[0]!.id, 'xsgc');
    assert.ok(filled.startsWith(text.slice(0, text.indexOf('"snippets"'))));
  });

  it('suggests ids from the title’s pinyin initials, unique in the pack', () => {
    assert.equal(suggestSnippetId('携手共创', []), 'xsgc');
    assert.equal(suggestSnippetId('携手共创', ['xsgc', 'xsgc-2']), 'xsgc-3');
    assert.equal(suggestSnippetId('2026年目标', []), '2026nmb');
    assert.equal(suggestSnippetId('……', ['snippet']), 'snippet-2');
  });
});
