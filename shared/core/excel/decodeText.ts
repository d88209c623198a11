/*
 * Text files (CSV, HTML saved as .xls, Excel's 「Unicode 文本」) from Chinese offices come
 * in UTF-8, UTF-8 with BOM, UTF-16 with BOM, or GBK (Excel's "CSV" on a Chinese Windows).
 * GBK bytes are almost never valid UTF-8, so a strict UTF-8 decode decides — line by line
 * when the whole file is not UTF-8, so one GBK line pasted into a UTF-8 file (or a few bad
 * bytes) costs that line, not the whole file.
 */

export interface DecodedText {
  text: string;
  /**
   * Lines (1-based) read differently from the rest: as GBK in a UTF-8 file, or with bytes
   * neither could read (shown as �). The reader flags the rows there.
   */
  oddLines: number[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeTextLines(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeUtf8Lines(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), oddLines: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), oddLines: [] };
  return decodeUtf8Lines(bytes);
}

function decodeUtf8Lines(bytes: Uint8Array): DecodedText {
  if (isUtf8(bytes)) return { text: utf8.decode(bytes), oddLines: [] };
  const gbk = new TextDecoder('gbk');
  // Split at \n (0x0A never occurs inside a UTF-8 or GBK character) and let each line's
  // bytes say what it is. A line valid in neither is read as UTF-8 with replacements.
  const lines: string[] = [];
  const utf8Lines: number[] = [];
  const gbkLines: number[] = [];
  const broken: number[] = [];
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    const n = lines.length + 1;
    if (isUtf8(line)) {
      lines.push(utf8.decode(line));
      if (line.some((b) => b >= 0x80)) utf8Lines.push(n);
    } else {
      const asGbk = gbk.decode(line);
      if (asGbk.includes('\uFFFD')) {
        lines.push(new TextDecoder('utf-8').decode(line));
        broken.push(n);
      } else {
        lines.push(asGbk);
        gbkLines.push(n);
      }
    }
    start = end + 1;
  }
  // A GBK file has (almost) no valid UTF-8 lines with Chinese in them: its GBK lines are
  // the rule, not the exception. In a UTF-8 file the GBK lines are the odd ones.
  const mostlyGbk = gbkLines.length >= utf8Lines.length;
  const odd = mostlyGbk ? broken : [...gbkLines, ...broken].sort((a, b) => a - b);
  return { text: lines.join('\n'), oddLines: odd };
}

export function decodeText(bytes: Uint8Array): string {
  return decodeTextLines(bytes).text;
}
