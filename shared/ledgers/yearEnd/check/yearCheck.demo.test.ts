import { describe, expect, it } from 'vitest';
import { buildDemoRows } from '../../demo';
import { DEMO_PROFILE } from '../../roster/demo';
import { ledgerData } from '../rules/sampleYear';
import { yearCheck } from './yearCheck';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

function demoCheck(today: string) {
  const rows = buildDemoRows({ now: new Date(`${today}T08:00:00Z`), profile: DEMO_PROFILE });
  return yearCheck({ ...ledgerData(rows), profile: DEMO_PROFILE }, YEAR, today);
}

describe('yearCheck on the demo union', () => {
  it('finds the demo’s deliberate gaps on 1 December: an overdue proposal, an expense without approver, unsigned receipts', () => {
    const items = demoCheck('2026-12-01');
    expect(items.map((i) => i.key)).toEqual([
      'proposals.unanswered',
      'funds.incompleteExpenses',
      'distributions.unsigned',
    ]);
    // The 端午 and 中秋 sheets came back with three names unsigned each.
    expect(items[2]!.records.map((r) => r.text)).toEqual([
      '2026-06-16 端午节 粽子礼盒：3人未签',
      '2026-09-22 中秋节 月饼礼盒：3人未签',
    ]);
    // The voucher number moves as the demo's entries do; the entry and its gap do not.
    const [expense, ...more] = items[1]!.records;
    expect(more).toEqual([]);
    expect(expense!.text).toMatch(/^2026-06-18 凭证\d+ 工会干部培训资料费 360\.00元（缺审批人）$/);
  });
  it('finds the receipts of a distribution not yet signed', () => {
    const items = demoCheck('2026-09-01');
    const unsigned = items.find((i) => i.key === 'distributions.unsigned');
    expect(unsigned?.count).toBeGreaterThan(50);
    expect(unsigned?.records[0]!.route).toMatch(/^\/care\/distributions\/.+\/receipts$/);
  });
});
