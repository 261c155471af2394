import assert from 'node:assert/strict';
import { ConfigError, createConfigLoader } from '../../../src/core/config';
import { ruleIds } from '../../../src/core/rules';
import { EMPTY_CONFIG } from '../../../src/core/settings';

/** Loads one in-memory config file `/team/.govreportrc.json`. */
function load(text: string) {
  const loader = createConfigLoader({
    readFile: (file) => {
      if (file !== '/team/.govreportrc.json') throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    resolve: (_from, ref) => `/team/${ref}`,
  });
  return loader.load('/team/.govreportrc.json');
}

/** The English and Chinese messages of the ConfigError `text` raises. */
function failure(text: string): { en: string; zh: string; path?: string } {
  try {
    load(text);
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
    return { ...err.text, path: err.location.path };
  }
  assert.fail('expected the config to be rejected');
}

const F = '/team/.govreportrc.json';

describe('config: validation', () => {
  it('resolves an empty config to EMPTY_CONFIG', () => {
    assert.deepEqual(load('{}'), EMPTY_CONFIG);
  });

  it('resolves every field: levels, [level, options], placeholders, placeholderSeverity, terminology', () => {
    const config = load(
      JSON.stringify({
        $schema: './node_modules/govreport/schemas/govreportrc.schema.json',
        rules: { 'heading-form': 'error', 'heading-singleton': 'off', terminology: ['info', { entries: [{ wrong: '做为', right: '作为' }] }] },
        placeholders: { add: ['待核实'], remove: ['todo', 'underline'] },
        placeholderSeverity: 'error',
        terminology: [{ wrong: '截止', right: '截至', before: '\\d{4}年' }],
      }),
    );
    assert.deepEqual(config, {
      rules: { placeholder: 'error', 'heading-form': 'error', 'heading-singleton': 'off', terminology: 'info' },
      placeholders: { add: ['待核实'], remove: ['todo', 'underline'] },
      terminology: [
        { wrong: '截止', right: '截至', before: '\\d{4}年' },
        { wrong: '做为', right: '作为' },
      ],
    });
  });

  it('lets rules.placeholder win over placeholderSeverity', () => {
    assert.equal(load('{"placeholderSeverity":"error","rules":{"placeholder":"info"}}').rules.placeholder, 'info');
  });

  it('accepts a UTF-8 BOM before the JSON', () => {
    assert.equal(load('\uFEFF{"rules":{"placeholder":"error"}}').rules.placeholder, 'error');
  });

  it('rejects an unknown rule id, naming every valid id', () => {
    const { en, zh, path } = failure('{"rules":{"heading-from":"warning"}}');
    assert.equal(path, 'rules.heading-from');
    assert.equal(en, `${F}:1:11: rules.heading-from: expected a rule id (valid ids: ${ruleIds.join(', ')}), found "heading-from"`);
    assert.equal(zh, `${F}:1:11：rules.heading-from：应为规则 id（有效 id：${ruleIds.join(', ')}），实际为"heading-from"`);
  });

  it('rejects a bad level with the accepted forms', () => {
    assert.equal(
      failure('{"rules":{"heading-form":"warn"}}').en,
      `${F}:1:26: rules.heading-form: expected one of "off", "info", "warning", "error", or a [level, options] pair, found "warn"`,
    );
    assert.equal(
      failure('{"rules":{"heading-form":["warn",{}]}}').en,
      `${F}:1:27: rules.heading-form[0]: expected one of "off", "info", "warning", "error", found "warn"`,
    );
    assert.equal(
      failure('{"rules":{"heading-form":["warning",{},1]}}').en,
      `${F}:1:11: rules.heading-form: expected one of "off", "info", "warning", "error", or a [level, options] pair, found ["warning",{},1]`,
    );
    assert.equal(
      failure('{"placeholderSeverity":"fatal"}').en,
      `${F}:1:24: placeholderSeverity: expected one of "off", "info", "warning", "error", found "fatal"`,
    );
  });

  it('rejects options for a rule that takes none, and bad terminology options', () => {
    assert.equal(
      failure('{"rules":{"heading-form":["warning",{"strict":true}]}}').en,
      `${F}:1:38: rules.heading-form[1].strict: expected no options (this rule takes none), found "strict"`,
    );
    const { en, path } = failure('{"rules":{"terminology":["warning",{"entries":[{"wrong":1,"right":"x"}]}]}}');
    assert.equal(path, 'rules.terminology[1].entries[0].wrong');
    assert.equal(en, `${F}:1:57: rules.terminology[1].entries[0].wrong: expected a string, found 1`);
  });

  it('rejects wrong types, missing and empty fields, unknown keys', () => {
    assert.equal(failure('{"rules":5}').en, `${F}:1:10: rules: expected an object, found 5`);
    assert.equal(failure('[]').en, `${F}:1:1: (root): expected an object, found []`);
    assert.equal(failure('[]').zh, `${F}:1:1：（根）：应为对象，实际为[]`);
    assert.equal(
      failure('{"terminology":[{"wrong":"截止"}]}').en,
      `${F}:1:17: terminology[0].right: expected a string, found nothing (missing)`,
    );
    assert.equal(
      failure('{"terminology":[{"wrong":"","right":"截至"}]}').en,
      `${F}:1:26: terminology[0].wrong: expected a non-empty string, found ""`,
    );
    assert.equal(
      failure('{"rule":{}}').en,
      `${F}:1:2: rule: expected a known key ($schema, extends, rules, placeholders, placeholderSeverity, terminology, export, officialFigures), found "rule"`,
    );
  });

  it('rejects an unknown built-in placeholder id', () => {
    assert.equal(
      failure('{"placeholders":{"remove":["xx"]}}').en,
      `${F}:1:28: placeholders.remove[0]: expected one of "x-run", "multiplication-sign", "fullwidth-x", "mou-mou", "box", "circle", "asterisk", "bracket-todo", "daiding", "todo", "underline", found "xx"`,
    );
  });

  it('rejects regular expressions that do not compile', () => {
    assert.equal(
      failure('{"placeholders":{"add":["(待"]}}').en,
      `${F}:1:25: placeholders.add[0]: expected a valid regular expression, found "(待" (Invalid regular expression: /(待/: Unterminated group)`,
    );
    const before = failure('{"terminology":[{"wrong":"截止","right":"截至","before":"[0-9"}]}');
    assert.equal(before.path, 'terminology[0].before');
    assert.match(before.zh, /^\/team\/\.govreportrc\.json:1:53：terminology\[0\]\.before：应为有效的正则表达式，实际为"\[0-9"/);
  });

  it('rejects named groups in terminology `before` (entries share one expression)', () => {
    assert.equal(
      failure('{"terminology":[{"wrong":"截止","right":"截至","before":"(?<y>\\\\d{4})年"}]}').en,
      `${F}:1:53: terminology[0].before: expected a regular expression without named groups (use (?:…)), found "(?<y>\\\\d{4})年"`,
    );
  });

  it('lists every problem of a file, each at its line and column with its JSON path', () => {
    const text = ['{', '  "rules": { "heading-form": "warn", "nope": "off" },', '  "placeholderSeverity": "fatal"', '}'].join('\n');
    try {
      load(text);
      assert.fail('expected the config to be rejected');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      assert.deepEqual(
        err.problems.map((p) => [p.location.line, p.location.column, p.location.path]),
        [
          [2, 30, 'rules.heading-form'],
          [2, 38, 'rules.nope'],
          [3, 26, 'placeholderSeverity'],
        ],
      );
      assert.equal(err.text.en.split('\n').length, 3);
    }
  });

  it('reports invalid JSON as file:line:col', () => {
    assert.equal(
      failure('{\n  "rules": {\n    "placeholder": "error",\n  }\n}').en,
      `${F}:4:3: invalid JSON: expected a property name in double quotes, found "}"`,
    );
    assert.equal(failure('{"rules": }').en, `${F}:1:11: invalid JSON: expected a JSON value, found "}"`);
    assert.equal(failure('{"a": 1} x').en, `${F}:1:10: invalid JSON: expected a JSON value, found "x"`);
    // Every syntax problem is listed, one line each.
    assert.equal(
      failure('{"a": "b').en,
      `${F}:1:7: invalid JSON: expected a closing double quote, found "\\"b"\n${F}:1:9: invalid JSON: expected "}", found the end of the file`,
    );
    assert.equal(failure('').zh, `${F}:1:1：JSON 语法错误：应为JSON 值，实际为文件结束`);
    assert.equal(
      failure('{"a": 01}').en,
      `${F}:1:8: invalid JSON: expected ",", found "1"\n${F}:1:9: invalid JSON: expected a JSON value, found "}"`,
    );
  });

  it('reports an unreadable config file without a stack trace', () => {
    const loader = createConfigLoader({
      readFile: () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
      resolve: (_from, ref) => ref,
    });
    assert.throws(() => loader.load('/x/.govreportrc.json'), {
      name: 'ConfigError',
      message: '/x/.govreportrc.json: cannot read the config file (EACCES)',
    });
  });
});
