import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { LEDGERS, type LedgerData } from '../../../shared/ledgers';
import { newMember } from '../../../shared/ledgers/roster';
import { yearPack } from '../../../shared/ledgers/yearEnd';
import { YearPackView } from './YearPackView';

// These features' entries register member-page sections on import, which needs the whole app;
// this year has no fund entries or assistance, so their views are never drawn here.
vi.mock('../../funds', () => ({ FundsTableView: () => null }));
vi.mock('../../hardship', () => ({ AssistanceLedgerView: () => null }));

const T = '2026-01-01T00:00:00.000Z';
const empty = Object.fromEntries(
  LEDGERS.flatMap((l) => Object.keys(l.tables)).map((t) => [t, []]),
) as unknown as LedgerData['tables'];
// 40 members: the landscape 花名册 runs to three pages.
const members = Array.from({ length: 40 }, (_, i) =>
  newMember(
    {
      id: `m${i}`,
      name: `职工${String(i).padStart(2, '0')}`,
      joinDate: '2010-09-01',
      idNumber: '330102198001011234',
      statusHistory: [{ status: '在职', date: '2010-09-01' }],
    },
    T,
  ),
);
const pack = yearPack({
  data: { profile: null, tables: { ...empty, members } },
  period: { from: '2026-01-01', to: '2026-12-31' },
  year: 2026,
  madeOn: '2026-12-01',
});
const html = renderToStaticMarkup(createElement(YearPackView, { pack }));
const count = (s: string, what: string) => s.split(what).length - 1;
const PAGE = 'data-testid="print-page"';

describe('YearPackView', () => {
  it('draws as many pages as the contents counted, cover and contents first', () => {
    expect(count(html, PAGE)).toBe(pack.pageCount);
    const registers = html.split('data-testid="pack-register"');
    // before the first register: the cover and the contents
    expect(count(registers[0]!, PAGE)).toBe(1 + pack.contentsPageCount);
    registers.slice(1).forEach((part, i) => {
      const r = pack.registers[i]!;
      expect(count(part, PAGE), r.label).toBe(r.pageCount);
      expect(part).toContain(`data-first-page="${r.firstPage}"`);
    });
  });

  it('lists each register with the page it starts on', () => {
    for (const r of pack.registers) {
      expect(html).toContain(`data-page="${r.firstPage}"`);
      expect(html).toContain(`${r.label}`);
    }
    expect(pack.registers[0]!.pageCount).toBe(3);
    expect(pack.registers[1]!.firstPage).toBe(6);
  });

  it('gives landscape registers the named landscape page, and its rules come last', () => {
    expect(html).toMatch(/class="ud-pack-part ud-pack-landscape"[^>]*data-first-page="3"/);
    const style = html.lastIndexOf('@page ud-pack-landscape');
    expect(style).toBeGreaterThan(html.lastIndexOf(PAGE));
  });

  it('masks the ID numbers in the 花名册', () => {
    expect(html).not.toContain('330102198001011234');
  });
});
