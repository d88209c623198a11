import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import { writeFastXlsx } from './fastXlsx';
import { dateCell, idTextCell, textCell } from './writeSheet';

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
