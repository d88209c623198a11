import type { UnionDeskDb } from '../../db/db';
import { LEDGERS } from '../registry';
import type { LedgerTable } from '../tables';
import type { MemberReference } from '../types';

/*
 * What of the other ledgers points at a member, read from the ledgers' own memberReferences
 * (LEDGERS.md §0): the member page's sections and the reason a member cannot be deleted.
 */

/** Every ledger's member references, in LEDGERS order. */
export const MEMBER_REFERENCES: readonly MemberReference[] = LEDGERS.flatMap(
  (l) => l.memberReferences,
);

/** The tables a delete check reads: include them in the deleting transaction. */
export const MEMBER_REFERENCE_TABLES: readonly LedgerTable[] = [
  ...new Set(MEMBER_REFERENCES.map((r) => r.table)),
];

export interface MemberReferenceCount extends MemberReference {
  count: number;
}

/** How many records of each member reference point at the member (zeros included). */
export async function countMemberReferences(
  db: UnionDeskDb,
  memberId: string,
): Promise<MemberReferenceCount[]> {
  const counts: MemberReferenceCount[] = [];
  for (const ref of MEMBER_REFERENCES) {
    const table = db.table<Record<string, unknown>, string>(ref.table);
    const count =
      table.schema.idxByName[ref.field] !== undefined
        ? await table.where(ref.field).equals(memberId).count()
        : await table.filter((row) => row[ref.field] === memberId).count();
    counts.push({ ...ref, count });
  }
  return counts;
}

/**
 * Why the member cannot be deleted, in the chair's words, or null when nothing blocks it:
 * 「王芳 参加过 3 次活动、获得 1 项表彰，不能删除；如已离开请标记“调出”」
 */
export function deleteBlockMessage(
  name: string,
  counts: readonly MemberReferenceCount[],
): string | null {
  const parts = counts
    .filter((c) => c.blocksDelete && c.count > 0)
    // The most records first: what the chair is likeliest to remember.
    .sort((a, b) => b.count - a.count)
    .map((c) => (c.countText ?? `有 {n} 条“${c.label}”记录`).replace('{n}', String(c.count)));
  if (parts.length === 0) return null;
  return `${name} ${parts.join('、')}，不能删除；如已离开请标记“调出”`;
}

/** Refused delete: other ledgers' records point at the member. */
export class MemberReferencedError extends Error {
  constructor(
    message: string,
    public readonly memberId: string,
  ) {
    super(message);
    this.name = 'MemberReferencedError';
  }
}

/** Null when the member may be deleted, else the Chinese reason. */
export async function memberDeleteBlock(
  db: UnionDeskDb,
  member: { id: string; name: string },
): Promise<string | null> {
  return deleteBlockMessage(member.name, await countMemberReferences(db, member.id));
}

/** Throws MemberReferencedError when another ledger's record keeps the member. */
export async function assertMemberDeletable(
  db: UnionDeskDb,
  member: { id: string; name: string },
): Promise<void> {
  const message = await memberDeleteBlock(db, member);
  if (message) throw new MemberReferencedError(message, member.id);
}
