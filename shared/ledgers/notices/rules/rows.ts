import type { NoticeKind, NoticeTemplate } from './noticeTemplates';
import type { NoticeDocument } from './noticeMerge';
import type { DocumentRegisterEntry } from './documentNumber';

/** 通知模板 as stored: the chair's own templates (the built-in ones are never stored). */
export type NoticeTemplateRow = NoticeTemplate;

/** The text of a notice as the chair wrote it, merge fields and all. */
export type NoticeSource = Pick<
  NoticeTemplate,
  | 'kind'
  | 'title'
  | 'addressee'
  | 'body'
  | 'signature'
  | 'date'
  | 'withDocumentNumber'
  | 'sealSpace'
>;

/**
 * One entry of the register (发文登记; 文号 「X工〔2026〕3号」 = year + seq). A notice without a
 * 文号 (most 活动通知) is kept too, with `seq` 0 and empty `prefix` and `number`, so it can be
 * found and reprinted.
 */
export interface NoticeRecord extends DocumentRegisterEntry {
  /** 文种; a bare register entry (issueDocument) has none. */
  kind: NoticeKind | null;
  templateId: string | null;
  source: NoticeSource | null;
  /** Merge values as they were when saved (profile, activity and typed ones). */
  values: Record<string, string>;
  /** 发文机关标志 printed above the 文号, or null. */
  issuer: string | null;
  /** The final text as printed: a reprint uses this, never a fresh merge. */
  document: NoticeDocument | null;
  createdAt: string;
  updatedAt: string;
}

/** 发文登记 as stored. */
export type DocumentRow = NoticeRecord;
