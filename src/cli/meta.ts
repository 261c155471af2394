import pkg from '../../package.json';
import { ruleDocsPath } from '../core/rules/docs';

export const VERSION: string = pkg.version;

/** Where the project lives; `homepage` in package.json overrides the default. */
export const REPOSITORY_URL: string = (pkg as { homepage?: string }).homepage ?? 'https://github.com/govreport/govreport';

/** A rule's documentation page in the repository. */
export function ruleDocsUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/${ruleDocsPath(id)}`;
}
