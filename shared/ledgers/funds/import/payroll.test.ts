import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { freshDb } from '../../../db/testDb';
import { undoBatch } from '../../../db/batches';
import { idCheckChar } from '../../../core/ids/idNumber';
import { newMember } from '../../roster/rules/member';
import { makeDuesRoll } from '../store/funds';
import { applyPayrollImport } from './applyPayroll';
import { readPayroll } from './payroll';

const STAMP = '2026-01-01T00:00:00Z';
const id18 = (first17: string) => first17 + idCheckChar(first17);
const WANG = id18('11010519800101002');
const members = [
  newMember(
    { id: 'a', name: '王芳', idNumber: WANG, joinDate: '2001-09-01', rosterOrder: 1 },
    STAMP,
  ),
  newMember({ id: 'b', name: '李强', joinDate: '2001-09-01', rosterOrder: 2 }, STAMP),
  newMember({ id: 'c', name: '张伟', joinDate: '2001-09-01', rosterOrder: 3 }, STAMP),
  newMember({ id: 'd', name: '张伟', joinDate: '2001-09-01', rosterOrder: 4 }, STAMP),
];

function payroll(): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([
    ['示例中学2026年7月工资表'],
    ['序号', '姓名', '身份证号码', '岗位工资', '薪级工资', '应发工资', '代扣工会会费'],
    [1, '王芳', WANG, 3000, 1567, 8000, 22.8],
    [2, '李 强', '', 2500, '1,485.00', 7000, 19.9],
    [3, '张伟', '', 2000, 856, 6000, 14.25],
    [4, '赵六', '', 2000, 856, 6000, 14.25],
    [5, '李强', '', 1, 1, 1, 1],
    [6, '钱七', '', 'abc', 1, 1, 1],
    ['合计', '', '', 9500, 4764, 27000, 71.2],
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '7月');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('从工资表导入', () => {
  it('reads bases (岗位工资 + 薪级工资) and withheld dues under a title row, by header synonyms', () => {
    const p = readPayroll(payroll(), '7月工资.xlsx', members);
    expect(p.sheet).toBe('7月');
    expect(p.rows).toEqual([
      {
        row: 3,
        memberId: 'a',
        name: '王芳',
        baseFen: 456700,
        postWageFen: 300000,
        gradeWageFen: 156700,
        duesFen: 2280,
      },
      {
        row: 4,
        memberId: 'b',
        name: '李强',
        baseFen: 398500,
        postWageFen: 250000,
        gradeWageFen: 148500,
        duesFen: 1990,
      },
    ]);
    expect(p.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [5, 'B', '会员名单中有2人叫“张伟”，请在工资表中加上身份证号列'],
      [6, 'B', '“赵六”不在会员名单中'],
      [7, 'B', '李强在本表中出现了两次，后一行已跳过'],
      [8, 'B', '“钱七”不在会员名单中'],
      [8, 'D', '岗位工资“abc”不是金额（最多两位小数）'],
    ]);
    expect(p.skipped).toBe(4);
  });

  it('says what header it needs when the file has none', () => {
    const ws = XLSX.utils.aoa_to_sheet([['名单'], ['甲', '乙']]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    expect(readPayroll(bytes, 'x.xlsx', members).issues[0]!.message).toMatch(
      '没有找到工资表的表头',
    );
  });

  it('writes bases and dues to a month’s roll as one undoable batch', async () => {
    const { db } = freshDb();
    await db.members.bulkAdd(members);
    const p = readPayroll(payroll(), '7月工资.xlsx', members);
    await makeDuesRoll(db, '2026-07');
    const batch = await applyPayrollImport(db, p, {
      basesFrom: '2026-07-01',
      duesMonth: '2026-07',
      paidOn: '2026-07-25',
    });
    expect(batch.summary).toEqual({ 工资基数: 2, 会费: 2 });
    expect((await db.duesPayments.toArray()).map((x) => [x.memberId, x.amountFen])).toEqual(
      expect.arrayContaining([
        ['a', 2280],
        ['b', 1990],
      ]),
    );
    await undoBatch(db, batch.id);
    expect(await db.wageBases.count()).toBe(0);
    expect(await db.duesPayments.count()).toBe(0);
  });

  it('makes a missing roll from the roster and this payroll’s bases, in the same batch', async () => {
    const { db } = freshDb();
    await db.members.bulkAdd(members);
    const p = readPayroll(payroll(), '7月工资.xlsx', members);
    const batch = await applyPayrollImport(db, p, {
      basesFrom: '2026-07-01',
      duesMonth: '2026-07',
      paidOn: '2026-07-25',
    });
    expect(batch.summary).toEqual({ 工资基数: 2, 会费: 2, 新生成会费名册: 4 });
    const roll = await db.duesRolls.where('month').equals('2026-07').first();
    // Due from the bases the payroll brought: 4567 → 22.80 (0.5% of 4560), 3985 → 19.90.
    const due = new Map(roll!.lines.map((l) => [l.memberId, l.dueFen]));
    expect([due.get('a'), due.get('b')]).toEqual([2280, 1990]);
    await undoBatch(db, batch.id);
    expect(await db.duesRolls.count()).toBe(0);
    expect(await db.duesPayments.count()).toBe(0);
  });
});
