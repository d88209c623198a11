import type { LedgerSheet } from '../../workbook/sheetTypes';

/** This ledger's sheets in the 年度台账 workbook (LEDGERS.md §10), in workbook order. */
export const NOTICES_SHEETS: readonly LedgerSheet[] = [
  {
    name: '发文',
    keyField: 'title',
    minOtherFields: 1,
    columns: [
      {
        header: '文号',
        field: 'number',
        kind: 'text',
        synonyms: ['发文字号', '发文号'],
        width: 22,
      },
      { header: '日期', field: 'date', kind: 'date', synonyms: ['发文日期', '成文日期'] },
      {
        header: '标题',
        field: 'title',
        kind: 'text',
        synonyms: ['文件标题', '发文标题', '文件名称'],
        width: 40,
      },
    ],
    rows: (data) =>
      [...data.tables.documents]
        .sort((a, b) => String(a.date ?? '').localeCompare(String(b.date ?? '')) || a.seq - b.seq)
        .map((d) => ({
          number: typeof d.number === 'string' && d.number ? d.number : null,
          date: typeof d.date === 'string' ? d.date : null,
          title: typeof d.title === 'string' ? d.title : null,
        })),
  },
];
