import type { CSSProperties } from 'react';

/*
 * The inline styles of a ruled sheet's rows and cells (print.css draws the rules through
 * .ud-sheet-row / .ud-sheet-cell). One copy for every ruled-table view.
 */

export const mm = (v: number): string => `${v}mm`;

/** Horizontal padding of a cell (both sides together): what fitFontPt must leave free. */
export const SHEET_CELL_PAD_MM = 2;

/** A ruled line of cells, `heightMm` high. */
export function sheetRowStyle(heightMm: number): CSSProperties {
  return { display: 'flex', height: mm(heightMm), '--ud-row-h': mm(heightMm) } as CSSProperties;
}

/** One cell: its width, font size, alignment (centred unless given) and weight. */
export function sheetCellStyle(
  widthMm: number,
  pt: number,
  align?: 'left' | 'right',
  bold?: boolean,
): CSSProperties {
  return {
    width: mm(widthMm),
    fontSize: `${pt}pt`,
    textAlign: align ?? 'center',
    paddingLeft: align === 'left' ? '1.5mm' : undefined,
    paddingRight: align === 'right' ? '1.5mm' : undefined,
    fontWeight: bold ? 700 : undefined,
    borderRight: '0.3mm solid #000',
  };
}
