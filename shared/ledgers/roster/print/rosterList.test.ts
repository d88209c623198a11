import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../../../core/ids/idNumber';
import { newMember, withStatus, type Member } from '../rules/member';
import { birthdaysInMonth } from '../rules/rosterLists';
import {
  blockCapacityMm,
  contentWidthMm,
  rowsInOrder,
  type ListLayout,
} from '../../../core/print/paginate';
import {
  buildRosterList,
  columnChoices,
  defaultListTitle,
  excelPlan,
  listFileStem,
  MIN_LIST_ROW_MM,
  MIN_SIGN_LIST_ROW_MM,
  withMaskedNumbers,
  type RosterListModel,
} from './rosterList';

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程',
];
const GIVEN = [...'明华芳军伟静丽强敏磊洋艳勇杰娟涛超霞平刚桂英'];
const DEPTS = ['语文组', '数学组', '英语组', '理化生组', '政史地组', '音体美组', '行政后勤'];

function idFor(i: number): string {
  const first17 = `3301061980${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}12${i % 2}`;
  return first17 + idCheckChar(first17);
}

function staff(count: number): Member[] {
  return Array.from({ length: count }, (_, i) =>
    newMember({
      id: `m${i}`,
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${GIVEN[(i * 7 + 3) % GIVEN.length]}`,
      gender: i % 3 ? '女' : '男',
      idNumber: idFor(i),
      birthDate: `1980-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      phone: `1381234${String(i).padStart(4, '0')}`,
      department: DEPTS[i % DEPTS.length],
      unionGroup: `第${(i % 5) + 1}小组`,
      rosterOrder: i,
      joinDate: '2005-09-01',
    }),
  );
}

const base = {
  title: '示例市实验中学工会会员花名册',
  unionName: '示例市实验中学工会委员会',
  madeOn: '2026-11-21',
};

function layoutOf(model: RosterListModel): ListLayout {
  const m = model.metrics;
  return {
    geometry: model.geometry,
    firstPageHeadMm: m.firstPageHeadMm,
    laterPageHeadMm: m.laterPageHeadMm,
    pageFootMm: m.pageFootMm,
    tableHeaderMm: m.tableHeaderMm,
    groupHeadingMm: m.groupHeadingMm,
    blocks: 1,
    minRowsAfterHeading: 2,
    groupNewPage: false,
  };
}

/** Pages a plain list of `n` rows needs, counted from the page's capacity. */
function pagesFor(model: RosterListModel, n: number): number {
  const layout = layoutOf(model);
  const first = Math.floor(blockCapacityMm(layout, 0) / model.metrics.rowMm);
  const later = Math.floor(blockCapacityMm(layout, 1) / model.metrics.rowMm);
  return n <= first ? 1 : 1 + Math.ceil((n - first) / later);
}

const columnOf = (model: RosterListModel, key: string) =>
  model.columns.findIndex((c) => c.key === key);

describe('buildRosterList', () => {
  const members = staff(120);

  it('prints 序号 first, then the chosen columns in the roster order, and always 姓名', () => {
    const model = buildRosterList({
      ...base,
      members,
      options: { columns: ['phone', 'department', 'gender'] },
    });
    expect(model.columns.map((c) => c.label)).toEqual(['序号', '姓名', '性别', '部门', '手机号']);
    expect(model.pages[0]!.blocks[0]!.entries[0]).toMatchObject({ kind: 'row' });
  });

  it('fills the width of the page with the columns', () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const model = buildRosterList({ ...base, members, options: { orientation } });
      const sum = model.columns.reduce((s, c) => s + c.widthMm, 0);
      expect(sum).toBeCloseTo(contentWidthMm(model.geometry), 5);
    }
  });

  it('makes a column as wide as its longest text when the page has room', () => {
    const withTitle = members.map((m, i) => ({ ...m, title: i === 7 ? '中学高级教师' : '二级' }));
    const model = buildRosterList({
      ...base,
      members: withTitle,
      options: { columns: ['name', 'gender', 'title'], orientation: 'portrait' },
    });
    const title = model.columns[columnOf(model, 'title')]!;
    const gender = model.columns[columnOf(model, 'gender')]!;
    // Six CJK characters at 10.5 pt are about 22 mm.
    expect(title.widthMm).toBeGreaterThan(22);
    expect(title.widthMm).toBeGreaterThan(gender.widthMm * 1.5);
    expect(model.warnings).toEqual([]);
  });

  it('masks ID numbers and phones unless whole numbers are asked for', () => {
    const opts = { columns: ['name', 'idNumber', 'phone'] };
    const masked = buildRosterList({
      ...base,
      members: members.slice(0, 1),
      options: { ...opts, order: 'roster' },
    });
    const row = rowsInOrder(masked)[0]!;
    expect(row.cells).toEqual([
      members[0]!.name,
      '3301**********' + members[0]!.idNumber!.slice(-4),
      '138****0000',
    ]);

    const full = buildRosterList({
      ...base,
      members: members.slice(0, 1),
      options: { ...opts, order: 'roster', fullNumbers: true },
    });
    expect(rowsInOrder(full)[0]!.cells).toEqual([
      members[0]!.name,
      members[0]!.idNumber,
      members[0]!.phone,
    ]);
  });

  it('lists every member exactly once, numbered 1 to N', () => {
    const model = buildRosterList({
      ...base,
      members,
      options: { groupBy: 'department', groupOrder: DEPTS },
    });
    const rows = rowsInOrder(model);
    expect(rows.map((r) => r.memberId).sort()).toEqual(members.map((m) => m.id).sort());
    expect(rows.map((r) => r.seq)).toEqual(members.map((_, i) => i + 1));
    expect(model.count).toBe(120);
  });

  it('needs more pages in landscape than in portrait for 120 members, as many as the rows need', () => {
    const portrait = buildRosterList({ ...base, members, options: { orientation: 'portrait' } });
    const landscape = buildRosterList({ ...base, members, options: { orientation: 'landscape' } });
    expect(portrait.pageCount).toBe(pagesFor(portrait, 120));
    expect(landscape.pageCount).toBe(pagesFor(landscape, 120));
    expect(landscape.pageCount).toBeGreaterThan(portrait.pageCount);
    expect(portrait.metrics.rowMm).toBeGreaterThanOrEqual(MIN_LIST_ROW_MM);
  });

  it('gives rows room to sign when there is a 签名 column', () => {
    const model = buildRosterList({
      ...base,
      members,
      options: { columns: ['name', 'department', 'signature'] },
    });
    expect(model.metrics.rowMm).toBeGreaterThanOrEqual(MIN_SIGN_LIST_ROW_MM);
    expect(model.columns[columnOf(model, 'signature')]!.widthMm).toBeGreaterThanOrEqual(30);
  });

  it('heads each group with its name and head count, never leaving a heading alone at a page foot', () => {
    const model = buildRosterList({
      ...base,
      members,
      options: { groupBy: 'department', groupOrder: DEPTS },
    });
    const headings = model.pages.flatMap((p) =>
      p.blocks[0]!.entries.flatMap((e) => (e.kind === 'heading' && !e.continued ? [e.label] : [])),
    );
    expect(headings).toEqual(
      DEPTS.map((d) => `${d}（${members.filter((m) => m.department === d).length}人）`),
    );
    expect(model.groups.reduce((s, g) => s + g.count, 0)).toBe(120);
    for (const page of model.pages) {
      const entries = page.blocks[0]!.entries;
      expect(entries[entries.length - 1]!.kind).toBe('row');
    }
  });

  it('starts each group on a new page when asked', () => {
    const model = buildRosterList({
      ...base,
      members,
      options: { groupBy: 'unionGroup', groupNewPage: true, orientation: 'portrait' },
    });
    const firstLabels = model.pages.map((p) => p.blocks[0]!.entries[0]);
    const starts = firstLabels.filter((e) => e?.kind === 'heading' && !e.continued);
    expect(starts).toHaveLength(5);
  });

  it('keeps the selection order for a birthday list, with 月日 as the birthday', () => {
    const december = birthdaysInMonth(members, 12);
    const model = buildRosterList({
      ...base,
      title: '2026年12月过生日的会员名单',
      members: december,
      options: { columns: ['name', 'birthday'], order: 'given' },
    });
    const rows = rowsInOrder(model);
    expect(rows.map((r) => r.memberId)).toEqual(december.map((m) => m.id));
    const days = rows.map((r) => Number(/12月(\d+)日/.exec(r.cells[1]!)?.[1]));
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('prints the retirement date from the status history in 退休日期', () => {
    const retiree = withStatus(members[0]!, { status: '退休', date: '2024-08-01' });
    const model = buildRosterList({
      ...base,
      members: [retiree],
      options: { columns: ['name', 'retiredOn'] },
    });
    expect(rowsInOrder(model)[0]!.cells).toEqual([retiree.name, '2024-08-01']);
  });
});

describe('excelPlan', () => {
  it('exports the same columns in the same order, 签名 as an empty column at the end', () => {
    expect(excelPlan(['name', 'birthday', 'department', 'signature'])).toEqual({
      rosterKeys: ['name', 'birthDate', 'department'],
      renameHeaders: {},
      appendColumns: [{ label: '签名', width: 20 }],
    });
    expect(excelPlan(['name', 'retiredOn'])).toMatchObject({
      rosterKeys: ['name', 'statusDate'],
      renameHeaders: { 状态日期: '退休日期' },
    });
  });
});

describe('list helpers', () => {
  it('masks numbers in members handed to the Excel export', () => {
    const [m] = withMaskedNumbers(staff(1));
    expect(m!.idNumber).toMatch(/^3301\*{10}\d{3}[\dX]$/);
    expect(m!.phone).toBe('138****0000');
  });

  it('names lists and files the way the chair writes them', () => {
    expect(defaultListTitle('roster', { unitName: '示例市实验中学', status: '在职' })).toBe(
      '示例市实验中学工会会员花名册',
    );
    expect(
      defaultListTitle('birthdays', { unitName: '示例市实验中学', year: 2026, month: 12 }),
    ).toBe('2026年12月过生日的会员名单');
    expect(listFileStem('birthdays', 12)).toBe('12月生日名单');
  });

  it('offers 退休日期 only on the retirees list', () => {
    expect(columnChoices('retirees').map((c) => c.key)).toContain('retiredOn');
    expect(columnChoices('roster').map((c) => c.key)).not.toContain('retiredOn');
    expect(columnChoices('birthdays').map((c) => c.key)).toContain('signature');
  });

  it('offers 证件类型, 岗位类别 and 是否会员 as columns of every list', () => {
    for (const kind of ['roster', 'birthdays', 'retirees', 'women'] as const) {
      const labels = columnChoices(kind).map((c) => c.label);
      expect(labels).toEqual(expect.arrayContaining(['证件类型', '岗位类别', '是否会员']));
    }
  });
});
