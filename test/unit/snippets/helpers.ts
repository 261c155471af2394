import type { PackProblem, ResolvedSnippet, Snippet, SnippetPack } from '../../../src/core/snippets';

export const FILE = '/team/speech.govsnippets.json';

export function snippet(id: string, extra: Partial<Snippet> = {}): Snippet {
  return { id, title: `标题${id}`, prefix: id, body: `正文${id}$0`, description: '', category: '开场', ...extra };
}

export function pack(name: string, snippets: Snippet[]): SnippetPack {
  return { name, version: '1.0.0', description: '', snippets };
}

export function resolved(s: Partial<Snippet> & { title: string }): ResolvedSnippet {
  return { ...snippet('x'), ...s, packName: 'p', packTitle: 'p', source: 'builtin', file: 'p.govsnippets.json' };
}

/** A problem as [path, English message, text of its range]. */
export function brief(text: string, p: PackProblem): [string, string, string] {
  return [p.path, p.message.en, text.slice(p.start, p.end)];
}
