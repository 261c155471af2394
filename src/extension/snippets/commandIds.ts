/** The ids of the snippet commands; the startup bundle registers them before the snippets chunk loads. */
export const SNIPPET_COMMANDS = [
  'govreport.snippets.insert',
  'govreport.insertStockPhrase',
  'govreport.snippets.search',
  'govreport.snippets.clearSearch',
  'govreport.snippets.saveSelection',
  'govreport.snippets.newPack',
  'govreport.snippets.exportPack',
  'govreport.snippets.reload',
] as const;

export type SnippetCommand = (typeof SNIPPET_COMMANDS)[number];
