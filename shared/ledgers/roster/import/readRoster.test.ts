import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../../../core/ids/idNumber';
import { openRosterWorkbook } from '../../../core/excel/openWorkbook';
import { readRoster, readRosterWorkbook } from './readRoster';
import { RosterReadError } from '../../../core/excel/rosterReadError';
import type { RosterReadOptions } from './types';

const today = '2026-03-01';

function validId(region: string, birth: string, seq: string): string {
  const first17 = region + birth.replaceAll('-', '') + seq;
  return first17 + idCheckChar(first17);
}

function xlsx(aoa: unknown[][], sheet = 'Sheet1'): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), sheet);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function csv(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function read(bytes: Uint8Array, name = '花名册.xlsx', options: RosterReadOptions = {}) {
  return readRoster(bytes, name, { today, ...options });
}

function failure(bytes: Uint8Array, name: string): RosterReadError {
  try {
    read(bytes, name);
  } catch (e) {
    if (e instanceof RosterReadError) return e;
    throw e;
  }
  throw new Error('expected the read to fail');
}

describe('readRoster', () => {
  it('reports a row without a name as an error but still returns it', () => {
    const id = validId('330102', '1985-03-01', '032');
    const result = read(csv(`姓名,性别,身份证号,部门\n,女,${id},语文组\n`), 'a.csv');
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      row: 2,
      name: null,
      gender: '女',
      department: '语文组',
      hasError: true,
    });
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 2, column: 'A', code: 'missing-name', severity: 'error' }),
    ]);
  });

  it('skips header rows repeated further down and footer lines', () => {
    const text = [
      '姓名,性别,部门',
      '张三,女,语文组',
      '姓名,性别,部门',
      '李四,男,数学组',
      '总计,2人,',
      '填表日期：2026年3月1日,,',
    ].join('\n');
    const result = read(csv(text), 'a.csv');
    expect(result.rows.map((r) => [r.row, r.name])).toEqual([
      [2, '张三'],
      [4, '李四'],
    ]);
  });

  it('reads status, employment type and wage base columns', () => {
    const text = [
      '姓名,性别,部门,人员状态,用工性质,工资基数',
      '张三,女,语文组,离休,事业编制,"4,500元"',
      '李四,男,数学组,借调,合同制,不详',
    ].join('\n');
    const result = read(csv(text), 'a.csv');
    expect(result.rows.map((r) => [r.status, r.employmentType, r.wageBase])).toEqual([
      ['退休', '在编', 4500],
      [null, '聘用', null],
    ]);
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, 'D', 'status-unparsed'],
      [3, 'F', 'number-unparsed'],
    ]);
  });

  it('keeps a 港澳居民来往内地通行证 number as typed, with a notice instead of an ID error', () => {
    const id = validId('110105', '1985-03-15', '001');
    const text = [
      '姓名,性别,身份证号,出生日期,部门',
      '陈红,女,H12345678,1986-02-03,语文组',
      `王芳,男,${id},,数学组`,
      '林美,女,12345678,,数学组',
      '李强,男,330102198503151,,体育组',
    ].join('\n');
    const result = read(csv(text), 'a.csv');
    expect(
      result.rows.map((r) => [r.name, r.idType, r.idNumber, r.birthDate, r.gender, r.hasError]),
    ).toEqual([
      ['陈红', '港澳居民来往内地通行证', 'H12345678', '1986-02-03', '女', false],
      ['王芳', '居民身份证', id, '1985-03-15', '男', false],
      ['林美', '台湾居民来往大陆通行证', '12345678', null, '女', false],
      ['李强', '居民身份证', '330102198503151', null, '男', true],
    ]);
    expect(result.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
      [2, 'C', 'id-type-guessed', 'warning'],
      [4, 'C', 'id-type-guessed', 'warning'],
      [5, 'C', 'id-birthdate', 'error'],
    ]);
    expect(result.issues[0]!.message).toContain('看起来是港澳居民来往内地通行证号码');
  });

  it('reads 证件类型, 是否会员 and 岗位类别 columns', () => {
    const text = [
      '姓名,证件类别,证件号码,部门,岗位类别,是否会员,入会时间',
      '陈红,港澳通行证,M87654321,语文组,专任教师,是,',
      '周阿姨,身份证,,后勤处,工勤人员,否,',
      '吴师傅,,,后勤处,厨师长,非会员,2024-03-01',
      '赵敏,护照,E12345678,办公室,行政,会员,',
      '钱六,居民身份证,H12345678,办公室,,不知道,',
    ].join('\n');
    const result = read(csv(text), 'a.csv');
    expect(result.mapping).toMatchObject({
      证件类别: 'idType',
      岗位类别: 'postCategory',
      是否会员: 'isMember',
    });
    expect(
      result.rows.map((r) => [r.name, r.idType, r.idNumber, r.postCategory, r.isMember]),
    ).toEqual([
      ['陈红', '港澳居民来往内地通行证', 'M87654321', '专任教师', true],
      ['周阿姨', '居民身份证', null, '工勤', false],
      ['吴师傅', null, null, '厨师长', true],
      ['赵敏', '护照', 'E12345678', '职员', true],
      ['钱六', '居民身份证', 'H12345678', null, null],
    ]);
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, 'F', 'member-join-conflict'],
      [4, 'E', 'post-category-unknown'],
      [6, 'F', 'membership-unparsed'],
      [6, 'C', 'id-format'],
    ]);
    expect(result.issues[3]!.message).toContain('请把证件类型改为“港澳居民来往内地通行证”');
  });

  it('applies the caller’s mapping over the detected one', () => {
    const text = ['姓名,性别,部门,所在年级', '张三,女,语文组,初二'].join('\n');
    const result = read(csv(text), 'a.csv', { mapping: { 部门: null, 所在年级: 'department' } });
    expect(result.mapping).toEqual({
      姓名: 'name',
      性别: 'gender',
      部门: null,
      所在年级: 'department',
    });
    expect(result.rows[0]!.department).toBe('初二');
  });

  it('gives the same header signature to files laid out alike, whatever their titles', () => {
    const a = read(
      xlsx([
        ['2025年花名册'],
        ['姓名', '性别', '身份证号（18位）', '部门'],
        ['张三', '女', '', '语文组'],
      ]),
    );
    const b = read(csv('姓 名,性别,身份证号,部门\n李四,男,,数学组\n'), 'b.csv');
    const c = read(csv('姓名,性别,部门,身份证号\n李四,男,数学组,\n'), 'c.csv');
    expect(a.headerSignature).toBe(b.headerSignature);
    expect(a.headerSignature).not.toBe(c.headerSignature);
  });

  it('uses the header row the user picked', () => {
    const result = read(
      csv('说明：请勿改动表头\n名单,,\n职工,性别,部门\n张三,女,语文组\n'),
      'a.csv',
      {
        headerRow: 3,
        mapping: { 职工: 'name' },
      },
    );
    expect(result.headerRow).toBe(3);
    expect(result.rows.map((r) => r.name)).toEqual(['张三']);
  });

  it('returns plain data that survives structured cloning (postMessage to and from a Worker)', () => {
    const result = read(
      xlsx([
        ['姓名', '性别', '部门'],
        ['张三', '女', '语文组'],
      ]),
    );
    expect(structuredClone(result)).toEqual(result);
  });

  it('explains files it cannot read, naming them', () => {
    expect(failure(new Uint8Array(), '空.xlsx')).toMatchObject({
      reason: 'empty',
      message: expect.stringContaining('“空.xlsx”'),
    });
    expect(failure(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), '通知.pdf').reason).toBe(
      'unsupported',
    );
    expect(failure(csv('会议通知\n请各位老师准时参加\n'), '通知.csv')).toMatchObject({
      reason: 'no-header',
      message: expect.stringMatching(/“通知\.csv”.*没有找到花名册表头/),
    });
  });

  it('refuses a sheet name that is not in the workbook, listing those that are', () => {
    expect(() =>
      read(xlsx([['姓名', '性别', '部门']], '在职'), '花名册.xlsx', { sheets: ['退休'] }),
    ).toThrow(/没有名为“退休”的工作表。现有工作表：“在职”/);
  });

  // The budget is generous because the test machine may be busy; on an idle PC the
  // normalizing takes well under a second and SheetJS's parsing a few seconds.
  it('reads 50,000 rows in a few seconds, reporting progress every 1000 rows', () => {
    const people = 50_000;
    const lines = [
      '序号,姓名,性别,身份证号,出生日期,部门,工会小组,手机,入会时间,参加工作时间,政治面貌',
    ];
    for (let i = 0; i < people; i++) {
      const birth = new Date(Date.UTC(1960, 0, 1 + Math.floor(i / 400))).toISOString().slice(0, 10);
      const seq = String(100 + (i % 400) * 2 + (i % 2));
      const id = validId('330102', birth, seq);
      lines.push(
        `${i + 1},职工${i},${i % 2 ? '男' : '女'},${id},${birth.slice(0, 7).replace('-', '.')},语文组,语文小组,138${String(i).padStart(8, '0')},2008-09-01,2007年9月,党员`,
      );
    }
    const bytes = csv(lines.join('\n'));
    const progress: [number, number][] = [];
    const started = performance.now();
    const book = openRosterWorkbook(bytes, '大名单.csv');
    const parsed = performance.now();
    const result = readRosterWorkbook(book, {
      today,
      onProgress: (done, total) => progress.push([done, total]),
    });
    const finished = performance.now();
    expect(result.rows).toHaveLength(people);
    expect(result.issues).toEqual([]);
    expect((finished - parsed) / 1000).toBeLessThan(4);
    expect((finished - started) / 1000).toBeLessThan(12);
    expect(progress).toHaveLength(people / 1000 + 1);
    expect(progress[0]).toEqual([1000, people]);
    expect(progress.at(-1)).toEqual([people, people]);
  });
});
