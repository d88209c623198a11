import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { newId } from '../../../core/ids/newId';
import { isIsoDate } from '../../../core/text/dates';
import { isMonth, monthText } from '../rules/dues';
import type { PayrollApplyOptions, PayrollPreview } from './payroll';

/**
 * Writes a payroll preview as ONE batch: the wage bases from `basesFrom`, and the dues the
 * payroll withheld as payments of `duesMonth` (which must have a roll). Nothing is written
 * when any check fails.
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
  if (dues.length && !(await db.duesRolls.where('month').equals(opts.duesMonth!).first()))
    throw new Error(`${monthText(opts.duesMonth!)}还没有会费名册，请先生成名册再导入会费`);
  const ids = bases.map((r) => r.memberId);
  const kept = ids.length ? await db.wageBases.where('memberId').anyOf(ids).toArray() : [];
  const { batch } = await writeBatch(
    db,
    { kind: 'import', label: `从工资表导入 ${preview.file}` },
    ['wageBases', 'duesPayments'],
    async (w) => {
      await w.bulkPut(
        'wageBases',
        bases.map((r) => {
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
        }),
      );
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
