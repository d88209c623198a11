import type { Figure, LedgerData, Period } from '../../types';
import { ASSISTANCE_KINDS, isOpenOn } from './hardship';

/** 分 → 「21000.00」: money figures are strings with two decimals (LEDGERS.md §11). */
export function centsFigure(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * The hardship ledger's figures (LEDGERS.md §11 hardship.*), and the kinds the year-end
 * report quotes (「救济救助特困职工15人，发放救济金21000元」): members helped, money by kind.
 */
export function hardshipFigures(period: Period, data: LedgerData): Figure[] {
  const files = data.tables.hardshipFiles;
  const open = files.filter((f) => isOpenOn(f, period.to));
  const filed = files.filter((f) => f.filingDate >= period.from && f.filingDate <= period.to);
  const exited = files.filter(
    (f) =>
      f.status === '脱困' &&
      f.exitDate !== null &&
      f.exitDate >= period.from &&
      f.exitDate <= period.to,
  );
  const given = data.tables.hardshipAssistance
    .filter((a) => a.date >= period.from && a.date <= period.to)
    .sort((a, b) => a.date.localeCompare(b.date));
  const total = given.reduce((s, a) => s + a.amountCents, 0);
  const helped = [...new Set(given.map((a) => a.memberId))];
  const superior = given.filter((a) => a.source === '上级帮扶');

  const figures: Figure[] = [
    {
      key: 'hardship.openFiles',
      label: '在档困难职工',
      value: open.length,
      unit: '户',
      definition: '统计期末仍在档的困难职工档案（建档日期不晚于期末，且期末前未脱困）',
      table: 'hardshipFiles',
      recordIds: open.map((f) => f.id),
    },
    {
      key: 'hardship.filed',
      label: '新建困难职工档案',
      value: filed.length,
      unit: '户',
      definition: '建档日期在统计期内的档案',
      table: 'hardshipFiles',
      recordIds: filed.map((f) => f.id),
    },
    {
      key: 'hardship.exited',
      label: '脱困',
      value: exited.length,
      unit: '户',
      definition: '脱困日期在统计期内的档案',
      table: 'hardshipFiles',
      recordIds: exited.map((f) => f.id),
    },
    {
      key: 'hardship.assistanceCount',
      label: '帮扶次数',
      value: given.length,
      unit: '次',
      definition: '帮扶日期在统计期内的帮扶记录（慰问金、金秋助学、医疗救助、物资等）',
      table: 'hardshipAssistance',
      recordIds: given.map((a) => a.id),
    },
    {
      key: 'hardship.assistanceTotal',
      label: '帮扶金额',
      value: centsFigure(total),
      unit: '元',
      definition: '以上帮扶记录的金额合计（物资按折合金额）',
      table: 'hardshipAssistance',
      recordIds: given.map((a) => a.id),
    },
    {
      key: 'hardship.assistedMembers',
      label: '受帮扶职工',
      value: helped.length,
      unit: '人',
      definition: '统计期内得到至少一次帮扶的职工（每人只计一次）',
      table: 'members',
      recordIds: helped,
    },
    {
      key: 'hardship.fromSuperior',
      label: '上级帮扶资金',
      value: centsFigure(superior.reduce((s, a) => s + a.amountCents, 0)),
      unit: '元',
      definition: '以上帮扶中资金来源为“上级帮扶”的金额合计',
      table: 'hardshipAssistance',
      recordIds: superior.map((a) => a.id),
    },
  ];
  // Money by kind, every kind always (0.00 when none), so the report's keys are the same
  // for every union and year — a federation rolls 400 reports up by key.
  for (const kind of ASSISTANCE_KINDS) {
    const rows = given.filter((a) => a.kind === kind);
    figures.push({
      key: `hardship.byKind.${kind}`,
      label: `帮扶金额：${kind}`,
      value: centsFigure(rows.reduce((s, a) => s + a.amountCents, 0)),
      unit: '元',
      definition: `以上帮扶中形式为“${kind}”的金额合计（${rows.length}次）`,
      table: 'hardshipAssistance',
      recordIds: rows.map((a) => a.id),
    });
  }
  return figures;
}
