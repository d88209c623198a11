export { RosterPage } from './RosterPage';
export { registerMemberRecordSection } from './MemberRecordsSlot';
export type { MemberRecordSection } from './MemberRecordsSlot';
export { useMembers, useMember, useOrgUnits } from './useRosterData';
