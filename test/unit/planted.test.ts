// Defects planted one at a time into the published corpus are reported, and nothing else is.
import assert from 'node:assert/strict';
import { corpusFiles, readCorpus } from '../../eval/corpus-verdicts';
import { PLANTERS, plantAll } from '../../eval/plant';

describe('planted defects in published reports', () => {
  const kinds = new Set<string>();
  for (const name of corpusFiles()) {
    it(name, () => {
      const results = plantAll(readCorpus(name), name.endsWith('.md') ? 'markdown' : 'text');
      assert.ok(results.length >= 3, 'too few sites to plant into');
      for (const r of results) {
        kinds.add(r.plant.kind);
        assert.ok(r.found, `${r.plant.kind} planted at ${r.plant.start} not reported by ${r.plant.rule}`);
        assert.deepEqual(r.induced, [], `${r.plant.kind} planted at ${r.plant.start} induced other findings`);
      }
    });
  }

  it('plants every kind of defect somewhere', () => {
    assert.deepEqual([...kinds].sort(), Object.keys(PLANTERS).sort());
  });
});
