// One answer to "is this file checked?", shared by the editor, the workspace check and the CLI.

import { looksLikeReport } from './detect';

/** Files above this size are checked only when asked for by name, include, language or toggle. */
export const MAX_DETECTED_CHARS = 20 * 1024 * 1024;

export interface CheckCandidate {
  /** A kind of file GovReport reads (plain text or Markdown, by language or extension). */
  supported: boolean;
  /** The user's per-file switch, overriding everything else. */
  toggle?: boolean;
  /** `govreport.enable`; true unless set. */
  enabled?: boolean;
  /** Matches an exclude pattern (`govreport.exclude`). */
  excluded?: boolean;
  /** Asked for explicitly: named on the command line, the govreport language or an include pattern. */
  requested?: boolean;
  /** Length of the text (characters or bytes, whichever the caller has). */
  size: number;
  /** The text, read only when detection needs it. */
  text(): string;
}

export type CheckDecision =
  | { checked: true; why: 'toggle' | 'requested' | 'detected' }
  | { checked: false; why: 'unsupported' | 'toggle' | 'disabled' | 'excluded' | 'tooLarge' | 'notReport' };

export function decideCheck(c: CheckCandidate): CheckDecision {
  if (!c.supported) return { checked: false, why: 'unsupported' };
  if (c.toggle !== undefined) return c.toggle ? { checked: true, why: 'toggle' } : { checked: false, why: 'toggle' };
  if (c.enabled === false) return { checked: false, why: 'disabled' };
  if (c.excluded) return { checked: false, why: 'excluded' };
  if (c.requested) return { checked: true, why: 'requested' };
  if (c.size > MAX_DETECTED_CHARS) return { checked: false, why: 'tooLarge' };
  return looksLikeReport(c.text()) ? { checked: true, why: 'detected' } : { checked: false, why: 'notReport' };
}
