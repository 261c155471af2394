import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generated } from '../../scripts/generated';

describe('generated files', () => {
  for (const { file, text } of generated) {
    it(`${file} is up to date (else run \`npm run schema\`)`, () => {
      assert.equal(readFileSync(join(__dirname, '..', '..', file), 'utf8'), text());
    });
  }
});
