// micromark's tokenizer alone, its own chunk in the Node bundles (esbuild.js): loaded on the first Markdown check.
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';

export type MarkdownEvent = ReturnType<typeof postprocess>[number];

/** The events remark-parse reads (CommonMark, front matter), without the mdast tree it builds from them. */
export function markdownEvents(text: string): MarkdownEvent[] {
  return postprocess(parse({ extensions: [frontmatter(['yaml', 'toml'])] }).document().write(preprocess()(text, undefined, true)));
}
