import type { NoticeDraft, NoticeRecord, NoticeSource } from '../../shared/ledgers/notices';
import type { IsoDate } from '../../shared/core/text';
import type { NoticeTemplate } from '../../shared/ledgers/notices';
import { AUTO_FIELDS } from '../../shared/ledgers/notices';

/**
 * What the notice editor holds. Merge values come in three layers, later ones winning:
 * the union profile, the chosen activity, and what the chair typed into a field box.
 */
export interface NoticeEditorState {
  /** The saved notice; null until the first save. */
  id: string | null;
  templateId: string | null;
  source: NoticeSource;
  activityId: string | null;
  /** Values the chosen activity answers; replaced when another activity is chosen. */
  activityValues: Record<string, string>;
  /** What the chair typed into the field boxes. */
  typed: Record<string, string>;
  date: IsoDate;
  /** 机关代字 for a new 文号 */
  prefix: string;
  /** 发文机关标志 (红头) text, or null for none. */
  issuer: string | null;
  /** The 文号 once the notice is saved with one. */
  number: string | null;
}

export function sourceOf(t: NoticeTemplate): NoticeSource {
  return {
    kind: t.kind,
    title: t.title,
    addressee: t.addressee,
    body: t.body,
    signature: t.signature,
    date: t.date,
    withDocumentNumber: t.withDocumentNumber,
    sealSpace: t.sealSpace,
  };
}

export function stateFromTemplate(
  t: NoticeTemplate,
  opts: { date: IsoDate; prefix: string; activityId?: string | null },
): NoticeEditorState {
  return {
    id: null,
    templateId: t.id,
    source: sourceOf(t),
    activityId: opts.activityId ?? null,
    activityValues: {},
    typed: {},
    date: opts.date,
    prefix: opts.prefix,
    issuer: null,
    number: null,
  };
}

/** A saved notice back in the editor: its values as saved, so it merges to the same text. */
export function stateFromRecord(r: NoticeRecord, prefix: string): NoticeEditorState | null {
  if (!r.source) return null;
  const typed = Object.fromEntries(Object.entries(r.values).filter(([k]) => !AUTO_FIELDS.has(k)));
  return {
    id: r.id,
    templateId: r.templateId,
    source: r.source,
    activityId: r.activityId ?? null,
    activityValues: {},
    typed,
    date: r.date,
    prefix: r.prefix || prefix,
    issuer: r.issuer,
    number: r.seq > 0 ? r.number : null,
  };
}

export function toDraft(state: NoticeEditorState, values: Record<string, string>): NoticeDraft {
  return {
    id: state.id,
    templateId: state.templateId,
    source: state.source,
    values,
    issuer: state.issuer,
    date: state.date,
    prefix: state.prefix,
    activityId: state.activityId,
  };
}

/** Puts `insert` in place of text[start, end); returns the new text and where the caret goes. */
export function insertAt(
  text: string,
  start: number,
  end: number,
  insert: string,
): { text: string; caret: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return { text: text.slice(0, s) + insert + text.slice(e), caret: s + insert.length };
}
