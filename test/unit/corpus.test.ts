// On published texts every finding has been judged by reading the text (test/fixtures/corpus/verdicts.tsv):
// a finding without a verdict (a new false alarm until someone judges it) or a genuine finding that is
// no longer reported fails.
import assert from 'node:assert/strict';
import { corpusFiles, findingsOf, readVerdicts } from '../../eval/corpus-verdicts';

describe('findings on the published corpus match the verdicts', () => {
  const verdicts = readVerdicts();
  for (const name of corpusFiles()) {
    it(name, () => {
      const found = findingsOf(name);
      const unjudged = found.filter((f) => !verdicts.has(f.key)).map((f) => `${f.key} “${f.text}” ${f.message}`);
      assert.deepEqual(unjudged, [], 'new findings without a verdict');
      const keys = new Set(found.map((f) => f.key));
      const lost = [...verdicts.entries()]
        .filter(([key, v]) => key.startsWith(`${name}:`) && v.verdict === 'genuine' && !keys.has(key))
        .map(([key]) => key);
      assert.deepEqual(lost, [], 'genuine findings no longer reported');
      const stale = [...verdicts.entries()]
        .filter(([key, v]) => key.startsWith(`${name}:`) && v.verdict === 'false' && !keys.has(key))
        .map(([key]) => key);
      assert.deepEqual(stale, [], 'false alarms gone: remove their verdicts');
    });
  }

  it('has no verdict for a file that is not in the corpus', () => {
    const files = new Set(corpusFiles());
    assert.deepEqual([...verdicts.keys()].filter((k) => !files.has(k.split(':')[0]!)), []);
  });
});
