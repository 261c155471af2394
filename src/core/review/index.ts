// The review sheet and the draft comparison: one entry, a lazy chunk in the extension (esbuild.js).
export { compareParsed, type DraftComparison } from './diff';
export { renderDiffHtml } from './render/diff-html';
export { renderDiffMarkdown } from './render/diff-md';
export { renderSheetHtml } from './render/html';
export { renderSheetMarkdown } from './render/md';
export { sheetFromLint, type ReviewSheet } from './sheet';
