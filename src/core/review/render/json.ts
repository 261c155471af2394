/** The review sheet or the comparison as data: pretty-printed JSON, lines and columns 1-based. */
export function renderJson(data: object): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
