import {
  RECEIPT_KEYS,
  type DistributionRecipient,
  type ReceiptInput,
  type ReceiptState,
} from '../../shared/ledgers/care';

/** The receipt screen's local marks before they are saved as one batch. */
export interface ReceiptMark {
  receipt: ReceiptState;
  proxyName: string | null;
  signedOn: string | null;
}

export const RECEIPT_COLORS: Record<ReceiptState, string> = {
  本人: 'green',
  代领: 'blue',
  补签: 'grape',
  未签: 'gray',
};

/** The mark as stored on the line. */
export function storedReceipt(r: DistributionRecipient): ReceiptMark {
  return { receipt: r.receipt, proxyName: r.proxyName, signedOn: r.signedOn };
}

export function sameReceipt(a: ReceiptMark, b: ReceiptMark): boolean {
  return a.receipt === b.receipt && a.proxyName === b.proxyName && a.signedOn === b.signedOn;
}

/** The store's inputs for the marks a save writes. */
export function toReceiptInputs(
  changes: readonly { row: DistributionRecipient; mark: ReceiptMark }[],
): ReceiptInput[] {
  return changes.map(({ row, mark }) => ({
    recipientId: row.id,
    receipt: mark.receipt,
    proxyName: mark.proxyName,
    signedOn: mark.signedOn,
  }));
}

export type ReceiptKeyAction =
  { kind: 'mark'; receipt: ReceiptState } | { kind: 'move'; by: number };

/** 1/空格 本人, 2 代领, 3 补签, 0/Backspace 未签, ↑/↓ move. */
export function receiptKey(key: string): ReceiptKeyAction | null {
  if (key === ' ') return { kind: 'mark', receipt: '本人' };
  if (key === 'Backspace' || key === 'Delete') return { kind: 'mark', receipt: '未签' };
  if (key === 'ArrowDown') return { kind: 'move', by: 1 };
  if (key === 'ArrowUp') return { kind: 'move', by: -1 };
  const r = RECEIPT_KEYS[key];
  return r ? { kind: 'mark', receipt: r } : null;
}
