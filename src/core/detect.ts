import { CJK_CLASS } from './chars';

const SAMPLE_LENGTH = 20_000;
const CJK_G = new RegExp(`[${CJK_CLASS}]`, 'g');
const LATIN_G = /[A-Za-z]/g;
const STRUCTURE = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|同志们|各位代表|各位委员|第[一二三四五六七八九十]+[章条])|[，。；：][一二三]是/m;

/**
 * Whether text looks like a Chinese report: mostly CJK (by letters, in the first 20,000 characters)
 * with a salutation, structure markers or 一是-style enumerations.
 */
export function looksLikeReport(text: string): boolean {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const cjk = sample.match(CJK_G)?.length ?? 0;
  if (cjk < 20) return false;
  const latin = sample.match(LATIN_G)?.length ?? 0;
  return cjk >= latin && STRUCTURE.test(sample);
}
