import { isIsoDate, type IsoDate } from '../../../core/text/dates';
import {
  AFFILIATED_KINDS,
  STANDARD_GRADES,
  type AffiliatedKind,
  type AffiliatedUnion,
  type UnitToUnionise,
} from './rows';
import type { TownshipSettings } from './settings';
import type { UnitKind } from '../../union/rules/profile';

/*
 * The rules of the federation's registry (LEDGERS.md §9, DOMAIN.md "Union structure"): what
 * makes an affiliated union's record consistent, and where its committee's term stands.
 * Pure: a record and the settings in, Chinese messages out.
 */

/** One problem of a record, at a field, in Chinese. A warning does not block a save. */
export interface RegistryProblem {
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** An affiliated union as the form edits it: the record without its id. */
export type AffiliatedUnionDraft = Omit<AffiliatedUnion, 'id' | 'demo'>;
export type UnitDraft = Omit<UnitToUnionise, 'id' | 'demo'>;

export const AFFILIATED_LABELS: Record<keyof AffiliatedUnionDraft, string> = {
  name: '工会名称',
  code: '统计编码',
  kind: '组建形式',
  coveredUnits: '覆盖单位数',
  staff: '职工人数',
  members: '会员人数',
  women: '女会员',
  chairName: '工会主席',
  chairPhone: '联系电话',
  termStart: '任期开始',
  termEnd: '任期届满',
  hasCongress: '职代会制度',
  hasCollectiveContract: '集体合同',
  hasOpenAffairs: '厂务公开',
  hasOwnAccount: '经费专用账户',
  grade: '规范化等级',
  founded: '成立日期',
  note: '备注',
};

/**
 * 组建形式 of a union that sent a package, from its own 所属类型: a school's union is
 * 单独建会（学校）, and so on. A 乡镇街道 sender (a federation reporting to another) or one
 * without a 所属类型 gets null: the federation chooses.
 */
export function kindOfSender(unitKind: UnitKind | undefined): AffiliatedKind | null {
  switch (unitKind) {
    case '学校':
      return '单独建会（学校）';
    case '机关':
      return '单独建会（机关）';
    case '企业':
      return '单独建会（企业）';
    default:
      return null;
  }
}

export function emptyAffiliatedDraft(): AffiliatedUnionDraft {
  return {
    name: '',
    code: '',
    kind: '单独建会（企业）',
    coveredUnits: 1,
    staff: 0,
    members: 0,
    women: 0,
    chairName: '',
    chairPhone: '',
    termStart: '',
    termEnd: '',
    hasCongress: false,
    hasCollectiveContract: false,
    hasOpenAffairs: false,
    hasOwnAccount: false,
    grade: '',
    founded: '',
    note: '',
  };
}

export function emptyUnitDraft(): UnitDraft {
  return { name: '', kind: '企业', staff: 0, unionId: '', note: '' };
}

export const isJoint = (kind: AffiliatedKind): boolean => kind === '联合工会';

/** Term length in years (months ÷ 12), counting 2024-09-01 → 2029-08-31 as five years. */
export function termLengthYears(start: IsoDate, end: IsoDate): number {
  const [ys, ms, ds] = start.split('-').map(Number) as [number, number, number];
  const [ye, me, de] = end.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(ye, me - 1, de + 1));
  let months = (next.getUTCFullYear() - ys) * 12 + next.getUTCMonth() + 1 - ms;
  if (next.getUTCDate() < ds) months--;
  return months / 12;
}

const count = (n: number) => Number.isInteger(n) && n >= 0;

/** Every problem of an affiliated union's record; errors block a save. */
export function validateAffiliated(
  u: AffiliatedUnionDraft,
  s: TownshipSettings,
  others: readonly Pick<AffiliatedUnion, 'id' | 'name' | 'code'>[] = [],
  selfId = '',
): RegistryProblem[] {
  const out: RegistryProblem[] = [];
  const err = (field: string, message: string) => out.push({ field, message, severity: 'error' });
  const warn = (field: string, message: string) =>
    out.push({ field, message, severity: 'warning' });
  const name = u.name.trim();
  if (!name) err('name', '请填写工会名称');
  else if (others.some((o) => o.id !== selfId && o.name.trim() === name))
    err('name', `已有名为“${name}”的下属工会`);
  const code = u.code.trim();
  if (code && others.some((o) => o.id !== selfId && o.code.trim() === code))
    err('code', `统计编码“${code}”已被另一家下属工会使用`);
  if (!(AFFILIATED_KINDS as readonly string[]).includes(u.kind))
    err('kind', `组建形式应为${AFFILIATED_KINDS.join('、')}之一`);
  if (!Number.isInteger(u.coveredUnits) || u.coveredUnits < 1)
    err('coveredUnits', '覆盖单位数应为不小于 1 的整数');
  else if (isJoint(u.kind) && u.coveredUnits < s.jointMinUnits.value)
    warn(
      'coveredUnits',
      `联合工会通常覆盖 ${s.jointMinUnits.value} 个以上单位，现为 ${u.coveredUnits} 个，请核对`,
    );
  else if (!isJoint(u.kind) && u.coveredUnits > 1 && u.kind.startsWith('单独建会'))
    warn('coveredUnits', `单独建会的工会通常只覆盖 1 个单位，现为 ${u.coveredUnits} 个`);
  if (!count(u.staff)) err('staff', '职工人数应为不小于 0 的整数');
  if (!count(u.members)) err('members', '会员人数应为不小于 0 的整数');
  if (!count(u.women)) err('women', '女会员人数应为不小于 0 的整数');
  if (count(u.staff) && count(u.members) && u.members > u.staff)
    err('members', `会员人数（${u.members}）不能多于职工人数（${u.staff}）`);
  if (count(u.members) && count(u.women) && u.women > u.members)
    err('women', `女会员（${u.women}）不能多于会员人数（${u.members}）`);
  const phone = u.chairPhone.replace(/[\s-]/g, '');
  if (phone && !/^\d{7,12}$/.test(phone))
    err('chairPhone', '联系电话应为 7 到 12 位数字（手机 11 位，座机可带区号）');
  for (const f of ['termStart', 'termEnd', 'founded'] as const)
    if (u[f] && !isIsoDate(u[f])) err(f, `${AFFILIATED_LABELS[f]}不是有效日期`);
  if (u.termStart && u.termEnd && isIsoDate(u.termStart) && isIsoDate(u.termEnd)) {
    if (u.termEnd <= u.termStart) err('termEnd', '任期届满日期应晚于任期开始日期');
    else {
      const years = termLengthYears(u.termStart, u.termEnd);
      const min = s.minTermYears.value;
      const max = s.maxTermYears.value;
      if (years < min || years > max)
        warn(
          'termEnd',
          `任期约 ${Math.floor(years)} 年，基层工会委员会每届任期一般为 ${min} 到 ${max} 年，请核对`,
        );
    }
  } else if (u.termStart && !u.termEnd) warn('termEnd', '有任期开始日期，但没有填任期届满日期');
  if (u.founded && u.termStart && isIsoDate(u.founded) && u.founded > u.termStart)
    warn('founded', '成立日期晚于本届任期开始日期，请核对');
  if (!(STANDARD_GRADES as readonly string[]).includes(u.grade))
    err('grade', `规范化等级应为${STANDARD_GRADES.filter((g) => g).join('、')}或不填`);
  return out;
}

export function validateUnit(
  u: UnitDraft,
  unions: readonly Pick<AffiliatedUnion, 'id'>[],
  others: readonly Pick<UnitToUnionise, 'id' | 'name'>[] = [],
  selfId = '',
): RegistryProblem[] {
  const out: RegistryProblem[] = [];
  const name = u.name.trim();
  if (!name) out.push({ field: 'name', message: '请填写单位名称', severity: 'error' });
  else if (others.some((o) => o.id !== selfId && o.name.trim() === name))
    out.push({ field: 'name', message: `已有名为“${name}”的应建会单位`, severity: 'error' });
  if (!count(u.staff))
    out.push({ field: 'staff', message: '职工人数应为不小于 0 的整数', severity: 'error' });
  if (u.unionId && !unions.some((x) => x.id === u.unionId))
    out.push({ field: 'unionId', message: '所选的下属工会已不存在', severity: 'error' });
  return out;
}

export type TermState = '未填' | '已届满' | '即将届满' | '任期内';

/** Where a committee's term stands on `today`: 已届满 the day after termEnd. */
export function termState(
  u: Pick<AffiliatedUnion, 'termEnd'>,
  today: IsoDate,
  s: TownshipSettings,
): TermState {
  if (!u.termEnd || !isIsoDate(u.termEnd)) return '未填';
  if (u.termEnd < today) return '已届满';
  const days = Math.round(
    (Date.parse(`${u.termEnd}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
  return days <= s.termExpiringDays.value ? '即将届满' : '任期内';
}

/** 组建形式 from a sheet's words: 「联合」「学校」「村居」「社区」「行业」「企业」…; null when unknown. */
export function parseAffiliatedKind(text: string): AffiliatedKind | null {
  const t = text.replace(/\s/g, '');
  if (!t) return null;
  const exact = AFFILIATED_KINDS.find((k) => k === t);
  if (exact) return exact;
  if (/联合/.test(t)) return '联合工会';
  if (/行业/.test(t)) return '行业工会';
  if (/村|社区|居/.test(t)) return '村（社区）工会';
  if (/学校|小学|中学|幼儿园|学/.test(t)) return '单独建会（学校）';
  if (/机关/.test(t)) return '单独建会（机关）';
  if (/事业/.test(t)) return '单独建会（事业单位）';
  if (/企业|公司|厂|单独/.test(t)) return '单独建会（企业）';
  return null;
}

/** A flag cell: 是/有/√/✓/Y/1 → true; 否/无/×/N/0 → false; blank → null; else 'bad'. */
export function parseFlagText(text: string): boolean | null | 'bad' {
  const t = text.replace(/\s/g, '').toLowerCase();
  if (!t) return null;
  if (/^(是|有|√|✓|✔|y|yes|true|1|已建立|已建|已签订|已开设|建立)$/.test(t)) return true;
  if (/^(否|无|没有|×|✗|x|n|no|false|0|未建立|未建|未签订|未开设)$/.test(t)) return false;
  return 'bad';
}
