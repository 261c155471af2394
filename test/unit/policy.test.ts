import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decideCheck, MAX_DETECTED_CHARS, type CheckCandidate } from '../../src/core/policy';
import { corpus, SAMPLE } from './helpers';

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

function candidate(text: string, extra: Partial<CheckCandidate> = {}): CheckCandidate {
  return { supported: true, size: text.length, text: () => text, ...extra };
}

describe('check policy', () => {
  const sample = corpus(SAMPLE).text;

  it('checks a Chinese report by detection and skips an English README', () => {
    assert.deepEqual(decideCheck(candidate(sample)), { checked: true, why: 'detected' });
    assert.deepEqual(decideCheck(candidate(README)), { checked: false, why: 'notReport' });
  });

  it('checks what is asked for by name, include or language even when it does not look like a report', () => {
    assert.deepEqual(decideCheck(candidate(README, { requested: true })), { checked: true, why: 'requested' });
  });

  it('lets the per-file toggle override everything, then enable, then exclude', () => {
    assert.deepEqual(decideCheck(candidate(README, { toggle: true, enabled: false, excluded: true })), { checked: true, why: 'toggle' });
    assert.deepEqual(decideCheck(candidate(sample, { toggle: false })), { checked: false, why: 'toggle' });
    assert.deepEqual(decideCheck(candidate(sample, { enabled: false, requested: true })), { checked: false, why: 'disabled' });
    assert.deepEqual(decideCheck(candidate(sample, { excluded: true, requested: true })), { checked: false, why: 'excluded' });
  });

  it('never reads the text of unsupported, excluded or oversized files', () => {
    const unread = (extra: Partial<CheckCandidate>) =>
      decideCheck({ supported: true, size: 10, text: () => assert.fail('text read'), ...extra });
    assert.equal(unread({ supported: false }).why, 'unsupported');
    assert.equal(unread({ excluded: true }).why, 'excluded');
    assert.equal(unread({ size: MAX_DETECTED_CHARS + 1 }).why, 'tooLarge');
    assert.equal(unread({ size: MAX_DETECTED_CHARS + 1, requested: true }).why, 'requested');
  });
});
