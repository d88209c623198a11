import type { HeaderColumn } from './findHeader';
import type { ColumnMapping, RosterColumn } from './types';

/*
 * Which column fills which member field. Detection gives each field to the first column
 * that names it (a second 「电话」 column stays unmapped); the caller's mapping, keyed by
 * header text, overrides detection column by column.
 */

export function resolveColumns(
  columns: HeaderColumn[],
  overrides: ColumnMapping = {},
): RosterColumn[] {
  const taken = new Set<string>();
  return columns.map((col) => {
    let field = col.detected;
    if (Object.hasOwn(overrides, col.header)) field = overrides[col.header] ?? null;
    else if (field && taken.has(field)) field = null;
    if (field) taken.add(field);
    return { letter: col.letter, header: col.header, field };
  });
}

export function mappingOf(columns: RosterColumn[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const c of columns) mapping[c.header] = c.field;
  return mapping;
}

/**
 * The same headers in the same order give the same signature, whatever the title rows,
 * spacing or remarks (「身份证号（18位）」 = 「身份证号」).
 */
export function headerSignature(columns: HeaderColumn[]): string {
  return columns.map((c) => c.key).join('|');
}
