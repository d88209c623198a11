import * as XLSX from 'xlsx';
import { decodeTextLines } from './decodeText';
import { countLines, MAX_INFLATED_BYTES, MAX_ROWS, zipInflatedSize } from './fileLimits';
import {
  damagedFile,
  emptyFile,
  passwordProtected,
  tooManyRows,
  tooLargeInflated,
  unsupportedFile,
} from './rosterReadError';

/*
 * Opens roster bytes as a SheetJS workbook, deciding the format from the bytes rather than
 * the file name: offices routinely save HTML or CSV under .xls. Every failure becomes a
 * RosterReadError that names the file.
 */

export type RosterFileFormat = 'xlsx' | 'xls' | 'html' | 'csv';

export interface RosterWorkbook {
  fileName: string;
  format: RosterFileFormat;
  workbook: XLSX.WorkBook;
  /** The workbook counts dates from 1904 (old Mac Excel). */
  date1904: boolean;
  /** A text file's lines (1-based) in another encoding than the rest (decodeText). */
  oddLines: number[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HTML_START = /<(?:html|table|!doctype\s+html|meta|body)[\s>]/i;
const XML_SPREADSHEET = /urn:schemas-microsoft-com:office:spreadsheet/;
const TEXT_EXTENSIONS = /\.(csv|txt|tsv|xls|html?)$/i;
const PASSWORD_ERROR = /password|encrypt/i;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function hasNulBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Excel writes a password-protected .xlsx as a CFB container with these two streams. */
function isEncryptedContainer(bytes: Uint8Array): boolean {
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' });
    return Boolean(XLSX.CFB.find(cfb, 'EncryptionInfo') || XLSX.CFB.find(cfb, 'EncryptedPackage'));
  } catch {
    return false;
  }
}

function readBinary(bytes: Uint8Array, fileName: string): XLSX.WorkBook {
  try {
    return XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
    });
  } catch (e) {
    if (e instanceof Error && PASSWORD_ERROR.test(e.message)) throw passwordProtected(fileName);
    throw damagedFile(fileName);
  }
}

/** Script, style and comments of an HTML table: never cell text (a <script> ended up in a name). */
const HTML_NOISE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

function readText(text: string, fileName: string): XLSX.WorkBook {
  try {
    // raw: keep every value as typed text; dates and ID numbers are ours to interpret.
    return XLSX.read(text, { type: 'string', raw: true, dense: true, cellDates: false });
  } catch {
    throw damagedFile(fileName);
  }
}

function isDate1904(wb: XLSX.WorkBook): boolean {
  return Boolean(wb.Workbook?.WBProps?.date1904);
}

/** Refuses a parsed workbook with a sheet longer than MAX_ROWS (before any row is read). */
function checkRows(workbook: XLSX.WorkBook, fileName: string): void {
  for (const name of workbook.SheetNames) {
    const rows = (workbook.Sheets[name]?.['!data'] as unknown[] | undefined)?.length ?? 0;
    if (rows > MAX_ROWS + 100) throw tooManyRows(fileName, rows, name);
  }
}

export function openRosterWorkbook(bytes: Uint8Array, fileName: string): RosterWorkbook {
  if (bytes.length === 0) throw emptyFile(fileName);
  let oddLines: number[] = [];
  const open = (format: RosterFileFormat, workbook: XLSX.WorkBook): RosterWorkbook => {
    if (workbook.SheetNames.length === 0) throw damagedFile(fileName);
    checkRows(workbook, fileName);
    return { fileName, format, workbook, date1904: isDate1904(workbook), oddLines };
  };
  if (startsWith(bytes, ZIP_MAGIC)) {
    const inflated = zipInflatedSize(bytes);
    if (inflated !== null && inflated > MAX_INFLATED_BYTES)
      throw tooLargeInflated(fileName, bytes.length, inflated);
    return open('xlsx', readBinary(bytes, fileName));
  }
  if (startsWith(bytes, CFB_MAGIC)) {
    if (isEncryptedContainer(bytes)) throw passwordProtected(fileName);
    return open('xls', readBinary(bytes, fileName));
  }
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // UTF-16 text (Excel's 「Unicode 文本」) is full of NUL bytes: not a binary format.
  if (!utf16 && hasNulBytes(bytes)) {
    // Older binary formats (BIFF2–5 .xls) — let SheetJS try when the name says Excel.
    if (/\.xls$/i.test(fileName)) return open('xls', readBinary(bytes, fileName));
    throw unsupportedFile(fileName);
  }
  const decoded = decodeTextLines(bytes);
  const text = decoded.text;
  const head = text.slice(0, 4096);
  if (HTML_START.test(head) || XML_SPREADSHEET.test(head))
    return open('html', readText(text.replace(HTML_NOISE, ''), fileName));
  if (!TEXT_EXTENSIONS.test(fileName)) throw unsupportedFile(fileName);
  const lines = countLines(text);
  if (lines > MAX_ROWS + 100) throw tooManyRows(fileName, lines);
  oddLines = decoded.oddLines;
  return open('csv', readText(text, fileName));
}
