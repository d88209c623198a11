import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { newId } from '../../../core/ids/newId';
import { noticeValues } from '../rules/noticeEditing';
import { getSetting, setSetting } from '../../../db/settings';
import { isIsoDate, type IsoDate } from '../../../core/text/dates';
import {
  DEFAULT_NOTICE_TEMPLATES,
  NOTICE_KINDS,
  type NoticeKind,
  type NoticeTemplate,
} from '../rules/noticeTemplates';
import { mergeNotice } from '../rules/noticeMerge';
import { nextDocumentNumber } from '../rules/documentNumber';
import type { NoticeRecord, NoticeSource } from '../rules/rows';

export type { NoticeRecord, NoticeSource } from '../rules/rows';

/**
 * 通知与公示 repository: notice templates (the built-in ones are always there; the chair's
 * edited copies are saved beside them) and the document register (发文登记). What must hold:
 * - a 文号 is assigned inside the transaction that stores it, so two notices saved at the
 *   same moment never get the same number; the sequence restarts at 1 each year;
 * - a saved notice keeps the final text it was printed with (`document`), so a reprint is
 *   identical even after the profile, the activity or the template change;
 * - every write goes through writeBatch, so it is logged and undoable.
 */

// ── templates ───────────────────────────────────────────────────────────────────────

const BUILT_IN_IDS = new Set(DEFAULT_NOTICE_TEMPLATES.map((t) => t.id));

export function isBuiltInTemplate(id: string): boolean {
  return BUILT_IN_IDS.has(id);
}

/** What the template editor edits. */
export type NoticeTemplateDraft = Omit<NoticeTemplate, 'id' | 'builtIn' | 'updatedAt'>;

const kindOrder = (k: NoticeKind) => NOTICE_KINDS.indexOf(k);

/** Built-in templates first within each kind, then the chair's by name. */
export async function listNoticeTemplates(db: UnionDeskDb): Promise<NoticeTemplate[]> {
  const saved = await db.noticeTemplates.toArray();
  return [...DEFAULT_NOTICE_TEMPLATES.map((t) => ({ ...t })), ...saved].sort(
    (a, b) =>
      kindOrder(a.kind) - kindOrder(b.kind) ||
      Number(!!b.builtIn) - Number(!!a.builtIn) ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
}

export async function getNoticeTemplate(
  db: UnionDeskDb,
  id: string,
): Promise<NoticeTemplate | undefined> {
  const builtIn = DEFAULT_NOTICE_TEMPLATES.find((t) => t.id === id);
  if (builtIn) return { ...builtIn };
  return db.noticeTemplates.get(id);
}

/** Field → Chinese message; empty when the template can be saved. */
export function validateNoticeTemplate(t: NoticeTemplateDraft): Record<string, string> {
  const e: Record<string, string> = {};
  if (!t.name.trim()) e.name = '请填写模板名称';
  else if (t.name.trim().length > 30) e.name = '模板名称不超过 30 个字';
  if (!NOTICE_KINDS.includes(t.kind)) e.kind = '请选择文种（会议通知、活动通知、公示或慰问信）';
  if (!t.title.trim()) e.title = '请填写标题';
  if (!t.body.trim()) e.body = '请填写正文';
  return e;
}

/**
 * Saves a template. A built-in template is never changed: saving one (or a draft without
 * an id) stores a new template of the chair's own.
 */
export async function saveNoticeTemplate(
  db: UnionDeskDb,
  draft: NoticeTemplateDraft,
  id?: string | null,
): Promise<NoticeTemplate> {
  const errors = Object.values(validateNoticeTemplate(draft));
  if (errors.length)
    throw new Error(`模板“${draft.name.trim() || '未命名'}”不能保存：${errors[0]}`);
  const keepId = id && !isBuiltInTemplate(id) ? id : null;
  const template: NoticeTemplate = {
    kind: draft.kind,
    name: draft.name.trim(),
    title: draft.title.trim(),
    addressee: draft.addressee.trim(),
    body: draft.body,
    signature: draft.signature.trim(),
    date: draft.date.trim(),
    withDocumentNumber: draft.withDocumentNumber,
    sealSpace: draft.sealSpace,
    id: keepId ?? newId('tpl'),
    builtIn: false,
    updatedAt: new Date().toISOString(),
  };
  await writeBatch(
    db,
    { kind: 'edit', label: `${keepId ? '修改' : '新建'}通知模板 ${template.name}` },
    ['noticeTemplates'],
    async (w) => {
      await w.put('noticeTemplates', { ...template });
      w.count(keepId ? '更新' : '新增');
    },
  );
  return template;
}

/** A copy of any template (built-in or not) as the chair's own, named 「…（副本）」. */
export async function copyNoticeTemplate(db: UnionDeskDb, id: string): Promise<NoticeTemplate> {
  const from = await getNoticeTemplate(db, id);
  if (!from) throw new Error('找不到要复制的模板，可能已被删除。');
  const { id: _id, builtIn: _b, updatedAt: _u, ...draft } = from;
  return saveNoticeTemplate(db, { ...draft, name: `${from.name}（副本）`.slice(0, 30) });
}

export async function deleteNoticeTemplate(db: UnionDeskDb, id: string): Promise<Batch> {
  if (isBuiltInTemplate(id)) throw new Error('内置模板不能删除，只能复制后修改。');
  const old = await db.noticeTemplates.get(id);
  if (!old) throw new Error('找不到这个模板，可能已被删除。');
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除通知模板 ${old.name}` },
    ['noticeTemplates'],
    async (w) => {
      await w.delete('noticeTemplates', id);
      w.count('删除');
    },
  );
  return batch;
}

// ── document register (发文登记) ─────────────────────────────────────────────────────

export interface IssueRequest {
  /** 机关代字, e.g. 「城南工」 */
  prefix: string;
  year: number;
  title: string;
  date: IsoDate;
  activityId?: string | null;
}

/** The next 文号 of `year`, read inside the caller's transaction. */
async function nextNumberInTx(db: UnionDeskDb, year: number, prefix: string) {
  const used = await db.documents.where('year').equals(year).toArray();
  return nextDocumentNumber(
    used.filter((r) => r.seq > 0),
    year,
    prefix,
  );
}

function checkPrefix(prefix: string): void {
  if (!prefix.trim()) throw new Error('请填写发文机关代字（文号中〔〕前的部分，如“城南工”）。');
  if (/[〔〕[\]【】]/.test(prefix))
    throw new Error(`发文机关代字“${prefix}”中不能有括号，年份会自动加上〔〕。`);
}

/**
 * Registers a document and gives it the next 文号 of its year (「城南工〔2026〕3号」), in
 * one transaction: numbers are never shared, and the sequence restarts each year.
 */
export async function issueDocument(db: UnionDeskDb, req: IssueRequest): Promise<NoticeRecord> {
  checkPrefix(req.prefix);
  if (!isIsoDate(req.date)) throw new Error(`发文日期“${req.date}”不是有效日期。`);
  if (!req.title.trim()) throw new Error('请填写发文标题。');
  const { result } = await writeBatch(
    db,
    { kind: 'edit', label: `发文登记 ${req.title.trim()}` },
    ['documents'],
    async (w) => {
      const n = await nextNumberInTx(db, req.year, req.prefix);
      const now = new Date().toISOString();
      const record: NoticeRecord = {
        id: newId('doc'),
        year: req.year,
        seq: n.seq,
        prefix: n.prefix,
        number: n.number,
        title: req.title.trim(),
        date: req.date,
        activityId: req.activityId ?? null,
        kind: null,
        templateId: null,
        source: null,
        values: {},
        issuer: null,
        document: null,
        createdAt: now,
        updatedAt: now,
      };
      await w.put('documents', { ...record });
      w.count('新增');
      return record;
    },
  );
  return result;
}

/** What the notice editor saves. */
export interface NoticeDraft {
  /** The saved notice being edited; null for a new one. */
  id: string | null;
  templateId: string | null;
  source: NoticeSource;
  /** Merge values; 文号 and 日期 are set here from the register and `date`. */
  values: Record<string, string>;
  issuer: string | null;
  /** 成文日期; its year is the 文号's year. */
  date: IsoDate;
  /** 机关代字 for a new 文号 */
  prefix: string;
  activityId: string | null;
}

/** The merge values a draft prints with: its own, with the 文号 and the date in words. */
export { noticeValues };

/**
 * Saves a notice to the register. A numbered notice gets its 文号 on its first save (in
 * the same transaction) and keeps it on every later save, whatever is changed.
 */
export async function saveNotice(
  db: UnionDeskDb,
  draft: NoticeDraft,
): Promise<{ record: NoticeRecord; batch: Batch }> {
  if (!isIsoDate(draft.date)) throw new Error('请选择成文日期。');
  const year = Number(draft.date.slice(0, 4));
  const { batch, result } = await writeBatch(
    db,
    { kind: 'edit', label: `保存通知 ${draft.source.title}` },
    ['documents'],
    async (w) => {
      const old = draft.id ? await db.documents.get(draft.id) : undefined;
      if (draft.id && !old) throw new Error('找不到这份通知，可能已被删除或撤销。');
      let number: Pick<NoticeRecord, 'year' | 'seq' | 'prefix' | 'number'>;
      if (old && old.seq > 0) number = old;
      else if (draft.source.withDocumentNumber) {
        checkPrefix(draft.prefix);
        number = await nextNumberInTx(db, year, draft.prefix);
      } else number = { year, seq: 0, prefix: '', number: '' };
      // Once issued, a 文号 stays on the notice.
      const source = { ...draft.source, withDocumentNumber: number.seq > 0 };
      const values = noticeValues(draft, number.number || null);
      const { document } = mergeNotice({ ...source, id: '', name: '' }, values, {
        issuer: draft.issuer,
      });
      if (!document.title.trim()) throw new Error('通知标题不能为空。');
      const now = new Date().toISOString();
      const record: NoticeRecord = {
        id: old?.id ?? newId('doc'),
        ...number,
        title: document.title,
        date: draft.date,
        activityId: draft.activityId,
        kind: source.kind,
        templateId: draft.templateId,
        source,
        values,
        issuer: draft.issuer,
        document,
        createdAt: old?.createdAt ?? now,
        updatedAt: now,
      };
      await w.put('documents', { ...record });
      w.count(old ? '更新' : '新增');
      return record;
    },
  );
  return { record: result, batch };
}

export async function getNotice(db: UnionDeskDb, id: string): Promise<NoticeRecord | undefined> {
  return db.documents.get(id);
}

/** The register of a year: newest first, numbered ones by 文号 within a day. */
export async function listNotices(db: UnionDeskDb, year: number): Promise<NoticeRecord[]> {
  const rows = await db.documents.where('year').equals(year).toArray();
  return rows.sort(
    (a, b) =>
      b.date.localeCompare(a.date) || b.seq - a.seq || b.createdAt.localeCompare(a.createdAt),
  );
}

/** Years with saved notices, newest first. */
export async function listNoticeYears(db: UnionDeskDb): Promise<number[]> {
  const years = (await db.documents.orderBy('year').uniqueKeys()) as number[];
  return years.sort((a, b) => b - a);
}

// ── settings ────────────────────────────────────────────────────────────────────────

const PREFIX_KEY = 'notices.documentPrefix';

/** The 机关代字 the chair last used; undefined before the first time. */
export function getDocumentPrefix(db: UnionDeskDb): Promise<string | undefined> {
  return getSetting<string>(db, PREFIX_KEY);
}

export function setDocumentPrefix(db: UnionDeskDb, prefix: string): Promise<void> {
  return setSetting(db, PREFIX_KEY, prefix.trim());
}
