import { ageOn, type IsoDate } from '../../../core/text/dates';
import type { Member } from '../../roster/rules/member';
import { canVote, type Representative } from './congress';
import type { CongressSettings } from './settings';

/**
 * The make-up of a term's voting representatives (代表资格审查报告, LEDGERS.md §6) and the
 * warnings of 教育部令第32号 and the local rules: teachers at least 60%, leaders and
 * 中层干部 at most their share, women in proportion to the staff. Every warning says the
 * counts behind it.
 */

/** The roster facts composition needs of a representative. */
export type RepresentativeFacts = Pick<
  Member,
  'gender' | 'postCategory' | 'politicalStatus' | 'birthDate'
> & { post?: string | null };

export const TEACHER_CATEGORY = '专任教师';
export const LEADER_CATEGORIES = ['校级领导', '中层干部'] as const;
export const AGE_BANDS = ['35岁及以下', '36～45岁', '46～55岁', '56岁及以上', '未知'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * 专任教师 by 岗位类别; a roster that has no 岗位类别 for the person (kept before it existed)
 * falls back to 岗位 containing 「教师」.
 */
export function isTeacher(f: Pick<RepresentativeFacts, 'postCategory' | 'post'>): boolean {
  if (f.postCategory) return f.postCategory === TEACHER_CATEGORY;
  return /教师/.test(f.post ?? '');
}

/** 校级领导 or 中层干部 by 岗位类别, else by 岗位 (校长, 书记, 主任). */
export function isLeader(f: Pick<RepresentativeFacts, 'postCategory' | 'post'>): boolean {
  if (f.postCategory) return (LEADER_CATEGORIES as readonly string[]).includes(f.postCategory);
  return /校长|书记|主任/.test(f.post ?? '');
}

export function ageBandOf(birthDate: IsoDate | null | undefined, on: IsoDate): AgeBand {
  if (!birthDate) return '未知';
  const age = ageOn(birthDate, on);
  if (age <= 35) return '35岁及以下';
  if (age <= 45) return '36～45岁';
  if (age <= 55) return '46～55岁';
  return '56岁及以上';
}

export interface CountShare {
  label: string;
  count: number;
  /** count ÷ total, 0 when there is no one */
  share: number;
}

export interface Composition {
  /** 正式代表 */
  total: number;
  /** 列席 + 特邀 (not in the shares) */
  nonVoting: number;
  teachers: number;
  leaders: number;
  women: number;
  partyMembers: number;
  byCategory: CountShare[];
  byGender: CountShare[];
  byParty: CountShare[];
  byAge: CountShare[];
  byDelegation: CountShare[];
  warnings: string[];
}

const share = (count: number, total: number) => (total === 0 ? 0 : count / total);

function tally(labels: readonly string[], total: number): CountShare[] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts]
    .map(([label, count]) => ({ label, count, share: share(count, total) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-Hans-CN'));
}

/** 「60.00%」 */
export function pctText(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}

function factsOf(
  r: Representative,
  facts: ReadonlyMap<string, RepresentativeFacts>,
): RepresentativeFacts {
  const m = r.memberId !== null ? facts.get(r.memberId) : undefined;
  return {
    gender: m?.gender ?? r.gender,
    postCategory: m?.postCategory ?? null,
    politicalStatus: m?.politicalStatus ?? null,
    birthDate: m?.birthDate ?? null,
    post: m?.post ?? null,
  };
}

export function isPartyMember(politicalStatus: string | null): boolean {
  return politicalStatus === '中共党员' || politicalStatus === '中共预备党员';
}

/**
 * The composition of `representatives` (one term's), with warnings under `settings`.
 * `staff` is the in-service staff the women's share is compared with (empty: no comparison).
 */
export function composition(
  representatives: readonly Representative[],
  facts: ReadonlyMap<string, RepresentativeFacts>,
  settings: Pick<CongressSettings, 'teacherMinPct' | 'leadersMaxPct' | 'womenGapPct'>,
  opts: { on: IsoDate; staff?: readonly Pick<Member, 'gender'>[] },
): Composition {
  const voting = representatives.filter(canVote);
  const f = voting.map((r) => factsOf(r, facts));
  const n = voting.length;
  const teachers = f.filter(isTeacher).length;
  const leaders = f.filter(isLeader).length;
  const women = f.filter((x) => x.gender === '女').length;
  const partyMembers = f.filter((x) => isPartyMember(x.politicalStatus)).length;
  const warnings: string[] = [];
  if (n > 0) {
    // count/n ≥ pct/100  ⇔  count × 100 ≥ pct × n, in integers
    if (teachers * 100 < settings.teacherMinPct * n)
      warnings.push(
        `教师代表 ${teachers} 人，占正式代表 ${n} 人的 ${pctText(share(teachers, n))}，低于 ${settings.teacherMinPct}%（至少需 ${Math.ceil((settings.teacherMinPct * n) / 100)} 人）`,
      );
    if (leaders * 100 > settings.leadersMaxPct * n)
      warnings.push(
        `校级领导和中层干部代表 ${leaders} 人，占 ${pctText(share(leaders, n))}，超过 ${settings.leadersMaxPct}%（至多 ${Math.floor((settings.leadersMaxPct * n) / 100)} 人）`,
      );
    const staff = opts.staff ?? [];
    const staffWomen = staff.filter((s) => s.gender === '女').length;
    if (staff.length > 0) {
      // women/n < staffWomen/staff − gap/100  ⇔  100·women·S < (100·staffWomen − gap·S)·n
      const s = staff.length;
      if (100 * women * s < (100 * staffWomen - settings.womenGapPct * s) * n)
        warnings.push(
          `女代表 ${women} 人，占 ${pctText(share(women, n))}；在职教职工中女性 ${staffWomen} 人，占 ${pctText(share(staffWomen, s))}，女代表比例偏低（容许差 ${settings.womenGapPct} 个百分点）`,
        );
    }
  }
  return {
    total: n,
    nonVoting: representatives.length - n,
    teachers,
    leaders,
    women,
    partyMembers,
    byCategory: tally(
      f.map(
        (x) =>
          x.postCategory ??
          (isTeacher(x)
            ? '专任教师（按岗位）'
            : isLeader(x)
              ? '领导干部（按岗位）'
              : '其他（未填岗位类别）'),
      ),
      n,
    ),
    byGender: tally(
      f.map((x) => x.gender ?? '未知'),
      n,
    ),
    byParty: tally(
      f.map((x) => (isPartyMember(x.politicalStatus) ? '中共党员' : (x.politicalStatus ?? '未知'))),
      n,
    ),
    byAge: AGE_BANDS.map((band) => {
      const count = f.filter((x) => ageBandOf(x.birthDate, opts.on) === band).length;
      return { label: band, count, share: share(count, n) };
    }).filter((b) => b.label !== '未知' || b.count > 0),
    byDelegation: tally(
      voting.map((r) => r.delegation || '未分代表团'),
      n,
    ),
    warnings,
  };
}
