import assert from 'node:assert/strict';
import { join } from 'node:path';
import { bodyText, checkSnippetBody, matchSnippet, mergePacks, SNIPPET_CATEGORIES, snippetPreview, type LoadedPack } from '../../../src/core/snippets';
import { parseReport } from '../../../src/core/parse';
import { builtinPackFiles, readPackFile } from '../../../src/core/snippets/node';

const ROOT = join(__dirname, '..', '..', '..');
const files = builtinPackFiles(ROOT);
const packs: LoadedPack[] = files.map((file) => {
  const { pack, problems } = readPackFile(file);
  assert.deepEqual(problems, [], file);
  return { pack: pack!, source: 'builtin', file };
});
const all = packs.flatMap((p) => p.pack.snippets);
const merged = mergePacks(packs, []);
const body = (id: string) => bodyText(all.find((s) => s.id === id)!.body);

describe('snippets: built-in packs', () => {
  it('are the snippets/*.govsnippets.json files, and each validates', () => {
    assert.deepEqual(
      files.map((f) => f.slice(ROOT.length + 1)),
      [
        'snippets/openings-closings.govsnippets.json',
        'snippets/review-problems.govsnippets.json',
        'snippets/situation-thinking-goals.govsnippets.json',
        'snippets/tasks-transitions.govsnippets.json',
        'snippets/templates.govsnippets.json',
      ].map((f) => join(f)),
    );
    for (const { pack } of packs) {
      assert.match(pack.name, /^govreport\.[a-z-]+$/);
      assert.match(pack.title ?? '', /^[\u4e00-\u9fff、与]+$/, `${pack.name} has a Chinese title`);
    }
  });

  it('leave, inserted with their defaults, no slot the placeholder rule does not report', () => {
    for (const s of all) {
      const text = snippetPreview(s.body, () => '2026');
      assert.ok(!text.includes('…'), `${s.id}: an ellipsis slot is not a placeholder`);
      const slots = [...bodyText(s.body).matchAll(/\$\{\d+:([^${}]*)\}/g)].map((m) => m[1]!).filter((v) => /XX/.test(v));
      if (slots.length === 0) continue;
      const reported = parseReport(text, { format: 'text' }).placeholders.map((p) => p.text);
      assert.ok(reported.filter((t) => t.includes('X')).length >= slots.length, `${s.id}: ${slots.join(' | ')} → ${reported.join(' ')}`);
    }
  });

  it('hold at least 60 snippets with ids unique across all packs and valid bodies', () => {
    assert.ok(all.length >= 60, String(all.length));
    assert.equal(new Set(all.map((s) => s.id)).size, all.length, 'unique ids');
    assert.equal(merged.length, all.length, 'no built-in overrides another');
    for (const s of all) assert.equal(checkSnippetBody(bodyText(s.body)), undefined, s.id);
  });

  it('cover every usual category, with Chinese titles and several snippets each', () => {
    for (const category of SNIPPET_CATEGORIES) {
      assert.ok(all.filter((s) => s.category === category).length >= 4, category);
    }
    for (const s of all) {
      assert.ok(SNIPPET_CATEGORIES.includes(s.category as (typeof SNIPPET_CATEGORIES)[number]), `${s.id}: ${s.category}`);
      assert.match(s.title, /^\p{Script=Han}/u, s.id);
    }
  });

  it('keep the starter prefixes working: tzm, gqyn, gwdb', () => {
    const byPrefix = (prefix: string) => all.filter((s) => ([] as string[]).concat(s.prefix).includes(prefix));
    assert.deepEqual(byPrefix('tzm').map((s) => bodyText(s.body)), ['同志们：\n$0']);
    assert.deepEqual(byPrefix('gwdb').map((s) => bodyText(s.body)), ['各位代表：\n$0']);
    assert.match(bodyText(byPrefix('gqyn')[0]!.body), /^过去的一年，是/);
    // The snippets view filters `tzm` to 同志们 only.
    assert.deepEqual(
      merged.filter((s) => matchSnippet('tzm', s) !== undefined).map((s) => s.title),
      ['同志们（讲话开场）', '同志们！（讲话结尾）'],
    );
  });

  it('include skeletons for 政府工作报告, 讲话稿 and 工作总结 with tabstops', () => {
    assert.match(body('template.government-report'), /^各位代表：\n现在，我代表\$\{1:XX市\}人民政府/);
    assert.match(body('template.speech'), /^同志们：\n/);
    assert.match(body('template.summary'), /工作总结\n/);
    for (const id of ['template.government-report', 'template.speech', 'template.summary']) assert.match(body(id), /\$\{2[:}]/);
  });
});
