import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import {
  committeeSize,
  committeeSizeAdvice,
  compareOfficers,
  currentOfficers,
  officerBatchLabel,
  toOfficer,
  validateOfficer,
  type CommitteeSizeAdvice,
  type Officer,
  type OfficerDraft,
} from '../rules/committee';
import { newId } from '../../../core/ids/newId';
import { isUnionMember } from '../../roster/rules/member';
import { memberNamesOf } from './memberNames';

/**
 * 工会委员会 repository: officers per term. Every change is one undoable batch named after
 * the person and the office (「添加委员 王芳 副主席」).
 */

function refuseInvalid(d: OfficerDraft): void {
  const first = Object.values(validateOfficer(d))[0];
  if (first) throw new Error(`委员“${d.name.trim() || '未填姓名'}”不能保存：${first}`);
}

/** Officers of one term (every term when omitted), in list order. */
export async function listOfficers(db: UnionDeskDb, termNumber?: number): Promise<Officer[]> {
  const rows =
    termNumber === undefined
      ? await db.officers.toArray()
      : await db.officers.where('termNumber').equals(termNumber).toArray();
  return rows.sort((a, b) => a.termNumber - b.termNumber || compareOfficers(a, b));
}

/** Every office the member held, newest term first. */
export async function officersOfMember(db: UnionDeskDb, memberId: string): Promise<Officer[]> {
  const rows = await db.officers.where('memberId').equals(memberId).toArray();
  return rows.sort((a, b) => b.termNumber - a.termNumber || compareOfficers(a, b));
}

export async function addOfficer(db: UnionDeskDb, draft: OfficerDraft): Promise<Batch> {
  refuseInvalid(draft);
  const officer = toOfficer(draft, newId('off'), await memberNamesOf(db, [draft.memberId]));
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: officerBatchLabel('添加', officer) },
    ['officers'],
    async (w) => {
      await w.put('officers', officer);
      w.count('新增');
    },
  );
  return batch;
}

async function existing(db: UnionDeskDb, id: string): Promise<Officer> {
  const old = await db.officers.get(id);
  if (!old) throw new Error('找不到这条委员记录，可能已被删除。');
  return old;
}

export async function updateOfficer(
  db: UnionDeskDb,
  id: string,
  draft: OfficerDraft,
): Promise<Batch> {
  const old = await existing(db, id);
  refuseInvalid(draft);
  const officer: Officer = {
    ...toOfficer(draft, id, await memberNamesOf(db, [draft.memberId])),
    ...(old.demo ? { demo: old.demo } : {}),
  };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: officerBatchLabel('修改', officer) },
    ['officers'],
    async (w) => {
      await w.put('officers', officer);
      w.count('更新');
    },
  );
  return batch;
}

/** 离任: the officer leaves office on `endDate` (the record stays, for the term's history). */
export async function endOfficerTerm(db: UnionDeskDb, id: string, endDate: string): Promise<Batch> {
  const old = await existing(db, id);
  const draft: OfficerDraft = { ...old, endDate };
  refuseInvalid(draft);
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `离任 ${old.name} ${old.role}（${endDate}）` },
    ['officers'],
    async (w) => {
      await w.put('officers', { ...old, endDate });
      w.count('更新');
    },
  );
  return batch;
}

export async function deleteOfficer(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await existing(db, id);
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: officerBatchLabel('删除', old) },
    ['officers'],
    async (w) => {
      await w.delete('officers', id);
      w.count('删除');
    },
  );
  return batch;
}

/** The 工会委员会 tab: one term's officers, who is in office today, and the size advice. */
export interface CommitteeView {
  termNumber: number;
  /** Every officer of the term, in list order (those who left included). */
  officers: Officer[];
  /** Those in office on `today`. */
  current: Officer[];
  inServiceMembers: number;
  /** People on the committee today (committeeSize of `current`). */
  size: number;
  advice: CommitteeSizeAdvice;
}

export async function loadCommittee(
  db: UnionDeskDb,
  termNumber: number,
  today: string,
): Promise<CommitteeView> {
  const officers = await listOfficers(db, termNumber);
  const current = currentOfficers(officers, today);
  // 条例 第八条 counts 会员; those in service are the ones who elect the committee. Staff who
  // are not union members are on the roster too and do not count.
  const inServiceMembers = (await db.members.where('status').equals('在职').toArray()).filter(
    isUnionMember,
  ).length;
  const size = committeeSize(current);
  return {
    termNumber,
    officers,
    current,
    inServiceMembers,
    size,
    advice: committeeSizeAdvice(inServiceMembers, size),
  };
}

/** 性别 and 部门 of the officers on the roster, for the printed 委员会名单 (memberId → facts). */
export async function committeeRollPeople(
  db: UnionDeskDb,
  officers: readonly Officer[],
): Promise<Map<string, { gender: string | null; department: string | null }>> {
  const ids = [...new Set(officers.flatMap((o) => (o.memberId !== null ? [o.memberId] : [])))];
  const rows = await db.members.bulkGet(ids);
  return new Map(
    rows.flatMap((m) =>
      m ? [[m.id, { gender: m.gender, department: m.department }] as const] : [],
    ),
  );
}
