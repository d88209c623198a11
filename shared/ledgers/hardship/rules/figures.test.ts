import { describe, expect, it } from 'vitest';
import { LEDGER_TABLES } from '../../tables';
import type { LedgerData } from '../../types';
import { centsFigure, hardshipFigures } from './figures';
import {
  emptyAssistanceDraft,
  emptyFileDraft,
  type HardshipAssistance,
  type HardshipFile,
} from './hardship';

const file = (
  id: string,
  memberId: string,
  filingDate: string,
  exitDate: string | null,
): HardshipFile => ({
  ...emptyFileDraft(memberId, 'x', filingDate),
  id,
  mainCause: '收入低',
  status: exitDate ? '脱困' : '在档',
  exitDate,
  createdAt: '',
  updatedAt: '',
});
const aid = (
  id: string,
  memberId: string,
  date: string,
  fields: Partial<HardshipAssistance>,
): HardshipAssistance => ({
  ...emptyAssistanceDraft('f', date),
  id,
  memberId,
  amountCents: 100,
  createdAt: '',
  updatedAt: '',
  ...fields,
});

function emptyLedgerDataForTest() {
  const tables = Object.fromEntries(
    LEDGER_TABLES.map((t) => [t, []]),
  ) as unknown as LedgerData['tables'];
  const ids = {
    oldOpen: 'f-old',
    newOpen: 'f-new',
    exitsNextYear: 'f-exit-next',
    exitsThisYear: 'f-exit-this',
    filedNextYear: 'f-next',
  };
  const data: LedgerData = {
    profile: null,
    tables: {
      ...tables,
      hardshipFiles: [
        file(ids.oldOpen, 'm1', '2025-03-20', null),
        file(ids.newOpen, 'm2', '2026-12-31', null),
        file(ids.exitsNextYear, 'm3', '2025-01-01', '2027-01-01'),
        file(ids.exitsThisYear, 'm4', '2026-01-01', '2026-12-31'),
        file(ids.filedNextYear, 'm5', '2027-01-01', null),
      ],
      hardshipAssistance: [
        aid('a1', 'm1', '2025-12-31', { amountCents: 99_999 }),
        aid('a2', 'm1', '2026-01-01', { kind: '金秋助学', amountCents: 150_001 }),
        aid('a3', 'm2', '2026-06-01', {
          kind: '医疗救助',
          amountCents: 100_000,
          source: '上级帮扶',
        }),
        aid('a4', 'm1', '2026-12-31', { amountCents: 100_000, source: '上级帮扶' }),
        aid('a5', 'm2', '2027-01-01', { amountCents: 99_999 }),
      ],
    },
  };
  return { data, ids };
}

const period = { from: '2026-01-01', to: '2026-12-31' };

describe('hardshipFigures', () => {
  const { data, ids } = emptyLedgerDataForTest();
  const byKey = Object.fromEntries(hardshipFigures(period, data).map((f) => [f.key, f]));

  it('counts files 在档 at period end: filed by then, not out of difficulty by then', () => {
    // open: filed last year and still open; filed this year; exited next year. Not: exited this year, filed next year.
    expect(byKey['hardship.openFiles']!.recordIds).toEqual([
      ids.oldOpen,
      ids.newOpen,
      ids.exitsNextYear,
    ]);
    expect(byKey['hardship.openFiles']!.value).toBe(3);
    expect(byKey['hardship.filed']!.recordIds).toEqual([ids.newOpen, ids.exitsThisYear]);
    expect(byKey['hardship.exited']!.recordIds).toEqual([ids.exitsThisYear]);
  });

  it('counts assistance dated in the period, its sum, and each member once', () => {
    expect(byKey['hardship.assistanceCount']!.value).toBe(3);
    expect(byKey['hardship.assistanceTotal']!.value).toBe('3500.01');
    expect(byKey['hardship.assistedMembers']!.value).toBe(2);
    expect(byKey['hardship.fromSuperior']!.value).toBe('2000.00');
    expect(byKey['hardship.byKind.金秋助学']!.value).toBe('1500.01');
    expect(byKey['hardship.byKind.医疗救助']!.value).toBe('1000.00');
    expect(byKey['hardship.byKind.物资']!.value).toBe('0.00');
  });

  it('writes money as strings with two decimals', () => {
    expect(centsFigure(0)).toBe('0.00');
    expect(centsFigure(5)).toBe('0.05');
    expect(centsFigure(2_100_000)).toBe('21000.00');
    expect(centsFigure(-150)).toBe('-1.50');
  });
});
