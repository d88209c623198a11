/**
 * The chair's own 工作总结 wording, kept as a template for next year (issue 14 item 2:
 * "Editable templates, as notices are"). A template is a section's text with merge fields —
 * the §11 keys in braces, 「全年共组织活动{activities.count}次，参加{activities.personTimes}人次」
 * — filled from the year's figures by the notice engine's mergeText, so a field that is not a
 * figure stays visible as 「{…}」 and is reported, as a notice template's typo is.
 *
 * Pure: templates and report in, texts and the unknown fields out. Where it is stored (the
 * settings table) is the screen's business.
 */
import { formatChineseDate } from '../../../core/text/dates';
import { mergeText, type MergePart } from '../../notices/rules/noticeMerge';
import type { Figure } from '../../types';
import type { LedgerFigures } from '../rules/report';
import type { Period } from '../../types';
import { SUMMARY_SECTIONS, type SummarySectionName } from './summaryDraft';

/** A template's text per section; a section without one keeps the automatic draft. */
export type SummaryTemplate = Partial<Record<SummarySectionName, string>>;

/** The longest field name: the longest §11 key with room to spare. */
export const SUMMARY_FIELD_MAX = 60;

/** A field the template may use: its key, its label and this year's value as it is written. */
export interface SummaryField {
  key: string;
  label: string;
  value: string;
}

/** A figure's value as the summary's sentences write it: 「254」, 「7140.00」, 「97.37%」. */
export function summaryValueText(f: Pick<Figure, 'value' | 'unit'>): string {
  if (f.unit === '' && typeof f.value === 'number') return `${(f.value * 100).toFixed(2)}%`;
  return String(f.value);
}

/** Every field of the period: the union's name, the year and period end, then every figure. */
export function summaryFields(input: {
  unionName: string;
  year: number | null;
  period: Period;
  groups: readonly LedgerFigures[];
}): SummaryField[] {
  return [
    { key: 'unionName', label: '工会名称', value: input.unionName },
    {
      key: 'year',
      label: '年度',
      value: input.year !== null ? String(input.year) : input.period.to.slice(0, 4),
    },
    { key: 'periodEnd', label: '统计截止日', value: formatChineseDate(input.period.to) },
    ...input.groups.flatMap((g) =>
      g.figures.map((f) => ({ key: f.key, label: f.label, value: summaryValueText(f) })),
    ),
  ];
}

export interface FilledSection {
  name: SummarySectionName;
  text: string;
  parts: MergePart[];
  /** Fields in braces that are not fields of the summary (typos, a notice's {时间}). */
  unknown: string[];
}

/** The template's sections filled from the fields; sections the template lacks are left out. */
export function fillSummaryTemplate(
  template: SummaryTemplate,
  fields: readonly SummaryField[],
): FilledSection[] {
  const values = Object.fromEntries(fields.map((f) => [f.key, f.value]));
  return SUMMARY_SECTIONS.flatMap((name) => {
    const text = template[name];
    if (text === undefined) return [];
    const m = mergeText(text, values, SUMMARY_FIELD_MAX);
    // A notice field ({时间}) counts as unknown here: the summary has no value for it.
    return [{ name, text: m.text, parts: m.parts, unknown: [...m.unknown, ...m.empty] }];
  });
}

/**
 * The chair's text turned into a template: each number that is this year's value of exactly
 * one figure (and is not a lone digit, which would match too much) becomes that figure's
 * field, so next year the sentence carries next year's number. Other numbers stay as typed.
 */
export function templateFromText(text: string, fields: readonly SummaryField[]): string {
  const byValue = new Map<string, string[]>();
  for (const f of fields) {
    if (f.key === 'unionName' || f.key === 'periodEnd') continue;
    if (!/^\d+(\.\d+)?%?$/.test(f.value) || /^\d$/.test(f.value)) continue;
    byValue.set(f.value, [...(byValue.get(f.value) ?? []), f.key]);
  }
  let out = text.replace(/\d+(?:\.\d+)?%?/g, (n) => {
    const keys = byValue.get(n);
    return keys?.length === 1 ? `{${keys[0]}}` : n;
  });
  const union = fields.find((f) => f.key === 'unionName')?.value;
  if (union) out = out.split(union).join('{unionName}');
  return out;
}
