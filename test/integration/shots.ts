// Screenshots asked for from inside the extension host: the harness (scripts/vscode/run-tests.mjs)
// reads the GOVREPORT_SHOT line, waits until `selector` shows (with `text`), saves the PNG and answers
// with a NAME.done or NAME.failed file.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Shot {
  /** File name under test-results/screenshots/, without .png. */
  name: string;
  /** CSS selector of what the picture must show; the harness waits for it to be visible. */
  selector?: string;
  /** A regular expression the selected element's text must match. */
  text?: string;
  /** The selector is inside the (one visible) webview. */
  webview?: boolean;
  /** Keys the harness types first (into the focused input box, say). */
  type?: string;
  timeoutMs?: number;
}

export async function shoot(shot: Shot): Promise<void> {
  const dir = process.env.GOVREPORT_SHOTS_DIR;
  if (!dir) throw new Error('GOVREPORT_SHOTS_DIR is not set: run through scripts/vscode/run-tests.mjs');
  const timeoutMs = shot.timeoutMs ?? 30_000;
  const done = path.join(dir, `${shot.name}.done`);
  const failed = path.join(dir, `${shot.name}.failed`);
  for (const f of [done, failed]) fs.rmSync(f, { force: true });
  console.log(`GOVREPORT_SHOT ${JSON.stringify({ ...shot, timeoutMs })}`);
  const deadline = Date.now() + timeoutMs + 30_000;
  for (;;) {
    if (fs.existsSync(done)) return;
    if (fs.existsSync(failed)) throw new Error(`screenshot ${shot.name}: ${fs.readFileSync(failed, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`screenshot ${shot.name}: no answer from the harness`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
