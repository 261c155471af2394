import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configJsonSchemaText, createConfigLoader, CONFIG_FILE_NAME } from '../../../src/core/config';
import { findConfigFile, nodeConfigHost } from '../../../src/core/config/node';

describe('config: files, extends and the JSON Schema', () => {
  let dir: string;
  const write = (rel: string, value: unknown) => {
    const file = join(dir, rel);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };
  const load = (file: string) => createConfigLoader(nodeConfigHost).load(file);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'govreport-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('layers an extends chain: base first, each file overriding; lists merge', () => {
    write('shared/base.json', {
      rules: { 'heading-form': 'error', 'heading-singleton': 'off' },
      placeholders: { add: ['待核实'], remove: ['todo'] },
      terminology: [
        { wrong: '截止', right: '截至' },
        { wrong: '做为', right: '作为' },
      ],
    });
    write('shared/team.json', { extends: 'base.json', placeholderSeverity: 'error', placeholders: { remove: ['underline'] } });
    const file = write(`project/${CONFIG_FILE_NAME}`, {
      extends: '../shared/team.json',
      rules: { 'heading-form': 'warning' },
      terminology: [{ wrong: '截止', right: '截至（日期前）' }],
    });
    assert.deepEqual(load(file), {
      rules: { 'heading-form': 'warning', 'heading-singleton': 'off', placeholder: 'error' },
      placeholders: { add: ['待核实'], remove: ['todo', 'underline'] },
      terminology: [
        { wrong: '做为', right: '作为' },
        { wrong: '截止', right: '截至（日期前）' },
      ],
    });
  });

  it('rejects an extends cycle, naming the chain', () => {
    const a = write('a.json', { extends: 'b.json' });
    const b = write('b.json', { extends: 'c.json' });
    const c = write('c.json', { extends: './a.json' });
    assert.throws(() => load(a), {
      name: 'ConfigError',
      message: `${c}: extends: expected a config that does not extend itself, found a cycle: ${a} → ${b} → ${c} → ${a}`,
    });
    const self = write('self.json', { extends: 'self.json' });
    assert.throws(() => load(self), { message: `${self}: extends: expected a config that does not extend itself, found a cycle: ${self} → ${self}` });
  });

  it('reports a missing extends target at the extends key of the file naming it', () => {
    const file = write('a.json', { extends: 'nope.json' });
    assert.throws(() => load(file), {
      message: `${file}: extends: expected a readable config file, found "${join(dir, 'nope.json')}" (ENOENT)`,
    });
  });

  it('reports an error inside an extended file against that file', () => {
    const base = write('base.json', { rules: { nope: 'off' } });
    const file = write('a.json', { extends: 'base.json' });
    assert.throws(() => load(file), (err: Error) => err.message.startsWith(`${base}:1:11: rules.nope: expected a rule id`));
  });

  it('finds the nearest .govreportrc.json up the tree', () => {
    const top = write(CONFIG_FILE_NAME, {});
    const inner = write(`a/b/${CONFIG_FILE_NAME}`, {});
    mkdirSync(join(dir, 'a/b/c/d'), { recursive: true });
    assert.equal(findConfigFile(join(dir, 'a/b/c/d')), inner);
    assert.equal(findConfigFile(join(dir, 'a/b')), inner);
    assert.equal(findConfigFile(join(dir, 'a')), top);
    // A directory named like the config file is not a config file.
    mkdirSync(join(dir, 'x', CONFIG_FILE_NAME), { recursive: true });
    assert.equal(findConfigFile(join(dir, 'x')), top);
    assert.equal(findConfigFile('/no/such/dir', () => false), undefined);
  });

  it('generates a draft-07 JSON Schema naming every rule', () => {
    const schema = JSON.parse(configJsonSchemaText());
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.additionalProperties, false);
    assert.ok(schema.properties.rules.properties.placeholder, 'every rule id is a property');
  });
});
