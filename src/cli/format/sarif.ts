// SARIF 2.1.0 as GitHub code scanning accepts it: one run, every rule described, relative file URIs.

import * as path from 'node:path';
import type { Range } from '../../core/model';
import { rules } from '../../core/rules';
import type { Severity } from '../../core/rules/types';
import { REPOSITORY_URL, ruleDocsUrl, VERSION } from '../meta';
import type { FileReport, FormatContext } from './types';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A file's URI: relative to the working directory (the repository root in CI), forward slashes, percent-encoded. */
export function artifactUri(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return new URL(`file://${abs.split(path.sep).join('/')}`).href;
  return rel.split(path.sep).map(encodeURIComponent).join('/');
}

function physicalLocation(uri: string, range: Range) {
  return {
    artifactLocation: { uri },
    region: {
      startLine: range.startLine + 1,
      startColumn: range.startColumn + 1,
      endLine: range.endLine + 1,
      endColumn: range.endColumn + 1,
    },
  };
}

export function formatSarif(reports: readonly FileReport[], { lang, cwd }: FormatContext): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) =>
    report.findings.map((f) => ({
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule) ?? -1,
      level: LEVELS[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: physicalLocation(artifactUri(report.abs, cwd), f.range) }],
      ...(f.related
        ? {
            relatedLocations: f.related.map((r, id) => ({
              id,
              physicalLocation: physicalLocation(artifactUri(report.abs, cwd), r.range),
              message: { text: r.message },
            })),
          }
        : {}),
    })),
  );
  const notifications = reports
    .filter((r) => r.problem)
    .map((r) => ({ level: 'error', message: { text: `${r.file}: ${r.problem![lang]}` } }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'govreport',
            informationUri: REPOSITORY_URL,
            version: VERSION,
            semanticVersion: VERSION,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description[lang] },
              helpUri: ruleDocsUrl(r.id),
              defaultConfiguration: { level: LEVELS[r.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
