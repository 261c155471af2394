/**
 * Values computed from a piece of text (a paragraph, a sentence), kept from one analysis of a document to
 * the next: an editor re-reads the pieces an edit changed, not the report. Each analysis keeps what it
 * used and drops the rest (`settle`), so the memo holds one version of the text, not every version typed.
 */
export class TextMemo<T> {
  private kept = new Map<string, T>();
  private used = new Map<string, T>();

  get(key: string, compute: () => T): T {
    let value = this.used.get(key) ?? this.kept.get(key);
    if (value === undefined) value = compute();
    this.used.set(key, value);
    return value;
  }

  /** Pieces kept for the next analysis. */
  get size(): number {
    return this.kept.size;
  }

  /** Ends one analysis. */
  settle(): void {
    this.kept = this.used;
    this.used = new Map();
  }

  clear(): void {
    this.kept.clear();
    this.used.clear();
  }
}
