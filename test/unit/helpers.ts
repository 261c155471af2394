import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Format } from '../../src/core/model';
import { extractOutline } from '../../src/core/outline';
import { parseReport } from '../../src/core/parse';

export const CORPUS_DIR = join(__dirname, '..', 'fixtures', 'corpus');
export const SAMPLE = 'county-2022-three-level-cadre-meeting-speech.txt';

export function corpus(name: string): { text: string; format: Format } {
  return { text: readFileSync(join(CORPUS_DIR, name), 'utf8'), format: name.endsWith('.md') ? 'markdown' : 'text' };
}

/** The outline of a plain-text report. */
export const outlineOf = (text: string) => extractOutline(parseReport(text, { format: 'text' }));
