import type { Figure, LedgerData, Period } from '../../types';
import { electionOutcome } from './tally';
import { inStrokeOrder } from './election';

/*
 * The year's figures of the elections ledger (LEDGERS.md §11): `elections[]` for the
 * elections held in the period. Counts are the first round's (the vote on all candidates,
 * over its valid ballots); `elected` is the final result over every round; `tie` the
 * candidates still tied for the last seat(s), empty when none.
 */

export interface ElectionReport {
  name: string;
  entitled: number;
  present: number;
  quorum: number;
  quorumMet: boolean;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  threshold: number;
  candidates: { name: string; for: number; against: number; abstain: number; elected: boolean }[];
  tie: string[];
  writeIns: Record<string, number>;
}

/** The elections held in the period, in report order (elections[] follows it). */
export function electionsHeldIn(period: Period, data: LedgerData) {
  return [...data.tables.elections]
    .filter((e) => e.date >= period.from && e.date <= period.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code));
}

export function electionReports(period: Period, data: LedgerData): ElectionReport[] {
  return electionsHeldIn(period, data).map((e) => {
    const candidates = inStrokeOrder(data.tables.candidates.filter((c) => c.electionId === e.id));
    const ballots = data.tables.ballots.filter((b) => b.electionId === e.id);
    const o = electionOutcome(e, candidates, ballots);
    const first = o.rounds[0];
    const electedIds = new Set(o.elected.map((c) => c.key));
    return {
      name: e.name,
      entitled: e.entitled,
      present: e.present,
      quorum: o.quorum.required,
      quorumMet: o.quorum.met,
      issued: e.issued,
      returned: e.returned,
      valid: first?.tally.valid ?? 0,
      invalid: first?.tally.invalid ?? 0,
      threshold: first?.threshold ?? 0,
      candidates: (first?.contenders ?? [])
        .filter((c) => c.candidateId !== null)
        .map((c) => ({
          name: c.name,
          for: c.for,
          against: c.against,
          abstain: c.abstain,
          elected: electedIds.has(c.key),
        })),
      tie: o.tie.map((c) => c.name),
      writeIns: { ...(first?.tally.writeIns ?? {}) },
    };
  });
}

/**
 * §11 defines no `elections.*` key: the elections of the period are reported as
 * `elections[]` (electionReports), which the 年度统计 page lists in its own table.
 */
export function electionsFigures(_period: Period, _data: LedgerData): Figure[] {
  return [];
}
