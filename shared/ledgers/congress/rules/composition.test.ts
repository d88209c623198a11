import { describe, expect, it } from 'vitest';
import type { Representative } from './congress';
import { ageBandOf, composition, type RepresentativeFacts } from './composition';
import { DEFAULT_CONGRESS_SETTINGS } from './settings';

function reps(
  list: {
    cat: string | null;
    gender: '男' | '女';
    party?: string;
    birth?: string;
    category?: Representative['category'];
  }[],
) {
  const facts = new Map<string, RepresentativeFacts>();
  const rows: Representative[] = list.map((x, i) => {
    facts.set(`m${i}`, {
      gender: x.gender,
      postCategory: x.cat,
      politicalStatus: x.party ?? '群众',
      birthDate: x.birth ?? '1980-01-01',
    });
    return {
      id: `r${i}`,
      termNumber: 3,
      memberId: `m${i}`,
      name: `代表${i}`,
      gender: null,
      delegation: i % 2 ? '初中部' : '高中部',
      category: x.category ?? '正式代表',
    };
  });
  return { rows, facts };
}

const many = (n: number, x: Parameters<typeof reps>[0][number]) =>
  Array.from({ length: n }, () => x);
const on = '2026-12-01';

describe('composition', () => {
  it('accepts teachers at exactly 60% and warns at one fewer, with the counts', () => {
    const ok = reps([
      ...many(6, { cat: '专任教师', gender: '女' }),
      ...many(4, { cat: '职员', gender: '女' }),
    ]);
    expect(composition(ok.rows, ok.facts, DEFAULT_CONGRESS_SETTINGS, { on }).warnings).toEqual([]);
    const low = reps([
      ...many(5, { cat: '专任教师', gender: '女' }),
      ...many(5, { cat: '职员', gender: '女' }),
    ]);
    expect(composition(low.rows, low.facts, DEFAULT_CONGRESS_SETTINGS, { on }).warnings).toEqual([
      '教师代表 5 人，占正式代表 10 人的 50.00%，低于 60%（至少需 6 人）',
    ]);
  });

  it('warns when leaders and 中层干部 exceed 25%: 5 of 20 is allowed, 6 is not', () => {
    const at = reps([
      ...many(14, { cat: '专任教师', gender: '女' }),
      ...many(1, { cat: '职员', gender: '女' }),
      ...many(2, { cat: '校级领导', gender: '男' }),
      ...many(3, { cat: '中层干部', gender: '女' }),
    ]);
    const c = composition(at.rows, at.facts, DEFAULT_CONGRESS_SETTINGS, { on });
    expect(c.leaders).toBe(5);
    expect(c.warnings).toEqual([]);
    const over = reps([
      ...many(14, { cat: '专任教师', gender: '女' }),
      ...many(2, { cat: '校级领导', gender: '男' }),
      ...many(4, { cat: '中层干部', gender: '女' }),
    ]);
    expect(composition(over.rows, over.facts, DEFAULT_CONGRESS_SETTINGS, { on }).warnings).toEqual([
      '校级领导和中层干部代表 6 人，占 30.00%，超过 25%（至多 5 人）',
    ]);
  });

  it('compares the women share with the staff: 50% of staff allows 40% but not 30%', () => {
    const staff = [
      ...many(10, { cat: null, gender: '女' }),
      ...many(10, { cat: null, gender: '男' }),
    ].map((x) => ({ gender: x.gender }));
    const forty = reps([
      ...many(4, { cat: '专任教师', gender: '女' }),
      ...many(6, { cat: '专任教师', gender: '男' }),
    ]);
    expect(
      composition(forty.rows, forty.facts, DEFAULT_CONGRESS_SETTINGS, { on, staff }).warnings,
    ).toEqual([]);
    const thirty = reps([
      ...many(3, { cat: '专任教师', gender: '女' }),
      ...many(7, { cat: '专任教师', gender: '男' }),
    ]);
    expect(
      composition(thirty.rows, thirty.facts, DEFAULT_CONGRESS_SETTINGS, { on, staff }).warnings,
    ).toEqual([
      '女代表 3 人，占 30.00%；在职教职工中女性 10 人，占 50.00%，女代表比例偏低（容许差 10 个百分点）',
    ]);
  });

  it('leaves 列席 and 特邀 out of the shares and counts party members and age bands', () => {
    const r = reps([
      { cat: '专任教师', gender: '女', party: '中共党员', birth: '1995-06-01' },
      { cat: '专任教师', gender: '男', party: '中共预备党员', birth: '1970-06-01' },
      { cat: '职员', gender: '男', category: '列席代表' },
    ]);
    const c = composition(r.rows, r.facts, DEFAULT_CONGRESS_SETTINGS, { on });
    expect(c.total).toBe(2);
    expect(c.nonVoting).toBe(1);
    expect(c.partyMembers).toBe(2);
    expect(c.byAge.find((b) => b.label === '35岁及以下')!.count).toBe(1);
    expect(c.byAge.find((b) => b.label === '56岁及以上')!.count).toBe(1);
  });

  it('puts 35 in the youngest band and 36 in the next', () => {
    expect(ageBandOf('1991-12-01', on)).toBe('35岁及以下');
    expect(ageBandOf('1990-12-01', on)).toBe('36～45岁');
    expect(ageBandOf(null, on)).toBe('未知');
  });
});
