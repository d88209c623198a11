import { describe, expect, it } from 'vitest';
import { rowsInOrder } from '../../../core/print/paginate';
import { emptyAffiliatedDraft } from '../rules/affiliated';
import type { AffiliatedUnion, UnitToUnionise } from '../rules/rows';
import { buildNotUnionisedList, buildUnionTable } from './registryTables';

const union = (i: number, f: Partial<AffiliatedUnion> = {}): AffiliatedUnion => ({
  ...emptyAffiliatedDraft(),
  id: `u${i}`,
  name: `第${String(i).padStart(3, '0')}工会委员会`,
  staff: 10,
  members: 9,
  women: 4,
  chairName: '张三',
  chairPhone: '13912345678',
  termEnd: '2029-08-31',
  hasCongress: i % 2 === 0,
  ...f,
});

describe('基层工会组织情况一览表', () => {
  it('lists every union on landscape pages with a totals row and the phone masked', () => {
    const unions = Array.from({ length: 40 }, (_, i) => union(i + 1));
    unions[0] = union(1, { kind: '联合工会', coveredUnits: 3 });
    const m = buildUnionTable({ federationName: '城南街道总工会', unions, madeOn: '2026-11-21' });
    expect(m.title).toBe('城南街道总工会基层工会组织情况一览表');
    expect(m.orientation).toBe('landscape');
    expect(m.columns.map((c) => c.label).slice(0, 3)).toEqual(['序号', '工会名称', '组建形式']);
    // 1 mm short of the 262 mm between the margins: room for the table's left rule.
    expect(m.columns.reduce((s, c) => s + c.widthMm, 0)).toBe(261);
    expect(m.pageCount).toBeGreaterThan(1);
    const rows = rowsInOrder(m);
    expect(rows).toHaveLength(41);
    expect(rows[0]!.cells).toEqual([
      '第001工会委员会',
      '联合工会',
      '3',
      '10',
      '9',
      '4',
      '张三',
      '139****5678',
      '2029.08.31',
      '',
      '',
      '',
      '',
      '',
    ]);
    const total = rows.at(-1)!;
    expect(total.seq).toBe(0);
    expect(total.cells.slice(0, 6)).toEqual(['合计 40 个', '', '42', '400', '360', '160']);
    expect(total.cells[9]).toBe('20');
    expect(m.totalText).toBe('共 40 个基层工会，覆盖 42 个单位，会员 360 人');
    expect(JSON.stringify(m)).not.toContain('13912345678');
  });
});

describe('未建会单位名单', () => {
  it('lists only the units no existing union covers', () => {
    const unit = (id: string, unionId: string): UnitToUnionise => ({
      id,
      name: id,
      kind: '企业',
      staff: 7,
      unionId,
      note: '',
    });
    const m = buildNotUnionisedList({
      federationName: '城南街道总工会',
      units: [unit('甲厂', 'u1'), unit('乙厂', ''), unit('丙厂', 'gone')],
      unions: [{ id: 'u1' }],
      madeOn: '2026-11-21',
    });
    expect(m.title).toBe('城南街道总工会未建会单位名单');
    expect(rowsInOrder(m).map((r) => r.cells[0])).toEqual(['丙厂', '乙厂', '合计 2 个单位']);
    expect(m.infoText).toBe('应建会单位 3 个，其中未建会 2 个');
  });
});
