import { describe, expect, it } from 'vitest';
import {
  summarizeEvaluation,
  validateEvaluation,
  type EvaluationSheet,
  type ItemGrade,
  type OverallGrade,
} from './evaluation';

const e = {
  items: ['德', '能'],
  people: [
    { key: 'p1', name: '王丽华', memberId: null, post: '工会主席' },
    { key: 'p2', name: '邓静', memberId: null, post: '副主席' },
  ],
};
let n = 0;
const sheet = (
  personKey: string,
  ratings: (ItemGrade | null)[],
  overall: OverallGrade | null,
): EvaluationSheet => ({
  id: `s${++n}`,
  evaluationId: 'e',
  personKey,
  number: n,
  ratings,
  overall,
  keyedAt: '',
});

describe('the summary form', () => {
  it('counts each grade per item and overall, with shares of the sheets that answered', () => {
    const [p1, p2] = summarizeEvaluation(e, [
      sheet('p1', ['好', '较好'], '优秀'),
      sheet('p1', ['好', '一般'], '称职'),
      sheet('p1', ['较好', null], '基本称职'),
      sheet('p1', [null, '差'], null),
      sheet('p2', ['差', '差'], '不称职'),
    ]);
    expect(p1!.sheets).toBe(4);
    expect(p1!.items[0]!.grades.counts).toEqual({ 好: 2, 较好: 1, 一般: 0, 差: 0 });
    expect(p1!.items[0]!.grades.answered).toBe(3);
    expect(p1!.items[0]!.grades.shares['好']).toBeCloseTo(2 / 3);
    expect(p1!.items[1]!.grades.counts).toEqual({ 好: 0, 较好: 1, 一般: 1, 差: 1 });
    expect(p1!.overall.counts).toEqual({ 优秀: 1, 称职: 1, 基本称职: 1, 不称职: 0 });
    expect(p1!.overall.answered).toBe(3);
    expect(p1!.competentShare).toBeCloseTo(2 / 3);
    expect(p2!.overall.shares['不称职']).toBe(1);
    expect(p2!.competentShare).toBe(0);
  });
  it('gives zero shares, not NaN, to a person with no sheets', () => {
    const [p1] = summarizeEvaluation(e, []);
    expect(p1!.overall.shares['优秀']).toBe(0);
    expect(p1!.competentShare).toBe(0);
  });
});

describe('an evaluation set-up', () => {
  const ok = {
    title: '2026年度民主测评',
    date: '2026-12-20',
    raters: '全体会员',
    items: ['德'],
    people: [{ name: '王丽华', memberId: null, post: '主席' }],
  };
  it('is valid as drafted', () => expect(validateEvaluation(ok)).toEqual({}));
  it('refuses no items, a repeated item and a person twice', () => {
    expect(validateEvaluation({ ...ok, items: [' '] }).items).toContain('请填写测评项目');
    expect(validateEvaluation({ ...ok, items: ['德', '德'] }).items).toBe('测评项目有重复');
    expect(validateEvaluation({ ...ok, people: [...ok.people, ...ok.people] }).people).toBe(
      '被测评人“王丽华”填了两次',
    );
  });
});
