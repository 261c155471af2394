// The `export` section of `.govreportrc.json`: how `convert … -o 公文.docx` lays a draft out.

import * as z from 'zod/mini';
import { described } from './schema';

const fontName = z.string().check(z.minLength(1));

export const exportSchema = described(
  z.strictObject({
    fonts: described(
      z.optional(
        z.strictObject({
          title: described(z.optional(fontName), 'Title font (default 方正小标宋简体).'),
          body: described(z.optional(fontName), 'Body font (default 仿宋_GB2312; many offices use 仿宋_GB2312 or 方正仿宋_GBK).'),
          heading1: described(z.optional(fontName), '一、 headings (default 黑体; or 方正黑体_GBK).'),
          heading2: described(z.optional(fontName), '（一） headings (default 楷体_GB2312; or 方正楷体_GBK).'),
          heading3: described(z.optional(fontName), '1. headings (default: the body font).'),
          heading4: described(z.optional(fontName), '（1） headings (default: the body font).'),
          pageNumber: described(z.optional(fontName), 'Page numbers (default 宋体).'),
          latin: described(z.optional(fontName), 'Digits and Latin letters (default Times New Roman).'),
        }),
      ),
      'Font names; the _GB2312 names or the 方正…_GBK ones, as your office uses.',
    ),
    bold: described(
      z.optional(
        z.strictObject({
          heading2: described(z.optional(z.boolean()), 'Whether （一） headings are bold (default false).'),
          heading3: described(z.optional(z.boolean()), 'Whether 1. headings are bold (default true).'),
        }),
      ),
      'Heading weights (the standard names only typefaces; offices differ).',
    ),
    signature: described(z.optional(z.string()), '署名 (issuing organ), placed below the body per GB/T 9704 7.3.5.'),
    date: described(z.optional(z.string()), '成文日期, e.g. 2026年11月28日.'),
    colophon: described(
      z.optional(
        z.strictObject({
          copyTo: described(z.optional(z.string()), '抄送 organs, e.g. 市委办公室，市人大常委会办公室.'),
          issuer: described(z.optional(z.string()), '印发机关.'),
          issued: described(z.optional(z.string()), '印发日期, e.g. 2026年11月28日.'),
        }),
      ),
      '版记 block at the end of the document.',
    ),
    styles: described(
      z.optional(z.string().check(z.minLength(1))),
      "Path of a team's own .docx whose styles (styles.xml) the export uses, relative to this config file.",
    ),
  }),
  'GB/T 9704 .docx export (govreport convert draft.txt -o 公文.docx).',
);

export type ExportSettings = z.infer<typeof exportSchema>;

/** Layers one config's `export` over its base's: nested objects merge, later values win. */
export function mergeExport(base: ExportSettings | undefined, raw: ExportSettings | undefined): ExportSettings | undefined {
  if (!raw) return base;
  if (!base) return raw;
  return {
    ...base,
    ...raw,
    fonts: { ...base.fonts, ...raw.fonts },
    bold: { ...base.bold, ...raw.bold },
    colophon: { ...base.colophon, ...raw.colophon },
  };
}
