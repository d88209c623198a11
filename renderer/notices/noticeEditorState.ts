import type { NoticeDraft, NoticeRecord, NoticeSource } from '../../shared/ledgers/notices';
import type { IsoDate } from '../../shared/core/text';
import type { NoticeTemplate } from '../../shared/ledgers/notices';

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

/** Fields filled by the editor itself, never typed: the register and the date decide them. */
export const AUTO_FIELDS = new Set(['文号', '日期']);

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

const FIELD_RE = /\{([^{}\n]{1,12})\}/g;

/** The merge fields the notice's text uses, in order of first use, without 文号 and 日期. */
export function usedFields(source: NoticeSource): string[] {
  const text = [source.title, source.addressee, source.body, source.signature, source.date].join(
    '\n',
  );
  const seen = new Set<string>();
  for (const m of text.matchAll(FIELD_RE)) {
    const f = (m[1] ?? '').trim();
    if (f && !AUTO_FIELDS.has(f)) seen.add(f);
  }
  return [...seen];
}

/** Profile values, then the activity's, then the typed ones. */
export function editorValues(
  state: Pick<NoticeEditorState, 'activityValues' | 'typed'>,
  base: Record<string, string | undefined>,
): Record<string, string> {
  const all: Record<string, string | undefined> = {
    ...base,
    ...state.activityValues,
    ...state.typed,
  };
  return Object.fromEntries(
    Object.entries(all).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
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
