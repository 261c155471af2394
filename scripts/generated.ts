// Files generated from the engine: the config JSON Schema (from zod) and the TextMate grammars
// (from the parser's patterns). `npm run schema` writes them; a unit test fails when one is stale.
import { configJsonSchemaText } from '../src/core/config';
import { grammarText, markdownInjectionText } from './grammars';

export const generated: ReadonlyArray<{ file: string; text: () => string }> = [
  { file: 'schemas/govreportrc.schema.json', text: configJsonSchemaText },
  { file: 'syntaxes/govreport.tmLanguage.json', text: grammarText },
  { file: 'syntaxes/govreport.markdown-injection.json', text: markdownInjectionText },
];
