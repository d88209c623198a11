// shared/ledgers/township/: the public entry the renderer imports (eslint/layering.js lets renderer/
// reach shared/ only through index files). Add here what a screen needs; never a deep import.
export * from './rules/rows';
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
