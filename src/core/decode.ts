// Decoding a file's bytes as UTF-8 text, with the reasons a file is not text we can read.

export type DecodeProblem = 'utf16' | 'binary' | 'not-utf8' | 'gbk';

/** How many leading bytes are searched for NUL (binary files). */
const SNIFF_BYTES = 8192;

/**
 * Decodes UTF-8 bytes. UTF-16 (by its BOM), binary (a NUL byte in the first 8 KB) and invalid UTF-8 (`gbk` when it
 * decodes as GBK/GB18030) give a problem instead. The text never includes the BOM; `bom` records it.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; bom: boolean } | { problem: DecodeProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: 'utf16' };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { problem: 'binary' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom };
  } catch {
    return { problem: looksLikeGbk(bytes) ? 'gbk' : 'not-utf8' };
  }
}

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
