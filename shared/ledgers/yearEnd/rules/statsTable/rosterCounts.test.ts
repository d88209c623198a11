import { describe, expect, it } from 'vitest';
import { newMember, type Member } from '../../../roster/rules/member';
import type { Officer } from '../../../union/rules/committee';
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

  it('counts the union groups of members in service, and the committee in office at year end', () => {
    const officer = (id: string, role: string, fields: Partial<Officer> = {}): Officer => ({
      id,
      termNumber: 3,
      role,
      memberId: id.slice(0, 1),
      name: id,
      startDate: '2024-09-01',
      endDate: null,
      ...fields,
    });
    const figures = statsRosterFigures(
      YEAR,
      ledgerData({
        members: [
          person('a', { unionGroup: '语文组' }),
          person('b', { unionGroup: '数学组' }),
          person('c', { unionGroup: '语文组' }),
          person('d', { unionGroup: '后勤组', status: '退休' }),
        ],
        officers: [
          officer('a1', '主席'),
          officer('a2', '女职工委员会主任'), // the same person twice: one seat-holder
          officer('b1', '委员'),
          officer('c1', '会计'),
          officer('d1', '委员', { endDate: '2026-06-30' }),
        ],
      }),
    );
    expect(value(figures, 'union.groups')).toBe(2);
    expect(value(figures, 'union.committeeMembers')).toBe(2);
  });

  it('leaves groups and committee to the chair when nothing is recorded', () => {
    const figures = statsRosterFigures(YEAR, ledgerData({ members: [person('a', {})] }));
    expect(value(figures, 'union.groups')).toBeUndefined();
    expect(value(figures, 'union.committeeMembers')).toBeUndefined();
  });
});
