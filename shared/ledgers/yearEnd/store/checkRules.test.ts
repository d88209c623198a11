import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { undoBatch } from '../../../db/batches';
import { getProfile, saveProfile } from '../../../db/settings';
import { emptyProfile } from '../../union/rules/profile';
import { DEFAULT_YEAR_CHECK_RULES, yearCheckRulesOf } from '../rules/checkRules';
import { saveYearCheckRules } from './checkRules';

describe('saveYearCheckRules', () => {
  it('keeps the rules with 工会信息, leaves the rest of it alone, and undoes', async () => {
    const { db } = freshDb();
    await saveProfile(db, { ...emptyProfile(), unionName: '示例中学工会' });
    const rules = {
      ...DEFAULT_YEAR_CHECK_RULES,
      congressWindowMonths: { value: 9, source: '本校教代会实施细则第五条' },
    };
    const batch = await saveYearCheckRules(db, rules);
    const saved = await getProfile(db);
    expect(saved?.unionName).toBe('示例中学工会');
    expect(yearCheckRulesOf(saved).congressWindowMonths.value).toBe(9);
    expect(batch.label).toBe('修改台账检查规则');
    await undoBatch(db, batch.id);
    expect(yearCheckRulesOf(await getProfile(db)).congressWindowMonths.value).toBe(12);
  });

  it('refuses a rule without its source, saving nothing', async () => {
    const { db } = freshDb();
    const bad = {
      ...DEFAULT_YEAR_CHECK_RULES,
      termWarningMonths: { value: 3, source: '' },
    };
    await expect(saveYearCheckRules(db, bad)).rejects.toThrow(
      '台账检查规则不能保存：任期届满提前提醒请写明依据（文号或条款）',
    );
    expect(await getProfile(db)).toBeUndefined();
  });
});
