import type { AssistanceLedgerModel } from '../../../shared/ledgers/hardship';
import { RuledTableView } from '../../print';

export interface AssistanceLedgerViewProps {
  /** Built by buildAssistanceLedger (shared/ledgers/hardship/print/assistanceLedger). */
  ledger: AssistanceLedgerModel;
}

/** 困难职工帮扶台账 as A4 landscape pages: header row on every page, 合计 row, signatures, page numbers. */
export function AssistanceLedgerView({ ledger }: AssistanceLedgerViewProps) {
  return <RuledTableView table={ledger} testId="ledger" />;
}
