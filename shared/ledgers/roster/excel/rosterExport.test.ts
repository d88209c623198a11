import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { newMember, type Member } from '../rules/member';
import { fieldForHeader, normalizeHeader } from '../import/headerSynonyms';
import { readRoster } from '../import/readRoster';
import {
  excelSerial,
  exportRosterXlsx,
  importTemplateXlsx,
  REAL_NAME_HEADERS,
  realNameSheetXlsx,
  rosterFileName,
} from './rosterExport';

const members: Member[] = [
  newMember({
    id: 'a',
    name: '张三',
    gender: '男',
    idNumber: '11010519491231002X',
    birthDate: '1949-12-31',
    phone: '13812345678',
    department: '语文组',
    joinDate: '1998-09-01',
    ethnicity: '汉族',
    notes: '=HYPERLINK("http://evil","点我")',
  }),
  newMember({
    id: 'b',
    name: '+李四',
    phone: null,
    idNumber: '330102198503151234',
    department: '-数学组',
  }),
  newMember({ id: 'c', name: '@王五', department: '\t体育组' }),
];

function sheetXml(bytes: Uint8Array, n = 1): string {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const at = zip.FullPaths.findIndex((p: string) => p.endsWith(`xl/worksheets/sheet${n}.xml`));
  return new TextDecoder().decode(zip.FileIndex[at]!.content as Uint8Array);
}

function firstSheet(bytes: Uint8Array): XLSX.WorkSheet {
  const wb = XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true });
  return wb.Sheets[wb.SheetNames[0]!]!;
}

describe('exportRosterXlsx', () => {
  const bytes = exportRosterXlsx(members, [
    'name',
    'idNumber',
    'phone',
    'department',
    'joinDate',
    'notes',
  ]);
  const ws = firstSheet(bytes);

  it('writes Chinese headers for the chosen columns, in the roster’s order, after a 序号 column', () => {
    expect(XLSX.utils.sheet_to_json(ws, { header: 1 })[0]).toEqual([
      '序号',
      '姓名',
      '身份证号',
      '部门',
      '手机号',
      '入会时间',
      '备注',
    ]);
    expect(ws['A2']?.v).toBe(1);
    expect(ws['B4']?.v).toBe('@王五');
  });

  it('keeps ID numbers and phones whole, unmasked, as text cells', () => {
    expect(ws['C2']).toMatchObject({ t: 's', v: '11010519491231002X' });
    expect(ws['C3']).toMatchObject({ t: 's', v: '330102198503151234' });
    expect(ws['E2']).toMatchObject({ t: 's', v: '13812345678' });
  });

  it('writes dates as real date cells shown as yyyy-mm-dd', () => {
    expect(ws['F2']).toMatchObject({ t: 'n', v: excelSerial('1998-09-01'), z: 'yyyy-mm-dd' });
    expect(excelSerial('1900-03-01')).toBe(61);
  });

  it('writes text that looks like a formula as plain text, never as a formula', () => {
    const xml = sheetXml(bytes);
    expect(xml).not.toMatch(/<f[ >]/);
    expect(ws['G2']).toMatchObject({ t: 's', v: '=HYPERLINK("http://evil","点我")' });
    expect(ws['G2']?.f).toBeUndefined();
    expect(ws['B3']?.v).toBe('+李四');
    expect(ws['D3']?.v).toBe('-数学组');
    expect(ws['D4']?.v).toBe('\t体育组');
  });

  it('freezes the header row and sets column widths', () => {
    expect(sheetXml(bytes)).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(ws['!cols']?.length).toBe(7);
    expect(ws['!cols']?.[2]?.wch).toBeGreaterThanOrEqual(20);
  });

  it('refuses an export without columns', () => {
    expect(() => exportRosterXlsx(members, [])).toThrow('请至少选择一列');
  });

  it('names the file in Chinese with the date', () => {
    expect(rosterFileName('2026-11-21')).toBe('花名册_2026-11-21.xlsx');
  });
});

describe('importTemplateXlsx', () => {
  const bytes = importTemplateXlsx();
  const ws = firstSheet(bytes);
  const header = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1 })[0]!;

  it('has the roster headers and one example row', () => {
    expect(header).toContain('姓名');
    expect(header).toContain('身份证号');
    expect(header).toContain('工会小组');
    expect(String(ws['A2']?.v)).toContain('示例');
  });

  it('uses headers the roster importer recognizes, so a filled template imports as is', () => {
    for (const h of header) expect(fieldForHeader(normalizeHeader(h)), h).not.toBeNull();
  });

  it('formats the ID column as text so Excel keeps all 18 digits', () => {
    const col = XLSX.utils.encode_col(header.indexOf('身份证号'));
    expect(ws[`${col}2`]).toMatchObject({ t: 's', v: '11010519491231002X', z: '@' });
    expect(ws[`${col}50`]?.z).toBe('@');
  });
});

describe('realNameSheetXlsx', () => {
  const bytes = realNameSheetXlsx(members, '某某市第一中学');
  const ws = firstSheet(bytes);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });

  it('has the title row across the table, then the standard headers', () => {
    expect(rows[0]![0]).toBe('某某市第一中学工会会员实名制信息采集表');
    expect(ws['!merges']?.[0]).toEqual({ s: { r: 0, c: 0 }, e: { r: 0, c: 12 } });
    expect(rows[1]).toEqual([...REAL_NAME_HEADERS]);
  });

  it('fills one row per member with the unit name as 工作单位', () => {
    expect(rows).toHaveLength(2 + members.length);
    // SheetJS reads date-formatted cells back as dates: they are real dates in Excel.
    expect(rows[2]).toEqual([
      1,
      '张三',
      '男',
      '汉族',
      '居民身份证',
      '11010519491231002X',
      new Date('1949-12-31T00:00:00.000Z'),
      null,
      null,
      '某某市第一中学',
      '13812345678',
      new Date('1998-09-01T00:00:00.000Z'),
      '在职',
    ]);
    expect(sheetXml(bytes)).toContain('ySplit="2"');
  });

  it('lists union members only, with each one’s 证件类型', () => {
    const staff = [
      newMember({ id: 'm', name: '陈红', idType: '港澳居民来往内地通行证', idNumber: 'H12345678' }),
      newMember({ id: 'n', name: '周阿姨', employmentType: '劳务派遣', isMember: false }),
    ];
    const sheet = XLSX.utils.sheet_to_json<unknown[]>(
      firstSheet(realNameSheetXlsx(staff, '某某市第一中学')),
      { header: 1, defval: null },
    );
    expect(sheet.slice(2).map((r) => [r[1], r[4], r[5]])).toEqual([
      ['陈红', '港澳居民来往内地通行证', 'H12345678'],
    ]);
  });
});

describe('roster export and import', () => {
  it('round-trips 证件类型, 岗位类别 and 是否会员 through the importer', () => {
    const staff = [
      newMember({
        id: 'm',
        name: '陈红',
        idType: '港澳居民来往内地通行证',
        idNumber: 'H12345678',
        postCategory: '专任教师',
        department: '语文组',
      }),
      newMember({
        id: 'n',
        name: '周阿姨',
        isMember: false,
        postCategory: '工勤',
        department: '后勤处',
      }),
      newMember({
        id: 'o',
        name: '王芳',
        idNumber: '11010519491231002X',
        postCategory: '中层干部',
        joinDate: '1998-09-01',
        department: '办公室',
      }),
    ];
    const bytes = exportRosterXlsx(staff, [
      'name',
      'idType',
      'idNumber',
      'postCategory',
      'department',
      'isMember',
    ]);
    const read = readRoster(bytes, '花名册.xlsx', { today: '2026-03-01' });
    expect(read.issues).toEqual([]);
    expect(
      read.rows.map((r) => [r.name, r.idType, r.idNumber, r.postCategory, r.isMember]),
    ).toEqual([
      ['陈红', '港澳居民来往内地通行证', 'H12345678', '专任教师', true],
      ['周阿姨', '居民身份证', null, '工勤', false],
      ['王芳', '居民身份证', '11010519491231002X', '中层干部', true],
    ]);
  });
});
