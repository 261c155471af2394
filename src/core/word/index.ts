// The Word bridge's public surface; the extension loads it as its own bundle (dist/word.js) on first use.
export { annotateDocx, type Annotation } from './annotate';
export { commentPlaceholderFindings } from './check';
export { readDraft } from './draft';
export { WordError } from './errors';
export { wordToMarkdown } from './markdown';
export { readDocx, readStylesXml, type WordDocument } from './read';
export { writeDocx } from './write';
