import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../types';
import {
  STATS_ROWS,
  blankRows,
  buildStatsTable,
  statsTableKey,
  statsTableTitle,
  typedFromSetting,
  typedValueError,
} from './statsTable';

function fig(key: string, label: string, value: number | string, unit = '人'): Figure {
  return { key, label, value, unit, definition: '', table: 'members', recordIds: [] };
}

const FIGURES: Figure[] = [
  fig('staff.inService', '在职职工', 80),
  fig('members.inService', '在职会员', 75),
  fig('membership.rate', '入会率', 0.9375, ''),
  fig('funds.income', '经费收入', '12345.60', '元'),
  fig('congress.sessions', '召开教代会', 1, '次'),
];

describe('buildStatsTable', () => {
  it('fills the rows the figures know and names the figure each came from', () => {
    const rows = buildStatsTable(FIGURES, {});
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('staff')).toMatchObject({
      label: '职工人数',
      value: '80',
      cell: 80,
      unit: '人',
      source: '台账：在职职工（staff.inService）',
    });
    expect(row('rate')).toMatchObject({ value: '93.75', cell: 93.75, unit: '%' });
    expect(row('income')).toMatchObject({ value: '12345.60', cell: 12345.6, unit: '元' });
    expect(row('congressHeld').source).toBe('台账：召开教代会（congress.sessions）');
    expect(rows.map((r) => r.id)).toEqual(STATS_ROWS.map((r) => r.id));
  });

  it('leaves the rows no ledger knows for the chair, with what she typed', () => {
    const rows = buildStatsTable(FIGURES, {
      migrantWorkers: ' 12 ',
      contract: '是',
      staff: '999',
    });
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('migrantWorkers')).toMatchObject({ value: '12', cell: 12, source: null });
    expect(row('contract')).toMatchObject({ value: '是', cell: '是', source: null });
    // A filled row keeps the ledgers' figure: typing cannot overwrite it.
    expect(row('staff').value).toBe('80');
    expect(row('groups')).toMatchObject({ value: '', cell: '', source: null });
    const blanks = blankRows(rows).map((r) => r.id);
    expect(blanks).toContain('groups');
    expect(blanks).not.toContain('migrantWorkers');
    expect(blanks).not.toContain('staff');
  });

  it('types a row whose figure is missing', () => {
    const rows = buildStatsTable([], { staff: '50' });
    expect(rows.find((r) => r.id === 'staff')).toMatchObject({ value: '50', source: null });
  });

  it('every row names a known kind, every id once', () => {
    expect(new Set(STATS_ROWS.map((r) => r.id)).size).toBe(STATS_ROWS.length);
  });
});

describe('typedValueError', () => {
  it('says in Chinese what a cell wants', () => {
    expect(typedValueError('count', '12')).toBeNull();
    expect(typedValueError('count', '')).toBeNull();
    expect(typedValueError('count', '1.5')).toMatch(/整数/);
    expect(typedValueError('count', '-3')).toMatch(/整数/);
    expect(typedValueError('money', '1200.50')).toBeNull();
    expect(typedValueError('money', '1200.505')).toMatch(/两位小数/);
    expect(typedValueError('rate', '95.5')).toBeNull();
    expect(typedValueError('rate', '101')).toMatch(/0 到 100/);
    expect(typedValueError('yesNo', '是')).toBeNull();
    expect(typedValueError('yesNo', '有')).toMatch(/“是”或“否”/);
    expect(typedValueError('text', 'x'.repeat(41))).toMatch(/太长/);
  });
});

describe('settings', () => {
  it('keeps typed values per statistics period', () => {
    expect(statsTableKey({ from: '2026-01-01', to: '2026-12-31' })).toBe(
      'yearEnd.statsTable.2026-01-01.2026-12-31',
    );
  });

  it('reads back only string values of known rows', () => {
    expect(typedFromSetting(undefined)).toEqual({});
    expect(typedFromSetting([1])).toEqual({});
    expect(typedFromSetting({ contract: '是', staffWomen: 3, nonsense: 'x' })).toEqual({
      contract: '是',
    });
  });

  it('titles the table with the union and the year', () => {
    expect(statsTableTitle('示例中学工会', 2026)).toBe('示例中学工会2026年基层工会年度统计表');
    expect(statsTableTitle('示例中学工会', null)).toBe('示例中学工会基层工会年度统计表');
  });
});
