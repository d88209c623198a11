import type { RosterReadOptions, RosterReadResult } from '../../../shared/ledgers/roster/import';

export type ReaderOptions = Omit<RosterReadOptions, 'onProgress'>;
export interface ReaderRequest {
  bytes: Uint8Array;
  fileName: string;
  options: ReaderOptions;
}
export type ReaderMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: RosterReadResult }
  | { type: 'error'; message: string };
