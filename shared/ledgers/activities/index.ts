// shared/ledgers/activities/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export { signInPeople } from './print/activitySignIn';
export {
  buildSignInSheet,
  DEFAULT_SIGN_IN_OPTIONS,
  pageOfText,
  SIGN_IN_COLUMN_LABELS,
  SIGN_IN_COLUMNS,
  type SignInColumnKey,
  type SignInColumnSpec,
  type SignInRow,
  type SignInSheetModel,
} from './print/signInSheet';
export {
  type Activity,
  ACTIVITY_HOSTS,
  type ActivityDraft,
  type ActivityHost,
  type ActivityKind,
  type AttendanceState,
  AWARDS,
  describeRule,
  emptyActivityDraft,
  formatActivityWhen,
  type Participant,
  participantName,
  type ParticipantResult,
  type ParticipantRule,
  validateActivity,
  yearOf,
} from './rules/activity';
export {
  type AttendanceCounts,
  countAttendance,
  formatRate,
  type MemberParticipation,
  totalsOf,
} from './rules/activityStats';
export {
  activitiesOfMember,
  type ActivityListRow,
  addParticipantsByRule,
  type AttendanceChange,
  createActivity,
  deleteActivity,
  getActivity,
  listActivities,
  listActivityYears,
  listParticipants,
  listUpcomingActivities,
  listRosterChoices,
  previewRule,
  recordAttendance,
  type RosterChoices,
  setParticipantResult,
  setParticipants,
  updateActivity,
} from './store/activities';
export {
  addActivityKind,
  deleteActivityKind,
  listActivityKinds,
  renameActivityKind,
  reorderActivityKinds,
} from './store/activityKinds';
export { LEAVE_REASONS, leaveReasonOf } from './rules/leaveReasons';
export {
  DEFAULT_SIGN_IN_ORDER,
  participantsInSignInOrder,
  type SignInOrderOptions,
} from './rules/signInOrder';
export { getMembersById, listParticipantRoster, type ParticipantRoster } from './store/activities';
