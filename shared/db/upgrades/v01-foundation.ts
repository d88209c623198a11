import type { SchemaVersion } from './types';

export const v01: SchemaVersion = {
  version: 1,
  reason: 'foundation: settings, batches and the change log',
  stores: {
    /** key → value: 'profile' (UnionProfile), 'lastAutoBackup', import mappings … */
    settings: 'key',
    /** A batch is one user action that changed rows (import, restore, bulk edit …). */
    batches: 'id, kind, at',
    /** Row-level before/after of every batch, for exact undo. */
    changes: '++seq, batchId, [table+key]',
  },
};
