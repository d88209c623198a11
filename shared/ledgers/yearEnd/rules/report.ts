import type { Figure, LedgerData, LedgerModule, Period } from '../../types';
import { activityReports, type ActivityReport } from '../../activities/rules/activityReport';
import { periodText } from './period';
import { congressReports, type CongressReport } from '../../congress/rules/figures';
import { electionReports, type ElectionReport } from '../../elections/rules/report';

/** The figures of one ledger, as the 年度统计 page groups them. */
export interface LedgerFigures {
  ledger: LedgerModule['name'];
  label: string;
  figures: Figure[];
}

/** LEDGERS.md §11: what `ledger:report` prints and the 年度统计 page shows. */
export interface YearReport {
  period: Period;
  /** Each figure by key; a map figure (MAP_FIGURES) also as one object: category → value. */
  figures: Record<string, number | string | Record<string, number | string>>;
  activities: ActivityReport[];
  congress: CongressReport[];
  elections: ElectionReport[];
}

/** Every ledger's figures, in the ledgers' order; a key given twice is a programming error. */
export function figuresByLedger(
  period: Period,
  data: LedgerData,
  ledgers: readonly Pick<LedgerModule, 'name' | 'label' | 'figures'>[],
): LedgerFigures[] {
  const seen = new Set<string>();
  return ledgers.map((l) => {
    const figures = l.figures(period, data);
    for (const f of figures) {
      if (seen.has(f.key)) throw new Error(`figure key ${f.key} is declared twice`);
      seen.add(f.key);
    }
    return { ledger: l.name, label: l.label, figures };
  });
}

/**
 * §11 figures whose value is a map, category → sum: a ledger gives them one figure per
 * category (a Figure's value is a number or a string), keyed 「funds.incomeByCategory.会费收入」;
 * the report adds the whole map under the §11 key.
 */
export const MAP_FIGURES = ['funds.incomeByCategory', 'funds.expenseByCategory'] as const;

/** The report from figures already computed (so the page computes them once). */
export function reportOf(
  period: Period,
  data: LedgerData,
  groups: readonly LedgerFigures[],
): YearReport {
  const figures: YearReport['figures'] = {};
  for (const g of groups) for (const f of g.figures) figures[f.key] = f.value;
  for (const map of MAP_FIGURES) {
    const entries = Object.entries(figures).filter(([k]) => k.startsWith(`${map}.`));
    if (entries.length > 0)
      figures[map] = Object.fromEntries(
        entries.map(([k, v]) => [k.slice(map.length + 1), v as number | string]),
      );
  }
  return {
    period: { from: period.from, to: period.to },
    figures,
    activities: activityReports(period, data),
    congress: congressReports(period, data),
    elections: electionReports(period, data),
  };
}

/** The §11 report of `ledgers` (callers pass LEDGERS; tests pass hand-made modules). */
export function buildReport(
  period: Period,
  data: LedgerData,
  ledgers: readonly Pick<LedgerModule, 'name' | 'label' | 'figures'>[],
): YearReport {
  return reportOf(period, data, figuresByLedger(period, data, ledgers));
}

/** A figure's value as the page and the printout write it: 「75 人」, 「75.00%」 for a rate. */
export function figureText(f: Pick<Figure, 'value' | 'unit'>): string {
  if (f.unit === '' && typeof f.value === 'number') return `${(f.value * 100).toFixed(2)}%`;
  return f.unit ? `${f.value} ${f.unit}` : String(f.value);
}

/**
 * The report's title: 「示例中学工会2026年度统计」 for a statistics year, or with the dates
 * for any other period: 「示例中学工会年度统计（2026年1月1日至2026年6月30日）」.
 */
export function reportTitle(unionName: string, period: Period, year: number | null): string {
  if (year !== null) return `${unionName}${year}年度统计`;
  return `${unionName}年度统计（${periodText(period)}）`;
}
