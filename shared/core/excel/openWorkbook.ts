import * as XLSX from 'xlsx';
import { decodeText } from './decodeText';
import { damagedFile, emptyFile, passwordProtected, unsupportedFile } from './rosterReadError';

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

export function openRosterWorkbook(bytes: Uint8Array, fileName: string): RosterWorkbook {
  if (bytes.length === 0) throw emptyFile(fileName);
  const open = (format: RosterFileFormat, workbook: XLSX.WorkBook): RosterWorkbook => {
    if (workbook.SheetNames.length === 0) throw damagedFile(fileName);
    return { fileName, format, workbook, date1904: isDate1904(workbook) };
  };
  if (startsWith(bytes, ZIP_MAGIC)) return open('xlsx', readBinary(bytes, fileName));
  if (startsWith(bytes, CFB_MAGIC)) {
    if (isEncryptedContainer(bytes)) throw passwordProtected(fileName);
    return open('xls', readBinary(bytes, fileName));
  }
  if (hasNulBytes(bytes)) {
    // Older binary formats (BIFF2–5 .xls) — let SheetJS try when the name says Excel.
    if (/\.xls$/i.test(fileName)) return open('xls', readBinary(bytes, fileName));
    throw unsupportedFile(fileName);
  }
  const text = decodeText(bytes);
  const head = text.slice(0, 4096);
  if (HTML_START.test(head) || XML_SPREADSHEET.test(head))
    return open('html', readText(text, fileName));
  if (!TEXT_EXTENSIONS.test(fileName)) throw unsupportedFile(fileName);
  return open('csv', readText(text, fileName));
}
