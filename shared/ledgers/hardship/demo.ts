import { toIsoDate, type IsoDate } from '../../core/text/dates';
import type { Member } from '../roster/rules/member';
import type { HardshipAssistance, HardshipFile } from './rules/hardship';

/**
 * Two hardship files for 「载入示例数据」 — a teacher whose spouse has uraemia (深度困难, a
 * child at university helped by 金秋助学) and a canteen worker widowed last year (意外致困)
 * — with a year of assistance: 送温暖 慰问金 at Spring Festival, 医疗救助 applied for at the
 * superior union, 金秋助学 in August. Dated in the current year up to `today`; every row
 * has `demo: 1`. Deterministic for the same members and year.
 */
export function demoHardship(
  members: readonly Member[],
  opts: { today: IsoDate; now: string },
): { hardshipFiles: HardshipFile[]; hardshipAssistance: HardshipAssistance[] } {
  const year = Number(opts.today.slice(0, 4));
  const inService = members.filter((m) => m.status === '在职');
  const flagged = inService.filter((m) => m.flags.hardship);
  // Flagged 困难职工 first; else ordinary staff further down the roster (not the chair or leaders).
  const pick = [...flagged, ...inService.slice(6).filter((m) => !m.flags.hardship)].slice(0, 2);
  if (pick.length < 2) return { hardshipFiles: [], hardshipAssistance: [] };
  const [a, b] = pick as [Member, Member];
  const leader = inService.find((m) => m.post?.includes('校长'))?.name ?? '张校长';
  const d = (y: number, m: number, day: number) => toIsoDate(y, m, day);
  const stamp = { demo: 1 as const, createdAt: opts.now, updatedAt: opts.now };

  const fileA: HardshipFile = {
    id: 'hf-demo-1',
    memberId: a.id,
    tier: '深度困难',
    mainCause: '患重特大疾病',
    secondaryCauses: ['子女上学'],
    household: [
      {
        relation: '本人',
        name: a.name,
        monthlyIncomeCents: 420_000,
        health: '健康',
        occupation: '在职教师',
      },
      {
        relation: '配偶',
        name: '刘桂芳',
        monthlyIncomeCents: 0,
        health: '尿毒症，每周透析三次',
        occupation: '无业',
      },
      {
        relation: '子女',
        name: `${a.name.slice(0, 1)}晓雨`,
        monthlyIncomeCents: 0,
        health: '健康',
        occupation: '省师范大学大二',
      },
      {
        relation: '母亲',
        name: '陈秀英',
        monthlyIncomeCents: 0,
        health: '高血压',
        occupation: '无',
      },
    ],
    householdSize: 4,
    recordedIncomePerHeadCents: null,
    pairedLeader: leader,
    surveyDate: d(year - 1, 3, 10),
    filingDate: d(year - 1, 3, 20),
    publicNoticeDate: d(year - 1, 3, 25),
    status: '在档',
    exitDate: null,
    reviews: [
      { date: d(year - 1, 12, 15), incomePerHeadCents: 105_000, note: '配偶继续透析，收入未变' },
    ],
    notes: '配偶透析费用医保报销后每月自付约1500元。',
    ...stamp,
  };
  const fileB: HardshipFile = {
    id: 'hf-demo-2',
    memberId: b.id,
    tier: '意外致困',
    mainCause: '遭受意外事故',
    secondaryCauses: ['单亲家庭', '子女上学'],
    household: [
      {
        relation: '本人',
        name: b.name,
        monthlyIncomeCents: 310_000,
        health: '健康',
        occupation: '在职',
      },
      {
        relation: '子女',
        name: `${b.name.slice(0, 1)}子涵`,
        monthlyIncomeCents: 0,
        health: '健康',
        occupation: '县一中高二',
      },
      {
        relation: '父亲',
        name: '王德福',
        monthlyIncomeCents: 95_000,
        health: '腿伤',
        occupation: '退休（养老金）',
      },
    ],
    householdSize: 3,
    recordedIncomePerHeadCents: null,
    pairedLeader: leader,
    surveyDate: d(year, 1, 8),
    filingDate: d(year, 1, 12),
    publicNoticeDate: d(year, 1, 15),
    status: '在档',
    exitDate: null,
    reviews: [],
    notes: '配偶上年因交通事故去世，家中主要劳动力丧失。',
    ...stamp,
  };
  const aid = (
    id: string,
    file: HardshipFile,
    fields: Partial<HardshipAssistance> & Pick<HardshipAssistance, 'date' | 'kind' | 'amountCents'>,
  ): HardshipAssistance => ({
    id,
    fileId: file.id,
    memberId: file.memberId,
    source: '本会',
    viaUnionAccount: true,
    superiorAppliedOn: null,
    superiorApproved: null,
    student: null,
    notes: '',
    campaignId: null,
    ...fields,
    ...stamp,
  });
  const assistance = [
    aid('ha-demo-1', fileA, {
      date: d(year, 1, 20),
      kind: '慰问金',
      amountCents: 100_000,
      notes: '两节送温暖',
    }),
    aid('ha-demo-2', fileB, {
      date: d(year, 1, 20),
      kind: '慰问金',
      amountCents: 80_000,
      notes: '两节送温暖',
    }),
    aid('ha-demo-3', fileA, {
      date: d(year, 4, 18),
      kind: '医疗救助',
      amountCents: 300_000,
      source: '上级帮扶',
      viaUnionAccount: false,
      superiorAppliedOn: d(year, 3, 28),
      superiorApproved: true,
      notes: '市总工会大病救助，直接拨付本人',
    }),
    aid('ha-demo-4', fileB, {
      date: d(year, 6, 1),
      kind: '物资',
      amountCents: 30_000,
      notes: '大米2袋、食用油2桶',
    }),
    aid('ha-demo-5', fileA, {
      date: d(year, 8, 25),
      kind: '金秋助学',
      amountCents: 200_000,
      student: { childName: fileA.household[2]!.name, school: '省师范大学', grade: '大二' },
      notes: '金秋助学',
    }),
    aid('ha-demo-6', fileB, {
      date: d(year, 8, 25),
      kind: '金秋助学',
      amountCents: 100_000,
      student: { childName: fileB.household[1]!.name, school: '县第一中学', grade: '高二' },
      notes: '金秋助学',
    }),
  ].filter((r) => r.date <= opts.today);
  return { hardshipFiles: [fileA, fileB], hardshipAssistance: assistance };
}
