import type { RegistryTableModel } from '../../../shared/ledgers/township';
import { RuledTableView } from '../../print';

export interface RegistryTableViewProps {
  /** Built by buildUnionTable or buildNotUnionisedList (shared/ledgers/township/print). */
  table: RegistryTableModel;
}

/** A registry table as A4 pages: header row on every page, 合计 row, signatures, page numbers. */
export function RegistryTableView({ table }: RegistryTableViewProps) {
  return <RuledTableView table={table} testId="registry" />;
}
