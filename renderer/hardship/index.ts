import './registerMemberSection';

export { HardshipPage } from './HardshipPage';
export { HardshipReviewReminder } from './ReviewReminder';
export { MemberHardship } from './MemberHardship';
export { hardshipRecordTable } from './hardshipRecords';
export { AssistanceLedgerView } from './print/AssistanceLedgerView';
