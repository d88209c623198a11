import { describe, expect, it } from 'vitest';
import { emptyVisitDraft, validateVisit, visitFromDraft, type VisitDraft } from './visit';

const draft = (over: Partial<VisitDraft> = {}): VisitDraft => ({
  ...emptyVisitDraft('2026-03-10'),
  reason: '生病住院',
  visitees: [
    {
      memberId: 'm1',
      relation: '本人',
      name: '王芳',
      cashCents: 0,
      goods: '水果',
      goodsCents: 30000,
    },
  ],
  ...over,
});

describe('validateVisit', () => {
  it('accepts a complete visit', () => {
    expect(validateVisit(draft())).toEqual({ errors: {}, warnings: [] });
  });
  it('names what is missing, in Chinese', () => {
    const { errors } = validateVisit(draft({ date: '', reason: '', visitees: [] }));
    expect(errors).toEqual({
      date: '请填写慰问日期',
      reason: '请选择慰问事由',
      visitees: '请至少添加一名慰问对象',
    });
  });
  it('says which visitee is wrong: goods value without goods, negative cash', () => {
    const v = draft({
      visitees: [
        {
          memberId: 'm1',
          relation: '本人',
          name: '王芳',
          cashCents: 0,
          goods: '',
          goodsCents: 100,
        },
        { memberId: 'm2', relation: '配偶', name: '李强', cashCents: -5, goods: '', goodsCents: 0 },
      ],
    });
    expect(validateVisit(v).errors).toEqual({
      'visitees.0': '第1名慰问对象（王芳）有物品价值，请填写物品',
      'visitees.1': '第2名慰问对象（李强）的现金应为不小于0的金额',
    });
  });
  it('refuses cash for a festival and flags a non-statutory one', () => {
    const v = draft({
      reason: '节日',
      festival: '教师节',
      visitees: [
        {
          memberId: 'm1',
          relation: '本人',
          name: '王芳',
          cashCents: 50000,
          goods: '',
          goodsCents: 0,
        },
      ],
    });
    const p = validateVisit(v);
    expect(p.errors['visitees.0']).toMatch(/^王芳：节日慰问只能发放实物/);
    expect(p.warnings).toEqual([expect.stringMatching(/“教师节”不是法定节日/)]);
  });
  it('a festival needs its name', () => {
    expect(validateVisit(draft({ reason: '节日', festival: ' ' })).errors.festival).toBe(
      '请填写是哪个节日',
    );
  });
  it('refuses the same visitee twice', () => {
    const x = draft().visitees[0]!;
    expect(validateVisit(draft({ visitees: [x, { ...x }] })).errors['visitees.1']).toBe(
      '“王芳”重复添加了',
    );
  });
});

describe('visitFromDraft', () => {
  it('keeps member ids distinct, clears festival and stay for other reasons', () => {
    const v = visitFromDraft(
      draft({
        reason: '生日',
        festival: '春节',
        surgery: true,
        stayId: 's1',
        visitees: [
          {
            memberId: 'm1',
            relation: '本人',
            name: '王芳 ',
            cashCents: 0,
            goods: '蛋糕',
            goodsCents: 20000,
          },
          {
            memberId: 'm1',
            relation: '子女',
            name: '王小',
            cashCents: 0,
            goods: '',
            goodsCents: 0,
          },
        ],
      }),
      'v1',
      'NOW',
    );
    expect(v).toMatchObject({
      id: 'v1',
      year: 2026,
      festival: null,
      surgery: false,
      stayId: null,
      memberIds: ['m1'],
    });
    expect(v.visitees[0]!.name).toBe('王芳');
  });
});
