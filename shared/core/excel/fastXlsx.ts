import { strToU8, zipSync } from 'fflate';
import type { Cell } from './writeSheet';

// The number formats of writeSheet.ts, spelled out here: writeSheet.ts imports this module.
const DATE_FORMAT = 'yyyy-mm-dd';
const TEXT_FORMAT = '@';
const MONEY_FORMAT = '0.00';

/*
 * A minimal .xlsx writer for big, plain sheets (the 年度台账 of a township: ~3 million cells).
 * SheetJS builds the same package about 10× slower. It writes only what the workbook needs:
 * string cells as inline strings (never formulas), numbers, the three number formats of
 * writeSheet.ts (date, text, money), column widths and a frozen header band. The files open
 * in Excel, WPS and SheetJS (the round-trip tests read them back through SheetJS).
 */

export interface FastSheet {
  name: string;
  rows: readonly (readonly (Cell | null | undefined)[])[];
  widths: readonly number[];
  frozenRows: number;
  /** Merged ranges (0-based, inclusive), e.g. a title row across the table. */
  merges?: readonly { s: { r: number; c: number }; e: { r: number; c: number } }[];
}

// Style index by number format: 0 general, 1 date, 2 text, 3 money (see STYLES).
const STYLE_OF: Record<string, number> = { [DATE_FORMAT]: 1, [TEXT_FORMAT]: 2, [MONEY_FORMAT]: 3 };

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="${DATE_FORMAT}"/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function columnLetters(n: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < n; c++) {
    let s = '';
    for (let x = c + 1; x > 0; x = Math.floor((x - 1) / 26))
      s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    out.push(s);
  }
  return out;
}

function sheetXml(sheet: FastSheet): string {
  const width = Math.max(sheet.widths.length, ...sheet.rows.slice(0, 1).map((r) => r.length), 1);
  const letters = columnLetters(width);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<dimension ref="A1:${letters[width - 1]}${Math.max(sheet.rows.length, 1)}"/>`,
  ];
  const f = sheet.frozenRows;
  parts.push(
    f > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${f}" topLeftCell="A${f + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${f + 1}" sqref="A${f + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  if (sheet.widths.length) {
    parts.push('<cols>');
    sheet.widths.forEach((w, i) =>
      parts.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`),
    );
    parts.push('</cols>');
  }
  parts.push('<sheetData>');
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    const n = r + 1;
    let xml = `<row r="${n}">`;
    // A cell's reference (r="C12") is optional in OOXML when it follows the cell before it:
    // written only after a gap, which keeps a 50,000-row sheet's XML about a fifth smaller.
    let gap = false;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.v === undefined || cell.v === null) {
        gap = true;
        continue;
      }
      const ref = gap ? ` r="${letters[c] ?? columnLetters(c + 1)[c]!}${n}"` : '';
      gap = false;
      const s = typeof cell.z === 'string' ? (STYLE_OF[cell.z] ?? 0) : 0;
      const style = s ? ` s="${s}"` : '';
      if (cell.t === 'n' && typeof cell.v === 'number' && Number.isFinite(cell.v)) {
        xml += `<c${ref}${style}><v>${cell.v}</v></c>`;
      } else {
        const text = escapeXml(String(cell.v));
        const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
        xml += `<c${ref}${style} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
      }
    }
    parts.push(xml + '</row>');
  }
  parts.push('</sheetData>');
  if (sheet.merges?.length) {
    const ref = (p: { r: number; c: number }) => `${columnLetters(p.c + 1)[p.c]}${p.r + 1}`;
    parts.push(`<mergeCells count="${sheet.merges.length}">`);
    for (const m of sheet.merges) parts.push(`<mergeCell ref="${ref(m.s)}:${ref(m.e)}"/>`);
    parts.push('</mergeCells>');
  }
  parts.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
  );
  return parts.join('');
}

/** The .xlsx bytes of plain sheets. */
export function writeFastXlsx(sheets: readonly FastSheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const names = sheets.map((s) => escapeXml(s.name));
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '</Types>',
  );
  files['_rels/.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  files['xl/workbook.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>' +
      names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      '</Relationships>',
  );
  files['xl/styles.xml'] = strToU8(STYLES);
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  // Level 1: on sheet XML about half the time of level 3 (a third of level 6), for a
  // file about a tenth larger; the export is then about as fast as SheetJS's own
  // compressed write (bench/app/io.bench.mjs).
  return zipSync(files, { level: 1 });
}
