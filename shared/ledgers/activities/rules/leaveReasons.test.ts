import { describe, expect, it } from 'vitest';
import { LEAVE_REASONS, leaveReasonOf } from './leaveReasons';

describe('leave reasons', () => {
  it('offers 病假 and 事假 first', () => {
    expect(LEAVE_REASONS.slice(0, 2)).toEqual(['病假', '事假']);
  });

  it('stores a typed reason trimmed, and a blank one as none', () => {
    expect(leaveReasonOf('  外出培训 ')).toBe('外出培训');
    expect(leaveReasonOf('   ')).toBeNull();
  });
});
