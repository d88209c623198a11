// shared/db/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export {
  type Batch,
  BatchConflictError,
  type BatchKind,
  listBatches,
  undoBatch,
  writeBatch,
} from './batches';
export { openDb, type UnionDeskDb } from './db';
export { getProfile, getSetting, saveProfile, setSetting } from './settings';
export { freshDb } from './testDb';
