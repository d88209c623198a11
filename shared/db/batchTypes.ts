/** What kind of user action a batch records. */
export type BatchKind = 'edit' | 'import' | 'bulk-edit' | 'restore' | 'demo' | 'merge' | 'delete';

/** One user action that changed rows, undoable as a whole. */
export interface Batch {
  id: string;
  kind: BatchKind;
  /** Chinese, shown in lists: 「导入 花名册2026.xlsx」 */
  label: string;
  /** ISO timestamp */
  at: string;
  /** Counts shown to the user, e.g. { 新增: 12, 更新: 3, 跳过: 1 } */
  summary: Record<string, number>;
  /** Number of row changes recorded. */
  changeCount: number;
  undoneAt: string | null;
}

/**
 * A row before and after a batch changed it; null means the row did not exist.
 * Rows a batch added in bulk (an import of thousands) are logged compactly in one record:
 * `added` holds their keys and a hash of each as written, which is all undo needs.
 */
export interface ChangeRecord {
  seq?: number;
  batchId: string;
  table: string;
  key: string;
  before: unknown;
  after: unknown;
  added?: { keys: string[]; hashes: string[] };
  at: string;
}
