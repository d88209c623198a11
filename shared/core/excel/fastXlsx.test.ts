import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import { writeFastXlsx } from './fastXlsx';
import { bookOf, dateCell, idTextCell, sheetFrom, textCell, writeBook } from './writeSheet';

const book = () =>
  writeFastXlsx([
    {
      name: '会员',
      widths: [10, 21, 12, 10],
      frozenRows: 1,
      rows: [
        [textCell('姓名'), textCell('身份证号'), textCell('入会时间'), textCell('金额')],
        [
          textCell('=1+1 <a> & "b"\u0007'),
          idTextCell('11010519491231002X'),
          dateCell('2026-03-08'),
          { t: 'n', v: 200.5, z: '0.00' },
        ],
        [textCell(' 留空格 '), null, null, { t: 'n', v: 3 }],
      ],
    },
    { name: '发文', widths: [], frozenRows: 1, rows: [[textCell('文号')]] },
  ]);

describe('the plain .xlsx writer', () => {
  it('writes text that looks like a formula as text, and numbers, dates and money as numbers', () => {
    const wb = XLSX.read(book(), { type: 'array', cellFormula: true, cellNF: true });
    expect(wb.SheetNames).toEqual(['会员', '发文']);
    const ws = wb.Sheets['会员']!;
    expect(ws['A2']).toMatchObject({ t: 's', v: '=1+1 <a> & "b"' });
    expect(ws['A2'].f).toBeUndefined();
    expect(ws['B2']).toMatchObject({ t: 's', v: '11010519491231002X', z: '@' });
    expect(ws['C2']).toMatchObject({ t: 'n', v: 46089, z: 'yyyy-mm-dd' });
    expect(ws['D2']).toMatchObject({ t: 'n', v: 200.5, z: '0.00' });
    expect(ws['A3']).toMatchObject({ t: 's', v: ' 留空格 ' });
    expect(ws['B3']).toBeUndefined();
  });

  it('freezes the header row of every sheet', () => {
    const files = unzipSync(book());
    for (const n of [1, 2])
      expect(strFromU8(files[`xl/worksheets/sheet${n}.xml`]!)).toContain(
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
      );
  });
});

describe('writeBook (roster exports)', () => {
  const rows = [
    [textCell('序号'), textCell('姓名'), textCell('身份证号'), textCell('入会时间')],
    ...Array.from({ length: 300 }, (_, i) => [
      { t: 'n' as const, v: i + 1 },
      // A gap mid-row (no name): the next cell must keep its column.
      i % 11 ? textCell(i % 7 ? `会员${i}` : `=会员${i}`) : null,
      idTextCell(`33010619900101${String(i).padStart(4, '0')}`),
      i % 5 ? dateCell('2020-09-01') : null,
    ]),
  ];
  const sheet = () => {
    const ws = sheetFrom(rows, [6, 10, 21, 12]);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
    return ws;
  };
  const cells = (bytes: Uint8Array | ArrayBuffer) => {
    const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    return {
      name: wb.SheetNames[0],
      merges: ws['!merges'],
      rows: XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null }),
      formats: ['C2', 'D3'].map((a) => ws[a]?.z),
    };
  };

  it('opens in SheetJS with the same cells as SheetJS’s own write of the sheet', () => {
    const ours = writeBook([{ name: '花名册', ws: sheet(), frozenRows: 1 }]);
    const theirs = XLSX.write(bookOf([{ name: '花名册', ws: sheet(), frozenRows: 1 }]), {
      type: 'array',
      bookType: 'xlsx',
      compression: true,
    }) as ArrayBuffer;
    expect(cells(ours)).toEqual(cells(theirs));
    expect(cells(ours).formats).toEqual(['@', 'yyyy-mm-dd']);
  });

  it('deflates every part once (no stored entries left to re-zip)', () => {
    const files = unzipSync(writeBook([{ name: '花名册', ws: sheet(), frozenRows: 1 }]));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(xml).toContain('state="frozen"');
    const bytes = writeBook([{ name: '花名册', ws: sheet(), frozenRows: 1 }]);
    // Local file headers: compression method at offset 8 must be 8 (deflate) for the sheet.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const methods: number[] = [];
    for (let i = 0; i + 30 < bytes.length; i++)
      if (view.getUint32(i, true) === 0x04034b50) methods.push(view.getUint16(i + 8, true));
    expect(methods.length).toBe(Object.keys(files).length);
    expect(methods.every((m) => m === 8)).toBe(true);
  });
});
