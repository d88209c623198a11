import { describe, expect, it } from 'vitest';
import type { LedgerData } from '../../types';
import {
  emptyAffiliatedDraft,
  parseAffiliatedKind,
  parseFlagText,
  termLengthYears,
  termState,
  validateAffiliated,
  validateUnit,
  type AffiliatedUnionDraft,
} from './affiliated';
import { townshipFigures } from './figures';
import { membershipRate, rateText, unionisationRate } from './rates';
import type { AffiliatedUnion, UnitToUnionise } from './rows';
import { DEFAULT_TOWNSHIP_SETTINGS as S, validateTownshipSettings } from './settings';

const draft = (f: Partial<AffiliatedUnionDraft> = {}): AffiliatedUnionDraft => ({
  ...emptyAffiliatedDraft(),
  name: '城南小学工会委员会',
  kind: '单独建会（学校）',
  staff: 80,
  members: 78,
  women: 50,
  termStart: '2024-09-01',
  termEnd: '2029-08-31',
  ...f,
});
const errors = (d: AffiliatedUnionDraft) =>
  validateAffiliated(d, S).filter((p) => p.severity === 'error');
const warnings = (d: AffiliatedUnionDraft) =>
  validateAffiliated(d, S).filter((p) => p.severity === 'warning');

const union = (id: string, f: Partial<AffiliatedUnion> = {}): AffiliatedUnion => ({
  id,
  ...draft({ name: id }),
  ...f,
});
const unit = (id: string, unionId: string, staff = 10): UnitToUnionise => ({
  id,
  name: id,
  kind: '企业',
  staff,
  unionId,
  note: '',
});

describe('validating an affiliated union', () => {
  it('accepts a complete single-unit union', () => {
    expect(validateAffiliated(draft(), S)).toEqual([]);
  });

  it('refuses more members than staff and more women than members, naming both numbers', () => {
    expect(errors(draft({ members: 81 }))).toEqual([
      expect.objectContaining({
        field: 'members',
        message: '会员人数（81）不能多于职工人数（80）',
      }),
    ]);
    expect(errors(draft({ women: 79 }))[0]?.message).toBe('女会员（79）不能多于会员人数（78）');
    expect(errors(draft({ members: 80, women: 80 }))).toEqual([]);
  });

  it('needs at least one covered unit, and warns when a 联合工会 covers only one', () => {
    expect(errors(draft({ coveredUnits: 0 }))[0]?.field).toBe('coveredUnits');
    expect(warnings(draft({ kind: '联合工会', coveredUnits: 1 }))[0]?.message).toMatch(
      /联合工会通常覆盖 2 个以上单位/,
    );
    expect(validateAffiliated(draft({ kind: '联合工会', coveredUnits: 2 }), S)).toEqual([]);
  });

  it('refuses a term that ends before it starts and warns outside 3–5 years', () => {
    expect(errors(draft({ termEnd: '2024-08-31' }))[0]?.message).toBe(
      '任期届满日期应晚于任期开始日期',
    );
    expect(warnings(draft({ termEnd: '2026-08-31' }))[0]?.message).toMatch(/约 2 年/);
    expect(warnings(draft({ termEnd: '2027-08-31' }))).toEqual([]);
    expect(warnings(draft({ termEnd: '2030-08-31' }))[0]?.field).toBe('termEnd');
  });

  it('refuses a name or 统计编码 another union already has', () => {
    const others = [{ id: 'u1', name: '城南小学工会委员会', code: 'A01' }];
    expect(validateAffiliated(draft(), S, others)[0]?.message).toMatch(/已有名为/);
    expect(validateAffiliated(draft(), S, others, 'u1')).toEqual([]);
    expect(validateAffiliated(draft({ name: 'x工会', code: 'A01' }), S, others)[0]?.field).toBe(
      'code',
    );
  });

  it('checks the phone and the grade', () => {
    expect(errors(draft({ chairPhone: '138-1234' }))).toEqual([]);
    expect(errors(draft({ chairPhone: '电话138' }))[0]?.field).toBe('chairPhone');
    expect(errors(draft({ grade: '优秀' as never }))[0]?.field).toBe('grade');
  });
});

describe('a unit that should have a union', () => {
  it('needs a name and an existing union when one is chosen', () => {
    const d = { name: '', kind: '企业', staff: 5, unionId: 'gone', note: '' };
    expect(validateUnit(d, [{ id: 'u1' }]).map((p) => p.field)).toEqual(['name', 'unionId']);
  });
});

describe('the committee term', () => {
  it('counts a term ending the day before its anniversary as whole years', () => {
    expect(termLengthYears('2024-09-01', '2029-08-31')).toBe(5);
    expect(termLengthYears('2024-09-01', '2027-08-31')).toBe(3);
  });

  it('is 已届满 the day after it ends and 即将届满 within 90 days', () => {
    const u = { termEnd: '2026-06-30' };
    expect(termState(u, '2026-07-01', S)).toBe('已届满');
    expect(termState(u, '2026-06-30', S)).toBe('即将届满');
    expect(termState(u, '2026-04-01', S)).toBe('即将届满');
    expect(termState(u, '2026-03-31', S)).toBe('任期内');
    expect(termState({ termEnd: '' }, '2026-03-31', S)).toBe('未填');
  });
});

describe('建会率 and 入会率', () => {
  const unions = [
    union('school', { staff: 80, members: 78 }),
    union('joint', { kind: '联合工会', coveredUnits: 3, staff: 40, members: 30 }),
  ];
  const units = [
    unit('school-unit', 'school'),
    unit('shop-a', 'joint'),
    unit('shop-b', 'joint'),
    unit('shop-c', 'joint'),
    unit('factory', ''),
  ];

  it('counts the three units a 联合工会 covers as unionised and the one without a union not', () => {
    const r = unionisationRate(units, unions);
    expect([r.numerator, r.denominator, r.value]).toEqual([4, 5, 0.8]);
    expect(r.recordIds).not.toContain('factory');
    expect(rateText(r)).toBe('80.00%（4 ÷ 5）');
    expect(r.definition).toMatch(/已建会单位 ÷ 应建会单位/);
  });

  it('does not count a unit pointing at a deleted union', () => {
    expect(unionisationRate([unit('x', 'gone')], unions).numerator).toBe(0);
  });

  it('divides members by the staff of unionised units, 4 decimals, 0 for no staff', () => {
    const r = membershipRate(unions);
    expect([r.numerator, r.denominator, r.value]).toEqual([108, 120, 0.9]);
    expect(membershipRate([union('a', { staff: 3, members: 2 })]).value).toBe(0.6667);
    expect(membershipRate([]).value).toBe(0);
  });
});

describe('the township figures', () => {
  const data = (profileType?: '乡镇街道总工会'): LedgerData =>
    ({
      profile: profileType ? { unionType: profileType } : null,
      tables: {
        affiliatedUnions: [
          union('school', { hasCongress: true, hasOwnAccount: true, termEnd: '2026-06-30' }),
          union('joint', { kind: '联合工会', coveredUnits: 3, staff: 40, members: 30, women: 9 }),
        ],
        unitsToUnionise: [unit('a', 'joint'), unit('b', 'joint'), unit('c', '')],
      },
    }) as unknown as LedgerData;

  it('counts organisations and covered units apart and names the records behind each', () => {
    const f = new Map(
      townshipFigures({ from: '2026-01-01', to: '2026-12-31' }, data()).map((x) => [x.key, x]),
    );
    expect(f.get('township.unions')?.value).toBe(2);
    expect(f.get('township.coveredUnits')?.value).toBe(4);
    expect(f.get('township.members')?.value).toBe(108);
    expect(f.get('township.women')?.value).toBe(59);
    expect(f.get('township.unionisationRate')?.value).toBe(0.6667);
    expect(f.get('township.unionisationRate')?.recordIds).toEqual(['a', 'b']);
    expect(f.get('township.membershipRate')?.value).toBe(0.9);
    expect(f.get('township.withCongress')?.recordIds).toEqual(['school']);
    expect(f.get('township.withCollectiveContract')?.value).toBe(0);
    expect(f.get('township.termExpired')?.recordIds).toEqual(['school']);
  });

  it('gives a term ending after the period no 已届满', () => {
    const f = townshipFigures({ from: '2026-01-01', to: '2026-06-30' }, data());
    expect(f.find((x) => x.key === 'township.termExpired')?.value).toBe(0);
  });

  it('gives a grassroots union with no registry no township figures', () => {
    const empty = { profile: null, tables: { affiliatedUnions: [], unitsToUnionise: [] } };
    expect(townshipFigures({ from: '2026-01-01', to: '2026-12-31' }, empty as never)).toEqual([]);
    const fed = { ...empty, profile: { unionType: '乡镇街道总工会' } };
    expect(townshipFigures({ from: '2026-01-01', to: '2026-12-31' }, fed as never)).toHaveLength(
      12,
    );
  });
});

describe('reading a federation list', () => {
  it('reads 组建形式 and 是/否/√/有 cells', () => {
    expect(parseAffiliatedKind('联合')).toBe('联合工会');
    expect(parseAffiliatedKind('学校')).toBe('单独建会（学校）');
    expect(parseAffiliatedKind('社区')).toBe('村（社区）工会');
    expect(parseAffiliatedKind('火星')).toBeNull();
    expect(['是', '√', '有', '否', '', '不知道'].map(parseFlagText)).toEqual([
      true,
      true,
      true,
      false,
      null,
      'bad',
    ]);
  });

  it('refuses settings whose shortest term is longer than the longest', () => {
    expect(
      validateTownshipSettings({ ...S, minTermYears: { value: 6, source: 'x' } }).join(),
    ).toMatch(/任期最短不能长于任期最长/);
  });
});
