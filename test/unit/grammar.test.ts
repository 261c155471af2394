// The TextMate grammars are generated from the engine's patterns; here they run through the same
// engine VS Code uses (vscode-textmate + Oniguruma) on the sample draft.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { parseReport } from '../../src/core/parse';
import { corpus, SAMPLE } from './helpers';

const ROOT = join(__dirname, '..', '..');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) =>
      scope === 'text.govreport'
        ? textmate.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes', 'govreport.tmLanguage.json'), 'utf8'), 'g.json')
        : null,
  });
  return (await registry.loadGrammar('text.govreport'))!;
}

describe('TextMate grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  function scopedTexts(text: string, scope: string): string[] {
    const found: string[] = [];
    let state = textmate.INITIAL;
    for (const line of text.split('\n')) {
      const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
      state = ruleStack;
      for (const t of tokens) if (t.scopes.some((s) => s.startsWith(scope))) found.push(line.slice(t.startIndex, t.endIndex));
    }
    return found;
  }

  it('highlights exactly the placeholders the engine finds in the sample draft', () => {
    const { text } = corpus(SAMPLE);
    const engine = parseReport(text, { format: 'text' }).placeholders.map((p) => p.text);
    assert.deepEqual(scopedTexts(text, 'invalid.placeholder'), engine);
    assert.equal(engine.length, 153);
  });

  it('scopes heading markers by level and inline enumerations', () => {
    const text = '一、工作回顾\n（一）产业发展\n1.工业经济\n（1）重点项目\n一是加快发展，二是扩大开放。';
    assert.deepEqual(scopedTexts(text, 'markup.heading.marker.level1'), ['一、']);
    assert.deepEqual(scopedTexts(text, 'markup.heading.marker.level2'), ['（一）']);
    assert.deepEqual(scopedTexts(text, 'markup.heading.marker.level3'), ['1.']);
    assert.deepEqual(scopedTexts(text, 'markup.heading.marker.level4'), ['（1）']);
    assert.deepEqual(scopedTexts(text, 'keyword.control.enumeration'), ['一是', '二是']);
  });
});
