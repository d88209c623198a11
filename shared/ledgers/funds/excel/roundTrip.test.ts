import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { loadDemoData } from '../../demo';
import { loadLedgerData } from '../../store/ledgerData';
import { exportWorkbook } from '../../workbook/store';
import { workbookLedgerData } from '../../workbook/workbookLedgerData';
import { fundsFigures } from '../rules/figures';
import type { Figure } from '../../types';

const NOW = new Date('2026-11-21T08:00:00');
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const values = (fs: Figure[]) => Object.fromEntries(fs.map((f) => [f.key, f.value]));

describe('the funds sheets', () => {
  it('round-trip the demo year: the figures from the workbook equal those from the database', async () => {
    const { db } = freshDb();
    await loadDemoData(db, NOW);
    const before = values(fundsFigures(YEAR, await loadLedgerData(db)));
    const file = await exportWorkbook(db, 2026);
    const { data, issues } = workbookLedgerData(file.bytes, file.fileName, { today: '2026-11-21' });
    expect(
      issues.filter(
        (i) => i.severity === 'error' && ['会费', '经费', '经费年度', '预算'].includes(i.sheet),
      ),
    ).toEqual([]);
    expect(values(fundsFigures(YEAR, data))).toEqual(before);
    // The demo is a real year: dues due and paid, an account that balances, one expense unapproved.
    expect(Number(before['dues.due'])).toBeGreaterThan(0);
    expect(Number(before['dues.outstanding'])).toBeGreaterThan(0);
    expect(before['funds.unapproved']).toBe(1);
    expect(before['funds.incomeByCategory.会费收入']).toBeDefined();
    expect(data.tables.budgets).toHaveLength(await db.budgets.count());
  });
});
