import { describe, expect, it } from 'vitest';
import { LEDGERS } from '../index';
import { computeFigures, computeReport } from './index';
import { SAMPLE_YEAR, YEAR_2026 } from './rules/sampleYear';

describe('computeReport', () => {
  it('gives the §11 figures of the hand-made year through the LEDGERS registry', () => {
    expect(computeReport(YEAR_2026, SAMPLE_YEAR).figures).toEqual({
      'honours.count': 2,
      'members.inService': 3,
      'members.retired': 2,
      'members.total': 5,
      'members.joined': 1,
      'members.retiredInPeriod': 1,
      'members.womenInService': 2,
      'staff.inService': 4,
      'membership.rate': 0.75,
      'activities.count': 2,
      'activities.personTimes': 4,
      'activities.personTimesWithGuests': 5,
      'activities.reachedInService': 2,
      'congress.sessions': 0,
      'proposals.received': 0,
      'proposals.accepted': 0,
      'proposals.toSuggestion': 0,
      'proposals.rejected': 0,
      'proposals.implemented': 0,
      'proposals.satisfied': 0,
      'suggestions.count': 0,
      'suggestions.adopted': 0,
    });
  });

  it('groups the figures by ledger in LEDGERS order', () => {
    expect(computeFigures(YEAR_2026, SAMPLE_YEAR).map((g) => g.label)).toEqual(
      LEDGERS.map((l) => l.label),
    );
  });
});
