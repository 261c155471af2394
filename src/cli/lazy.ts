// Code only some runs need, loaded on first use: esbuild bundles a require()d module but evaluates it only
// when the require runs, so checking plain text never pays for the Word reader or writer.

export function loadWord(): typeof import('./word') {
  return require('./word');
}
