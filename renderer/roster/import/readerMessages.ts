import type { RosterReadOptions, RosterReadResult } from '../../../shared/ledgers/roster/import';

export type ReaderOptions = Omit<RosterReadOptions, 'onProgress'>;
export interface ReaderRequest {
  bytes: Uint8Array;
  fileName: string;
  options: ReaderOptions;
}
export type ReaderMessage =
  | { type: 'progress'; done: number; total: number }
  /** Rows of the result, a chunk at a time (each message is cloned in its own short task). */
  | { type: 'rows'; rows: RosterReadResult['rows']; issues: RosterReadResult['issues'] }
  /** The rest of the result; its rows and issues came before in 'rows' messages. */
  | { type: 'result'; result: RosterReadResult }
  | { type: 'error'; message: string };

/** Rows per 'rows' message: receiving one takes the main thread well under 50 ms. */
export const ROWS_PER_MESSAGE = 500;
