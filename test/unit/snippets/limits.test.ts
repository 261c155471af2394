import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACK_LIMITS, parsePack } from '../../../src/core/snippets';
import { readPackFile } from '../../../src/core/snippets/node';
import { FILE, pack, snippet } from './helpers';

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('snippets: limits', () => {
  it('are 1 MB per file, 2000 snippets per pack and 20000 characters per body', () => {
    assert.deepEqual(PACK_LIMITS, { maxBytes: 1_000_000, maxSnippets: 2000, maxBodyChars: 20_000 });
  });

  it('rejects a pack over maxBytes (counted in UTF-8) before parsing it', () => {
    const text = `{"name":"${'长'.repeat(333_334)}"}`; // 3 bytes a character: 11 + 1 000 002 bytes
    const { problems } = parsePack(text, FILE);
    assert.deepEqual(problems, [
      {
        file: FILE,
        path: '',
        message: {
          en: 'the pack is too large: 1000013 bytes (the limit, maxBytes, is 1000000 bytes)',
          zh: '片段包过大：1000013 字节（上限 maxBytes 为 1000000 字节）',
        },
        start: 0,
        end: 0,
      },
    ]);
  });

  it('rejects more than maxSnippets snippets at the "snippets" key', () => {
    const snippets = Array.from({ length: PACK_LIMITS.maxSnippets + 1 }, (_, i) => snippet(`s${i}`));
    const text = JSON.stringify(pack('big', snippets));
    assert.ok(parsePack(JSON.stringify(pack('ok', snippets.slice(1))), FILE).pack, 'exactly maxSnippets is fine');
    const problems = parsePack(text, FILE).problems;
    assert.deepEqual(
      problems.map((p) => [p.path, p.message.en, text.slice(p.start, p.end)]),
      [['snippets', 'too many snippets: 2001 (the limit, maxSnippets, is 2000)', '"snippets"']],
    );
    assert.equal(problems[0]!.message.zh, '片段过多：2001 个（上限 maxSnippets 为 2000 个）');
  });

  it('rejects a body over maxBodyChars, counting the line breaks of a list body', () => {
    const ok = 'x'.repeat(PACK_LIMITS.maxBodyChars);
    assert.ok(parsePack(json(pack('p', [snippet('a', { body: ok })])), FILE).pack);
    const lines = ['x'.repeat(10_000), 'x'.repeat(10_000)]; // 20 001 characters joined
    const problems = parsePack(json(pack('p', [snippet('a', { body: lines })])), FILE).problems;
    assert.deepEqual(
      problems.map((p) => [p.path, p.message.en, p.message.zh]),
      [['snippets[0].body', 'the body is too long: 20001 characters (the limit, maxBodyChars, is 20000)', '片段正文过长：20001 个字符（上限 maxBodyChars 为 20000 个字符）']],
    );
  });

  it('readPackFile checks the size before reading, and rejects unreadable, binary and non-UTF-8 files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-packs-'));
    try {
      const file = (name: string, content: string | Buffer) => {
        writeFileSync(join(dir, name), content);
        return join(dir, name);
      };
      const only = (f: string) => {
        const { pack: p, problems } = readPackFile(f);
        assert.equal(p, undefined);
        assert.equal(problems.length, 1);
        assert.equal(problems[0]!.path, '');
        assert.equal(problems[0]!.file, f);
        return problems[0]!.message.en;
      };
      assert.match(only(file('big.govsnippets.json', Buffer.alloc(PACK_LIMITS.maxBytes + 1, 0x20))), /too large: 1000001 bytes \(the limit, maxBytes/);
      assert.equal(only(join(dir, 'missing.json')), 'the pack file does not exist');
      assert.equal(only(dir), 'not a file');
      assert.match(only(file('bin.json', Buffer.from([0x7b, 0x00, 0x7d]))), /looks binary/);
      assert.match(only(file('u16.json', Buffer.from('\uFEFF{}', 'utf16le'))), /UTF-16/);
      assert.equal(
        only(file('gbk.json', Buffer.from([0x7b, 0x22, 0xd5, 0xfe, 0xb8, 0xae, 0x22, 0x7d]))),
        'the pack file is not valid UTF-8 (it looks like GBK/GB18030); save it as UTF-8',
      );
      const bom = file('bom.govsnippets.json', `\uFEFF${json(pack('p', [snippet('a')]))}`);
      const read = readPackFile(bom);
      assert.equal(read.pack?.name, 'p');
      assert.ok(read.text?.startsWith('\uFEFF{'), 'the BOM is kept so offsets index the file as read');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
