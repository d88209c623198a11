import { ageOn, type IsoDate } from '../../../core/text/dates';
import { isUnionMember, type Gender, type Member, type MemberStatus } from './member';
import {
  addMonths,
  DEFAULT_FEMALE_RETIREMENT_CATEGORY,
  type FemaleRetirementCategory,
} from './retirement';
import { DEFAULT_RETIREMENT_WITHIN_MONTHS, memberRetirementDate } from './retirementPreference';

/** The roster's flag filters, in the order the filter bar shows them. */
export const ROSTER_FLAGS = [
  'hardship',
  'modelWorker',
  'singleParent',
  'migrantWorker',
  'retirementNear',
] as const;
export type RosterFlag = (typeof ROSTER_FLAGS)[number];

export const ROSTER_FLAG_LABELS: Record<RosterFlag, string> = {
  hardship: '困难职工',
  modelWorker: '劳模',
  singleParent: '单亲',
  migrantWorker: '农民工',
  retirementNear: '退休临近',
};

/** Stands for 「未填」 in the department and union-group filters. */
export const UNASSIGNED = '__unassigned__';

/** 会员 / 非会员 (isUnionMember); null means both. */
export type MembershipFilter = 'member' | 'nonMember' | null;

/** Every field narrows the list; an empty array or null means "any". */
export interface RosterFilter {
  membership: MembershipFilter;
  statuses: MemberStatus[];
  departments: string[];
  unionGroups: string[];
  gender: Gender | null;
  ageMin: number | null;
  ageMax: number | null;
  /** A member must carry every flag listed. */
  flags: RosterFlag[];
}

/** What the roster opens with: members in service (在职). */
export function defaultRosterFilter(): RosterFilter {
  return {
    membership: null,
    statuses: ['在职'],
    departments: [],
    unionGroups: [],
    gender: null,
    ageMin: null,
    ageMax: null,
    flags: [],
  };
}

export interface FilterContext {
  today: IsoDate;
  /** 退休临近: retirement within this many months (a setting; default 12). */
  retirementWithinMonths: number;
  /** For women without their own category: the union's setting (default 干部, 55). */
  femaleCategory: FemaleRetirementCategory;
}

export { DEFAULT_RETIREMENT_WITHIN_MONTHS, memberRetirementDate };

export function defaultFilterContext(today: IsoDate): FilterContext {
  return {
    today,
    retirementWithinMonths: DEFAULT_RETIREMENT_WITHIN_MONTHS,
    femaleCategory: DEFAULT_FEMALE_RETIREMENT_CATEGORY,
  };
}

/** The last retirement date that counts as 退休临近 (overdue ones included, see retirement.ts). */
export function retirementHorizon(ctx: FilterContext): IsoDate {
  return addMonths(ctx.today, ctx.retirementWithinMonths);
}

export function hasFlag(
  m: Member,
  flag: RosterFlag,
  ctx: FilterContext,
  horizon: IsoDate = retirementHorizon(ctx),
): boolean {
  switch (flag) {
    case 'hardship':
      return m.flags.hardship === true;
    case 'modelWorker':
      return m.flags.modelWorker != null;
    case 'singleParent':
      return m.flags.singleParent === true;
    case 'migrantWorker':
      return m.flags.migrantWorker === true;
    case 'retirementNear': {
      if (m.status !== '在职') return false;
      const on = memberRetirementDate(m, ctx.femaleCategory);
      return on !== null && on <= horizon;
    }
  }
}

function inList(value: string | null, list: readonly string[]): boolean {
  if (list.length === 0) return true;
  return list.includes(value ?? UNASSIGNED);
}

/** True when the filter narrows nothing. */
export function isFilterEmpty(f: RosterFilter): boolean {
  return (
    f.membership === null &&
    f.statuses.length === 0 &&
    f.departments.length === 0 &&
    f.unionGroups.length === 0 &&
    f.gender === null &&
    f.ageMin === null &&
    f.ageMax === null &&
    f.flags.length === 0
  );
}

/** Members passing every part of the filter, in the order given. */
export function filterMembers<T extends Member>(
  members: readonly T[],
  f: RosterFilter,
  ctx: FilterContext,
): T[] {
  const statuses = new Set(f.statuses);
  const ageFiltered = f.ageMin !== null || f.ageMax !== null;
  const horizon = retirementHorizon(ctx);
  return members.filter((m) => {
    if (statuses.size > 0 && !statuses.has(m.status)) return false;
    if (f.membership !== null && isUnionMember(m) !== (f.membership === 'member')) return false;
    if (!inList(m.department, f.departments)) return false;
    if (!inList(m.unionGroup, f.unionGroups)) return false;
    if (f.gender !== null && m.gender !== f.gender) return false;
    if (ageFiltered) {
      // Unknown age never passes an age filter: the chair asked for an age range.
      if (!m.birthDate) return false;
      const age = ageOn(m.birthDate, ctx.today);
      if (f.ageMin !== null && age < f.ageMin) return false;
      if (f.ageMax !== null && age > f.ageMax) return false;
    }
    for (const flag of f.flags) if (!hasFlag(m, flag, ctx, horizon)) return false;
    return true;
  });
}
