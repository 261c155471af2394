// Which config applies to a file: --config for all, else the nearest .govreportrc.json up the tree.

import * as path from 'node:path';
import type { ConfigLoader } from '../core/config';
import { findConfigFile, nodeConfigHost } from '../core/config/node';
import { EMPTY_CONFIG, type ResolvedConfig } from '../core/settings';

export class ConfigResolver {
  /** The loader (and its schema, zod) loads with the first config file: a lazy chunk in the bundle. */
  private loaderInstance: ConfigLoader | undefined;
  private readonly nearest = new Map<string, string | undefined>();

  private readonly explicit: string | undefined;

  /** `configArg`: the --config value, relative to `cwd`. */
  constructor(cwd: string, configArg: string | undefined) {
    this.explicit = configArg === undefined ? undefined : path.resolve(cwd, configArg);
  }

  /** Loads the --config file now, so a bad one is reported even when no file is checked. */
  preload(): void {
    if (this.explicit !== undefined) this.loader().load(this.explicit);
  }

  /** Throws ConfigError for a bad config. */
  forFile(abs: string): ResolvedConfig {
    const file = this.explicit ?? this.nearestConfig(path.dirname(abs));
    return file === undefined ? EMPTY_CONFIG : this.loader().load(file);
  }

  private loader(): ConfigLoader {
    const { createConfigLoader } = require('../core/config') as typeof import('../core/config');
    return (this.loaderInstance ??= createConfigLoader(nodeConfigHost));
  }

  private nearestConfig(dir: string): string | undefined {
    if (!this.nearest.has(dir)) this.nearest.set(dir, findConfigFile(dir));
    return this.nearest.get(dir);
  }
}
