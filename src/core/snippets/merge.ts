// Merging packs into the snippets the editor offers: later sources override earlier ones by snippet id.

import { SNIPPET_CATEGORIES, type Snippet, type SnippetPack } from './schema';

export interface LoadedPack {
  pack: SnippetPack;
  source: 'builtin' | 'user' | 'workspace';
  file: string;
}

export interface ResolvedSnippet extends Snippet {
  packName: string;
  /** The pack's display title (its name when it has none). */
  packTitle: string;
  source: LoadedPack['source'];
  file: string;
}

const SOURCE_ORDER: Record<LoadedPack['source'], number> = { builtin: 0, user: 1, workspace: 2 };

/**
 * The effective snippets: packs in the order built-in < user < workspace (file order within a source); a later
 * snippet with the same id overrides an earlier one, whatever pack it is in; packs named in `disabledPacks` are
 * skipped. Sorted by category (the usual categories in document order first, see SNIPPET_CATEGORIES) then title.
 */
export function mergePacks(packs: readonly LoadedPack[], disabledPacks: readonly string[]): ResolvedSnippet[] {
  const disabled = new Set(disabledPacks);
  const ordered = packs
    .map((loaded, index) => ({ loaded, index }))
    .sort((a, b) => SOURCE_ORDER[a.loaded.source] - SOURCE_ORDER[b.loaded.source] || a.index - b.index);
  const byId = new Map<string, ResolvedSnippet>();
  for (const { loaded } of ordered) {
    if (disabled.has(loaded.pack.name)) continue;
    for (const snippet of loaded.pack.snippets) {
      byId.delete(snippet.id);
      byId.set(snippet.id, { ...snippet, packName: loaded.pack.name, packTitle: loaded.pack.title ?? loaded.pack.name, source: loaded.source, file: loaded.file });
    }
  }
  return [...byId.values()].sort(compareSnippets);
}

const KNOWN_CATEGORY = new Map<string, number>(SNIPPET_CATEGORIES.map((c, i) => [c, i]));
let collator: Intl.Collator | undefined;

/** Category (usual ones first, in document order; others after, in pinyin order), then title in pinyin order. */
export function compareSnippets(a: Snippet, b: Snippet): number {
  collator ??= new Intl.Collator('zh-Hans-CN');
  const ka = KNOWN_CATEGORY.get(a.category) ?? SNIPPET_CATEGORIES.length;
  const kb = KNOWN_CATEGORY.get(b.category) ?? SNIPPET_CATEGORIES.length;
  return ka - kb || collator.compare(a.category, b.category) || collator.compare(a.title, b.title);
}
