// shared/ledgers/roster/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
// The roster's workbooks (SheetJS) are their own entry, ./excel/index.ts, loaded on demand.
export { rosterFileName } from './rules/fileName';
export { applyImport } from './import/apply';
export { fieldValueText, MEMBER_FIELD_LABELS } from './import/fieldLabels';
export { FIXABLE_FIELDS, type FixableField, fixRow, fixRowFields } from './import/fixRow';
export {
  type ChangeField,
  changesFor,
  keepFields,
  MATCH_BY_LABELS,
  membersMissingFromFile,
  planImport,
  planImportStepwise,
  type PlannedRow,
  type RowDecision,
} from './import/plan';
export {
  type ColumnMapping,
  MEMBER_FIELDS,
  type MemberField,
  type RosterReadResult,
} from './import/types';
// The printed lists (名册与名单) are their own entry, ./print/index.ts: 按姓名拼音 on paper
// reads surnames with pinyin-pro, which the roster page must not load. Their types stay here.
export type { ListOrder, RosterListKind, RosterListModel, RosterListRow } from './print/rosterList';
export {
  EMPLOYMENT_TYPES,
  type EmploymentType,
  FAMILY_RELATIONS,
  type FamilyMember,
  type FamilyRelation,
  type Gender,
  GENDERS,
  ID_TYPES,
  type IdType,
  isUnionMember,
  type Member,
  MEMBER_STATUSES,
  type MemberFlags,
  type MemberStatus,
  MODEL_WORKER_LEVELS,
  type ModelWorkerLevel,
  newMember,
  type OrgUnit,
  POLITICAL_STATUSES,
  POST_CATEGORIES,
  withStatus,
} from './rules/member';
export {
  GROUP_BY_LABELS,
  type GroupBy,
  MEMBER_ORDER_LABELS,
  type MemberOrder,
  sortMembers,
} from './rules/ordering';
export {
  DEFAULT_FEMALE_RETIREMENT_CATEGORY,
  FEMALE_RETIREMENT_CATEGORIES,
  type FemaleRetirementCategory,
  retirementAge,
} from './rules/retirement';
export {
  columnsFor,
  DEFAULT_ROSTER_COLUMN_KEYS,
  ROSTER_COLUMNS,
  type RosterColumn,
} from './rules/rosterColumns';
export {
  DEFAULT_RETIREMENT_WITHIN_MONTHS,
  defaultRosterFilter,
  type FilterContext,
  filterMembers,
  ROSTER_FLAG_LABELS,
  ROSTER_FLAGS,
  type RosterFilter,
  type RosterFlag,
  UNASSIGNED,
} from './rules/rosterFilter';
export {
  birthdaysInMonth,
  membersWithStatus,
  nextMonthOf,
  retirees,
  type StatusChoice,
  womenInService,
} from './rules/rosterLists';
export {
  memberSearchRecords,
  type MemberSearchRecords,
  type NamePinyin,
  type SearchIndex,
  searchMask,
  searchName,
} from './rules/rosterSearch';
export {
  parsePinyinCache,
  pinyinCacheKey,
  pinyinKeeper,
  type PinyinKeeper,
} from './rules/pinyinCache';
export { keepPinyin, readKeptPinyin } from './store/pinyinCache';
// Names as pinyin (pinyin-pro) are their own entry, ./pinyin.ts.
export {
  buildCachedSearchIndex,
  type BuildStats,
  type IndexedMember,
  membersToIndex,
  primeSearchIndexCache,
  newSearchIndexCache,
  type SearchIndexCache,
} from './rules/searchIndexCache';
export { plainSearch } from './rules/searchPlain';
export { watchMembers } from './store/watchMembers';
export { ROSTER_SORT_LABELS, ROSTER_SORTS, type RosterSort } from './rules/rosterSort';
export {
  bulkChangeDepartment,
  bulkChangeGroup,
  bulkChangeStatus,
  changeStatus,
  deleteMember,
  DuplicateIdNumberError,
  getMember,
  listMembers,
  saveMember,
  type StatusChangeInput,
} from './store/members';
export {
  addOrgUnit,
  countMembersByOrgUnit,
  deleteOrgUnit,
  listDepartments,
  listUnionGroups,
  ORG_UNIT_LABELS,
  type OrgUnitKind,
  renameOrgUnit,
  reorderOrgUnits,
} from './store/orgUnits';
export { checkMemberFacts, type MemberFactsCheck } from './rules/memberFacts';
export {
  DEFAULT_RETIREMENT_PREFERENCE,
  FEMALE_RETIREMENT_CATEGORY_LABELS,
  memberRetirementAge,
  memberRetirementDate,
  readRetirementPreference,
  RETIREMENT_WITHIN_CHOICES,
  type RetirementPreference,
} from './rules/retirementPreference';
export { EDUCATION_LEVELS, ETHNICITIES } from './rules/vocabularies';
