// Include and exclude patterns, bundled to a chunk of their own (dist/glob.js): most workspaces set none,
// so the startup bundle leaves picomatch out.
import picomatch from 'picomatch';

export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  return picomatch([...patterns], { dot: true });
}
