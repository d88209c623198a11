import { useCallback } from 'react';
import type { Batch } from '../../shared/db';
import { useDb } from '../app/AppContext';
import { undoWithConfirm } from '../app/undo';

/**
 * Undoes a batch the way every undo button does (undoWithConfirm): asks before overwriting
 * edits made after it. Resolves true when undone.
 */
export function useUndoBatch() {
  const db = useDb();
  return useCallback((batch: Batch): Promise<boolean> => undoWithConfirm(db, batch), [db]);
}
