import { describe, expect, it } from 'vitest';
import type { CheckItem } from './yearCheck';
import { buildYearCheckPrint } from './yearCheckPrint';

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
const item = (key: string, records: number): CheckItem => ({
  key,
  severity: '缺失',
  title: key,
  detail: `${key}的说明`,
  count: Math.max(records, 1),
  unit: '条',
  table: null,
  recordIds: [],
  records: Array.from({ length: records }, (_, i) => ({
    id: `${i}`,
    text: `记录${i}`,
    route: '/',
  })),
  route: '/',
  routeLabel: '',
});

describe('buildYearCheckPrint', () => {
  it('groups the records per item, numbers them through, and shows the detail of an item without records', () => {
    const p = buildYearCheckPrint({
      unionName: '示例工会',
      period: PERIOD,
      madeOn: '2026-12-01',
      items: [item('甲', 2), item('乙', 0)],
    });
    expect(p.title).toBe('示例工会2026年度台账检查清单');
    expect(p.madeOnText).toBe('2026年12月1日');
    const entries = p.pages.flatMap((pg) => pg.entries);
    expect(entries.map((e) => (e.kind === 'heading' ? e.label : e.row.cells.join('|')))).toEqual([
      '【缺失】甲（2条）',
      '1|记录0|',
      '2|记录1|',
      '【缺失】乙',
      '3|乙的说明|',
    ]);
  });
  it('says 已齐全 when nothing is missing, and runs onto more pages for long lists', () => {
    const empty = buildYearCheckPrint({
      unionName: '',
      period: PERIOD,
      madeOn: '2026-12-01',
      items: [],
    });
    expect(empty.pageCount).toBe(1);
    expect(empty.pages[0]!.entries[0]).toMatchObject({ kind: 'heading', label: '已齐全' });
    const long = buildYearCheckPrint({
      unionName: '',
      period: PERIOD,
      madeOn: '2026-12-01',
      items: [item('甲', 60)],
    });
    expect(long.pageCount).toBe(3);
    expect(long.pages[1]!.entries[0]).toMatchObject({ kind: 'heading', continued: true });
  });
});
