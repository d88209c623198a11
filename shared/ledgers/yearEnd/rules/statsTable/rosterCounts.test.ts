import { describe, expect, it } from 'vitest';
import { newMember, type Member } from '../../../roster/rules/member';
import { ledgerData } from '../sampleYear';
import { statsRosterFigures } from './rosterCounts';

const NOW = '2026-01-01T00:00:00.000Z';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const person = (id: string, fields: Partial<Member>) => newMember({ id, name: id, ...fields }, NOW);
const value = (figures: ReturnType<typeof statsRosterFigures>, key: string) =>
  figures.find((f) => f.key === key)?.value;

describe('statsRosterFigures', () => {
  it('counts women staff in service, members or not, and leaves out retirees', () => {
    const figures = statsRosterFigures(
      YEAR,
      ledgerData({
        members: [
          person('a', { gender: '女' }),
          person('b', { gender: '女', isMember: false, joinDate: null }),
          person('c', { gender: '男' }),
          person('d', { gender: '女', status: '退休' }),
        ],
      }),
    );
    expect(value(figures, 'staff.women')).toBe(2);
    expect(figures.find((f) => f.key === 'staff.women')?.recordIds).toEqual(['a', 'b']);
  });

  it('counts 农民工 only when the roster records the flag for someone', () => {
    const unknown = statsRosterFigures(YEAR, ledgerData({ members: [person('a', {})] }));
    expect(value(unknown, 'staff.migrantWorkers')).toBeUndefined();

    const known = statsRosterFigures(
      YEAR,
      ledgerData({
        members: [
          person('a', { flags: { migrantWorker: true } }),
          person('b', { flags: { migrantWorker: true }, isMember: false, joinDate: null }),
          person('c', { flags: { migrantWorker: false } }),
        ],
      }),
    );
    expect(value(known, 'staff.migrantWorkers')).toBe(2);
    expect(value(known, 'members.migrantWorkers')).toBe(1);
  });
});
