// The snippet pack format (`*.govsnippets.json`). The JSON Schema in `schemas/` is generated from it.

import * as z from 'zod/mini';
import { described } from '../config/schema';

export const PACK_FILE_SUFFIX = '.govsnippets.json';

/**
 * The `$schema` that new packs get. VS Code's JSON support loads a schema with a non-http scheme through
 * `workspace.openTextDocument`, so the extension serves `govreport:/schemas/…` from its own `schemas/` folder
 * (a TextDocumentContentProvider for the `govreport` scheme); the same location works on every machine, so
 * shared packs carry no machine-specific path.
 */
export const PACK_SCHEMA_REF = 'govreport:/schemas/govsnippets.schema.json';

/** The usual categories, in document order (categories are free text; these sort first, in this order). */
export const SNIPPET_CATEGORIES = ['开场', '回顾', '问题', '形势', '思路', '目标', '安排', '过渡', '结尾', '模板'] as const;

const nonEmpty = () => z.string().check(z.minLength(1));
const nonEmptyList = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

function createSnippetSchema() {
  return z.strictObject({
    id: described(nonEmpty(), 'Unique in the pack. A snippet with the same id in a later pack (user, workspace) overrides this one.'),
    title: described(nonEmpty(), 'Chinese title shown in completion, quick pick and the snippets view, e.g. 同志们（讲话开场）.'),
    prefix: described(
      z.union([nonEmpty(), nonEmptyList(nonEmpty())]),
      'What the writer types: pinyin initials (tzm) and/or Chinese words (同志们). One string or a list.',
    ),
    body: described(
      z.union([nonEmpty(), nonEmptyList(z.string())]),
      'VS Code snippet syntax: $1, ${1:placeholder}, ${1|a,b|}, $0, variables such as $CURRENT_YEAR; \\$ for a literal $. A list is joined with line breaks.',
    ),
    description: described(z.string(), 'One line shown next to the title.'),
    category: described(nonEmpty(), `Free text; the usual ones are ${SNIPPET_CATEGORIES.join('、')}.`),
    tags: described(z.optional(z.array(nonEmpty())), 'Extra words for search.'),
  });
}

export function createPackSchema() {
  return z
    .strictObject({
      $schema: z.optional(z.string()),
      name: described(nonEmpty(), 'Stable pack id, e.g. team.speech or 本单位讲话; `govreport.disabledPacks` names packs by it.'),
      title: described(z.optional(nonEmpty()), 'Display name in the snippets view and completion, e.g. 开场与结尾 (the name when omitted).'),
      version: described(nonEmpty(), 'Version of the pack, e.g. 1.0.0.'),
      description: described(z.string(), 'What the pack is for.'),
      author: described(z.optional(z.string()), 'Who maintains the pack.'),
      snippets: described(z.array(createSnippetSchema()), 'The snippets. Packs are data only: nothing in them is executed.'),
    })
    .register(z.globalRegistry, { title: 'GovReport snippet pack (*.govsnippets.json)' });
}

export type PackSchema = ReturnType<typeof createPackSchema>;
export type SnippetPack = z.infer<PackSchema>;
export type Snippet = SnippetPack['snippets'][number];

/** A snippet's prefixes as a list (the format allows one string or several). */
export function snippetPrefixes(s: Pick<Snippet, 'prefix'>): string[] {
  return typeof s.prefix === 'string' ? [s.prefix] : s.prefix;
}

let schema: PackSchema | undefined;

/** The pack schema, built on first use (not at load time). */
export function packSchema(): PackSchema {
  return (schema ??= createPackSchema());
}

/** The text of `schemas/govsnippets.schema.json`. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(packSchema(), { target: 'draft-07' }), null, 2)}\n`;
}
