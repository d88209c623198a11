import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { findHeaderRow, headerLayout, headerVocabulary } from './findHeader';
import { sheetGrid } from './sheetGrid';

const vocab = headerVocabulary(
  { number: ['文号', '发文字号'], date: ['日期', '发文日期'], title: ['标题', '文件标题'] },
  'title',
  1,
);

function grid(rows: unknown[][]) {
  const ws = XLSX.utils.aoa_to_sheet(rows, { dense: true } as XLSX.AOA2SheetOpts);
  return sheetGrid(ws, 'S', false);
}

describe('findHeader with a field → synonyms table', () => {
  it('finds the header below a title row and names each column by its field', () => {
    const g = grid([
      ['城南小学工会发文登记'],
      ['发文字号', '发文 日期', '文件标题（全称）'],
      ['x', 'y', 'z'],
    ]);
    const r = findHeaderRow(g, vocab);
    expect(r).toBe(1);
    const layout = headerLayout(g, r!, vocab);
    expect(layout.columns.map((c) => c.detected)).toEqual(['number', 'date', 'title']);
  });

  it('finds no header when the key column is missing', () => {
    expect(findHeaderRow(grid([['文号', '日期', '备注']]), vocab)).toBeNull();
  });
});
