import { describe, expect, it } from 'vitest';
import { LEDGER_TABLES } from '../../tables';
import type { LedgerData } from '../../types';
import { buildDemoUnion } from '../../roster/demo';
import { demoCongress } from '../demo';
import { congressFigures } from './figures';
import { congressRecordRows } from './figureRecords';

const NOW = new Date('2026-11-21T08:00:00');

describe('congressRecordRows', () => {
  const { members } = buildDemoUnion(NOW);
  const tables = Object.fromEntries(
    LEDGER_TABLES.map((t) => [t, []]),
  ) as unknown as LedgerData['tables'];
  const data: LedgerData = {
    profile: null,
    tables: { ...tables, members, ...demoCongress(members, NOW) },
  };
  const figures = congressFigures({ from: '2026-01-01', to: '2026-12-31' }, data);

  it('lists the proposals behind 立案 with their number, 案由 and outcome', () => {
    const f = figures.find((x) => x.key === 'proposals.accepted')!;
    const t = congressRecordRows(f.table, f.recordIds, data)!;
    expect(t.head).toEqual(['提案号', '案由', '提案人', '审查', '落实', '满意度']);
    expect(t.rows.map((r) => r.cells[0])).toEqual([
      '第三届教职工代表大会第五次会议 第1号',
      '第三届教职工代表大会第五次会议 第2号',
      '第三届教职工代表大会第五次会议 第3号',
    ]);
    expect(t.rows[0]!.cells.slice(3)).toEqual(['立案', '已落实', '满意']);
  });

  it('lists sessions and suggestions, and leaves other ledgers’ tables alone', () => {
    const s = figures.find((x) => x.key === 'congress.sessions')!;
    expect(congressRecordRows(s.table, s.recordIds, data)!.rows.map((r) => r.cells[0])).toEqual([
      '第三届教职工代表大会第五次会议',
    ]);
    const g = figures.find((x) => x.key === 'suggestions.adopted')!;
    expect(congressRecordRows(g.table, g.recordIds, data)!.rows.map((r) => r.cells[3])).toEqual([
      '已采纳',
    ]);
    expect(congressRecordRows('members', [], data)).toBe(null);
  });
});
