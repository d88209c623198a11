// shared/ledgers/township/: the public entry the renderer imports (eslint/layering.js lets renderer/
// reach shared/ only through index files). Add here what a screen needs; never a deep import.
export * from './rules/rows';
export {
  AFFILIATED_LABELS,
  emptyAffiliatedDraft,
  emptyUnitDraft,
  isJoint,
  termState,
  type AffiliatedUnionDraft,
  type RegistryProblem,
  type TermState,
  type UnitDraft,
  validateAffiliated,
  validateUnit,
} from './rules/affiliated';
export {
  isUnionised,
  membershipRate,
  type Rate,
  rateText,
  registryTotals,
  unionisationRate,
} from './rules/rates';
export {
  DEFAULT_TOWNSHIP_SETTINGS,
  TOWNSHIP_SETTING_LABELS,
  type SourcedNumber as TownshipSourcedNumber,
  type TownshipSettings,
  validateTownshipSettings,
} from './rules/settings';
export {
  addAffiliatedUnion,
  addUnitToUnionise,
  applyRegistryImport,
  applyReportedCounts,
  deleteAffiliatedUnion,
  deleteUnitToUnionise,
  getAffiliatedUnion,
  getTownshipSettings,
  listAffiliatedUnions,
  listUnitsToUnionise,
  RegistryValidationError,
  type ReportedFrom,
  reportedFrom,
  type RegistryWrites,
  saveTownshipSettings,
  updateAffiliatedUnion,
  updateUnitToUnionise,
} from './store/registry';
export {
  listWrites,
  type ListIssue,
  type ListPreview,
  type ListRow,
  readAffiliatedList,
} from './import/readList';
export {
  buildNotUnionisedList,
  buildUnionTable,
  type RegistryColumn,
  type RegistryRow,
  type RegistryTableModel,
} from './print/registryTables';
// 台账包 and 汇总 (issue 15 part 2): reading, collecting, rolling up.
export {
  ENCRYPTED_REASON,
  MODIFIED_REASON,
  readPackage,
  type PackageReadResult,
  type ReadPackage,
} from './exchange/readPackage';
export {
  affiliatedUnionList,
  figureCatalog,
  importPackages,
  packagesOfYear,
  registerSender,
  type PackageFile,
  type PackageImportResult,
  type PackageProgress,
} from './exchange/store';
export { matchUnion, type RefusedFile } from './exchange/planImport';
export {
  rollUp,
  rolledText,
  RATE_PARTS,
  type FigureInfo,
  type RolledFigure,
  type Rollup,
  type UnionRow,
} from './rollup/rollup';
export { peopleInSeveralUnions, sharedPeopleCount, type SharedPeople } from './rollup/duplicates';
export {
  buildRollupPrint,
  exportedText,
  sentText,
  unionCells,
  type RollupPrintInput,
} from './rollup/rollupPrint';
export { rollupFileName, rollupXlsx } from './rollup/rollupXlsx';
