import { describe, expect, it } from 'vitest';
import type { DistributionRecipient } from '../../shared/ledgers/care';
import { MarkingController } from '../app/useMarkingList.store';
import {
  receiptKey,
  sameReceipt,
  storedReceipt,
  toReceiptInputs,
  type ReceiptMark,
} from './receiptDraft';

const recipient = (id: string, fields: Partial<DistributionRecipient> = {}) =>
  ({
    id,
    distributionId: 'd',
    memberId: id,
    name: id,
    department: '',
    unionGroup: '',
    order: 0,
    receipt: '未签',
    proxyName: null,
    signedOn: null,
    ...fields,
  }) as DistributionRecipient;

const controller = (rows: DistributionRecipient[]) => {
  const c = new MarkingController<DistributionRecipient, ReceiptMark>({
    keyOf: (r) => r.id,
    stored: storedReceipt,
    same: sameReceipt,
  });
  c.rows = rows;
  return c;
};

describe('receipt draft', () => {
  it('saves a 代领 with its name and a 补签 with its date, as the store takes them', () => {
    const c = controller([recipient('r1'), recipient('r2'), recipient('r3')]);
    c.mark(0, { receipt: '代领', proxyName: null, signedOn: '2026-09-20' }, false);
    c.ask(0, '代领');
    c.answer(0, { receipt: '代领', proxyName: '王芳', signedOn: '2026-09-20' });
    c.mark(2, { receipt: '补签', proxyName: null, signedOn: '2026-09-25' });
    expect(toReceiptInputs(c.changes())).toEqual([
      { recipientId: 'r1', receipt: '代领', proxyName: '王芳', signedOn: '2026-09-20' },
      { recipientId: 'r3', receipt: '补签', proxyName: null, signedOn: '2026-09-25' },
    ]);
  });

  it('does not save a line keyed back to what the sheet already says', () => {
    const signed = recipient('r1', { receipt: '本人', signedOn: '2026-09-20' });
    const c = controller([signed]);
    c.mark(0, { receipt: '本人', proxyName: null, signedOn: '2026-09-20' });
    expect(c.changes()).toEqual([]);
    // A new 代领人 on a 代领 line is a change.
    expect(
      sameReceipt(
        { receipt: '代领', proxyName: '王芳', signedOn: null },
        { receipt: '代领', proxyName: '李强', signedOn: null },
      ),
    ).toBe(false);
  });

  it('maps 1/空格 to 本人, 2 to 代领, 3 to 补签, 0 and Backspace to 未签', () => {
    expect(receiptKey(' ')).toEqual({ kind: 'mark', receipt: '本人' });
    expect(receiptKey('2')).toEqual({ kind: 'mark', receipt: '代领' });
    expect(receiptKey('3')).toEqual({ kind: 'mark', receipt: '补签' });
    expect(receiptKey('0')).toEqual({ kind: 'mark', receipt: '未签' });
    expect(receiptKey('Backspace')).toEqual({ kind: 'mark', receipt: '未签' });
    expect(receiptKey('x')).toBeNull();
  });
});
