import './registerMemberSection';

export { FundsPage } from './FundsPage';
export { MemberDues } from './MemberDues';
export { expenseEntryPath, useOfferExpenseEntry, type ExpenseOffer } from './offerExpenseEntry';
export { fundsRecordTable } from './figureRecords';
export { FundsReminders } from './FundsReminders';
export { ExpenseEntryButton } from './ExpenseEntryButton';
export { FundsTableView } from './print/FundsTableView';
