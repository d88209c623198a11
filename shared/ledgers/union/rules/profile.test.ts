import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DUES_RATE,
  emptyProfile,
  isFederation,
  normalizeProfile,
  unionTypeOf,
  validateProfile,
  type UnionProfile,
} from './profile';

const good: UnionProfile = {
  unionName: '示例中学工会委员会',
  unitName: '示例中学',
  chairName: '王丽华',
  termNumber: 3,
  termStart: '2023-09-01',
  termEnd: '2028-08-31',
  superiorUnion: '示例市教育工会',
  duesRate: 0.005,
  unitKind: '学校',
};

describe('validateProfile', () => {
  it('accepts a complete profile', () => {
    expect(validateProfile(good)).toEqual({});
  });

  it('asks for every required field of an empty profile in Chinese', () => {
    const e = validateProfile(emptyProfile());
    expect(e.unionName).toBe('请填写工会名称');
    expect(e.chairName).toBe('请填写工会主席');
    expect(e.superiorUnion).toBe('请填写上级工会');
    expect(e.termStart).toBe('请选择任期开始日期');
  });

  it('defaults the dues rate to 0.5%', () => {
    expect(emptyProfile().duesRate).toBe(DEFAULT_DUES_RATE);
    expect(DEFAULT_DUES_RATE).toBe(0.005);
  });

  it('refuses a term that ends before it starts or lasts longer than five years', () => {
    expect(validateProfile({ ...good, termEnd: '2023-01-01' }).termEnd).toContain('晚于开始日期');
    expect(validateProfile({ ...good, termEnd: '2030-08-31' }).termEnd).toContain('三年或五年');
  });

  it('refuses a union name without 工会 and an impossible dues rate', () => {
    expect(validateProfile({ ...good, unionName: '示例中学' }).unionName).toContain('工会');
    expect(validateProfile({ ...good, duesRate: 0.5 }).duesRate).toContain('0.5%');
  });

  it('accepts statistics years starting in January or October and refuses month 13', () => {
    expect(validateProfile({ ...good, statsYearStartMonth: 10 })).toEqual({});
    expect(validateProfile({ ...good, statsYearStartMonth: 1 })).toEqual({});
    expect(validateProfile({ ...good, statsYearStartMonth: 13 }).statsYearStartMonth).toContain(
      '1 到 12',
    );
  });
});

describe('工会类型 and 统计编码', () => {
  it('treats a profile without a type as a grassroots union', () => {
    expect(unionTypeOf(good)).toBe('基层工会');
    expect(isFederation({ unionType: '乡镇街道总工会' })).toBe(true);
  });

  it('keeps a federation type and a trimmed 统计编码 through normalizeProfile', () => {
    const p = normalizeProfile({ ...good, unionType: '乡镇街道总工会', statsCode: ' 3301-0012 ' });
    expect(p.unionType).toBe('乡镇街道总工会');
    expect(p.statsCode).toBe('3301-0012');
    expect(validateProfile(p)).toEqual({});
  });

  it('drops a blank 统计编码 and the default type, so old and new grassroots profiles match', () => {
    const p = normalizeProfile({ ...good, unionType: '基层工会', statsCode: '  ' });
    expect('statsCode' in p).toBe(false);
    expect('unionType' in p).toBe(false);
  });

  it('refuses an unknown type and a 统计编码 with other characters, in Chinese', () => {
    const e = validateProfile({ ...good, unionType: '总工会' as never, statsCode: '编码12' });
    expect(e.unionType).toBe('工会类型应为基层工会或乡镇街道总工会');
    expect(e.statsCode).toMatch(/只能由字母、数字和“-”组成/);
  });
});
