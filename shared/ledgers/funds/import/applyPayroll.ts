import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { newId } from '../../../core/ids/newId';
import { isIsoDate } from '../../../core/text/dates';
import { buildRollLines, isMonth } from '../rules/dues';
import type { DuesRoll, Month, WageBase } from '../rules/rows';
import { duesRuleOf } from '../store/funds';
import type { PayrollApplyOptions, PayrollPreview } from './payroll';

/**
 * Writes a payroll preview as ONE batch: the wage bases from `basesFrom`, and the dues the
 * payroll withheld as payments of `duesMonth`. A month without a roll gets one, made by the
 * roll's own rule from the roster and the bases (this file's included), in the same batch:
 * the payroll is often the first thing the chair has of a month. Nothing is written when any
 * check fails.
 */
export async function applyPayrollImport(
  db: UnionDeskDb,
  preview: PayrollPreview,
  opts: PayrollApplyOptions,
): Promise<Batch> {
  if (preview.issues.some((i) => i.severity === 'error' && i.row === null))
    throw new Error(preview.issues.find((i) => i.row === null)!.message);
  if (opts.basesFrom !== null && !isIsoDate(opts.basesFrom))
    throw new Error('工资基数的起始日期无效');
  if (opts.duesMonth !== null && !isMonth(opts.duesMonth)) throw new Error('会费所属月份无效');
  if (opts.duesMonth !== null && !isIsoDate(opts.paidOn)) throw new Error('缴纳日期无效');
  const bases =
    opts.basesFrom === null ? [] : preview.rows.filter((r) => r.baseFen !== null && r.baseFen > 0);
  const dues =
    opts.duesMonth === null ? [] : preview.rows.filter((r) => r.duesFen !== null && r.duesFen > 0);
  if (bases.length === 0 && dues.length === 0)
    throw new Error('工资表中没有可导入的工资基数或会费');
  const ids = bases.map((r) => r.memberId);
  const kept = ids.length ? await db.wageBases.where('memberId').anyOf(ids).toArray() : [];
  const newBases: WageBase[] = bases.map((r) => {
    const same = kept.find((k) => k.memberId === r.memberId && k.from === opts.basesFrom);
    return {
      id: same?.id ?? newId('wb'),
      memberId: r.memberId,
      from: opts.basesFrom!,
      baseFen: r.baseFen!,
      postWageFen: r.postWageFen,
      gradeWageFen: r.gradeWageFen,
      source: '工资表导入',
    };
  });
  const roll =
    dues.length && !(await db.duesRolls.where('month').equals(opts.duesMonth!).first())
      ? await newRoll(db, opts.duesMonth!, newBases)
      : null;
  const { batch } = await writeBatch(
    db,
    { kind: 'import', label: `从工资表导入 ${preview.file}` },
    ['wageBases', 'duesPayments', 'duesRolls'],
    async (w) => {
      await w.bulkPut('wageBases', newBases);
      if (roll) {
        await w.put('duesRolls', roll);
        w.count('新生成会费名册', roll.lines.length);
      }
      await w.bulkAdd(
        'duesPayments',
        dues.map((r) => ({
          id: newId('pay'),
          memberId: r.memberId,
          month: opts.duesMonth!,
          amountFen: r.duesFen!,
          date: opts.paidOn,
          reversesId: null,
          note: '工资代扣',
        })),
      );
      w.count('工资基数', bases.length);
      w.count('会费', dues.length);
    },
  );
  return batch;
}

/** The month's roll as 生成会费名册 would make it, with the bases this import brings. */
async function newRoll(db: UnionDeskDb, month: Month, incoming: readonly WageBase[]) {
  const [members, stored, rule] = await Promise.all([
    db.members.toArray(),
    db.wageBases.toArray(),
    duesRuleOf(db),
  ]);
  const replaced = new Set(incoming.map((b) => b.id));
  const history = [...stored.filter((b) => !replaced.has(b.id)), ...incoming];
  const { lines } = buildRollLines(month, members, history, rule);
  const roll: DuesRoll = {
    id: newId('roll'),
    month,
    lines,
    rateBp: rule.rateBp,
    unitFen: rule.unitFen,
    createdAt: new Date().toISOString(),
  };
  return roll;
}
