// 年度台账 (the whole year's ledgers as one workbook): export button and import page.
export { ExportWorkbookButton, type ExportWorkbookButtonProps } from './ExportWorkbookButton';
export { WorkbookImportPage } from './WorkbookImportPage';
export { useWorkbookFile } from './useWorkbookFile';
