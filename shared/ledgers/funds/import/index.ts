// shared/ledgers/funds/import/: 从工资表导入 (read → match → apply), the renderer's entry for it.
export { applyPayrollImport } from './applyPayroll';
export {
  readPayroll,
  type PayrollApplyOptions,
  type PayrollIssue,
  type PayrollPreview,
  type PayrollRow,
} from './payroll';
