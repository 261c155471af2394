import assert from 'node:assert/strict';
import { mergePacks, type LoadedPack } from '../../../src/core/snippets';
import { pack, snippet } from './helpers';

const loaded = (source: LoadedPack['source'], name: string, ...snippets: ReturnType<typeof snippet>[]): LoadedPack => ({
  pack: pack(name, snippets),
  source,
  file: `/${source}/${name}.govsnippets.json`,
});

describe('snippets: mergePacks', () => {
  it('overrides by id in the order built-in < user < workspace, whatever order the packs come in', () => {
    const packs = [
      loaded('workspace', 'team', snippet('a', { body: 'workspace' })),
      loaded('builtin', 'govreport.x', snippet('a', { body: 'builtin' }), snippet('b', { body: 'builtin' })),
      loaded('user', 'mine', snippet('a', { body: 'user' }), snippet('b', { body: 'user' }), snippet('c', { body: 'user' })),
    ];
    const merged = mergePacks(packs, []);
    assert.deepEqual(
      merged.map((s) => [s.id, s.body, s.packName, s.source, s.file]),
      [
        ['a', 'workspace', 'team', 'workspace', '/workspace/team.govsnippets.json'],
        ['b', 'user', 'mine', 'user', '/user/mine.govsnippets.json'],
        ['c', 'user', 'mine', 'user', '/user/mine.govsnippets.json'],
      ],
    );
  });

  it('lets a later file of the same source win', () => {
    const merged = mergePacks([loaded('user', 'one', snippet('a', { body: '1' })), loaded('user', 'two', snippet('a', { body: '2' }))], []);
    assert.deepEqual(merged.map((s) => [s.id, s.body, s.packName]), [['a', '2', 'two']]);
  });

  it('skips disabled packs by name, so what they overrode comes back', () => {
    const packs = [loaded('builtin', 'govreport.x', snippet('a', { body: 'builtin' })), loaded('user', 'mine', snippet('a', { body: 'user' }))];
    assert.deepEqual(mergePacks(packs, ['mine']).map((s) => s.body), ['builtin']);
    assert.deepEqual(mergePacks(packs, ['govreport.x', 'mine']), []);
  });

  it('sorts by category (the usual ones in document order, then others) and title, stably', () => {
    const packs = [
      loaded(
        'builtin',
        'p',
        snippet('1', { category: '模板', title: '讲话稿骨架' }),
        snippet('2', { category: '自定义', title: '甲' }),
        snippet('3', { category: '结尾', title: '同志们！' }),
        snippet('4', { category: '开场', title: '同志们' }),
        snippet('5', { category: '开场', title: '各位代表' }),
        snippet('6', { category: '回顾', title: '过去一年' }),
        snippet('7', { category: '开场', title: '各位代表' }),
      ),
    ];
    assert.deepEqual(
      mergePacks(packs, []).map((s) => `${s.category}/${s.title}/${s.id}`),
      ['开场/各位代表/5', '开场/各位代表/7', '开场/同志们/4', '回顾/过去一年/6', '结尾/同志们！/3', '模板/讲话稿骨架/1', '自定义/甲/2'],
    );
  });
});
