import { rules } from '../rules';
import { ConfigLoader, type ConfigHost } from './resolve';
import { configJsonSchema, createConfigSchema } from './schema';

export { ConfigError } from './errors';
export { ConfigLoader, applyConfig, type ConfigHost } from './resolve';
export { CONFIG_FILE_NAME, RULE_LEVELS, createConfigSchema, type RawConfig } from './schema';

let schema: ReturnType<typeof createConfigSchema> | undefined;

/** The config schema for the registered rules, built on first use (not at load time). */
export function configSchema(): ReturnType<typeof createConfigSchema> {
  return (schema ??= createConfigSchema(rules));
}

/** A loader (with its own cache) for the registered rules. */
export function createConfigLoader(host: ConfigHost): ConfigLoader {
  return new ConfigLoader(configSchema(), host);
}

/** The text of `schemas/govreportrc.schema.json`. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(configSchema()), null, 2)}\n`;
}
