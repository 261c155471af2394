// From config text to ResolvedConfig. File access goes through a host, so a browser build can reuse this.

import { rules as registry } from '../rules';
import type { TermEntry } from '../rules/types';

const ruleById = new Map(registry.map((r) => [r.id, r]));
import { EMPTY_CONFIG, type ResolvedConfig } from '../settings';
import { LineIndex } from '../lines';
import { readJson, schemaProblems } from '../json';
import { configError, configProblems, ConfigError, formatPath, plain, schemaKeysAt } from './errors';
import { mergeExport } from './export';
import { mergeOfficialFigures, parseOfficialTable, type OfficialFigure } from './officialFigures';
import type { ConfigSchema, RawConfig } from './schema';

export interface ConfigHost {
  /** Reads a file as text; throws (with a `code` such as ENOENT) when it cannot. */
  readFile(file: string): string;
  /** Resolves `ref` relative to the directory of the config file `from`. */
  resolve(from: string, ref: string): string;
}

/** A config with its `extends` chain, and the official tables that could not be read (left out). */
export interface LoadedConfig {
  config: ResolvedConfig;
  tableErrors: ConfigError[];
}

export class ConfigLoader {
  private readonly cache = new Map<string, LoadedConfig>();

  constructor(
    private readonly schema: ConfigSchema,
    private readonly host: ConfigHost,
  ) {}

  /**
   * Validates config text; throws a ConfigError listing every problem (JSON syntax, duplicate keys,
   * schema) with its line, column, JSON path, expected and found values.
   */
  parse(text: string, file: string): RawConfig {
    const doc = readJson(text);
    const found = doc.value === undefined ? doc.problems : [...doc.problems, ...schemaProblems(doc, this.schema, (path) => schemaKeysAt(this.schema, path))];
    if (found.length > 0) {
      // Lines and columns as editors count them: after the BOM.
      const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      const lines = new LineIndex(bom ? text.slice(1) : text);
      throw configProblems(
        file,
        found.map((p) => {
          const { startLine, startColumn } = lines.range(Math.max(0, p.start - bom), Math.max(0, p.start - bom));
          return { location: { ...(p.path ? { path: formatPath(p.path) } : {}), line: startLine + 1, column: startColumn + 1 }, message: p.message };
        }),
      );
    }
    return this.schema.parse(doc.value);
  }

  /** Loads a config file and the chain it extends; a broken official table is a ConfigError too. */
  load(file: string): ResolvedConfig {
    const { config, tableErrors } = this.loadChain(file, []);
    if (tableErrors.length > 0) throw joinErrors(tableErrors);
    return config;
  }

  /**
   * Like `load`, but a broken official table is left out and returned beside the config (the editor shows it
   * on the table and checks with the rest); a broken config file still throws.
   */
  loadKeepingGoing(file: string): LoadedConfig {
    return this.loadChain(file, []);
  }

  private loadChain(file: string, chain: string[]): LoadedConfig {
    const cached = this.cache.get(file);
    if (cached) return cached;
    const resolved = this.resolveChain(file, chain);
    this.cache.set(file, resolved);
    return resolved;
  }

  private resolveChain(file: string, chain: string[]): LoadedConfig {
    const raw = this.parse(this.read(file, chain), file);
    // A team's style file is named relative to the config that names it.
    if (raw.export?.styles !== undefined) raw.export.styles = this.host.resolve(file, raw.export.styles);
    const tableErrors: ConfigError[] = [];
    const tables = (raw.officialFigures ?? []).flatMap((ref, i) => {
      try {
        return [this.readTable(file, i, this.host.resolve(file, ref))];
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        tableErrors.push(err);
        return [];
      }
    });
    if (raw.extends === undefined) return { config: applyConfig(EMPTY_CONFIG, raw, tables), tableErrors };
    const base = this.host.resolve(file, raw.extends);
    const visited = [...chain, file];
    const start = visited.indexOf(base);
    if (start !== -1) {
      const cycle = [...visited.slice(start), base].join(' → ');
      throw configError(
        { file, path: 'extends' },
        { en: 'a config that does not extend itself', zh: '不循环继承的配置' },
        { en: `a cycle: ${cycle}`, zh: `循环继承：${cycle}` },
      );
    }
    const loaded = this.loadChain(base, [...chain, file]);
    return { config: applyConfig(loaded.config, raw, tables), tableErrors: [...loaded.tableErrors, ...tableErrors] };
  }

  /** One official table, named by `officialFigures[index]` of `config`. */
  private readTable(config: string, index: number, table: string): OfficialFigure[] {
    let text: string;
    try {
      text = this.host.readFile(table);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw configError(
        { file: config, path: `officialFigures[${index}]` },
        { en: 'a readable official figures table', zh: '可读取的官方数据表' },
        plain(`${JSON.stringify(table)} (${code})`),
      );
    }
    return parseOfficialTable(text, table);
  }

  private read(file: string, chain: string[]): string {
    try {
      return this.host.readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      const parent = chain[chain.length - 1];
      if (parent !== undefined) {
        throw configError(
          { file: parent, path: 'extends' },
          { en: 'a readable config file', zh: '可读取的配置文件' },
          plain(`${JSON.stringify(file)} (${code})`),
        );
      }
      throw new ConfigError(
        { file },
        { en: `${file}: cannot read the config file (${code})`, zh: `${file}：无法读取配置文件（${code}）` },
      );
    }
  }
}

/** Several ConfigErrors as one (every problem listed). */
function joinErrors(errors: ConfigError[]): ConfigError {
  if (errors.length === 1) return errors[0]!;
  const problems = errors.flatMap((e) => e.problems);
  const text = { en: problems.map((p) => p.text.en).join('\n'), zh: problems.map((p) => p.text.zh).join('\n') };
  return new ConfigError(problems[0]!.location, text, problems);
}

/** Layers one config file (and the official tables it names, already read) over an already resolved base. */
export function applyConfig(base: ResolvedConfig, raw: RawConfig, tables: readonly OfficialFigure[][] = []): ResolvedConfig {
  const rules = { ...base.rules };
  const terms = [...base.terminology, ...(raw.terminology ?? [])];
  if (raw.placeholderSeverity) rules.placeholder = raw.placeholderSeverity;
  for (const [id, entry] of Object.entries(raw.rules ?? {})) {
    if (entry === undefined) continue;
    if (typeof entry === 'string') {
      rules[id] = entry;
    } else {
      rules[id] = entry[0];
      ruleById.get(id)?.options?.apply(entry[1] as Record<string, unknown>, { terminology: terms });
    }
  }
  const exportSettings = mergeExport(base.export, raw.export);
  const officialFigures = mergeOfficialFigures([base.officialFigures ?? [], ...tables]);
  return {
    ...(exportSettings ? { export: exportSettings } : {}),
    ...(officialFigures.length > 0 ? { officialFigures } : {}),
    rules,
    placeholders: {
      add: unique([...base.placeholders.add, ...(raw.placeholders?.add ?? [])]),
      remove: unique([...base.placeholders.remove, ...(raw.placeholders?.remove ?? [])]),
    },
    terminology: lastWins(terms),
  };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Term entries for the same `wrong` (and `before`): the later one replaces the earlier. */
function lastWins(entries: TermEntry[]): TermEntry[] {
  const byKey = new Map<string, TermEntry>();
  for (const e of entries) {
    const key = `${e.wrong}\u0000${e.before ?? ''}`;
    byKey.delete(key);
    byKey.set(key, e);
  }
  return [...byKey.values()];
}
