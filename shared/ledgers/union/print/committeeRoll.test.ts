import { describe, expect, it } from 'vitest';
import { rowsInOrder } from '../../../core/print/paginate';
import type { Officer } from '../rules/committee';
import {
  buildCommitteeRoll,
  committeeRollTitle,
  termText,
  type CommitteeRollInput,
} from './committeeRoll';

let next = 0;
const officer = (role: string, name: string, fields: Partial<Officer> = {}): Officer => ({
  id: `o${++next}`,
  termNumber: 3,
  role,
  memberId: null,
  name,
  startDate: '2023-09-01',
  endDate: null,
  ...fields,
});

const input = (officers: Officer[], fields: Partial<CommitteeRollInput> = {}) => ({
  unionName: '示例市实验中学工会',
  termNumber: 3,
  termStart: '2023-09-01',
  termEnd: '2028-08-31',
  madeOn: '2026-12-01',
  officers,
  people: new Map(),
  ...fields,
});

describe('buildCommitteeRoll', () => {
  it('titles the roll after the union and the term, with the term and the date', () => {
    const roll = buildCommitteeRoll(input([officer('主席', '王丽华')]));
    expect(roll.title).toBe('示例市实验中学工会第3届委员会名单');
    expect(roll.termText).toBe('任期：2023年9月1日至2028年8月31日');
    expect(roll.madeOnText).toBe('2026年12月1日');
    expect(roll.signatureText).toBe('制表人：        审核人：        （工会盖章）');
    expect(roll.geometry.widthMm).toBe(210);
    expect(roll.geometry.heightMm).toBe(297);
  });

  it('does not say 委员会 twice for a union named 「…工会委员会」', () => {
    expect(committeeRollTitle('示例市实验中学工会委员会', 3)).toBe(
      '示例市实验中学工会第3届委员会名单',
    );
    expect(committeeRollTitle('示例公司工会', 1)).toBe('示例公司工会第1届委员会名单');
  });

  it('leaves blanks for a term not filled in', () => {
    expect(termText('', '2028-08-31')).toBe('任期：\u3000\u3000年\u3000月\u3000日至2028年8月31日');
  });

  it('prints 序号 职务 姓名 性别 部门 任职日期 filling the width, roster facts from the member', () => {
    const chair = officer('主席', '王丽华', { memberId: 'm1', startDate: '2023-09-01' });
    const typed = officer('委员', '赵六', { startDate: null });
    const roll = buildCommitteeRoll(
      input([chair, typed], {
        people: new Map([['m1', { gender: '女', department: '语文组' }]]),
      }),
    );
    expect(roll.columns.map((c) => c.label)).toEqual([
      '序号',
      '职务',
      '姓名',
      '性别',
      '部门',
      '任职日期',
    ]);
    expect(roll.columns.reduce((s, c) => s + c.widthMm, 0)).toBeCloseTo(175);
    const rows = rowsInOrder(roll);
    expect(rows.map((r) => [r.seq, ...r.cells])).toEqual([
      [1, '主席', '王丽华', '女', '语文组', '2023年9月1日'],
      [2, '委员', '赵六', '', '', ''],
    ]);
  });

  it('lists only those in office on the day: 主席, 副主席, then OFFICER_ROLES order, strokes within', () => {
    const roll = buildCommitteeRoll(
      input([
        officer('会计', '丁一'),
        officer('委员', '赵九'),
        officer('委员', '丁二'),
        officer('自定职务', '王五'),
        officer('副主席', '刘六'),
        officer('副主席', '王四'),
        officer('生活委员', '李七', { endDate: '2025-06-30' }),
        officer('生活委员', '陈八', { startDate: '2025-07-01' }),
        officer('委员', '孙十', { startDate: '2027-01-01' }),
        officer('主席', '王丽华'),
      ]),
    );
    expect(rowsInOrder(roll).map((r) => `${r.cells[0]} ${r.cells[1]}`)).toEqual([
      '主席 王丽华',
      '副主席 王四',
      '副主席 刘六',
      '委员 丁二',
      '委员 赵九',
      '生活委员 陈八',
      '会计 丁一',
      '自定职务 王五',
    ]);
    expect(roll.count).toBe(8);
    expect(roll.pageCount).toBe(1);
  });

  it('puts 40 officers on two pages, numbered on, none lost', () => {
    const many = Array.from({ length: 40 }, (_, i) => officer('委员', `委员${i + 1}`));
    const roll = buildCommitteeRoll(input(many));
    expect(roll.pageCount).toBe(2);
    expect(roll.pages.map((p) => p.number)).toEqual([1, 2]);
    const perPage = roll.pages.map((p) => p.blocks[0]!.entries.length);
    expect(perPage[0]).toBeGreaterThan(15);
    expect(perPage[0]! + perPage[1]!).toBe(40);
    expect(rowsInOrder(roll).map((r) => r.seq)).toEqual(many.map((_, i) => i + 1));
    // The rows fit: head, table header, rows and foot within the page's content height.
    const m = roll.metrics;
    const content = 297 - roll.geometry.marginTopMm - roll.geometry.marginBottomMm;
    expect(
      m.firstPageHeadMm + m.tableHeaderMm + perPage[0]! * m.rowMm + m.pageFootMm,
    ).toBeLessThanOrEqual(content);
  });

  it('still prints one page when no one is in office', () => {
    const roll = buildCommitteeRoll(input([]));
    expect(roll.pageCount).toBe(1);
    expect(roll.count).toBe(0);
  });
});
