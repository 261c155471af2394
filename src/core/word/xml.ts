// A small XML reader for WordprocessingML parts: elements with attributes and source offsets, text decoded.
// No DTDs or entity declarations (refused), no DOM: it runs in Node, browsers and web workers alike.

import { wordErrors } from './errors';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Offset of `<` of the start tag in the source. */
  start: number;
  /** Offset just after the start tag (`>`). */
  openEnd: number;
  /** Offset of the end tag (equals `end` for an empty element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
}

export interface XmlText {
  /** Decoded text. */
  text: string;
  /** Source offsets of the raw (still escaped) text. */
  start: number;
  end: number;
}

export type XmlNode = XmlElement | XmlText;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|</g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'));
}

/** Parses a part; throws WordError for DTDs/entity declarations and unbalanced tags. `part` names it in errors. */
export function parseXml(xml: string, part: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw wordErrors.doctype(part);
  const root: XmlElement = { name: '#root', attrs: {}, children: [], start: 0, openEnd: 0, closeStart: xml.length, end: xml.length };
  const stack: XmlElement[] = [root];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const top = stack[stack.length - 1]!;
    const at = m.index;
    const end = at + m[0].length;
    if (m[1] !== undefined) top.children.push({ text: m[1], start: at + 9, end: end - 3 });
    else if (m[6] !== undefined) top.children.push({ text: decodeEntities(m[6]), start: at, end });
    else if (m[3] !== undefined) {
      if (m[2]) {
        if (top.name !== m[3] || stack.length === 1) throw wordErrors.badXml(part);
        top.closeStart = at;
        top.end = end;
        stack.pop();
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of m[4]!.matchAll(ATTR)) attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
      const el: XmlElement = { name: m[3], attrs, children: [], start: at, openEnd: end, closeStart: end, end };
      top.children.push(el);
      if (!m[5]) stack.push(el);
    } else if (m[0] === '<') throw wordErrors.badXml(part);
  }
  if (stack.length !== 1) throw wordErrors.badXml(part);
  return root;
}

export function elements(el: XmlElement | undefined, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el?.children ?? []) if ('name' in c && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  for (const c of el?.children ?? []) if ('name' in c && c.name === name) return c;
  return undefined;
}

/** The `w:val` attribute of a child element (`<w:numId w:val="3"/>`). */
export function childVal(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['w:val'];
}

/** Concatenated text of every `w:t` below an element (for comments and footnotes). */
export function plainText(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (!('name' in c)) continue;
    if (c.name === 'w:t') s += c.children.map((t) => ('text' in t ? t.text : '')).join('');
    else if (c.name === 'w:tab') s += '\t';
    else if (c.name !== 'w:delText' && c.name !== 'w:instrText') s += plainText(c);
  }
  return s;
}
