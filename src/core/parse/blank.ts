/** Replaces every character but line breaks with a space, keeping length and offsets. */
export function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
