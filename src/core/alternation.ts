/**
 * A regular-expression source matching any of `words`, the longest first where one begins another, written as a
 * tree of shared beginnings (`加(?:快(?:建设|推进)?|大)`): a plain `a|b|c…` of hundreds of words is tried word by
 * word at every position, the tree by one character at a time.
 */
export function alternation(words: Iterable<string>): string {
  const root: Node = new Map();
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
  }
  return source(root);
}

type Node = Map<string, Node>;
const END = '';

function source(node: Node): string {
  const branches: string[] = [];
  for (const [ch, next] of node) if (ch !== END) branches.push(escape(ch) + source(next));
  if (branches.length === 0) return '';
  // Longer words first: the word ending here is the last choice.
  const grouped = branches.length > 1;
  const choice = grouped ? `(?:${branches.join('|')})` : branches[0]!;
  if (!node.has(END)) return choice;
  return grouped || [...choice].length === 1 ? `${choice}?` : `(?:${choice})?`;
}

const escape = (ch: string) => ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
