import { describe, expect, it } from 'vitest';
import {
  committeeBandAdvice,
  inStrokeOrder,
  marginWarning,
  validateElection,
  type ElectionDraft,
} from './election';

const draft = (over: Partial<ElectionDraft> = {}): ElectionDraft => ({
  code: '2026-1',
  name: '第五届工会委员会换届选举',
  date: '2026-11-20',
  body: '会员大会',
  office: '委员',
  seats: 7,
  termNumber: 5,
  termYears: 5,
  entitled: 80,
  present: 70,
  issued: 70,
  returned: 70,
  chiefScrutineer: '赵监',
  scrutineers: ['钱监'],
  tellers: ['孙计'],
  candidates: ['王一', '李二', '张三', '刘四', '陈五', '杨六', '黄七', '周八'].map((name) => ({
    memberId: null,
    name,
  })),
  ...over,
});

describe('an election set-up', () => {
  it('is valid as drafted', () => {
    expect(validateElection(draft())).toEqual({});
  });
  it('refuses a candidate as a scrutineer or teller', () => {
    expect(validateElection(draft({ tellers: ['王一'] })).chiefScrutineer).toBe(
      '王一是候选人，不能担任总监票人、监票人或计票人',
    );
  });
  it('refuses more present than entitled and more issued than present', () => {
    expect(validateElection(draft({ present: 81 })).present).toContain('不能多于应到会');
    expect(validateElection(draft({ issued: 71 })).issued).toContain('不能多于实到人数');
  });
  it('refuses fewer candidates than seats and a name given twice', () => {
    expect(validateElection(draft({ seats: 9 })).candidates).toContain('少于应选人数');
    const twice = draft();
    twice.candidates.push({ memberId: null, name: '王一' });
    expect(validateElection(twice).candidates).toBe('候选人“王一”填了两次');
  });
});

describe('the 差额 warning', () => {
  it('warns at 7 candidates for 7 seats (等额) and is silent at 8', () => {
    expect(marginWarning(7, 7, 0.05)?.message).toContain('等额选举');
    expect(marginWarning(7, 8, 0.05)).toBeNull();
  });
  it('warns at 21 for 21 seats … and 22 (< 5%), not at 23', () => {
    expect(marginWarning(21, 22, 0.05)?.message).toContain('差额率不足 5%');
    expect(marginWarning(21, 23, 0.05)).toBeNull();
  });
});

describe('the committee band (条例 第八条)', () => {
  it('warns at 8 委员 for 80 members (3–7) and accepts 7', () => {
    expect(committeeBandAdvice(80, 8).level).toBe('warning');
    expect(committeeBandAdvice(80, 7).level).toBe('ok');
    expect(committeeBandAdvice(300, 7).level).toBe('ok');
    expect(committeeBandAdvice(300, 6).level).toBe('warning');
  });
});

it('orders candidates by surname strokes (王 4 strokes before 刘 6 and 张 7)', () => {
  expect(
    inStrokeOrder([{ name: '张三' }, { name: '王一' }, { name: '刘四' }]).map((c) => c.name),
  ).toEqual(['王一', '刘四', '张三']);
});
