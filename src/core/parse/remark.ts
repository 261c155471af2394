// The remark stack, its own chunk in the Node bundles (esbuild.js): loaded on the first Markdown draft read into Word
// (checks read micromark's events, see parse/micromark.ts).
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export function createProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
}
