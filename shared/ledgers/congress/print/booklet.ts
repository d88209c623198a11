/**
 * 提案汇编 (LEDGERS.md §6): cover, contents, the review's summary, each 立案 proposal with
 * its reply, the suggestions passed on, and how the last session's proposals were carried
 * out. The content is built once as a flow of parts (headings, paragraphs, a table); the
 * PDF layout breaks it into lines on A4 pages here, so the contents can give each part's
 * page and the print matches the preview, and bookletDocx.ts writes the same flow as Word.
 * The view is renderer/print/CongressBookletView.tsx.
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { breakParagraph } from '../../notices/print/noticeLayout';
import type { CongressSession } from '../rules/congress';
import { proposalNumberText, type Proposal, type Suggestion } from '../rules/proposal';
import { cellLines } from './tableDoc';

export const BOOKLET_PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 25,
  marginBottomMm: 22,
  marginLeftMm: 28,
  marginRightMm: 26,
  /** 156 mm of text, 12 pt: 36 characters a line */
  textWidthMm: 156,
  bodyPt: 12,
  lineMm: 7,
  /** Height for blocks: 297 − 25 − 22 − 10 (page number) */
  bodyHeightMm: 240,
} as const;

const CHARS = Math.floor(BOOKLET_PAGE.textWidthMm / ((BOOKLET_PAGE.bodyPt * 25.4) / 72));
const L = BOOKLET_PAGE.lineMm;

/** The booklet's content before it is broken into lines: what the .docx is written from. */
export type BookletFlow =
  | { kind: 'part'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'para'; text: string; indent: boolean; bold?: boolean }
  | { kind: 'table'; head: string[]; rows: string[][] };

export interface BookletPart {
  /** In the contents; null: not listed */
  toc: string | null;
  newPage: boolean;
  flow: BookletFlow[];
}

export type BookletBlock =
  | { kind: 'part'; text: string; heightMm: number }
  | { kind: 'title'; text: string; heightMm: number }
  | { kind: 'line'; text: string; heightMm: number; bold?: boolean }
  | { kind: 'toc'; text: string; page: string; heightMm: number }
  | { kind: 'tableHead'; cells: string[]; heightMm: number }
  | { kind: 'tableRow'; cells: string[][]; heightMm: number }
  | { kind: 'gap'; heightMm: number };

export interface BookletPage {
  kind: 'cover' | 'body';
  /** Printed page number (「— 1 —」); null on the cover and the contents */
  folio: number | null;
  blocks: BookletBlock[];
}

export interface BookletCover {
  unit: string;
  session: string;
  title: string;
  by: string;
  date: string;
}

export interface BookletModel {
  title: string;
  cover: BookletCover;
  parts: BookletPart[];
  pages: BookletPage[];
  pageCount: number;
  /** The listed parts with their first page, as the contents gives them. */
  contents: { text: string; page: number }[];
}

export interface BookletInput {
  unionName: string;
  session: CongressSession;
  /** This session's proposals (all of them: the summary counts each decision). */
  proposals: readonly Proposal[];
  /** Suggestions passed on from this session's proposals or received since it. */
  suggestions: readonly Suggestion[];
  /** The last session and its proposals, for the implementation table; null for none. */
  lastSession: CongressSession | null;
  lastProposals: readonly Proposal[];
  madeOn: IsoDate;
}

/** The implementation table's columns, in mm (156 mm in all). */
export const IMPLEMENTATION_COLUMNS = [
  { key: 'number', label: '提案号', widthMm: 16 },
  { key: 'title', label: '案由', widthMm: 62 },
  { key: 'department', label: '承办部门', widthMm: 28 },
  { key: 'implementation', label: '落实情况', widthMm: 26 },
  { key: 'satisfaction', label: '提案人意见', widthMm: 24 },
] as const;

const para = (text: string, indent = true, bold = false): BookletFlow => ({
  kind: 'para',
  text,
  indent,
  ...(bold ? { bold } : {}),
});

function proposalFlow(p: Proposal, all: readonly Proposal[]): BookletFlow[] {
  const merged = all.filter((x) => x.review === '并案' && x.mergedIntoId === p.id);
  const flow: BookletFlow[] = [
    { kind: 'title', text: `${proposalNumberText(p)}\u3000${p.title}` },
    para(
      `提案人：${p.proposer.name}${p.coSigners.length ? `\u3000附议人：${p.coSigners.map((s) => s.name).join('、')}` : ''}`,
      false,
    ),
    para(
      `类别：${p.category || '—'}\u3000承办部门：${p.department || '—'}\u3000收到日期：${formatChineseDate(p.receivedDate)}`,
      false,
    ),
  ];
  if (merged.length)
    flow.push(
      para(`并入本案：${merged.map((m) => `${m.title}（${m.proposer.name}）`).join('；')}`, false),
    );
  if (p.reasons) flow.push(para('理由：', false, true), para(p.reasons));
  if (p.suggestion) flow.push(para('建议：', false, true), para(p.suggestion));
  flow.push(
    para(
      `答复（${p.department || '承办部门'}${p.replyDate ? `，${formatChineseDate(p.replyDate)}` : ''}）：`,
      false,
      true,
    ),
    para(p.reply || '（尚未答复）'),
  );
  if (p.implementation || p.satisfaction)
    flow.push(
      para(`落实情况：${p.implementation ?? '—'}\u3000提案人意见：${p.satisfaction ?? '—'}`, false),
    );
  return flow;
}

/** The booklet's parts, in order. */
export function bookletParts(input: BookletInput): BookletPart[] {
  const s = input.session;
  const all = input.proposals;
  const count = (r: Proposal['review']) => all.filter((p) => p.review === r).length;
  const accepted = all
    .filter((p) => p.review === '立案')
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const parts: BookletPart[] = [
    {
      toc: '一、提案审查情况',
      newPage: true,
      flow: [
        { kind: 'part', text: '一、提案审查情况' },
        para(
          `${s.name}期间，共收到代表提案${all.length}件。经提案工作委员会审查，立案${accepted.length}件，并案${count('并案')}件，转为意见建议${count('转为意见建议')}件，不予立案${count('不立案')}件${count('待审查') ? `，尚待审查${count('待审查')}件` : ''}。立案提案已交有关部门办理，办理答复情况汇编如下。`,
        ),
      ],
    },
    {
      toc: '二、立案提案及答复',
      newPage: false,
      flow: [
        { kind: 'part', text: '二、立案提案及答复' },
        ...(accepted.length === 0 ? [para('本次会议没有立案提案。')] : []),
      ],
    },
    ...accepted.map((p) => ({
      toc: `${proposalNumberText(p)}\u3000${p.title}`,
      newPage: false,
      flow: proposalFlow(p, all),
    })),
  ];
  const sg: BookletFlow[] = [{ kind: 'part', text: '三、意见建议' }];
  if (input.suggestions.length === 0)
    sg.push(para('本次会议没有转为意见建议的提案和收到的意见建议。'));
  input.suggestions.forEach((x, i) => {
    const who = [x.proposer, x.channel].filter((t) => t).join('，');
    sg.push(
      para(`${i + 1}．${x.content}${who ? `（${who}）` : ''}`, false),
      para(
        `处理：${x.handledBy || '—'}，${x.adopted === true ? '已采纳' : x.adopted === false ? '未采纳' : '待处理'}${x.reply ? `。${x.reply}` : ''}`,
      ),
    );
  });
  parts.push({ toc: '三、意见建议', newPage: true, flow: sg });

  const impl: BookletFlow[] = [{ kind: 'part', text: '四、上次会议提案落实情况' }];
  const last = input.lastProposals
    .filter((p) => p.review === '立案')
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  if (!input.lastSession || last.length === 0)
    impl.push(para('上次会议没有立案提案，或尚未登记。'));
  else {
    const done = last.filter((p) => p.implementation === '已落实').length;
    const ok = last.filter(
      (p) => p.satisfaction === '满意' || p.satisfaction === '基本满意',
    ).length;
    impl.push(
      para(
        `${input.lastSession.name}立案提案${last.length}件，已落实${done}件，提案人满意或基本满意${ok}件。各件落实情况如下表。`,
      ),
      {
        kind: 'table',
        head: IMPLEMENTATION_COLUMNS.map((c) => c.label),
        rows: last.map((p) => [
          p.number === null ? '' : String(p.number),
          p.title,
          p.department,
          p.implementation ?? '未落实',
          p.satisfaction ?? '—',
        ]),
      },
    );
  }
  parts.push({ toc: '四、上次会议提案落实情况', newPage: true, flow: impl });
  return parts;
}

function blocksOf(f: BookletFlow): BookletBlock[] {
  switch (f.kind) {
    case 'part':
      return [{ kind: 'part', text: f.text, heightMm: 14 }];
    case 'title':
      return breakParagraph(f.text, CHARS - 2, 0).map((text, i) => ({
        kind: 'title',
        text,
        heightMm: i === 0 ? 11 : 8,
      }));
    case 'para':
      return breakParagraph(f.text, CHARS, f.indent ? 2 : 0).map((text) => ({
        kind: 'line',
        text,
        heightMm: L,
        ...(f.bold ? { bold: true } : {}),
      }));
    case 'table':
      return [
        { kind: 'gap', heightMm: 3 },
        { kind: 'tableHead', cells: f.head, heightMm: 9 },
        ...f.rows.map((r): BookletBlock => {
          const cells = r.map((t, i) =>
            cellLines(t, { ...IMPLEMENTATION_COLUMNS[i]!, wrap: i === 1 }, 10.5),
          );
          return {
            kind: 'tableRow',
            cells,
            heightMm: Math.max(9, Math.max(...cells.map((c) => c.length)) * 5 + 3),
          };
        }),
      ];
  }
}

export function buildBooklet(input: BookletInput): BookletModel {
  const parts = bookletParts(input);
  const body: BookletPage[] = [];
  const first: number[] = [];
  let used = Infinity;
  const page = () => {
    body.push({ kind: 'body', folio: body.length + 1, blocks: [] });
    used = 0;
  };
  const place = (b: BookletBlock) => {
    body[body.length - 1]!.blocks.push(b);
    used += b.heightMm;
  };
  for (const part of parts) {
    const blocks = [...part.flow.flatMap(blocksOf), { kind: 'gap' as const, heightMm: L }];
    // A heading keeps at least its next four lines with it.
    const keepMm = blocks.slice(0, 5).reduce((h, b) => h + b.heightMm, 0);
    if (part.newPage || used + keepMm > BOOKLET_PAGE.bodyHeightMm) page();
    first.push(body.length);
    const head = blocks.find((b) => b.kind === 'tableHead');
    for (const b of blocks) {
      if (used + b.heightMm > BOOKLET_PAGE.bodyHeightMm) {
        if (b.kind === 'gap') continue;
        page();
        // a table continued on the next page repeats its header
        if (b.kind === 'tableRow' && head) place(head);
      }
      place(b);
    }
  }
  const contents = parts.flatMap((p, i) => (p.toc ? [{ text: p.toc, page: first[i]! }] : []));
  const perPage = Math.floor((BOOKLET_PAGE.bodyHeightMm - 20) / 9);
  const tocPages: BookletPage[] = [];
  for (let i = 0; i < Math.max(1, contents.length); i += perPage)
    tocPages.push({
      kind: 'body',
      folio: null,
      blocks: [
        ...(i === 0 ? [{ kind: 'part' as const, text: '目\u3000\u3000录', heightMm: 20 }] : []),
        ...contents.slice(i, i + perPage).map((c): BookletBlock => ({
          kind: 'toc',
          text: c.text,
          page: String(c.page),
          heightMm: 9,
        })),
      ],
    });
  const unit = input.unionName.replace(/工会(委员会)?$/, '');
  return {
    title: `${input.session.name}提案汇编`,
    cover: {
      unit,
      session: input.session.name,
      title: '提案汇编',
      by: `${unit}教职工代表大会提案工作委员会`,
      date: formatChineseDate(input.madeOn).replace(/\d+日$/, ''),
    },
    parts,
    pages: [{ kind: 'cover', folio: null, blocks: [] }, ...tocPages, ...body],
    pageCount: 1 + tocPages.length + body.length,
    contents,
  };
}
