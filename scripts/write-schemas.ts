// `npm run schema`: writes every generated file (see generated.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generated } from './generated';

for (const { file, text } of generated) {
  writeFileSync(join(__dirname, '..', file), text());
  console.log(`wrote ${file}`);
}
