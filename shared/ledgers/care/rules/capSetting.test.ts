import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../union/rules/profile';
import { copyProfile, CAP_PRESETS, DEFAULT_CAP_SETTING } from './caps';
import { capProfileText, capSettingFromText, capSettingOf } from './capSetting';

describe('慰问标准 in the 工会 sheet', () => {
  it('is blank until chosen, then the profile’s name', () => {
    expect(capProfileText(emptyProfile())).toBeNull();
    const p = { ...emptyProfile(), careCaps: { ...DEFAULT_CAP_SETTING, activeId: 'hubei-2018' } };
    expect(capProfileText(p)).toBe('湖北省（2018年实施细则）');
    expect(capSettingOf(emptyProfile()).activeId).toBe('fujian-2018');
  });
  it('reads a preset back by name or 文号, the chair’s own by name, and nothing else', () => {
    expect(capSettingFromText('安徽省（皖工发〔2025〕18号）', undefined)?.activeId).toBe(
      'anhui-2025',
    );
    expect(capSettingFromText('闽工〔2018〕158号', undefined)?.activeId).toBe('fujian-2018');
    const mine = copyProfile(CAP_PRESETS[0]!, 'mine', '本校标准');
    expect(
      capSettingFromText('本校标准', { ...DEFAULT_CAP_SETTING, custom: [mine] })?.activeId,
    ).toBe('mine');
    expect(capSettingFromText('上海', undefined)).toBeNull();
  });
});
