import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { getSetting } from '../../../db/settings';
import { newId } from '../../../core/ids/newId';
import { maskIdNumber, maskPhone } from '../../../core/ids/idNumber';
import { formatCents } from '../../../core/money/money';
import type { IsoDate } from '../../../core/text/dates';
import { compareByStrokes } from '../../../core/text/nameOrder';
import {
  validateAssistance,
  validateFile,
  type AssistanceDraft,
  type FieldError,
  type HardshipAssistance,
  type HardshipFile,
  type HardshipFileDraft,
} from '../rules/hardship';
import { incomePerHead, reviewDue, type IncomePerHead, type ReviewDue } from '../rules/income';
import {
  HARDSHIP_SETTINGS_KEY,
  validateSettings,
  withDefaults,
  type HardshipSettings,
} from '../rules/settings';

/*
 * Repositories of the hardship ledger. Every write is one writeBatch (one transaction,
 * undoable); a draft is validated first and refused whole with the first problem in
 * Chinese, so nothing is half written.
 */

/** A refused save: the first problem as the message, all of them in `errors`. */
export class HardshipValidationError extends Error {
  constructor(
    what: string,
    readonly errors: FieldError[],
  ) {
    super(`${what}不能保存：${errors[0]?.message ?? '内容有误'}`);
  }
}

export async function getHardshipSettings(db: UnionDeskDb): Promise<HardshipSettings> {
  return withDefaults(await getSetting<Partial<HardshipSettings>>(db, HARDSHIP_SETTINGS_KEY));
}

/** Saves the settings as an undoable edit; refuses invalid ones (Chinese message). */
export async function saveHardshipSettings(db: UnionDeskDb, s: HardshipSettings): Promise<Batch> {
  const problems = validateSettings(s);
  if (problems.length) throw new Error(`帮扶标准不能保存：${problems[0]}`);
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: '修改困难帮扶标准' },
    ['settings'],
    (w) => w.put('settings', { key: HARDSHIP_SETTINGS_KEY, value: s }),
  );
  return batch;
}

/** A file as the list shows it: the member's facts (masked), income per head, review state. */
export interface FileListRow {
  file: HardshipFile;
  name: string;
  department: string;
  /** 身份证号 masked: 「3301**********1234」 */
  idMasked: string;
  phoneMasked: string;
  income: IncomePerHead;
  review: ReviewDue | null;
  /** Assistance records and their sum (分), all years. */
  assistanceCount: number;
  assistanceCents: number;
}

function memberFacts(
  m:
    | { name: string; department: string | null; idNumber: string | null; phone: string | null }
    | undefined,
) {
  return {
    name: m?.name ?? '（已删除的会员）',
    department: m?.department ?? '',
    idMasked: m?.idNumber ? maskIdNumber(m.idNumber) : '',
    phoneMasked: m?.phone ? maskPhone(m.phone) : '',
  };
}

/** Every file, 在档 first, then by filing date (newest first). */
export async function listFiles(db: UnionDeskDb, today: IsoDate): Promise<FileListRow[]> {
  const [files, assistance, settings] = await Promise.all([
    db.hardshipFiles.toArray(),
    db.hardshipAssistance.toArray(),
    getHardshipSettings(db),
  ]);
  const members = new Map(
    (await db.members.bulkGet([...new Set(files.map((f) => f.memberId))])).flatMap((m) =>
      m ? [[m.id, m] as const] : [],
    ),
  );
  const sums = new Map<string, { n: number; c: number }>();
  for (const a of assistance) {
    const s = sums.get(a.fileId) ?? { n: 0, c: 0 };
    s.n++;
    s.c += a.amountCents;
    sums.set(a.fileId, s);
  }
  return files
    .sort(
      (a, b) =>
        (a.status === '在档' ? 0 : 1) - (b.status === '在档' ? 0 : 1) ||
        b.filingDate.localeCompare(a.filingDate),
    )
    .map((file) => ({
      file,
      ...memberFacts(members.get(file.memberId)),
      income: incomePerHead(file),
      review: reviewDue(file, settings, today),
      assistanceCount: sums.get(file.id)?.n ?? 0,
      assistanceCents: sums.get(file.id)?.c ?? 0,
    }));
}

export function getFile(db: UnionDeskDb, id: string): Promise<HardshipFile | undefined> {
  return db.hardshipFiles.get(id);
}

export function filesOfMember(db: UnionDeskDb, memberId: string): Promise<HardshipFile[]> {
  return db.hardshipFiles.where('memberId').equals(memberId).sortBy('filingDate');
}

export function assistanceOfFile(db: UnionDeskDb, fileId: string): Promise<HardshipAssistance[]> {
  return db.hardshipAssistance.where('fileId').equals(fileId).sortBy('date');
}

export function assistanceOfMember(
  db: UnionDeskDb,
  memberId: string,
): Promise<HardshipAssistance[]> {
  return db.hardshipAssistance.where('memberId').equals(memberId).sortBy('date');
}

/** Assistance dated in [from, to], oldest first. */
export function assistanceBetween(
  db: UnionDeskDb,
  from: IsoDate,
  to: IsoDate,
): Promise<HardshipAssistance[]> {
  return db.hardshipAssistance.where('date').between(from, to, true, true).sortBy('date');
}

/** Years that have assistance or a file filed, newest first (for the year filter). */
/** 帮扶 records that belong to a care campaign (活动批次), for its totals and printout. */
export function assistanceInCampaigns(db: UnionDeskDb): Promise<HardshipAssistance[]> {
  return db.hardshipAssistance.filter((a) => a.campaignId !== null).toArray();
}

export async function listHardshipYears(db: UnionDeskDb): Promise<number[]> {
  const years = new Set<number>();
  await db.hardshipAssistance
    .orderBy('date')
    .eachKey((d) => years.add(Number(String(d).slice(0, 4))));
  await db.hardshipFiles.each((f) => years.add(Number(f.filingDate.slice(0, 4))));
  return [...years].sort((a, b) => b - a);
}

/** The form's draft cleaned: trimmed text, the recorded per head dropped once people are listed. */
function cleanFile(d: HardshipFileDraft): HardshipFileDraft {
  return {
    ...d,
    mainCause: d.mainCause.trim(),
    secondaryCauses: d.secondaryCauses.map((c) => c.trim()).filter((c) => c),
    household: d.household.map((p) => ({
      ...p,
      name: p.name.trim(),
      health: p.health.trim(),
      occupation: p.occupation.trim(),
    })),
    recordedIncomePerHeadCents: d.household.length > 0 ? null : d.recordedIncomePerHeadCents,
    pairedLeader: d.pairedLeader.trim(),
    surveyDate: d.surveyDate || null,
    publicNoticeDate: d.publicNoticeDate || null,
    exitDate: d.status === '脱困' ? d.exitDate || null : null,
    reviews: [...d.reviews].sort((a, b) => a.date.localeCompare(b.date)),
    notes: d.notes.trim(),
  };
}

async function checkFile(db: UnionDeskDb, d: HardshipFileDraft, selfId: string | null) {
  const errors = validateFile(d);
  const member = d.memberId ? await db.members.get(d.memberId) : undefined;
  if (d.memberId && !member)
    errors.unshift({ field: 'memberId', message: '所选职工不在花名册中，可能已被删除' });
  if (errors.length) throw new HardshipValidationError('困难职工档案', errors);
  if (d.status === '在档') {
    const open = (await filesOfMember(db, d.memberId)).find(
      (f) => f.status === '在档' && f.id !== selfId,
    );
    if (open)
      throw new HardshipValidationError('困难职工档案', [
        {
          field: 'memberId',
          message: `${member!.name}已有在档的困难职工档案（${open.filingDate}建档），请在原档案上复核或修改`,
        },
      ]);
  }
  return member!;
}

export async function createFile(
  db: UnionDeskDb,
  draft: HardshipFileDraft,
  now: string = new Date().toISOString(),
): Promise<{ batch: Batch; file: HardshipFile }> {
  const d = cleanFile(draft);
  const member = await checkFile(db, d, null);
  const file: HardshipFile = { ...d, id: newId('hf'), createdAt: now, updatedAt: now };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `建立困难职工档案 ${member.name}` },
    ['hardshipFiles', 'members'],
    async (w) => {
      await w.put('hardshipFiles', file);
      // The roster's 困难职工 flag follows an open file, so lists and the 会员 sheet agree.
      if (!member.flags.hardship)
        await w.put('members', {
          ...member,
          flags: { ...member.flags, hardship: true },
          updatedAt: now,
        });
    },
  );
  return { batch, file };
}

export async function updateFile(
  db: UnionDeskDb,
  id: string,
  draft: HardshipFileDraft,
  now: string = new Date().toISOString(),
): Promise<{ batch: Batch; file: HardshipFile }> {
  const old = await db.hardshipFiles.get(id);
  if (!old) throw new Error('找不到这份困难职工档案，可能已被删除或撤销。');
  const d = cleanFile(draft);
  const member = await checkFile(db, d, id);
  const file: HardshipFile = { ...old, ...d, id, updatedAt: now };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `修改困难职工档案 ${member.name}` },
    ['hardshipFiles', 'hardshipAssistance'],
    async (w) => {
      await w.put('hardshipFiles', file);
      // A file moved to another member takes its assistance with it.
      if (old.memberId !== file.memberId) {
        const rows = await db.hardshipAssistance.where('fileId').equals(id).toArray();
        await w.bulkPut(
          'hardshipAssistance',
          rows.map((a) => ({ ...a, memberId: file.memberId, updatedAt: now })),
        );
      }
    },
  );
  return { batch, file };
}

/** Deletes a file and its assistance records, in one undoable batch. */
export async function deleteFile(db: UnionDeskDb, id: string): Promise<Batch> {
  const file = await db.hardshipFiles.get(id);
  if (!file) throw new Error('找不到这份困难职工档案，可能已被删除或撤销。');
  const member = await db.members.get(file.memberId);
  const rows = await db.hardshipAssistance.where('fileId').equals(id).primaryKeys();
  const { batch } = await writeBatch(
    db,
    {
      kind: 'delete',
      label: `删除困难职工档案 ${member?.name ?? ''}（含${rows.length}条帮扶记录）`,
    },
    ['hardshipFiles', 'hardshipAssistance'],
    async (w) => {
      await w.bulkDelete('hardshipAssistance', rows);
      await w.delete('hardshipFiles', id);
    },
  );
  return batch;
}

function cleanAssistance(d: AssistanceDraft): AssistanceDraft {
  return {
    ...d,
    notes: d.notes.trim(),
    superiorAppliedOn: d.superiorAppliedOn || null,
    student:
      d.kind === '金秋助学' && d.student
        ? {
            childName: d.student.childName.trim(),
            school: d.student.school.trim(),
            grade: d.student.grade.trim(),
          }
        : d.kind === '金秋助学'
          ? { childName: '', school: '', grade: '' }
          : null,
    campaignId: d.campaignId || null,
  };
}

async function checkAssistance(db: UnionDeskDb, d: AssistanceDraft): Promise<HardshipFile> {
  const file = d.fileId ? await db.hardshipFiles.get(d.fileId) : undefined;
  const errors = validateAssistance(d, file);
  if (d.fileId && !file)
    errors.unshift({ field: 'fileId', message: '所选困难职工档案不存在，可能已被删除' });
  if (errors.length) throw new HardshipValidationError('帮扶记录', errors);
  return file!;
}

const kindLabel = (a: Pick<HardshipAssistance, 'kind' | 'amountCents'>) =>
  `${a.kind} ${formatCents(a.amountCents)}`;

export async function addAssistance(
  db: UnionDeskDb,
  draft: AssistanceDraft,
  now: string = new Date().toISOString(),
): Promise<{ batch: Batch; record: HardshipAssistance }> {
  const d = cleanAssistance(draft);
  const file = await checkAssistance(db, d);
  const member = await db.members.get(file.memberId);
  const record: HardshipAssistance = {
    ...d,
    id: newId('ha'),
    memberId: file.memberId,
    createdAt: now,
    updatedAt: now,
  };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `登记帮扶 ${member?.name ?? ''} ${kindLabel(record)}` },
    ['hardshipAssistance'],
    (w) => w.put('hardshipAssistance', record),
  );
  return { batch, record };
}

export async function updateAssistance(
  db: UnionDeskDb,
  id: string,
  draft: AssistanceDraft,
  now: string = new Date().toISOString(),
): Promise<{ batch: Batch; record: HardshipAssistance }> {
  const old = await db.hardshipAssistance.get(id);
  if (!old) throw new Error('找不到这条帮扶记录，可能已被删除或撤销。');
  const d = cleanAssistance(draft);
  const file = await checkAssistance(db, d);
  const record: HardshipAssistance = { ...old, ...d, id, memberId: file.memberId, updatedAt: now };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `修改帮扶记录 ${kindLabel(record)}` },
    ['hardshipAssistance'],
    (w) => w.put('hardshipAssistance', record),
  );
  return { batch, record };
}

export async function deleteAssistance(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await db.hardshipAssistance.get(id);
  if (!old) throw new Error('找不到这条帮扶记录，可能已被删除或撤销。');
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除帮扶记录 ${old.date} ${kindLabel(old)}` },
    ['hardshipAssistance'],
    (w) => w.delete('hardshipAssistance', id),
  );
  return batch;
}

/** Files 在档 due for review (overdue or within the reminder days), soonest first. */
export async function filesDueForReview(db: UnionDeskDb, today: IsoDate): Promise<FileListRow[]> {
  const rows = await listFiles(db, today);
  return rows
    .filter((r) => r.review && r.review.state !== 'ok')
    .sort((a, b) => a.review!.days - b.review!.days);
}

/** A member as the file form offers them: in stroke order, with the family for 金秋助学. */
export interface MemberChoice {
  id: string;
  name: string;
  department: string | null;
  status: string;
  family: { relation: string; name: string; note?: string }[];
}

export async function listMemberChoices(db: UnionDeskDb): Promise<MemberChoice[]> {
  const members = await db.members.toArray();
  return members
    .filter((m) => m.status === '在职' || m.status === '退休')
    .sort((a, b) => compareByStrokes(a.name, b.name))
    .map((m) => ({
      id: m.id,
      name: m.name,
      department: m.department,
      status: m.status,
      family: m.family.map((f) => ({ relation: f.relation, name: f.name, note: f.note })),
    }));
}

/** The roster facts the 档案表 prints (masked there), or undefined when the member is gone. */
export async function fileSheetPerson(db: UnionDeskDb, memberId: string) {
  const m = await db.members.get(memberId);
  return m
    ? {
        name: m.name,
        gender: m.gender,
        birthDate: m.birthDate,
        idNumber: m.idNumber,
        phone: m.phone,
        department: m.department,
      }
    : undefined;
}

/** 姓名 and 部门 of the given members (for the 帮扶台账). */
export async function peopleOf(
  db: UnionDeskDb,
  ids: readonly string[],
): Promise<Map<string, { name: string; department: string | null }>> {
  const rows = await db.members.bulkGet([...new Set(ids)]);
  return new Map(
    rows.flatMap((m) => (m ? [[m.id, { name: m.name, department: m.department }] as const] : [])),
  );
}
