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
      // The sample year keeps no care records: every care figure is zero.
      'care.visits': 0,
      'care.visiteeTimes': 0,
      'care.visitorTimes': 0,
      'care.beneficiaries': 0,
      'care.hospitalTimes': 0,
      'care.retireeTimes': 0,
      'care.familyTimes': 0,
      'care.hospitalRetireeFamilyTimes': 0,
      'care.cash': '0.00',
      'care.goods': '0.00',
      'care.total': '0.00',
      'care.fromUnionFunds': '0.00',
      'care.fromSuperior': '0.00',
      'care.fromAdministration': '0.00',
      'care.fromCharity': '0.00',
      'care.capWarnings': 0,
      'distributions.count': 0,
      'distributions.recipients': 0,
      'distributions.total': '0.00',
      'distributions.unsigned': 0,
      'hardship.openFiles': 0,
      'hardship.filed': 0,
      'hardship.exited': 0,
      'hardship.assistanceCount': 0,
      'hardship.assistanceTotal': '0.00',
      'hardship.assistedMembers': 0,
      'hardship.fromSuperior': '0.00',
      'hardship.byKind.慰问金': '0.00',
      'hardship.byKind.金秋助学': '0.00',
      'hardship.byKind.助学': '0.00',
      'hardship.byKind.医疗救助': '0.00',
      'hardship.byKind.物资': '0.00',
      'hardship.byKind.其他': '0.00',
      'dues.due': '0.00',
      'dues.paid': '0.00',
      'dues.outstanding': '0.00',
      'dues.memberMonths': 0,
      'funds.income': '0.00',
      'funds.expense': '0.00',
      'funds.closingBalance': '0.00',
      'funds.unapproved': 0,
      'funds.incomplete': 0,
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
