import { describe, expect, it } from 'vitest';
import {
  committeeSize,
  committeeSizeAdvice,
  currentOfficers,
  toOfficer,
  validateOfficer,
  type Officer,
  type OfficerDraft,
} from './committee';

const draft = (fields: Partial<OfficerDraft> = {}): OfficerDraft => ({
  termNumber: 3,
  role: '委员',
  memberId: null,
  name: '王芳',
  startDate: '2023-09-01',
  endDate: null,
  ...fields,
});
const officer = (id: string, fields: Partial<Officer> = {}): Officer => ({
  id,
  ...draft(),
  ...fields,
});

describe('validateOfficer', () => {
  it('accepts a member in office since the start of the term', () => {
    expect(validateOfficer(draft())).toEqual({});
  });

  it('asks for the office and the name in Chinese', () => {
    const e = validateOfficer(draft({ role: ' ', name: '' }));
    expect(e.role).toBe('请选择或填写职务');
    expect(e.name).toBe('请从花名册选择或填写姓名');
  });

  it('refuses an end of office before its start, naming the start date', () => {
    expect(validateOfficer(draft({ endDate: '2023-08-31' })).endDate).toBe(
      '离任日期不能早于任职日期（2023-09-01）',
    );
    expect(validateOfficer(draft({ endDate: '2023-09-01' }))).toEqual({});
  });

  it('refuses a term number that is not a whole number from 1 to 99', () => {
    expect(validateOfficer(draft({ termNumber: 0 })).termNumber).toContain('届次');
    expect(validateOfficer(draft({ termNumber: 2.5 })).termNumber).toContain('届次');
  });

  it('refuses a date that is not a date', () => {
    expect(validateOfficer(draft({ startDate: '2023-02-30' })).startDate).toContain('不是有效日期');
  });
});

describe('currentOfficers', () => {
  const list = [
    officer('a', { role: '委员', name: '李强' }),
    officer('b', { role: '主席', name: '王丽华' }),
    officer('c', { role: '副主席', name: '赵敏', endDate: '2025-07-15' }),
    officer('d', { role: '副主席', name: '陈静', startDate: '2025-07-16' }),
    officer('e', { role: '会计', name: '丁一', startDate: '2027-01-01' }),
  ];

  it('lists who holds an office on the day, 主席 first', () => {
    expect(currentOfficers(list, '2026-11-21').map((o) => o.name)).toEqual([
      '王丽华',
      '陈静',
      '李强',
    ]);
  });

  it('still counts an officer on the last day of office', () => {
    expect(currentOfficers(list, '2025-07-15').map((o) => o.name)).toContain('赵敏');
    expect(currentOfficers(list, '2025-07-16').map((o) => o.name)).not.toContain('赵敏');
  });
});

describe('committeeSize', () => {
  it('counts people on the committee once, leaving out accountants and 经审 members', () => {
    const list = [
      officer('a', { role: '委员', memberId: 'm1', name: '王芳' }),
      officer('b', { role: '女职工委员会主任', memberId: 'm1', name: '王芳' }),
      officer('c', { role: '主席', memberId: null, name: '王丽华' }),
      officer('d', { role: '会计', memberId: 'm3', name: '丁一' }),
      officer('e', { role: '经审委员', memberId: 'm4', name: '李强' }),
    ];
    expect(committeeSize(list)).toBe(2);
  });
});

describe('committeeSizeAdvice (条例 第八条)', () => {
  it('is content with 3 to 7 members for a union of 25 to 200', () => {
    const a = committeeSizeAdvice(78, 7);
    expect(a.level).toBe('ok');
    expect(a.message).toBe('在职会员 78 人，委员会宜设委员 3–7 人；现有 7 人。');
    expect(a.source).toBe('《工会基层组织选举工作条例》第八条');
  });

  it('warns when a committee of 78 members has 8 people, naming the upper bound', () => {
    const a = committeeSizeAdvice(78, 8);
    expect(a.level).toBe('warning');
    expect(a.message).toContain('超过了 7 人');
  });

  it('puts 24 members in the 3–5 band and 25 in the 3–7 band', () => {
    expect(committeeSizeAdvice(24, 6).level).toBe('warning');
    expect(committeeSizeAdvice(25, 6).level).toBe('ok');
    expect(committeeSizeAdvice(200, 7).level).toBe('ok');
    expect(committeeSizeAdvice(201, 6).level).toBe('warning');
    expect(committeeSizeAdvice(1000, 15).level).toBe('ok');
  });

  it('lets a union under 25 members have a chair alone', () => {
    expect(committeeSizeAdvice(18, 1).level).toBe('ok');
    expect(committeeSizeAdvice(30, 1).level).toBe('warning');
  });

  it('asks for more people when the committee is too small', () => {
    expect(committeeSizeAdvice(300, 5).message).toContain('少于 7 人，请按程序增补');
  });

  it('gives no band above 1000 members or with an empty roster', () => {
    expect(committeeSizeAdvice(1001, 9).level).toBe('unknown');
    expect(committeeSizeAdvice(0, 0).level).toBe('unknown');
  });
});

describe('toOfficer', () => {
  const names = new Map([['m1', '王芳']]);

  it('keeps the member link when the member is on the roster', () => {
    expect(toOfficer(draft({ memberId: 'm1', name: '' }), 'o1', names)).toMatchObject({
      memberId: 'm1',
      name: '王芳',
    });
  });

  it('keeps the typed name and drops a link to a member who is not on the roster', () => {
    expect(toOfficer(draft({ memberId: 'gone', name: ' 李强 ' }), 'o1', names)).toMatchObject({
      memberId: null,
      name: '李强',
    });
  });
});
