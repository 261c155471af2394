import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expandPackGlobs } from '../../../src/core/snippets/node';
import { build, cli, put, ROOT, spawnCli, tempDir } from '../cli/helpers';
import { pack, snippet } from './helpers';

const GOOD = `${JSON.stringify(pack('team.speech', [snippet('team.a', { title: '感谢各位代表', prefix: ['xx', '感谢'] }), snippet('opening.comrades', { title: '同志们好', prefix: 'tzmh' })]), null, 2)}\n`;
const BAD = '{\n  "name": "broken",\n  "version": 1,\n  "snippets": [\n    { "id": "a", "title": "甲", "prefix": "a", "body": "${1:x", "description": "", "category": "开场" }\n  ]\n}\n';

describe('cli: snippets', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    put(dir, 'team/good.govsnippets.json', GOOD);
    put(dir, 'team/bad.govsnippets.json', BAD);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('validate: exit 0 and one OK line per valid pack', () => {
    const r = cli(['snippets', 'validate', 'team/good.govsnippets.json'], dir);
    assert.deepEqual(r, { code: 0, stdout: 'team/good.govsnippets.json：有效（team.speech，2 个片段）\n', stderr: '' });
    assert.equal(cli(['snippets', 'validate', 'team/good.govsnippets.json', '--lang', 'en'], dir).stdout, 'team/good.govsnippets.json: OK (team.speech, 2 snippets)\n');
  });

  it('validate: exit 2 and one file:line:col: path: message line per problem, in --lang', () => {
    const en = cli(['snippets', 'validate', 'team', '--lang', 'en'], dir);
    assert.equal(en.code, 2);
    assert.equal(en.stderr, '');
    assert.equal(
      en.stdout,
      [
        'team/bad.govsnippets.json:3:14: version: expected a string, found 1',
        'team/bad.govsnippets.json:1:1: description: expected a string, found nothing (missing)',
        'team/bad.govsnippets.json:5:55: snippets[0].body: invalid snippet syntax: "${" is not closed with "}", near "${1:x"',
        'team/good.govsnippets.json: OK (team.speech, 2 snippets)',
        '',
      ].join('\n'),
    );
    const zh = cli(['snippets', 'validate', 'team/bad.govsnippets.json'], dir);
    assert.equal(zh.stdout.split('\n')[0], 'team/bad.govsnippets.json:3:14：version：应为字符串，实际为1');
  });

  it('validate: globs, syntax errors, unreadable and missing packs', () => {
    put(dir, 'team/syntax.govsnippets.json', '{"name": }');
    const r = cli(['snippets', 'validate', 'team/*.govsnippets.json', 'nothing/*.govsnippets.json', 'missing.govsnippets.json', '--lang', 'en'], dir);
    assert.equal(r.code, 2);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.includes('team/syntax.govsnippets.json:1:10: invalid JSON: expected a JSON value, found "}"'), r.stdout);
    assert.ok(lines.includes('nothing/*.govsnippets.json: no files match'));
    assert.ok(lines.includes('missing.govsnippets.json: no files match'));
    assert.ok(lines.includes('team/good.govsnippets.json: OK (team.speech, 2 snippets)'));
  });

  it('validate: the built-in packs are valid', () => {
    const r = cli(['snippets', 'validate', 'snippets'], ROOT);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.stdout.trimEnd().split('\n').length, 5);
  });

  it('usage errors: no subcommand, unknown subcommand, validate without packs, --pack on validate', () => {
    for (const argv of [['snippets'], ['snippets', 'show'], ['snippets', 'validate'], ['snippets', 'validate', 'a.json', '--pack', 'x'], ['snippets', 'list', '--format', 'json']]) {
      const r = cli([...argv, '--lang', 'en'], dir);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, /\n\nUsage:\n/, argv.join(' '));
    }
    assert.match(cli(['snippets', 'show', '--lang', 'en'], dir).stderr, /^Unknown snippets command: show \(expected validate or list\)/);
    assert.match(cli(['snippets'], dir).stderr, /^缺少 snippets 子命令（validate 或 list）/);
  });

  it('list: the built-in packs, grouped by pack, as id  title  prefixes lines', () => {
    const r = cli(['snippets', 'list', '--lang', 'en'], ROOT);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'govreport.openings-closings (built-in, 17 snippets, snippets/openings-closings.govsnippets.json)');
    assert.ok(lines.includes('  opening.comrades  同志们（讲话开场）  tzm, 同志们'));
    assert.equal(lines.filter((l) => l.startsWith('govreport.')).length, 5);
    assert.ok(lines.filter((l) => l.startsWith('  ')).length >= 60);
    assert.equal(cli(['snippets', 'list'], ROOT).stdout.split('\n')[0], 'govreport.openings-closings（内置，17 个片段，snippets/openings-closings.govsnippets.json）');
  });

  it('list: extra packs come after the built-in ones and override them by id; --pack shows one pack', () => {
    const r = cli(['snippets', 'list', 'team/good.govsnippets.json', '--pack', 'team.speech', '--lang', 'en'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'team.speech (2 snippets, team/good.govsnippets.json)\n  team.a  感谢各位代表  xx, 感谢\n  opening.comrades  同志们好  tzmh\n');
    const all = cli(['snippets', 'list', 'team/good.govsnippets.json'], dir).stdout;
    assert.ok(all.includes('govreport.openings-closings（内置，16 个片段，'), 'the overridden built-in is listed under the pack that overrides it');
  });

  it('list: reports invalid extra packs and unknown --pack names with exit 2', () => {
    const bad = cli(['snippets', 'list', 'team/bad.govsnippets.json', '--lang', 'en'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^team\/bad\.govsnippets\.json:3:14: version: expected a string, found 1\n/);
    assert.match(bad.stdout, /^govreport\.openings-closings/);
    const unknown = cli(['snippets', 'list', '--pack', 'nope', '--lang', 'en'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^No pack named nope \(available: govreport\.openings-closings, govreport\.review-problems, /);
  });

  it('runs from the bundled dist/cli.js, finding the built-in packs next to it', function () {
    this.timeout(60000);
    build();
    const list = spawnCli(['snippets', 'list', '--pack', 'govreport.templates', '--lang', 'en'], dir);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /^govreport\.templates \(built-in, \d+ snippets, .*templates\.govsnippets\.json\)\n/);
    const validate = spawnCli(['snippets', 'validate', 'team/*.govsnippets.json', 'team/good.govsnippets.json', '--lang', 'en'], dir);
    assert.equal(validate.code, 2);
    assert.equal(validate.stdout.match(/good\.govsnippets\.json: OK/g)?.length, 1, 'a pack named twice is validated once');
  });

  it('expandPackGlobs: paths, directories, globs and ~, relative to home unless a base is given', () => {
    const home = join(dir, 'home');
    const p1 = put(home, 'packs/a.govsnippets.json', GOOD);
    const p2 = put(home, 'packs/b.govsnippets.json', GOOD);
    put(home, 'packs/notes.txt', 'x');
    const p3 = put(dir, 'ws/.govreport/snippets/w.govsnippets.json', GOOD);
    mkdirSync(join(home, 'empty'));
    assert.deepEqual(expandPackGlobs(['~/packs/b.govsnippets.json', 'packs/*.govsnippets.json', '~/packs', ' ', '~/empty', '~/missing.json'], home), [p2, p1]);
    assert.deepEqual(expandPackGlobs([join(dir, 'ws/.govreport/snippets/*.govsnippets.json')], home), [p3]);
    assert.deepEqual(expandPackGlobs(['ws/.govreport/snippets'], home, dir), [p3]);
    assert.deepEqual(expandPackGlobs(['~'], home), []);
  });
});
