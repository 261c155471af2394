// Unpacking a .docx safely: caps on entry count and unpacked size, and a clear error for anything else.

import { unzipSync } from 'fflate';
import { WordError, wordErrors } from './errors';

export const ZIP_LIMITS = {
  /** Entries in the package (a real .docx has a few dozen; images add one each). */
  maxEntries: 4096,
  /** Total unpacked size of the entries extracted, in bytes. */
  maxUnpackedBytes: 256 * 1024 * 1024,
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Unpacks the entries `wanted` accepts (all by default). Throws WordError for anything that is not a ZIP
 * package, holds too many entries, or would unpack beyond the size cap. Sizes are the declared ones; fflate
 * never writes past a declared size, so a lying header cannot grow memory either.
 */
export function unpack(
  bytes: Uint8Array,
  wanted: (name: string) => boolean = () => true,
  limits = ZIP_LIMITS,
): Record<string, Uint8Array> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw wordErrors.notZip();
  let entries = 0;
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (++entries > limits.maxEntries) throw wordErrors.tooManyEntries(limits.maxEntries);
        if (!wanted(file.name)) return false;
        total += file.originalSize;
        if (total > limits.maxUnpackedBytes) throw wordErrors.tooLarge(Math.round(limits.maxUnpackedBytes / 1048576));
        return true;
      },
    });
  } catch (err) {
    if (err instanceof WordError) throw err;
    throw wordErrors.notZip();
  }
}
