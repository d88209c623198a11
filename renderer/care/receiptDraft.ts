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
export type ReceiptEdits = Record<string, ReceiptMark>;

export const RECEIPT_COLORS: Record<ReceiptState, string> = {
  本人: 'green',
  代领: 'blue',
  补签: 'grape',
  未签: 'gray',
};

export function markOf(r: DistributionRecipient, edits: ReceiptEdits): ReceiptMark {
  return edits[r.id] ?? { receipt: r.receipt, proxyName: r.proxyName, signedOn: r.signedOn };
}

/** The marks that differ from what is stored, as the store's inputs. */
export function receiptsToSave(
  edits: ReceiptEdits,
  list: readonly DistributionRecipient[],
): ReceiptInput[] {
  return list.flatMap((r) => {
    const e = edits[r.id];
    if (!e) return [];
    if (e.receipt === r.receipt && e.proxyName === r.proxyName && e.signedOn === r.signedOn)
      return [];
    return [
      { recipientId: r.id, receipt: e.receipt, proxyName: e.proxyName, signedOn: e.signedOn },
    ];
  });
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
