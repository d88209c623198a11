// shared/ledgers/roster/excel/: the roster's workbooks (花名册, 导入模板, 实名制采集表) as a
// public entry of their own. They are written with SheetJS, so the renderer loads this entry
// with `await import(...)` when the chair exports — opening the roster loads no xlsx.
export { exportRosterXlsx, importTemplateXlsx, realNameSheetXlsx } from './rosterExport';
