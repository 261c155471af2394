// Contracts between the engine, package.json and the shipped files.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleIds, rules } from '../../src/core/rules';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const pkg = read('package.json');
const nls = read('package.nls.json');
const nlsZh = read('package.nls.zh-cn.json');

describe('contracts', () => {
  it('every rule has a documentation page and messages in both languages', () => {
    for (const rule of rules) {
      assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md`);
      assert.ok(rule.description.zh && rule.description.en && rule.title.zh && rule.title.en, rule.id);
    }
    assert.equal(new Set(ruleIds).size, ruleIds.length, 'rule ids are unique');
  });

  it('the govreport.rules setting lists exactly the rule ids', () => {
    const props = pkg.contributes.configuration.properties['govreport.rules'].properties;
    assert.deepEqual(Object.keys(props).sort(), [...ruleIds].sort());
  });

  it('every %key% in package.json has English and Chinese text', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 20);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json: ${key}`);
      assert.ok(nlsZh[key], `package.nls.zh-cn.json: ${key}`);
    }
    assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort());
  });

  it('every vscode.l10n.t string has a Chinese translation', () => {
    const bundle = read('l10n/bundle.l10n.zh-cn.json');
    const dir = join(ROOT, 'src', 'extension');
    const used = new Set<string>();
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const m of source.matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]!.replace(/\\'/g, "'"));
    }
    assert.ok(used.size > 20);
    for (const key of used) assert.ok(bundle[key], `l10n/bundle.l10n.zh-cn.json: ${key}`);
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), [], 'no unused translations');
  });

  it('contributed files exist', () => {
    const c = pkg.contributes;
    const files = [
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.jsonValidation.map((j: { url: string }) => j.url),
      ...c.languages.map((l: { configuration: string }) => l.configuration),
      ...c.viewsContainers.activitybar.map((v: { icon: string }) => v.icon),
    ];
    for (const file of files) assert.ok(existsSync(join(ROOT, file)), file);
  });
});
