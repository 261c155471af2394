import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulePageHtml } from '../../src/core/docs/rulePage';
import { ruleIds, ruleTitle } from '../../src/core/rules';

const doc = (id: string) => readFileSync(join(__dirname, '..', '..', 'docs', 'rules', `${id}.md`), 'utf8');

describe('rule pages', () => {
  it('render every rule page in one language, titled by the rule title', () => {
    for (const id of ruleIds) {
      const zh = rulePageHtml(doc(id), 'zh', ruleTitle(id, 'zh'));
      const en = rulePageHtml(doc(id), 'en', ruleTitle(id, 'en'));
      assert.ok(zh.startsWith(`<h1>${ruleTitle(id, 'zh')}</h1>`), id);
      assert.ok(zh.includes('<h2>检查内容</h2>') && !zh.includes('What it checks'), id);
      assert.ok(en.includes('<h2>What it checks</h2>') && !en.includes('检查内容') && !en.includes('默认级别'), id);
      for (const html of [zh, en]) assert.ok(!/^#+ /m.test(html) && !html.includes('```'), `${id} is rendered`);
    }
  });

  it('renders tables and escapes raw HTML', () => {
    const html = rulePageHtml('# x\n\n## 检查内容\n\n| 错误 | 说明 |\n|---|---|\n| `a` | <b>b</b> |\n', 'zh', '标题');
    assert.match(html, /<table>[\s\S]*<td><code>a<\/code><\/td>/);
    assert.ok(!html.includes('<b>'));
  });
});
