// The `.govreportrc.json` schema. The JSON Schema in `schemas/` is generated from it (`npm run schema`).

// zod/mini keeps the extension bundle small (the classic API bundles every locale: ~260 KB).
import * as z from 'zod/mini';
import { PLACEHOLDER_PATTERNS } from '../parse/placeholders';
import type { Rule } from '../rules/types';
import { exportSchema } from './export';

export { CONFIG_FILE_NAME } from './name';

export const RULE_LEVELS = ['off', 'info', 'warning', 'error'] as const;

/** Marks a string that must compile as a JavaScript regular expression (no flags, as the engine uses it). */
const regexSource = z.string().check(
  z.superRefine((source, ctx) => {
    try {
      new RegExp(source);
    } catch (err) {
      ctx.issues.push({ code: 'custom', message: (err as Error).message, params: { kind: 'regex' }, input: source });
    }
  }),
);

/** Attaches a description that the generated JSON Schema shows in editors. */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

const level = z.enum(RULE_LEVELS);

export const termEntrySchema = described(
  z.strictObject({
    wrong: described(z.string().check(z.minLength(1)), 'The wrong term, e.g. 截止.'),
    right: described(z.string(), 'The right term, e.g. 截至.'),
    before: described(
      // Entries are combined into one expression, where two equal group names would clash.
      z.optional(
        regexSource.check(
          z.superRefine((source, ctx) => {
            if (/\(\?<[A-Za-z_$]/.test(source)) {
              ctx.issues.push({ code: 'custom', message: 'named group', params: { kind: 'no-named-groups' }, input: source });
            }
          }),
        ),
      ),
      'Regular expression the text right after `wrong` must match, e.g. `\\d{4}年` (a date).',
    ),
  }),
  'One wrong → right term pair.',
);

function ruleEntry(rule: Rule) {
  // Each rule declares its own options; one without takes none (`{}` only).
  const options = rule.options?.schema(z, { termEntry: termEntrySchema }) ?? z.strictObject({});
  return described(
    z.optional(z.union([level, z.tuple([level, options])])),
    `${rule.description.en} (${rule.description.zh}). Default: ${rule.severity}.`,
  );
}

/** Builds the schema for a rule set (the registry in production, any list in tests). */
export function createConfigSchema(rules: readonly Rule[]) {
  const placeholderIds = Object.keys(PLACEHOLDER_PATTERNS) as [string, ...string[]];
  return z
    .strictObject({
      $schema: z.optional(z.string()),
      extends: described(
        z.optional(z.string().check(z.minLength(1))),
        'Path of a shared config this one builds on, relative to this file.',
      ),
      rules: described(
        z.optional(z.strictObject(Object.fromEntries(rules.map((r) => [r.id, ruleEntry(r)])))),
        'Rule levels: "off", "info", "warning", "error", or [level, options].',
      ),
      placeholders: z.optional(
        z.strictObject({
          add: described(z.optional(z.array(regexSource)), 'Extra placeholder patterns (regular expressions).'),
          remove: described(z.optional(z.array(z.enum(placeholderIds))), 'Built-in placeholder patterns to drop, by id.'),
        }),
      ),
      placeholderSeverity: described(z.optional(level), 'Shortcut for rules.placeholder.'),
      terminology: described(z.optional(z.array(termEntrySchema)), 'Wrong → right term list.'),
      export: z.optional(exportSchema),
      officialFigures: described(
        z.optional(z.array(z.string().check(z.minLength(1)))),
        'Official figure tables (CSV or JSON: 指标,数值,单位,期间,口径,来源,别名), relative to this file; the official-figure rule checks the text against them. `extends` adds the base config\'s tables first; a later row for the same indicator, period and scope wins.',
      ),
    })
    .register(z.globalRegistry, { title: 'GovReport configuration (.govreportrc.json)' });
}

export type ConfigSchema = ReturnType<typeof createConfigSchema>;
export type RawConfig = z.infer<ConfigSchema>;
export type RawRuleEntry = NonNullable<NonNullable<RawConfig['rules']>[string]>;

/** The JSON Schema editors use to validate and complete `.govreportrc.json`. */
export function configJsonSchema(schema: ConfigSchema): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'draft-07' }) as Record<string, unknown>;
}
