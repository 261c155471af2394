// The pinyin initials table that snippet matching uses (src/core/snippets/initials.generated.ts), generated from
// pinyin-pro. pinyin-pro is a dev dependency: bundled, its dictionaries would add ~450 KB to the extension; the
// table of initials is ~35 KB and covers the same characters, with every reading of a polyphone.
import { pinyin } from 'pinyin-pro';
import pkg from 'pinyin-pro/package.json';

/** The CJK Unified Ideographs block the table covers; `〇` (U+3007) is added as an extra entry. */
const FIRST_CP = 0x4e00;
const LAST_CP = 0x9fff;
const EXTRA = ['〇'];

function initials(ch: string): string[] {
  return pinyin(ch, { pattern: 'first', toneType: 'none', multiple: true, type: 'array' }).filter((s) => /^[a-z]$/.test(s));
}

const chunk = (items: string[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size).join(''));

/** The text of src/core/snippets/initials.generated.ts. */
export function initialsDataText(): string {
  const first: string[] = [];
  const more: string[] = [];
  for (let cp = FIRST_CP; cp <= LAST_CP; cp++) {
    const ch = String.fromCodePoint(cp);
    const all = initials(ch);
    first.push(all[0] ?? '-');
    if (all.length > 1) more.push(ch + all.slice(1).join(''));
  }
  for (const ch of EXTRA) more.push(ch + initials(ch).join(''));
  const lines = (parts: string[]) => parts.map((p) => `  '${p}',`).join('\n');
  return `// Generated from pinyin-pro ${pkg.version} by scripts/pinyin.ts (\`npm run schema\`). Do not edit.

/** First index: U+${FIRST_CP.toString(16).toUpperCase()}. */
export const FIRST_CODE_POINT = 0x${FIRST_CP.toString(16)};

/** The initial of the most common reading of each character from FIRST_CODE_POINT on; \`-\`: none. */
export const FIRST_INITIALS = [
${lines(chunk(first, 128))}
].join('');

/** Further initials: a character, then the initials of its other readings (or all of them, outside the range). */
export const MORE_INITIALS = [
${lines(chunk(more, 32))}
].join('');
`;
}
