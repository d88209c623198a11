/**
 * The numbers of the funds ledger's rules, each an editable setting with its source
 * (LEDGERS.md §4, §5). The dues rate itself is the union profile's 会费比例.
 */
export interface FundsSettings {
  /** The part of the wage base under this unit is ignored (10 元 by default; some units 100). */
  duesUnitFen: number;
  duesUnitSource: string;
  /** The union's retained share of the 2% payroll remittance, in percent (拨缴 60%). */
  retainedSharePct: number;
  retainedShareSource: string;
}

export const FUNDS_SETTINGS_KEY = 'funds.settings';

export const DEFAULT_FUNDS_SETTINGS: FundsSettings = {
  duesUnitFen: 1000,
  duesUnitSource: '工发〔1978〕101号：工资收入中不足十元的部分不计缴会费',
  retainedSharePct: 60,
  retainedShareSource:
    '《工会法》第四十三条（按全部职工工资总额 2% 拨缴）；基层留成 60% 为常见比例，以上级工会规定为准',
};

/** Settings as stored, with defaults for what is missing. */
export function fundsSettingsOf(stored: Partial<FundsSettings> | undefined): FundsSettings {
  return { ...DEFAULT_FUNDS_SETTINGS, ...(stored ?? {}) };
}

/** Chinese messages per field; empty when the settings can be saved. */
export function validateFundsSettings(
  s: FundsSettings,
): Partial<Record<keyof FundsSettings, string>> {
  const e: Partial<Record<keyof FundsSettings, string>> = {};
  if (!Number.isInteger(s.duesUnitFen) || s.duesUnitFen < 1 || s.duesUnitFen > 100000)
    e.duesUnitFen = '计缴单位应为 0.01 到 1000 元之间（通常为 10 元或 100 元）';
  if (!Number.isFinite(s.retainedSharePct) || s.retainedSharePct < 0 || s.retainedSharePct > 100)
    e.retainedSharePct = '留成比例应在 0% 到 100% 之间（通常为 60%）';
  if (!s.duesUnitSource.trim()) e.duesUnitSource = '请写明依据（文号或条款）';
  if (!s.retainedShareSource.trim()) e.retainedShareSource = '请写明依据（文号或条款）';
  return e;
}

/** The union profile's 会费比例 (0.005) as basis points (50), so dues are integer arithmetic. */
export function rateBpOf(duesRate: number | null | undefined): number {
  return Math.round((duesRate ?? 0.005) * 10000);
}

/**
 * The retained share of the 2% remittance: 2% of the payroll, of which this share stays
 * with the union (拨缴经费收入), rounded to 分.
 */
export function retainedRemittanceFen(payrollFen: number, retainedSharePct: number): number {
  return Math.round((payrollFen * 2 * retainedSharePct) / 10000);
}
