import type { Transaction } from 'dexie';

/**
 * One released schema version. What must always hold:
 * - a released version is never edited; a change is a new version (a new file here);
 * - `stores` lists the whole schema of that version (Dexie wants every table, every time);
 * - `upgrade` touches tables only through its `tx` and carries its own data (literal rows,
 *   no live ledger constants), so it does what it did when it was released;
 * - an upgrade that seeds rows must also be right on an empty database: a new database
 *   runs every upgrade in order (see populateNewDb), so fresh equals upgraded.
 */
export interface SchemaVersion {
  version: number;
  /** One line: why this version exists. */
  reason: string;
  stores: Readonly<Record<string, string>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
