import { describe, expect, it } from 'vitest';
import {
  compareHonours,
  honourBatchLabel,
  honourYears,
  toHonour,
  validateHonour,
  type Honour,
  type HonourDraft,
} from './honours';

const draft = (fields: Partial<HonourDraft> = {}): HonourDraft => ({
  year: 2026,
  kind: '个人',
  recipient: '王芳',
  memberId: 'm1',
  title: '优秀工会积极分子',
  level: '市级',
  body: '示例市教育工会',
  date: null,
  ...fields,
});
const names = new Map([['m1', '王芳']]);

describe('validateHonour', () => {
  it('accepts an individual honour of this year', () => {
    expect(validateHonour(draft(), 2026)).toEqual({});
  });

  it('asks for the recipient and the title in Chinese', () => {
    const e = validateHonour(draft({ recipient: ' ', title: '' }), 2026);
    expect(e.recipient).toBe('请从花名册选择或填写获奖人姓名');
    expect(e.title).toBe('请填写荣誉称号，例如“优秀工会积极分子”');
    expect(validateHonour(draft({ kind: '集体', recipient: '' }), 2026).recipient).toBe(
      '请填写获奖集体名称，例如“语文组”',
    );
  });

  it('accepts next year (an honour announced ahead) but not a year after it or before 1949', () => {
    expect(validateHonour(draft({ year: 2027 }), 2026)).toEqual({});
    expect(validateHonour(draft({ year: 2028 }), 2026).year).toBe('年度应在 1949 到 2027 之间');
    expect(validateHonour(draft({ year: 1948 }), 2026).year).toBe('年度应在 1949 到 2027 之间');
    expect(validateHonour(draft({ year: Number.NaN }), 2026).year).toBe('请填写年度，例如 2026');
  });

  it('refuses a kind other than 个人 or 集体', () => {
    expect(validateHonour(draft({ kind: '团体' as never }), 2026).kind).toBe(
      '类型应为“个人”或“集体”',
    );
  });
});

describe('toHonour', () => {
  it('links an individual to the roster member', () => {
    expect(toHonour(draft(), 'h1', names)).toMatchObject({ memberId: 'm1', recipient: '王芳' });
  });

  it('keeps the name when the member is not on the roster', () => {
    expect(toHonour(draft({ memberId: 'gone', recipient: '赵敏' }), 'h1', names)).toMatchObject({
      memberId: null,
      recipient: '赵敏',
    });
  });

  it('never links a member to a collective honour', () => {
    expect(toHonour(draft({ kind: '集体', recipient: ' 语文组 ' }), 'h1', names)).toMatchObject({
      memberId: null,
      recipient: '语文组',
    });
  });
});

describe('honour lists', () => {
  const h = (id: string, fields: Partial<Honour>): Honour => ({ id, ...draft(), ...fields });

  it('orders newest year first, then higher level', () => {
    const list = [
      h('a', { year: 2025, level: '国家级' }),
      h('b', { year: 2026, level: '校级' }),
      h('c', { year: 2026, level: '省级' }),
    ];
    expect([...list].sort(compareHonours).map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });

  it('offers this year in the year filter even before anything is recorded', () => {
    expect(honourYears([], 2026)).toEqual([2026]);
    expect(honourYears([2024, 2024], 2026)).toEqual([2026, 2024]);
  });

  it('names the batch after the recipient and the title', () => {
    expect(honourBatchLabel('添加', h('a', {}))).toBe('添加表彰 王芳 优秀工会积极分子');
  });
});
