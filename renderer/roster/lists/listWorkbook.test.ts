import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { newMember, withStatus } from '../../../shared/ledgers/roster';
import { listWorkbook } from './listWorkbook';

const retiree = withStatus(
  newMember({
    id: 'r1',
    name: '钱文',
    idNumber: '11010519491231002X',
    phone: '13812345678',
    department: '退休教职工',
    rosterOrder: 1,
    joinDate: '1972-09-01',
  }),
  { status: '退休', date: '2009-12-31' },
);

function read(bytes: Uint8Array) {
  const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  return {
    name: wb.SheetNames[0],
    ws,
    rows: XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, raw: false }),
  };
}

describe('listWorkbook', () => {
  it('writes 退休日期 as a date under its own header and 签名 as an empty last column', () => {
    const { name, ws, rows } = read(
      listWorkbook({
        members: [retiree],
        columnKeys: ['name', 'idNumber', 'retiredOn', 'signature'],
        sheetName: '退休人员名单',
        fullNumbers: true,
      }),
    );
    expect(name).toBe('退休人员名单');
    expect(rows[0]).toEqual(['序号', '姓名', '身份证号', '退休日期', '签名']);
    expect(ws['C2']).toMatchObject({ t: 's', v: '11010519491231002X' });
    expect(ws['D2']).toMatchObject({ t: 'n', w: '2009-12-31' });
    expect(ws['E2']).toBeUndefined();
  });

  it('masks ID numbers and phones unless whole numbers are asked for', () => {
    const { ws } = read(
      listWorkbook({
        members: [retiree],
        columnKeys: ['name', 'idNumber', 'phone'],
        sheetName: '花名册',
        fullNumbers: false,
      }),
    );
    expect(ws['C2']).toMatchObject({ t: 's', v: '1101**********002X' });
    expect(ws['D2']).toMatchObject({ t: 's', v: '138****5678' });
  });

  it('keeps the header frozen after adding columns', () => {
    const bytes = listWorkbook({
      members: [retiree],
      columnKeys: ['name', 'signature'],
      sheetName: '花名册',
      fullNumbers: true,
    });
    const zip = XLSX.CFB.read(bytes, { type: 'array' });
    const at = zip.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/sheet1.xml'));
    expect(new TextDecoder().decode(zip.FileIndex[at]!.content as Uint8Array)).toContain(
      'state="frozen"',
    );
  });
});
