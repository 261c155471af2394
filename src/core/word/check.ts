// Findings a .docx adds to its text's: placeholders left in reviewers' comments, listed as info.

import { LineIndex } from '../lines';
import { findPlaceholders } from '../parse/placeholders';
import type { Finding, Lang } from '../rules/types';
import type { ResolvedConfig } from '../settings';
import type { WordDocument } from './read';

/** Comments GovReport itself wrote (by `--annotate`) are its own findings, not a reviewer's. */
export const ANNOTATION_AUTHOR = 'GovReport';

/**
 * One info finding per placeholder in a comment, anchored on the text the comment covers; none when the
 * placeholder rule is off.
 */
export function commentPlaceholderFindings(word: WordDocument, config: ResolvedConfig, lang: Lang): Finding[] {
  if (config.rules.placeholder === 'off') return [];
  const lines = new LineIndex(word.text);
  const findings: Finding[] = [];
  for (const c of word.comments) {
    if (c.author === ANNOTATION_AUTHOR) continue;
    const at = lines.lineStart(c.paragraph);
    for (const p of findPlaceholders(c.text, new LineIndex(c.text), config.placeholders)) {
      const message = {
        zh: `批注中有未填写的占位符“${p.text}”（批注${c.author ? `人 ${c.author}` : ''}：${c.text}）`,
        en: `Unfilled placeholder "${p.text}" in a comment${c.author ? ` by ${c.author}` : ''}: ${c.text}`,
      };
      findings.push({ rule: 'placeholder', severity: 'info', range: lines.range(at + c.start, at + c.end), message: message[lang] });
    }
  }
  return findings;
}
