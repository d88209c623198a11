import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch, type BatchWriter } from '../../../db/batches';
import { newId } from '../../../core/ids/newId';
import { checkIdNumber, cleanIdInput } from '../../../core/ids/idNumber';
import {
  assertMemberDeletable,
  MEMBER_REFERENCE_TABLES,
  MemberReferencedError,
} from '../../store/memberReferences';
import {
  withStatus,
  type Member,
  type MemberStatus,
  type OrgUnit,
  type StatusChange,
} from '../rules/member';

/** Refused save: another member already has this ID number. */
export class DuplicateIdNumberError extends Error {
  constructor(
    public readonly existingId: string,
    public readonly existingName: string,
  ) {
    super(`身份证号与已有会员“${existingName}”重复，同一个人不能登记两次。`);
    this.name = 'DuplicateIdNumberError';
  }
}

export class MemberNotFoundError extends Error {
  constructor(public readonly memberId: string) {
    super('找不到这名会员，可能已被删除。');
    this.name = 'MemberNotFoundError';
  }
}

/** All members in roster order (the order of the chair's own list). */
export async function listMembers(db: UnionDeskDb): Promise<Member[]> {
  return db.members.orderBy('rosterOrder').toArray();
}

export async function getMember(db: UnionDeskDb, id: string): Promise<Member | undefined> {
  return db.members.get(id);
}

/** The form an ID number is stored in: 18 digits when valid, else as typed (cleaned). */
export function normalizeIdNumber(raw: string): string {
  const check = checkIdNumber(raw);
  return check.ok ? check.id18 : cleanIdInput(raw);
}

/** The member with this ID number (15- or 18-digit form, spaces ignored), if any. */
export async function findByIdNumber(
  db: UnionDeskDb,
  idNumber: string,
): Promise<Member | undefined> {
  const id = normalizeIdNumber(idNumber);
  if (id === '') return undefined;
  return db.members.where('idNumber').equals(id).first();
}

/** Adds managed departments / union groups that members name but the lists lack. */
async function addMissingOrgUnits(
  db: UnionDeskDb,
  w: BatchWriter,
  members: readonly Member[],
): Promise<void> {
  const want = {
    departments: new Set(members.map((m) => m.department).filter((d): d is string => !!d)),
    unionGroups: new Set(members.map((m) => m.unionGroup).filter((g): g is string => !!g)),
  };
  for (const table of ['departments', 'unionGroups'] as const) {
    if (want[table].size === 0) continue;
    const existing: OrgUnit[] = await db[table].toArray();
    const names = new Set(existing.map((u) => u.name));
    let order = existing.reduce((max, u) => Math.max(max, u.order), 0);
    const added = [...want[table]]
      .filter((n) => !names.has(n))
      .map((name): OrgUnit => ({ id: newId('org'), name, order: ++order }));
    await w.bulkPut(table, added);
  }
}

const MEMBER_TABLES = ['members', 'departments', 'unionGroups'] as const;

export interface SaveResult {
  member: Member;
  batch: Batch;
}

/**
 * Adds or edits a member as one undoable batch (「添加会员 张三」 / 「修改会员 张三」).
 * The ID number is stored in 18-digit form; a number another member already has is refused
 * with DuplicateIdNumberError. A new member goes to the end of the roster; a department
 * or union group not yet in the managed lists is added to them.
 */
export async function saveMember(
  db: UnionDeskDb,
  input: Member,
  now: string = new Date().toISOString(),
): Promise<SaveResult> {
  const idNumber = input.idNumber ? normalizeIdNumber(input.idNumber) : null;
  const name = input.name.trim();
  const exists = (await db.members.get(input.id)) !== undefined;
  const label = `${exists ? '修改会员' : '添加会员'} ${name}`;
  const out = await writeBatch(db, { kind: 'edit', label }, MEMBER_TABLES, async (w) => {
    if (idNumber) {
      const same = await db.members.where('idNumber').equals(idNumber).toArray();
      const other = same.find((m) => m.id !== input.id);
      if (other) throw new DuplicateIdNumberError(other.id, other.name);
    }
    const before = await db.members.get(input.id);
    let rosterOrder = input.rosterOrder;
    if (!before && rosterOrder <= 0) {
      const last = await db.members.orderBy('rosterOrder').last();
      rosterOrder = (last?.rosterOrder ?? 0) + 1;
    }
    const member: Member = {
      ...input,
      name,
      idNumber: idNumber || null,
      rosterOrder,
      createdAt: before?.createdAt ?? input.createdAt ?? now,
      updatedAt: now,
    };
    await w.put('members', member);
    await addMissingOrgUnits(db, w, [member]);
    w.count(before ? '更新' : '新增');
    return member;
  });
  return { member: out.result, batch: out.batch };
}

export interface StatusChangeInput {
  status: MemberStatus;
  date: string;
  note?: string;
}

const STATUS_VERBS: Record<MemberStatus, string> = {
  在职: '恢复在职',
  退休: '办理退休',
  调出: '办理调出',
  退会: '办理退会',
  去世: '登记去世',
};

function applyStatus(m: Member, change: StatusChangeInput, now: string): Member {
  const entry: StatusChange = { status: change.status, date: change.date };
  if (change.note && change.note.trim() !== '') entry.note = change.note.trim();
  return { ...withStatus(m, entry), updatedAt: now };
}

/** Records a dated status change (history, not an overwrite), as one undoable edit. */
export async function changeStatus(
  db: UnionDeskDb,
  member: Pick<Member, 'id'>,
  change: StatusChangeInput,
  now: string = new Date().toISOString(),
): Promise<SaveResult> {
  const current = await db.members.get(member.id);
  if (!current) throw new MemberNotFoundError(member.id);
  const label = `${STATUS_VERBS[change.status]} ${current.name}（${change.date}）`;
  const out = await writeBatch(db, { kind: 'edit', label }, ['members'], async (w) => {
    const fresh = await db.members.get(member.id);
    if (!fresh) throw new MemberNotFoundError(member.id);
    const saved = applyStatus(fresh, change, now);
    await w.put('members', saved);
    return saved;
  });
  return { member: out.result, batch: out.batch };
}

async function bulkUpdate(
  db: UnionDeskDb,
  ids: readonly string[],
  label: string,
  update: (m: Member) => Member,
  extraTables: boolean,
): Promise<Batch> {
  const tables = extraTables ? MEMBER_TABLES : (['members'] as const);
  const out = await writeBatch(db, { kind: 'bulk-edit', label }, tables, async (w) => {
    const found = (await db.members.bulkGet([...ids])).filter((m): m is Member => m !== undefined);
    const changed = found.map(update);
    await w.bulkPut('members', changed);
    if (extraTables) await addMissingOrgUnits(db, w, changed);
    w.count('修改', changed.length);
  });
  return out.batch;
}

function cleanName(name: string | null): string | null {
  const t = name?.trim() ?? '';
  return t === '' ? null : t;
}

/** Moves members to a union group (null: none), as one undoable batch. */
export function bulkChangeGroup(
  db: UnionDeskDb,
  ids: readonly string[],
  unionGroup: string | null,
  now: string = new Date().toISOString(),
): Promise<Batch> {
  const g = cleanName(unionGroup);
  const label = `批量调整工会小组：${ids.length}人调整到“${g ?? '未分组'}”`;
  return bulkUpdate(db, ids, label, (m) => ({ ...m, unionGroup: g, updatedAt: now }), true);
}

/** Moves members to a department (null: none), as one undoable batch. */
export function bulkChangeDepartment(
  db: UnionDeskDb,
  ids: readonly string[],
  department: string | null,
  now: string = new Date().toISOString(),
): Promise<Batch> {
  const d = cleanName(department);
  const label = `批量调整部门：${ids.length}人调整到“${d ?? '未填部门'}”`;
  return bulkUpdate(db, ids, label, (m) => ({ ...m, department: d, updatedAt: now }), true);
}

/** Records the same dated status change for several members, as one undoable batch. */
export function bulkChangeStatus(
  db: UnionDeskDb,
  ids: readonly string[],
  change: StatusChangeInput,
  now: string = new Date().toISOString(),
): Promise<Batch> {
  const label = `批量${STATUS_VERBS[change.status]}：${ids.length}人（${change.date}）`;
  return bulkUpdate(db, ids, label, (m) => applyStatus(m, change, now), false);
}

/**
 * Deletes a member from the roster, as one undoable batch. Refused (MemberReferencedError,
 * nothing written) while another ledger's record points at the member: mark 调出 instead.
 */
export async function deleteMember(db: UnionDeskDb, id: string): Promise<Batch> {
  const m = await db.members.get(id);
  if (!m) throw new MemberNotFoundError(id);
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除会员 ${m.name}` },
    ['members', ...MEMBER_REFERENCE_TABLES],
    async (w) => {
      // Checked inside the transaction, so no record can point at the member in between.
      await assertMemberDeletable(db, m);
      await w.delete('members', id);
      w.count('删除');
    },
  );
  return batch;
}

/** Deletes several members in one undoable batch; refused as a whole if any is referenced. */
export async function deleteMembers(db: UnionDeskDb, ids: readonly string[]): Promise<Batch> {
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除会员 ${ids.length}人` },
    ['members', ...MEMBER_REFERENCE_TABLES],
    async (w) => {
      const members = (await db.members.bulkGet([...ids])).filter((m) => m !== undefined);
      for (const m of members) {
        try {
          await assertMemberDeletable(db, m);
        } catch (e) {
          if (!(e instanceof MemberReferencedError) || members.length === 1) throw e;
          throw new MemberReferencedError(`没有删除任何人：${e.message}`, m.id);
        }
      }
      await w.bulkDelete('members', [...ids]);
      w.count('删除', ids.length);
    },
  );
  return batch;
}
