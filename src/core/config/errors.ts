// One clear, bilingual message per bad config (or snippet pack): the file, where in it, what was expected, what was found.

import type * as z from 'zod/mini';
import type { Message } from '../rules/types';

export interface ConfigErrorLocation {
  file: string;
  /** JSON path such as `rules.heading-form` or `terminology[0].wrong`. */
  path?: string;
  /** 1-based, for JSON syntax errors. */
  line?: number;
  column?: number;
}

export interface ConfigProblem {
  location: ConfigErrorLocation;
  /** One line, location included, in both languages. */
  text: Message;
}

export class ConfigError extends Error {
  /** Every problem found (a file may have several); the error itself names the first. */
  readonly problems: readonly ConfigProblem[];

  constructor(
    readonly location: ConfigErrorLocation,
    /** The whole message, location included, in both languages (one line per problem). */
    readonly text: Message,
    problems?: readonly ConfigProblem[],
  ) {
    super(text.en);
    this.name = 'ConfigError';
    this.problems = problems ?? [{ location, text }];
  }

  /** Also true for a ConfigError of another bundle's copy of this module (each lazy chunk bundles one). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === 'ConfigError' && 'text' in value && 'location' in value;
  }
}

/** One ConfigError for all of a file's problems, each as `file:line:col: path: message`. */
export function configProblems(file: string, problems: readonly { location: Omit<ConfigErrorLocation, 'file'>; message: Message }[]): ConfigError {
  const listed: ConfigProblem[] = problems.map(({ location, message }) => {
    const at = location.line !== undefined ? `${file}:${location.line}:${location.column}` : file;
    const { path } = location;
    const where = path === undefined ? { en: '', zh: '' } : { en: `${path || '(root)'}: `, zh: `${path || '（根）'}：` };
    return { location: { file, ...location }, text: { en: `${at}: ${where.en}${message.en}`, zh: `${at}：${where.zh}${message.zh}` } };
  });
  const text = { en: listed.map((p) => p.text.en).join('\n'), zh: listed.map((p) => p.text.zh).join('\n') };
  return new ConfigError(listed[0]!.location, text, listed);
}

/** `expected …, found …`, without a location. */
export function expectedFound(expected: Message, found: Message): Message {
  return { en: `expected ${expected.en}, found ${found.en}`, zh: `应为${expected.zh}，实际为${found.zh}` };
}

/** `expected …, found …` at a location. */
export function configError(location: ConfigErrorLocation, expected: Message, found: Message): ConfigError {
  const { file, path, line, column } = location;
  const at = line !== undefined ? `${file}:${line}:${column}` : file;
  const where = path === undefined ? '' : path || '(root)';
  const whereZh = path === undefined ? '' : path || '（根）';
  const text = expectedFound(expected, found);
  return new ConfigError(location, {
    en: `${at}: ${where ? `${where}: ` : ''}${text.en}`,
    zh: `${at}：${whereZh ? `${whereZh}：` : ''}${text.zh}`,
  });
}

export function plain(text: string): Message {
  return { en: text, zh: text };
}

/** A value as the user wrote it, shortened. */
export function shown(value: unknown): Message {
  if (value === undefined) return { en: 'nothing (missing)', zh: '空（缺失）' };
  const json = JSON.stringify(value);
  return plain(json.length > 60 ? `${json.slice(0, 57)}...` : json);
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[\w$-]+$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

const TYPE_NAMES: Record<string, Message> = {
  string: { en: 'a string', zh: '字符串' },
  object: { en: 'an object', zh: '对象' },
  array: { en: 'an array', zh: '数组' },
  tuple: { en: 'a [level, options] pair', zh: '[级别, 选项] 二元数组' },
};

function oneOf(values: readonly unknown[]): Message {
  const list = values.map((v) => JSON.stringify(v)).join(', ');
  return { en: `one of ${list}`, zh: `以下之一：${list}` };
}

function or(parts: Message[]): Message {
  return { en: parts.map((p) => p.en).join(', or '), zh: parts.map((p) => p.zh).join('，或') };
}

type Issue = z.core.$ZodIssue;

/** What an issue expected, relative to its own path. */
function expectedOf(issue: Issue, keysAt: (path: PropertyKey[]) => string[]): Message {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? plain(issue.expected);
    case 'invalid_value':
      return oneOf(issue.values);
    case 'too_small':
      if (issue.origin === 'string') return { en: 'a non-empty string', zh: '非空字符串' };
      // A list that must not be empty; the config's [level, options] tuples need two items.
      if (issue.origin === 'array' && issue.minimum === 1) return { en: 'a non-empty array', zh: '非空数组' };
      return TYPE_NAMES.tuple!;
    case 'too_big':
      return TYPE_NAMES.tuple!;
    case 'unrecognized_keys': {
      const keys = keysAt(issue.path).join(', ');
      if (!keys) return { en: 'no options (this rule takes none)', zh: '无选项（该规则不接受选项）' };
      const isRules = issue.path.length === 1 && issue.path[0] === 'rules';
      return isRules
        ? { en: `a rule id (valid ids: ${keys})`, zh: `规则 id（有效 id：${keys}）` }
        : { en: `a known key (${keys})`, zh: `已知的键（${keys}）` };
    }
    case 'custom':
      return CUSTOM_EXPECTED[issue.params?.kind as string] ?? plain(issue.message);
    default:
      return plain(issue.message);
  }
}

/** What a custom check (schema.ts, by `params.kind`) expected. */
const CUSTOM_EXPECTED: Readonly<Record<string, Message>> = {
  regex: { en: 'a valid regular expression', zh: '有效的正则表达式' },
  'no-named-groups': {
    en: 'a regular expression without named groups (use (?:…))',
    zh: '不含命名分组的正则表达式（请用 (?:…)）',
  },
};

/** Reduces an issue to the most specific one: into union branches that got past the top-level type check. */
function innermost(issue: Issue): { issue: Issue; path: PropertyKey[]; expected?: Message[] } {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return { issue, path: [...issue.path] };
  const deeper = issue.errors.find((branch) => branch.some((i) => i.path.length > 0 || i.code === 'invalid_union'));
  if (deeper) {
    const inner = innermost(deeper[0]!);
    return { ...inner, path: [...issue.path, ...inner.path] };
  }
  return { issue, path: [...issue.path] };
}

/** One zod issue, described: where (relative to the input), what was expected and what was found. */
export interface IssueProblem {
  path: PropertyKey[];
  expected: Message;
  found: Message;
  /** The last path element is a key that should not be there. */
  unknownKey?: boolean;
}

/** Describes a zod issue; an unknown-keys issue gives one problem per key. */
export function describeIssue(issue: Issue, input: unknown, keysAt: (path: PropertyKey[]) => string[]): IssueProblem[] {
  const inner = innermost(issue);
  const { path } = inner;
  if (inner.issue.code === 'unrecognized_keys') {
    const expected = expectedOf({ ...inner.issue, path }, keysAt);
    return inner.issue.keys.map((key) => ({ path: [...path, key], expected, found: plain(JSON.stringify(key)), unknownKey: true }));
  }
  const expected =
    inner.issue.code === 'invalid_union'
      ? or(inner.issue.errors.map((branch) => expectedOf(branch[0]!, keysAt)))
      : expectedOf(inner.issue, keysAt);
  const found = shown(valueAt(input, path));
  if (inner.issue.code === 'custom' && inner.issue.params?.kind === 'regex') {
    return [{ path, expected, found: plain(`${found.en} (${inner.issue.message})`) }];
  }
  return [{ path, expected, found }];
}

/** Keys an object schema accepts at a path (for "unknown key" messages). */
export function schemaKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of path) node = child(node, key);
  return Object.keys(def(node)?.shape ?? {});
}

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  element?: unknown;
  items?: unknown[];
  options?: unknown[];
}

function def(node: unknown): Def | undefined {
  let d = (node as { _zod?: { def: Def } } | undefined)?._zod?.def;
  while (d && (d.type === 'optional' || d.type === 'default')) d = (d.innerType as { _zod: { def: Def } })._zod.def;
  return d;
}

function child(node: unknown, key: PropertyKey): unknown {
  const d = def(node);
  if (!d) return undefined;
  if (d.type === 'object') return d.shape?.[String(key)];
  if (d.type === 'array') return d.element;
  if (d.type === 'tuple') return d.items?.[Number(key)];
  if (d.type === 'union') return d.options?.map((o) => child(o, key)).find((c) => c !== undefined);
  return undefined;
}
