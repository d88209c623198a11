import { describe, expect, it } from 'vitest';
import { summarizeEvaluation, type Evaluation } from '../rules/evaluation';
import { buildEvaluationSummary, buildRatingSheets } from './evaluationPrint';

const e: Evaluation = {
  id: 'e',
  title: '2026年度委员民主测评',
  date: '2026-12-20',
  year: 2026,
  raters: '全体会员',
  items: ['德', '能'],
  people: [{ key: 'p', name: '王丽华', memberId: null, post: '工会主席' }],
  createdAt: '',
  updatedAt: '',
};

describe('the evaluation printouts', () => {
  it('give a blank sheet per person with every item and grade', () => {
    const [s] = buildRatingSheets('示例中学工会', e);
    expect(s!.title).toBe('示例中学工会2026年度委员民主测评表');
    expect(s!.person).toBe('被测评人：王丽华（工会主席）');
    expect(s!.items).toEqual(['德', '能']);
    expect(s!.grades).toEqual(['好', '较好', '一般', '差']);
    expect(s!.overallGrades).toEqual(['优秀', '称职', '基本称职', '不称职']);
  });
  it('summarize counts and shares per item and overall', () => {
    const sheets = [
      {
        id: '1',
        evaluationId: 'e',
        personKey: 'p',
        number: 1,
        ratings: ['好' as const, '好' as const],
        overall: '优秀' as const,
        keyedAt: '',
      },
      {
        id: '2',
        evaluationId: 'e',
        personKey: 'p',
        number: 2,
        ratings: ['较好' as const, null],
        overall: '基本称职' as const,
        keyedAt: '',
      },
      {
        id: '3',
        evaluationId: 'e',
        personKey: 'p',
        number: 3,
        ratings: ['好' as const, '差' as const],
        overall: '称职' as const,
        keyedAt: '',
      },
    ];
    const [page] = buildEvaluationSummary('示例中学工会', e, summarizeEvaluation(e, sheets));
    expect(page!.rows[0]).toEqual({
      label: '德',
      cells: ['2（66.7%）', '1（33.3%）', '0（0.0%）', '0（0.0%）'],
    });
    expect(page!.rows[1]!.cells).toEqual(['1（50.0%）', '0（0.0%）', '0（0.0%）', '1（50.0%）']);
    expect(page!.overall.cells[0]).toBe('1（33.3%）');
    expect(page!.conclusion).toBe('称职以上（优秀、称职）2 票，占 66.7%。');
    expect(page!.pageText).toBe('第 1 页 共 1 页');
  });
});
