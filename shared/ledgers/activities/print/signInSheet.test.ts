import { describe, expect, it } from 'vitest';
import { rowsInOrder } from '../../../core/print/paginate';
import {
  buildSignInSheet,
  layoutColumns,
  type SignInRow,
  type SignInSheetInput,
} from './signInSheet';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const DEPTS = ['语文组', '数学组', '英语组', '理化生组', '行政后勤'];

function staff(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    name: `${SURNAMES[i % SURNAMES.length]}${'明华芳军伟静'[i % 6]}${i}`,
    gender: i % 2 ? '女' : '男',
    department: DEPTS[i % DEPTS.length]!,
    unionGroup: `第${(i % 4) + 1}小组`,
    rosterOrder: i,
  }));
}

const input = (over: Partial<SignInSheetInput> = {}): SignInSheetInput => ({
  title: '2026年教职工大会签到表',
  dateText: '2026年11月21日 下午3:00',
  place: '学校报告厅',
  unionName: '第一中学工会委员会',
  members: staff(120),
  ...over,
});

const memberRows = (rows: SignInRow[]) => rows.filter((r) => r.kind === 'member');

describe('buildSignInSheet', () => {
  it('lists each of 120 members exactly once, numbered 1..120, then the walk-in rows', () => {
    const sheet = buildSignInSheet(input({ options: { walkInRows: 4 } }));
    const rows = rowsInOrder(sheet);
    const ids = memberRows(rows).map((r) => (r.kind === 'member' ? r.memberId : ''));
    expect(new Set(ids).size).toBe(120);
    expect(ids).toHaveLength(120);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 124 }, (_, i) => i + 1));
    expect(rows.slice(-4).every((r) => r.kind === 'blank')).toBe(true);
  });

  it('needs fewer pages with two name blocks per page', () => {
    const one = buildSignInSheet(input({ options: { blocks: 1 } }));
    const two = buildSignInSheet(
      input({ options: { blocks: 2, columns: ['seq', 'name', 'signature'] } }),
    );
    expect(two.pageCount).toBeLessThan(one.pageCount);
    expect(two.pages[0]!.blocks).toHaveLength(2);
    expect(two.warnings).toEqual([]);
  });

  it('keeps rows at least 10 mm tall so a name can be signed', () => {
    const sheet = buildSignInSheet(input({ options: { rowHeightMm: 6 } }));
    expect(sheet.metrics.rowMm).toBe(10);
    expect(sheet.warnings.join()).toMatch(/行高/);
  });

  it('takes members on leave out of the signing rows and lists them below with the reason', () => {
    const members = staff(30);
    const sheet = buildSignInSheet(
      input({ members, leave: [{ memberId: 'm3', name: members[3]!.name, reason: '病假' }] }),
    );
    const rows = rowsInOrder(sheet);
    expect(memberRows(rows).some((r) => r.kind === 'member' && r.memberId === 'm3')).toBe(false);
    expect(rows.at(-1)).toMatchObject({ kind: 'leave', name: members[3]!.name, reason: '病假' });
    expect(sheet.counts).toMatchObject({ members: 29, leave: 1 });
  });

  it('marks members on leave with 请假 in 备注 when the leave list is omitted', () => {
    const members = staff(10);
    const sheet = buildSignInSheet(
      input({
        members,
        leave: [{ memberId: 'm3', name: members[3]!.name, reason: '病假' }],
        options: { leaveList: 'omit' },
      }),
    );
    const row = rowsInOrder(sheet).find((r) => r.kind === 'member' && r.memberId === 'm3');
    expect(row).toMatchObject({ remark: '请假' });
    expect(rowsInOrder(sheet).some((r) => r.kind === 'leave')).toBe(false);
  });

  it('groups by department in the managed order with the head count in each heading', () => {
    const sheet = buildSignInSheet(
      input({ options: { groupBy: 'department', groupOrder: DEPTS } }),
    );
    const headings = sheet.pages.flatMap((p) =>
      p.blocks.flatMap((b) => b.entries.filter((e) => e.kind === 'heading' && !e.continued)),
    );
    expect(headings.map((h) => (h.kind === 'heading' ? h.label : ''))).toEqual(
      DEPTS.map((d) => `${d}（24人）`),
    );
  });

  it('starts each department on its own page when asked', () => {
    const sheet = buildSignInSheet(
      input({
        members: staff(20),
        options: { groupBy: 'department', groupNewPage: true, walkInRows: 0 },
      }),
    );
    expect(sheet.pageCount).toBe(5);
  });

  it('fills the block width exactly and keeps 签名 wide enough to sign', () => {
    const sheet = buildSignInSheet(input());
    const total = sheet.columns.reduce((s, c) => s + c.widthMm, 0);
    expect(total).toBeCloseTo(sheet.metrics.blockWidthMm);
    expect(sheet.columns.find((c) => c.key === 'signature')!.widthMm).toBeGreaterThanOrEqual(30);
  });

  it('always prints 姓名 and 签名 even when the chair leaves them out', () => {
    expect(layoutColumns(['seq', 'department'], 175).map((c) => c.label)).toEqual([
      '序号',
      '姓名',
      '部门',
      '签名',
    ]);
  });

  it('warns when two blocks with many columns leave no room to sign', () => {
    const warnings: string[] = [];
    layoutColumns(
      ['seq', 'name', 'gender', 'department', 'unionGroup', 'signature', 'remark'],
      84.5,
      warnings,
    );
    expect(warnings.join()).toMatch(/签名栏/);
  });
});

describe('walk-in rows', () => {
  it('never start a page of their own: only those that fit after the last name are kept', async () => {
    const { buildSignInSheet } = await import('./signInSheet');
    const members = Array.from({ length: 200 }, (_, i) => ({
      id: `m${i}`,
      name: `成员${i}`,
      department: '语文组',
      rosterOrder: i,
    }));
    let trimmed = 0;
    for (let n = 1; n <= 200; n++) {
      const sheet = buildSignInSheet({
        title: '会议',
        dateText: '',
        place: '',
        unionName: '某工会',
        members: members.slice(0, n),
        options: { walkInRows: 5, groupBy: 'none', order: 'roster' },
      });
      const last = sheet.pages[sheet.pages.length - 1]!.blocks.flatMap((b) =>
        b.entries.filter((e) => e.kind === 'row'),
      );
      expect(
        last.some((e) => e.kind === 'row' && (e.row as { kind: string }).kind === 'member'),
      ).toBe(true);
      expect(sheet.counts.walkIn).toBeLessThanOrEqual(5);
      // Fewer blank rows than asked are never printed silently.
      const said = sheet.warnings.some((w) =>
        w.startsWith(`现场补签空行只打印 ${sheet.counts.walkIn} 行（设置为 5 行）`),
      );
      expect(said).toBe(sheet.counts.walkIn < 5);
      if (said) trimmed++;
    }
    expect(trimmed).toBeGreaterThan(0);
  });
});
