// Writes the JSON Schemas generated from the zod schemas (`npm run schema`). A unit test fails when they are stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchemaText } from '../src/core/config';

const generated: ReadonlyArray<{ file: string; text: () => string }> = [
  { file: 'schemas/govreportrc.schema.json', text: configJsonSchemaText },
];

for (const { file, text } of generated) {
  writeFileSync(join(__dirname, '..', file), text());
  console.log(`wrote ${file}`);
}
