// shared/ledgers/union/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export {
  emptyProfile,
  type UnionProfile,
  UNIT_KINDS,
  type UnitKind,
  validateProfile,
} from './rules/profile';
export { termStatus } from './rules/term';
