// shared/ledgers/funds/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export {
  categoryText,
  DEFAULT_CATEGORY_TREE,
  parseCategory,
  validateCategoryTree,
  type CategoryNode,
  type CategoryTree,
} from './rules/categories';
export {
  buildRollLines,
  describeDuesRule,
  isDueInMonth,
  isMonth,
  monthEnd,
  monthlyDueFen,
  monthOf,
  monthsBetween,
  monthText,
  wageBaseOn,
  type DuesRule,
} from './rules/dues';
export {
  draftOf,
  emptyEntryDraft,
  fenToYuanText,
  isIncomplete,
  missingSignatures,
  parseYuan,
  validateEntry,
  type EntryErrors,
  type FundEntryDraft,
} from './rules/entries';
export {
  reckonRolls,
  stateOf,
  totalsBy,
  totalsOf,
  type DuesState,
  type DuesTotals,
  type MemberMonth,
} from './rules/payments';
export {
  FUND_LINK_LABELS,
  FUND_LINK_TABLES,
  type BudgetLine,
  type DuesPayment,
  type DuesRoll,
  type FundDirection,
  type FundEntry,
  type FundLink,
  type FundLinkTable,
  type FundYear,
  type Month,
  type WageBase,
} from './rules/rows';
export {
  DEFAULT_FUNDS_SETTINGS,
  retainedRemittanceFen,
  validateFundsSettings,
  type FundsSettings,
} from './rules/settings';
export {
  openingBalanceOf,
  budgetVsActual,
  inForceFen,
  overBudgetWarning,
  sumByCategory,
  yearBalance,
  type BudgetRow,
  type YearBalance,
} from './rules/year';
export {
  deleteFundEntry,
  duesRuleOf,
  getCategoryTree,
  getFundsSettings,
  getFundYear,
  listBudget,
  listFundEntries,
  listFundYears,
  listRollMonths,
  loadDuesMonth,
  makeDuesRoll,
  memberDues,
  postDuesMonth,
  recordDuesPayments,
  refundDuesPayment,
  saveBudget,
  saveCategoryTree,
  saveFundEntry,
  saveFundsSettings,
  setOpeningBalance,
  setWageBases,
  suggestVoucher,
  wageBasesOf,
  type BudgetInput,
  type DuesMonthView,
  type PaymentMark,
  type SavedEntry,
  type WageBaseInput,
} from './store/funds';
export { amountInWords } from './rules/amountWords';
export {
  buildBudgetReport,
  buildCashbook,
  buildDisclosure,
  buildDuesDetail,
  buildDuesSummary,
  buildReimbursement,
  disclosureLines,
  type DisclosureLine,
  type DuesPerson,
  type ReimbursementModel,
} from './print/documents';
export {
  buildFundsTable,
  tableRows,
  type FundsTableModel,
  type FundsTableRow,
} from './print/fundsTable';
export { distributionExpense, visitExpense, type CareExpense } from './rules/careExpense';
