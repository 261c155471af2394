// Snippet bodies: joining lines, and a scanner for VS Code snippet syntax
// ($1, ${1:placeholder}, ${1|a,b|}, $0, $VAR, ${VAR:default}, ${1/regex/format/options}, \$ \} \\).

import type { Message } from '../rules/types';

/** The body as one string: a list of lines is joined with `\n`. */
export function bodyText(body: string | readonly string[]): string {
  return typeof body === 'string' ? body : body.join('\n');
}

/** The variables VS Code resolves in snippets. Any other `$NAME` would be inserted as a placeholder "NAME". */
export const SNIPPET_VARIABLES: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER',
  'TM_FILENAME', 'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH',
  'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT',
  'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE',
  'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET',
  'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

export interface BodyError {
  /** Offset in the body text where the problem starts. */
  offset: number;
  message: Message;
}

/** The first syntax error of a snippet body, or undefined when it is valid. */
export function checkSnippetBody(text: string): Message | undefined {
  return scanSnippetBody(text)?.message;
}

const ERRORS = {
  unmatchedClose: () => ({
    en: '"}" has no matching "${" (write \\} for a literal "}")',
    zh: '“}”没有对应的“${”（字面的“}”请写作 \\}）',
  }),
  unclosed: () => ({ en: '"${" is not closed with "}"', zh: '“${”缺少对应的“}”' }),
  unknownVariable: (name: string) => ({
    en: `unknown variable $${name} (write \\$ for a literal "$")`,
    zh: `未知变量 $${name}（字面的“$”请写作 \\$）`,
  }),
  badOpen: () => ({
    en: '"${" must be followed by a tabstop number or a variable name, e.g. ${1:text}',
    zh: '“${”后应为制表位编号或变量名，如 ${1:文字}',
  }),
  badAfter: (head: string) => ({
    en: `expected "}", ":", "|" or "/" after "${head}"`,
    zh: `“${head}”后应为“}”“:”“|”或“/”`,
  }),
  badChoice: () => ({
    en: 'malformed choice: expected ${1|option,option|} with non-empty options',
    zh: '选项格式错误：应为 ${1|选项,选项|}，且选项不能为空',
  }),
  badTransform: () => ({
    en: 'malformed transform: expected ${1/regex/format/options}',
    zh: '变换格式错误：应为 ${1/正则/格式/选项}',
  }),
  badRegex: (detail: string) => ({
    en: `invalid regular expression in a transform (${detail})`,
    zh: `变换中的正则表达式无效（${detail}）`,
  }),
} satisfies Record<string, (...args: never[]) => Message>;

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isNameStart = (ch: string | undefined) => ch !== undefined && /[A-Za-z_]/.test(ch);
const isNameChar = (ch: string | undefined) => ch !== undefined && /\w/.test(ch);

/** The first syntax error of a snippet body with its offset, or undefined when it is valid. */
export function scanSnippetBody(text: string): BodyError | undefined {
  const fail = (offset: number, message: Message): BodyError => ({ offset, message: located(text, offset, message) });
  /** Offsets of the `${` of placeholders whose `}` is still to come. */
  const open: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\') {
      i += 2; // `\$`, `\}`, `\\`; any other backslash is literal and so is the character after it
      continue;
    }
    if (ch === '}') {
      if (open.length === 0) return fail(i, ERRORS.unmatchedClose());
      open.pop();
      i++;
      continue;
    }
    if (ch !== '$') {
      i++;
      continue;
    }
    const next = text[i + 1];
    if (isDigit(next)) {
      i = skip(text, i + 1, isDigit); // $1
      continue;
    }
    if (isNameStart(next)) {
      const end = skip(text, i + 1, isNameChar); // $NAME
      const name = text.slice(i + 1, end);
      if (!SNIPPET_VARIABLES.has(name)) return fail(i, ERRORS.unknownVariable(name));
      i = end;
      continue;
    }
    if (next !== '{') {
      i++; // a lone `$` is literal text
      continue;
    }
    let j = i + 2;
    const tabstop = isDigit(text[j]);
    if (tabstop) j = skip(text, j, isDigit);
    else if (isNameStart(text[j])) {
      j = skip(text, j, isNameChar);
      const name = text.slice(i + 2, j);
      if (!SNIPPET_VARIABLES.has(name)) return fail(i, ERRORS.unknownVariable(name));
    } else return fail(i, ERRORS.badOpen());
    const after = text[j];
    if (after === '}') {
      i = j + 1;
    } else if (after === ':') {
      open.push(i);
      i = j + 1;
    } else if (after === '|' && tabstop) {
      const end = scanChoice(text, j + 1);
      if (end === undefined) return fail(i, ERRORS.badChoice());
      i = end;
    } else if (after === '/') {
      const end = scanTransform(text, j + 1);
      if (typeof end !== 'number') return fail(i, end);
      i = end;
    } else {
      return fail(i, ERRORS.badAfter(text.slice(i, j)));
    }
  }
  const unclosed = open.pop();
  return unclosed === undefined ? undefined : fail(unclosed, ERRORS.unclosed());
}

function skip(text: string, i: number, ok: (ch: string | undefined) => boolean): number {
  while (ok(text[i])) i++;
  return i;
}

/** From after `${1|`: non-empty options split by `,`, closed by `|}`. Returns the offset after `}`. */
function scanChoice(text: string, i: number): number | undefined {
  let option = 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      option++;
    } else if (ch === ',' || ch === '|') {
      if (option === 0) return undefined;
      if (ch === '|') return text[i + 1] === '}' ? i + 2 : undefined;
      option = 0;
    } else {
      option++;
    }
  }
  return undefined;
}

/** From after `${1/`: `regex/format/options}`; the format may hold `${1:/upcase}`-style references. */
function scanTransform(text: string, i: number): number | Message {
  const regexEnd = scanUntilSlash(text, i, false);
  if (regexEnd === undefined) return ERRORS.badTransform();
  try {
    new RegExp(text.slice(i, regexEnd));
  } catch (err) {
    return ERRORS.badRegex((err as Error).message);
  }
  const formatEnd = scanUntilSlash(text, regexEnd + 1, true);
  if (formatEnd === undefined) return ERRORS.badTransform();
  const end = skip(text, formatEnd + 1, (ch) => ch !== undefined && /[a-z]/.test(ch));
  return text[end] === '}' ? end + 1 : ERRORS.badTransform();
}

function scanUntilSlash(text: string, i: number, format: boolean): number | undefined {
  let depth = 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (format && ch === '$' && text[i + 1] === '{') (depth++, i++);
    else if (format && ch === '}' && depth > 0) depth--;
    else if (ch === '/' && depth === 0) return i;
  }
  return undefined;
}

/** Appends where the problem is: a short excerpt of the body around the offset. */
function located(text: string, offset: number, message: Message): Message {
  const from = Math.max(0, offset - 8);
  const excerpt = `${from > 0 ? '…' : ''}${text.slice(from, offset + 12).replace(/\n/g, '⏎')}${offset + 12 < text.length ? '…' : ''}`;
  return {
    en: `invalid snippet syntax: ${message.en}, near "${excerpt}"`,
    zh: `片段语法错误：${message.zh}，位于“${excerpt}”附近`,
  };
}

/**
 * What inserting the body leaves when every tab stop keeps its default: `${1:text}` → text, the first
 * choice of `${1|a,b|}`, nothing for `$1`/`$0`, and variables through `variable` (their default, else
 * nothing, when it returns undefined). Escapes (`\$` `\}` `\\`) become the literal character.
 */
export function snippetPreview(body: string | readonly string[], variable: (name: string) => string | undefined = () => undefined): string {
  const literals: string[] = [];
  // Escaped characters are set aside first so the patterns below never see them.
  let text = bodyText(body).replace(/\\([$}\\])/g, (_, ch: string) => `\u0000${literals.push(ch) - 1}\u0000`);
  const steps: [RegExp, (...m: string[]) => string][] = [
    [/\$\{(\d+):([^${}]*)\}/g, (_, __, value) => value!],
    [/\$\{(\d+)\|([^|]*)\|\}/g, (_, __, choices) => choices!.split(',')[0]!],
    [/\$\{([A-Za-z_]\w*)(?::([^${}]*))?\}/g, (_, name, value) => variable(name!) ?? value ?? ''],
    [/\$\{(\d+)\}|\$(\d+)/g, () => ''],
    [/\$([A-Za-z_]\w*)/g, (_, name) => variable(name!) ?? ''],
  ];
  // Innermost first, until nothing nested is left.
  for (let before = ''; before !== text; ) {
    before = text;
    for (const [re, to] of steps) text = text.replace(re, to as (...m: string[]) => string);
  }
  return text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => literals[Number(i)]!);
}
