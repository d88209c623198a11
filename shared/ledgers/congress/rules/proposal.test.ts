import { describe, expect, it } from 'vitest';
import {
  parseReviewText,
  proposalStage,
  replyToProposal,
  reviewProposal,
  reviewText,
  validateProposal,
  type Proposal,
  type ProposalDraft,
} from './proposal';

function proposal(over: Partial<Proposal> = {}): Proposal {
  return {
    id: 'p1',
    sessionId: 's1',
    number: null,
    title: '关于改善教师午餐的建议',
    proposer: { name: '王芳', memberId: 'm1' },
    proposerMemberId: 'm1',
    coSigners: [
      { name: '李强', memberId: 'm2' },
      { name: '张敏', memberId: 'm3' },
    ],
    category: '后勤保障',
    reasons: '',
    suggestion: '',
    receivedDate: '2026-03-10',
    review: '待审查',
    mergedIntoId: null,
    reviewReason: '',
    department: '',
    dueDate: null,
    reply: '',
    replyDate: null,
    implementation: null,
    satisfaction: null,
    createdAt: '',
    updatedAt: '',
    ...over,
  };
}

const draft = (over: Partial<ProposalDraft> = {}): ProposalDraft => ({
  sessionId: 's1',
  title: '关于改善教师午餐的建议',
  proposer: { name: '王芳', memberId: 'm1' },
  coSigners: [
    { name: '李强', memberId: 'm2' },
    { name: '张敏', memberId: 'm3' },
  ],
  category: '后勤保障',
  reasons: '',
  suggestion: '',
  receivedDate: '2026-03-10',
  ...over,
});

describe('validateProposal', () => {
  it('accepts two co-signers and refuses one, saying how many there are', () => {
    expect(validateProposal(draft(), 2)).toEqual({});
    expect(validateProposal(draft({ coSigners: [{ name: '李强', memberId: 'm2' }] }), 2)).toEqual({
      coSigners: '附议人至少 2 名代表，现有 1 名',
    });
    // the setting decides
    expect(validateProposal(draft({ coSigners: [{ name: '李强', memberId: 'm2' }] }), 1)).toEqual(
      {},
    );
  });

  it('refuses the proposer as a co-signer and a co-signer twice', () => {
    expect(
      validateProposal(
        draft({
          coSigners: [
            { name: '王芳', memberId: 'm1' },
            { name: '李强', memberId: 'm2' },
          ],
        }),
        2,
      ).coSigners,
    ).toBe('提案人不能同时是附议人');
    expect(
      validateProposal(
        draft({
          coSigners: [
            { name: '李强', memberId: 'm2' },
            { name: '李强', memberId: 'm2' },
          ],
        }),
        2,
      ).coSigners,
    ).toBe('附议人有重复');
  });

  it('needs 案由, proposer and received date', () => {
    const e = validateProposal(
      draft({ title: ' ', proposer: { name: '', memberId: null }, receivedDate: '' }),
      2,
    );
    expect(e).toMatchObject({
      title: '请填写案由',
      proposer: '请填写提案人',
      receivedDate: '请填写收到日期',
    });
  });
});

describe('the proposal lifecycle', () => {
  const today = '2026-04-01';
  it('goes 待审查 → 立案 (numbered) → 待答复 → 逾期 → 已答复 → 已落实 → 已评价', () => {
    let p = proposal();
    expect(proposalStage(p, today)).toBe('待审查');
    const others = [proposal({ id: 'p0', number: 4, review: '立案' })];
    const r = reviewProposal(p, { decision: '立案', department: '总务处', dueDate: '2026-03-31' }, [
      p,
      ...others,
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    p = r.proposal;
    expect(p.number).toBe(5);
    expect(p.department).toBe('总务处');
    expect(proposalStage(p, '2026-03-31')).toBe('待答复');
    expect(proposalStage(p, today)).toBe('逾期未答复');
    const replied = replyToProposal(p, {
      reply: '已与食堂协商增加菜品',
      replyDate: '2026-03-30',
      implementation: null,
      satisfaction: null,
    });
    expect(replied.ok).toBe(true);
    if (!replied.ok) return;
    expect(proposalStage(replied.proposal, today)).toBe('已答复');
    expect(proposalStage({ ...replied.proposal, implementation: '已落实' }, today)).toBe('已落实');
    expect(
      proposalStage({ ...replied.proposal, implementation: '已落实', satisfaction: '满意' }, today),
    ).toBe('已评价');
  });

  it('keeps its number when reviewed again, and loses it when no longer 立案', () => {
    const p = proposal({ number: 2, review: '立案', department: '教务处' });
    const again = reviewProposal(p, { decision: '立案', department: '教务处', dueDate: null }, [p]);
    expect(again.ok && again.proposal.number).toBe(2);
    const back = reviewProposal(p, { decision: '转为意见建议' }, [p]);
    expect(back.ok && back.proposal.number).toBe(null);
  });

  it('needs a department to 立案, a reason not to, and a 立案 proposal to merge into', () => {
    const p = proposal();
    expect(reviewProposal(p, { decision: '立案', department: ' ', dueDate: null }, [p])).toEqual({
      ok: false,
      error: '立案需填写承办部门',
    });
    expect(reviewProposal(p, { decision: '不立案', reason: '' }, [p])).toEqual({
      ok: false,
      error: '不立案需写明理由',
    });
    const pending = proposal({ id: 'p2' });
    expect(reviewProposal(p, { decision: '并案', intoId: 'p2' }, [p, pending])).toEqual({
      ok: false,
      error: '只能并入已立案的提案',
    });
    const main = proposal({ id: 'p3', number: 3, review: '立案' });
    const merged = reviewProposal(p, { decision: '并案', intoId: 'p3' }, [p, main]);
    expect(merged.ok && merged.proposal.mergedIntoId).toBe('p3');
    if (merged.ok) expect(reviewText(merged.proposal, new Map([['p3', main]]))).toBe('并案→3');
  });

  it('answers only a 立案 proposal and not before it was received', () => {
    expect(
      replyToProposal(proposal(), {
        reply: 'x',
        replyDate: null,
        implementation: null,
        satisfaction: null,
      }),
    ).toEqual({ ok: false, error: '提案“关于改善教师午餐的建议”未立案，不需要答复' });
    const p = proposal({ review: '立案', number: 1 });
    expect(
      replyToProposal(p, {
        reply: 'x',
        replyDate: '2026-03-01',
        implementation: null,
        satisfaction: null,
      }),
    ).toEqual({ ok: false, error: '答复日期早于收到日期' });
  });
});

describe('审查结论 text', () => {
  it('reads back what it writes', () => {
    expect(parseReviewText('并案→3')).toEqual({ review: '并案', intoNumber: 3, reason: '' });
    expect(parseReviewText('不立案（属个人事务）')).toEqual({
      review: '不立案',
      intoNumber: null,
      reason: '属个人事务',
    });
    expect(parseReviewText('立案')).toEqual({ review: '立案', intoNumber: null, reason: '' });
    expect(parseReviewText('')).toEqual({ review: '待审查', intoNumber: null, reason: '' });
    expect(parseReviewText('同意')).toBe(null);
    const p = proposal({ review: '不立案', reviewReason: '属个人事务' });
    expect(reviewText(p, new Map())).toBe('不立案（属个人事务）');
  });
});
