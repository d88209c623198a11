import type { IsoDate } from '../../core/text/dates';
import type { Member } from '../roster/rules/member';
import { isUnionMember, statusOn } from '../roster/rules/membership';
import {
  yearOf,
  type Campaign,
  type CareReason,
  type CareStay,
  type CareVisit,
  type Distribution,
  type DistributionRecipient,
  type FundSource,
  type Visitee,
  type VisiteeRelation,
} from './rules/records';

/**
 * Example care for 「载入示例数据」: a school union's usual year — 两节送温暖 for retirees and a
 * hardship family, a hospital stay visited twice, a birth, a bereavement, birthdays, a
 * retirement, 夏送清凉, and the 端午 and 中秋 distributions to everyone in service with their
 * receipts. Deterministic for the same members and year; every row has `demo: 1`. Visits
 * after `today` are left out; a distribution after `today` has its list but no receipts.
 */
export interface DemoCare {
  careVisits: CareVisit[];
  careStays: CareStay[];
  campaigns: Campaign[];
  distributions: Distribution[];
  distributionRecipients: DistributionRecipient[];
}

export function demoCare(
  allMembers: readonly Member[],
  opts: { now: string; today: IsoDate },
): DemoCare {
  const year = Number(opts.today.slice(0, 4));
  const day = (m: number, d: number) =>
    `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const members = [...allMembers].sort((a, b) => a.rosterOrder - b.rosterOrder);
  const inService = members.filter((m) => isUnionMember(m) && statusOn(m, day(1, 1)) === '在职');
  const retirees = members.filter((m) => isUnionMember(m) && m.status === '退休');
  const out: DemoCare = {
    careVisits: [],
    careStays: [],
    campaigns: [],
    distributions: [],
    distributionRecipients: [],
  };
  if (inService.length < 12) return out;
  const chair = inService[0]!;
  const vice = inService[1]!;
  const visitors = [
    { memberId: chair.id, name: chair.name },
    { memberId: vice.id, name: vice.name },
  ];
  let n = 0;
  const campaign = (name: string, kind: Campaign['kind'], start: string, end: string): Campaign => {
    const c: Campaign = {
      id: `demo-camp-${out.campaigns.length + 1}`,
      name: `${year}年${name}`,
      kind,
      year,
      startDate: start,
      endDate: end,
      notes: '',
      demo: 1,
    };
    out.campaigns.push(c);
    return c;
  };
  const who = (
    m: Member,
    cash: number,
    goods = '',
    goodsYuan = 0,
    relation: VisiteeRelation = '本人',
    name = m.name,
  ): Visitee => ({
    memberId: m.id,
    relation,
    name,
    cashCents: cash * 100,
    goods,
    goodsCents: goodsYuan * 100,
  });
  const visit = (
    date: string,
    reason: CareReason,
    visitees: Visitee[],
    extra: Partial<CareVisit> & { fundSource?: FundSource } = {},
  ): CareVisit | null => {
    if (date > opts.today) return null;
    const v: CareVisit = {
      id: `demo-care-${++n}`,
      date,
      year: yearOf(date),
      reason,
      festival: null,
      surgery: false,
      visitees,
      memberIds: [...new Set(visitees.map((x) => x.memberId))],
      visitors,
      fundSource: '工会经费',
      place: '',
      voucherNo: '',
      notes: '',
      stayId: null,
      campaignId: null,
      createdAt: opts.now,
      updatedAt: opts.now,
      ...extra,
      demo: 1,
    };
    out.careVisits.push(v);
    return v;
  };

  // 两节送温暖: Spring Festival goods for the retirees, and a hardship family.
  const warmth = campaign('两节送温暖', '两节送温暖', day(1, 20), day(2, 5));
  retirees.slice(0, 4).forEach((m, i) =>
    visit(day(1, 22 + i), '节日', [who(m, 0, '大米1袋、食用油1桶', 300)], {
      festival: '春节',
      place: '家中',
      campaignId: warmth.id,
    }),
  );
  const hardship = inService[9]!;
  visit(day(1, 26), '困难', [who(hardship, 2000)], {
    fundSource: '上级帮扶资金',
    place: '家中',
    campaignId: warmth.id,
    notes: '困难职工送温暖',
  });

  // A hospital stay: first visit opens it, a follow-up joins it (500 in all = 福建 cap).
  const patient = inService[4]!;
  const stay: CareStay = {
    id: 'demo-stay-1',
    memberId: patient.id,
    relation: '本人',
    name: patient.name,
    admittedOn: day(3, 9),
    dischargedOn: day(3, 30) <= opts.today ? day(3, 30) : null,
    surgery: false,
    hospital: '市人民医院',
    notes: '',
    demo: 1,
  };
  if (
    visit(day(3, 10), '生病住院', [who(patient, 0, '水果篮、牛奶', 300)], {
      place: '市人民医院',
      stayId: stay.id,
    })
  ) {
    out.careStays.push(stay);
    visit(day(3, 24), '生病住院', [who(patient, 200)], { place: '家中', stayId: stay.id });
  }

  // A birth (the child is the visitee), a bereavement (the father), a retirement.
  const parent = inService[6]!;
  visit(day(5, 12), '生育', [who(parent, 500, '', 0, '子女', `${parent.name.slice(0, 1)}小宝`)], {
    place: '妇幼保健院',
  });
  const bereaved = inService[7]!;
  visit(
    day(4, 3),
    '直系亲属去世',
    [who(bereaved, 1000, '', 0, '父母', `${bereaved.name.slice(0, 1)}父`)],
    {
      place: '家中',
      visitors: [...visitors, { memberId: inService[2]!.id, name: inService[2]!.name }],
    },
  );
  if (retirees[0])
    visit(day(7, 1), '退休', [who(retirees[0], 0, '纪念品', 500)], { place: '学校会议室' });

  // Birthdays: a cake for those born in the months already past.
  inService
    .filter((m) => m.birthDate && Number(m.birthDate.slice(5, 7)) <= 10)
    .slice(0, 6)
    .forEach((m) =>
      visit(day(Number(m.birthDate!.slice(5, 7)), 15), '生日', [who(m, 0, '生日蛋糕', 200)], {
        visitors: [],
      }),
    );

  // 夏送清凉 for the 后勤 staff.
  const summer = campaign('夏送清凉', '夏送清凉', day(7, 10), day(7, 20));
  visit(
    day(7, 15),
    '送清凉',
    inService.slice(10, 14).map((m) => who(m, 0, '绿豆、饮料', 60)),
    { campaignId: summer.id, place: '学校' },
  );

  // 端午 and 中秋 distributions to every member in service that day.
  const distribute = (
    id: string,
    date: string,
    occasion: string,
    festival: string,
    item: string,
    quantity: string,
    yuan: number,
  ) => {
    const d: Distribution = {
      id,
      date,
      year: yearOf(date),
      occasion,
      festival,
      item,
      quantity,
      valueCents: yuan * 100,
      fundSource: '工会经费',
      rule: { inService: true, retirees: false, nonMembers: false },
      campaignId: null,
      handler: vice.name,
      notes: '',
      createdAt: opts.now,
      updatedAt: opts.now,
      demo: 1,
    };
    out.distributions.push(d);
    const past = date <= opts.today;
    members
      .filter((m) => isUnionMember(m) && statusOn(m, date) === '在职')
      .forEach((m, i) => {
        // After the day the sheet comes back with most names signed: a few by proxy, a few
        // later, and one or two away that day who never signed (what 台账检查 asks about).
        const receipt = !past
          ? '未签'
          : i % 29 === 13
            ? '未签'
            : i % 17 === 5
              ? '代领'
              : i % 23 === 7
                ? '补签'
                : '本人';
        out.distributionRecipients.push({
          id: `${id}:${m.id}`,
          distributionId: id,
          memberId: m.id,
          name: m.name,
          department: m.department ?? '',
          unionGroup: m.unionGroup ?? '',
          order: i,
          receipt,
          proxyName: receipt === '代领' ? chair.name : null,
          signedOn:
            receipt === '未签'
              ? null
              : receipt === '补签'
                ? day(Number(date.slice(5, 7)), 28)
                : date,
          demo: 1,
        });
      });
  };
  distribute('demo-dist-1', day(6, 16), '端午节', '端午', '粽子礼盒', '1盒', 150);
  distribute('demo-dist-2', day(9, 22), '中秋节', '中秋', '月饼礼盒', '1盒', 200);
  return out;
}
