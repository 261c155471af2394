// Snippet packs: format, validation, merging, matching and editing. Pure: no `vscode`, no file access
// (see ./node for reading pack files).

export { addSnippet, formattingOf, newPackText, PackEditError, suggestSnippetId, type PackMeta } from './author';
export { bodyText, checkSnippetBody, scanSnippetBody, snippetPreview, SNIPPET_VARIABLES, type BodyError } from './body';
export { PACK_LIMITS, parsePack, type PackProblem } from './load';
export { matchSnippet, pinyinInitials } from './match';
export { compareSnippets, mergePacks, type LoadedPack, type ResolvedSnippet } from './merge';
export {
  PACK_FILE_SUFFIX,
  PACK_SCHEMA_REF,
  SNIPPET_CATEGORIES,
  snippetPrefixes,
  packJsonSchemaText,
  packSchema,
  type Snippet,
  type SnippetPack,
} from './schema';
