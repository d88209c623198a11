// shared/ledgers/union/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export {
  emptyProfile,
  isFederation,
  normalizeProfile,
  type UnionProfile,
  UNION_TYPES,
  type UnionType,
  unionTypeOf,
  UNIT_KINDS,
  type UnitKind,
  validateProfile,
} from './rules/profile';
export { termStatus } from './rules/term';
export {
  isInOffice,
  type Officer,
  OFFICER_ROLES,
  type OfficerDraft,
  validateOfficer,
} from './rules/committee';
export {
  type Honour,
  HONOUR_KINDS,
  HONOUR_LEVELS,
  type HonourDraft,
  type HonourKind,
  validateHonour,
} from './rules/honours';
export {
  addHonour,
  deleteHonour,
  honoursOfMember,
  listHonours,
  listHonourYears,
  updateHonour,
} from './store/honours';
export {
  addOfficer,
  committeeRollPeople,
  type CommitteeView,
  deleteOfficer,
  endOfficerTerm,
  loadCommittee,
  officersOfMember,
  updateOfficer,
} from './store/officers';
export {
  buildCommitteeRoll,
  type CommitteeRollInput,
  type CommitteeRollModel,
  type CommitteeRollPerson,
  type CommitteeRollRow,
} from './print/committeeRoll';
