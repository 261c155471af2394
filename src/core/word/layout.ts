// GB/T 9704-2012 《党政机关公文格式》 as numbers, in one place. Lengths in twips (1/20 pt) unless named otherwise;
// font sizes in half-points (二号 44, 三号 32, 四号 28). Checked against LibreOffice renders by
// test/unit/word/libreoffice.test.ts.

const mm = (v: number) => Math.round((v * 1440) / 25.4);

export const GBT9704 = {
  /** A4 (5.1). */
  page: { width: mm(210), height: mm(297) },
  /** 天头 37, 订口 28; the 156×225 mm 版心 leaves 35 below and 26 on the right (5.2.1). */
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** Footer distance that puts the page number's 一字线 7 mm below the 版心 (7.5). */
  footer: mm(25),
  header: mm(15),
  /** 22 lines in 225 mm: 12756 / 22 = 579.8; 580 leaves only 21 (5.2.3). */
  linePitch: 579,
  /** 28 characters in 156 mm: each 16 pt character condensed by 0.25 pt (in 1/20 pt) (5.2.3). */
  characterSpacing: -5,
  size: { title: 44, body: 32, pageNumber: 28, colophon: 28 },
  /** Body paragraphs start two characters in (7.3.3). */
  firstLineChars: 2,
  /** Page numbers one 4号 character in from the edge of the 版心 (7.5). */
  pageNumberIndent: 280,
  /** 成文日期 four characters in from the right (7.3.5.1). */
  dateRightChars: 4,
  /** Width of the 版记's rules: 0.35 mm ≈ 1 pt, in eighths of a point (7.4.1). */
  colophonRule: 8,
} as const;

export const DEFAULT_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  heading3: '仿宋_GB2312',
  heading4: '仿宋_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};

export const DEFAULT_BOLD = { heading2: false, heading3: true };

/** One body character in twips (three号 = 16 pt). */
export const BODY_CHAR = (GBT9704.size.body / 2) * 20;
