// A rule's documentation page (docs/rules/<id>.md, Chinese and English in one file) as HTML in one
// language, for the editor's rule page. Loaded as its own chunk, on the first page shown.
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import type { Lang } from '../rules/types';

const CJK = /[\u4e00-\u9fff]/;

/**
 * The page's parts in `lang`: Chinese keeps every section but the English-only ones ("## What it
 * checks"); English keeps those, the bilingual ones ("## 关闭 / Turning it off") and code-only ones,
 * and drops the Chinese lead and Chinese-only sections. The `# id` heading becomes `title`.
 */
export function rulePageMarkdown(markdown: string, lang: Lang, title: string): string {
  const [head = '', ...sections] = markdown.split(/^(?=## )/m);
  const lead = head.replace(/^# .*\n?/, '');
  const keep = sections.filter((s) => {
    const heading = s.slice(3, s.indexOf('\n') >>> 0);
    const chinese = CJK.test(heading);
    const both = heading.includes('/');
    if (lang === 'zh') return chinese || both;
    return !chinese || both || !CJK.test(s.slice(heading.length + 3).replace(/`[^`]*`|```[\s\S]*?```/g, ''));
  });
  return [`# ${title}\n\n`, lang === 'zh' ? lead : '', ...keep].join('');
}

/** Renders the page (GitHub tables included); raw HTML in the Markdown is escaped, not passed through. */
export function rulePageHtml(markdown: string, lang: Lang, title: string): string {
  return micromark(rulePageMarkdown(markdown, lang, title), { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
}
