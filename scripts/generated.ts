// Files generated from the engine: the config and snippet pack JSON Schemas (from zod), the TextMate grammars
// (from the parser's patterns) and the pinyin initials table (from pinyin-pro).
// `npm run schema` writes them; a unit test fails when one is stale.
import { configJsonSchemaText } from '../src/core/config';
import { packJsonSchemaText } from '../src/core/snippets/schema';
import { grammarText, markdownInjectionText } from './grammars';
import { initialsDataText } from './pinyin';

export const generated: ReadonlyArray<{ file: string; text: () => string }> = [
  { file: 'schemas/govreportrc.schema.json', text: configJsonSchemaText },
  { file: 'syntaxes/govreport.tmLanguage.json', text: grammarText },
  { file: 'syntaxes/govreport.markdown-injection.json', text: markdownInjectionText },
  { file: 'schemas/govsnippets.schema.json', text: packJsonSchemaText },
  { file: 'src/core/snippets/initials.generated.ts', text: initialsDataText },
];
