import { describe, expect, it } from 'vitest';
import { termStatus } from './term';

describe('termStatus', () => {
  it('says nothing while more than six months remain', () => {
    expect(termStatus({ termNumber: 3, termEnd: '2028-08-31' }, '2026-11-21')).toEqual({
      kind: 'ok',
    });
  });
  it('warns in the last six months', () => {
    const s = termStatus({ termNumber: 3, termEnd: '2027-03-31' }, '2026-11-21');
    expect(s.kind).toBe('ending');
    expect(s.kind !== 'ok' && s.message).toContain('第3届');
  });
  it('says the term has expired the day after it ends', () => {
    expect(termStatus({ termNumber: 2, termEnd: '2026-11-20' }, '2026-11-21').kind).toBe('expired');
    expect(termStatus({ termNumber: 2, termEnd: '2026-11-21' }, '2026-11-21').kind).toBe('ending');
  });
});
