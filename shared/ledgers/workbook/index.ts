// shared/ledgers/workbook/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export { type WorkbookPlan } from './planWorkbook';
export { applyWorkbookImport, exportWorkbook, previewWorkbookImport } from './store';
