import type { UnionDeskDb } from '../../../db/db';
import type { Batch } from '../../../db/batches';
import { getProfile, saveProfile } from '../../../db/settings';
import { emptyProfile } from '../../union/rules/profile';
import { validateYearCheckRules, type YearCheckRules } from '../rules/checkRules';

/** Saves 台账检查规则 with the union profile, as one undoable edit. */
export async function saveYearCheckRules(db: UnionDeskDb, rules: YearCheckRules): Promise<Batch> {
  const problems = validateYearCheckRules(rules);
  if (problems.length) throw new Error(`台账检查规则不能保存：${problems[0]}`);
  const profile = (await getProfile(db)) ?? emptyProfile();
  return saveProfile(db, { ...profile, checkRules: rules }, '修改台账检查规则');
}
