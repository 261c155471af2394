// The `.govreportrc.json` schema. The JSON Schema in `schemas/` is generated from it (`npm run schema`).

import { z } from 'zod';
import { PLACEHOLDER_PATTERNS } from '../parse/placeholders';
import type { Rule } from '../rules/types';

export const CONFIG_FILE_NAME = '.govreportrc.json';

export const RULE_LEVELS = ['off', 'info', 'warning', 'error'] as const;

/** Marks a string that must compile as a JavaScript regular expression (no flags, as the engine uses it). */
const regexSource = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message, params: { kind: 'regex' } });
  }
});

const level = z.enum(RULE_LEVELS);

export const termEntrySchema = z
  .strictObject({
    wrong: z.string().min(1).meta({ description: 'The wrong term, e.g. 截止.' }),
    right: z.string().meta({ description: 'The right term, e.g. 截至.' }),
    before: regexSource.optional().meta({
      description: 'Regular expression the text right after `wrong` must match, e.g. `\\d{4}年` (a date).',
    }),
  })
  .meta({ description: 'One wrong → right term pair.' });

/** Options a rule accepts in the `[level, options]` form. Rules not listed take none (`{}` only). */
const ruleOptionSchemas: Readonly<Record<string, z.ZodObject>> = {
  terminology: z.strictObject({
    entries: z.array(termEntrySchema).optional().meta({ description: 'Extra term pairs, added to `terminology`.' }),
  }),
};

function ruleEntry(rule: Rule) {
  const options = ruleOptionSchemas[rule.id] ?? z.strictObject({});
  return z
    .union([level, z.tuple([level, options])])
    .optional()
    .meta({ description: `${rule.description.en} (${rule.description.zh}). Default: ${rule.severity}.` });
}

/** Builds the schema for a rule set (the registry in production, any list in tests). */
export function createConfigSchema(rules: readonly Rule[]) {
  const placeholderIds = Object.keys(PLACEHOLDER_PATTERNS) as [string, ...string[]];
  return z
    .strictObject({
      $schema: z.string().optional(),
      extends: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'Path of a shared config this one builds on, relative to this file.' }),
      rules: z
        .strictObject(Object.fromEntries(rules.map((r) => [r.id, ruleEntry(r)])))
        .optional()
        .meta({ description: 'Rule levels: "off", "info", "warning", "error", or [level, options].' }),
      placeholders: z
        .strictObject({
          add: z.array(regexSource).optional().meta({ description: 'Extra placeholder patterns (regular expressions).' }),
          remove: z
            .array(z.enum(placeholderIds))
            .optional()
            .meta({ description: 'Built-in placeholder patterns to drop, by id.' }),
        })
        .optional(),
      placeholderSeverity: level.optional().meta({ description: 'Shortcut for rules.placeholder.' }),
      terminology: z.array(termEntrySchema).optional().meta({ description: 'Wrong → right term list.' }),
    })
    .meta({ title: 'GovReport configuration (.govreportrc.json)' });
}

export type ConfigSchema = ReturnType<typeof createConfigSchema>;
export type RawConfig = z.infer<ConfigSchema>;
export type RawRuleEntry = NonNullable<NonNullable<RawConfig['rules']>[string]>;

/** The JSON Schema editors use to validate and complete `.govreportrc.json`. */
export function configJsonSchema(schema: ConfigSchema): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'draft-07' }) as Record<string, unknown>;
}
