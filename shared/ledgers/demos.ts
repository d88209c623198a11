import type { DemoSeed, LedgerName } from './types';
import type { LedgerRows, LedgerTable } from './tables';
import { todayIso } from '../core/text/dates';
import { demoCommittee } from './union/demo';
import { buildDemoUnion } from './roster/demo';
import { demoActivities } from './activities/demo';
import { demoCare } from './care/demo';
import { demoHardship } from './hardship/demo';
import { demoFunds } from './funds/demo';
import { demoCongress } from './congress/demo';
import { demoElection } from './elections/demo';
import { demoTownship } from './township/demo';

/** A ledger's demo rows for 载入示例工会 (each marked demo: 1), from the rows seeded before it. */
export type LedgerDemo = (seed: DemoSeed) => Partial<{ [T in LedgerTable]: LedgerRows[T][] }>;

/**
 * LEDGER_DEMOS: each ledger's demo seed — the demo half of its LedgerModule, kept out of
 * LEDGERS so the registry every page reaches (member references) does not carry the demo
 * union and what it is built with (the sign-in order, pinyin). Read only by demo.ts
 * (载入示例数据), in LEDGERS order. A ledger without demo rows has no entry.
 */
export const LEDGER_DEMOS: Readonly<Partial<Record<LedgerName, LedgerDemo>>> = {
  union: ({ now, profile, rows }) => demoCommittee(rows.members ?? [], profile, now),
  roster: ({ now }) => {
    const { departments, unionGroups, members } = buildDemoUnion(now);
    return { departments, unionGroups, members };
  },
  activities: ({ now, rows }) =>
    demoActivities(rows.members ?? [], {
      departments: rows.departments ?? [],
      now: now.toISOString(),
      today: todayIso(now),
    }),
  care: ({ now, rows }) =>
    demoCare(rows.members ?? [], { now: now.toISOString(), today: todayIso(now) }),
  hardship: ({ now, rows }) =>
    demoHardship(rows.members ?? [], { today: todayIso(now), now: now.toISOString() }),
  funds: ({ now, rows, profile }) =>
    demoFunds({
      members: rows.members ?? [],
      activities: rows.activities ?? [],
      careVisits: rows.careVisits ?? [],
      distributions: rows.distributions ?? [],
      distributionRecipients: rows.distributionRecipients ?? [],
      officers: rows.officers ?? [],
      duesRate: profile.duesRate,
      today: todayIso(now),
      now: now.toISOString(),
    }),
  congress: ({ now, rows }) => demoCongress(rows.members ?? [], now),
  elections: ({ profile, rows }) => demoElection(rows.members ?? [], rows.officers ?? [], profile),
  township: ({ now, profile }) => demoTownship(profile, now),
};
