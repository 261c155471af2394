// The figure model: `extractFigures(doc)` for the outline, consistency rules and draft diffs.

export { extractFigures, useFigureMemo, type FigureMemo } from './extract';
export type { Figure, FigureKind } from './types';
export { UNITS, unitEntry, type Dimension, type UnitEntry } from './units';
