/**
 * 提案表 (one issue per form, filled or blank to hand out) and 提案答复表 (the reply to the
 * proposer) as ruled A4 forms: rows of label/value cells and boxes of text broken into
 * lines here, one form per page. The view is renderer/print/CongressFormView.tsx.
 */
import { formatChineseDate } from '../../../core/text/dates';
import { breakParagraph } from '../../notices/print/noticeLayout';
import type { CongressSession } from '../rules/congress';
import { SATISFACTIONS, proposalNumberText, type Proposal } from '../rules/proposal';

export type FormRow =
  | { kind: 'fields'; cells: { label: string; value: string; widthMm: number }[]; heightMm: number }
  | { kind: 'box'; label: string; lines: string[]; heightMm: number; foot?: string };

export interface FormPage {
  /** 「示例市实验中学工会」 */
  head: string;
  /** 「第三届教职工代表大会第五次会议提案表」 */
  title: string;
  /** 「编号：第3号」 right above the form */
  corner: string;
  rows: FormRow[];
  /** Under the form: 「填写说明…」 */
  note: string;
}

export interface FormDocModel {
  pages: FormPage[];
  pageCount: number;
}

/** The form is 175 mm wide; every label cell 24 mm (values fill the rest); text 12 pt, 7 mm a line. */
export const FORM = { widthMm: 175, labelMm: 24, pt: 12, lineMm: 7, fieldMm: 11 } as const;
const BOX_CHARS = Math.floor((FORM.widthMm - FORM.labelMm - 4) / ((FORM.pt * 25.4) / 72));

function box(label: string, text: string, minLines: number, foot?: string): FormRow {
  const lines = text.trim()
    ? text
        .trim()
        .split('\n')
        .flatMap((p) => breakParagraph(p, BOX_CHARS, 2))
    : [];
  const n = Math.max(minLines, lines.length + (foot ? 1 : 0));
  return { kind: 'box', label, lines, heightMm: n * FORM.lineMm + 4, ...(foot ? { foot } : {}) };
}

const fields = (...cells: [string, string, number][]): FormRow => ({
  kind: 'fields',
  cells: cells.map(([label, value, widthMm]) => ({ label, value, widthMm })),
  heightMm: FORM.fieldMm,
});

const names = (p: Proposal | null) => (p ? p.coSigners.map((s) => s.name).join('、') : '');

/** 提案表 of each proposal, or `blanks` empty forms (proposals = []) to hand out. */
export function buildProposalForms(input: {
  unionName: string;
  session: CongressSession;
  proposals: readonly Proposal[];
  delegationOf: (p: Proposal) => string;
  blanks?: number;
}): FormDocModel {
  const list: (Proposal | null)[] =
    input.proposals.length > 0
      ? [...input.proposals]
      : Array.from({ length: input.blanks ?? 1 }, () => null);
  const pages = list.map((p): FormPage => ({
    head: input.unionName,
    title: `${input.session.name}提案表`,
    corner: `编号：${p && p.number !== null ? proposalNumberText(p) : '\u3000\u3000\u3000\u3000'}`,
    rows: [
      fields(['案由', p?.title ?? '', 151]),
      fields(
        ['提案人', p?.proposer.name ?? '', 34],
        ['代表团', p ? input.delegationOf(p) : '', 35],
        ['类别', p?.category ?? '', 34],
      ),
      fields(
        ['附议人', names(p), 82],
        ['提交日期', p ? formatChineseDate(p.receivedDate) : '\u3000\u3000年\u3000月\u3000日', 45],
      ),
      box('理由', p?.reasons ?? '', 9),
      box('建议\n（办法）', p?.suggestion ?? '', 9),
      box(
        '审查意见',
        p && p.review !== '待审查'
          ? `${p.review}${p.reviewReason ? `：${p.reviewReason}` : ''}${p.department ? `，交${p.department}办理` : ''}`
          : '',
        3,
        '提案工作委员会（盖章）\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日',
      ),
    ],
    note: '填写说明：一事一案；提案须由一名代表提出、二名以上代表附议；字迹清楚，内容具体。',
  }));
  return { pages, pageCount: pages.length };
}

/** 提案答复表: the handling department's reply, what came of it, and the proposer's view. */
export function buildReplyForms(input: {
  unionName: string;
  session: CongressSession;
  proposals: readonly Proposal[];
}): FormDocModel {
  const pages = input.proposals.map((p): FormPage => {
    const opinion = SATISFACTIONS.map((s) => `${p.satisfaction === s ? '☑' : '□'}${s}`).join(
      '\u3000\u3000',
    );
    return {
      head: input.unionName,
      title: `${input.session.name}提案答复表`,
      corner: `编号：${proposalNumberText(p)}`,
      rows: [
        fields(['案由', p.title, 151]),
        fields(
          ['提案人', p.proposer.name, 28],
          ['承办部门', p.department, 30],
          ['答复日期', p.replyDate ? formatChineseDate(p.replyDate) : '', 45],
        ),
        box(
          '答复意见',
          p.reply,
          12,
          '承办部门负责人（签字）：\u3000\u3000\u3000\u3000\u3000\u3000（盖章）',
        ),
        fields(['落实情况', p.implementation ?? '', 151]),
        box(
          '提案人\n意见',
          opinion,
          4,
          '提案人（签字）：\u3000\u3000\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日',
        ),
      ],
      note: '本表一式两份，一份交提案人，一份由提案工作委员会存档。',
    };
  });
  return { pages, pageCount: pages.length };
}
