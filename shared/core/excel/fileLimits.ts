/*
 * What a file may be before the reader parses it. A township federation keeps ~50,000
 * members; a roster of 200,000 rows is four times that and still reads in under a minute
 * here. Beyond these a file is refused at once, with the reason, instead of taking the
 * window down minutes later (a 2 MB .xlsx that inflates to 4 GB, a 1,000,000-row CSV).
 */

/** Data rows one import (or one sheet of a 年度台账) may hold. */
export const MAX_ROWS = 200_000;
/** What the parts of an .xlsx may inflate to, together (a 200,000-row roster is ~120 MB). */
export const MAX_INFLATED_BYTES = 400 * 1024 * 1024;
/** The longest text a cell may hold; a name, an address or a note is far shorter. */
export const MAX_CELL_CHARS = 2_000;

/**
 * The sizes an .xlsx (a zip) says its parts inflate to, summed from its central directory
 * — read in microseconds, before anything is inflated. Null when the directory cannot be
 * found (then the parser reports the file as damaged).
 */
export function zipInflatedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    let size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    if (size === 0xffffffff) size = Number.MAX_SAFE_INTEGER; // zip64: over 4 GB by itself
    total += size;
    at += 46 + nameLen + extraLen + commentLen;
  }
  return total;
}

/** Lines of a text file (a CSV's rows, near enough), counted without splitting it. */
export function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
