import type { ElectionRound } from '../rules/election';
import type { MarkScheme } from '../rules/settings';

/*
 * 选票: title, 「（按姓氏笔画为序）」, 「应选N人」, a box under each candidate's name, columns to
 * write another name in, and the notes (how to mark, per the mark scheme setting). As many as
 * issued, numbered 「No.001」 or not, one or two to an A4 page (cut along the dashed line).
 */

export interface BallotOptions {
  /** How many to print (the ballots to issue). */
  count: number;
  numbered: boolean;
  /** Ballots per A4 page: 1, or 2 (a cut line between). */
  perPage: 1 | 2;
  /** 另选人 columns; default up to 3 (at most the seats), at most 7. */
  writeInColumns?: number;
}

export interface BallotModel {
  /** 「No.001」, or null when not numbered */
  number: string | null;
  title: string;
  /** 「（按姓氏笔画为序）」 */
  order: string;
  /** 「应选7人」, with 「（重新投票）」 for a re-vote */
  seatsText: string;
  /** Rows of cells: a candidate's name, or '' for a write-in column. */
  rows: { name: string; writeIn: boolean }[][];
  notes: string[];
}

export interface BallotSheet {
  pages: BallotModel[][];
  pageCount: number;
  perPage: 1 | 2;
  /** Cells per row of the grid. */
  columns: number;
}

export interface BallotInput {
  unionName: string;
  termNumber: number;
  office: string;
  round: Pick<ElectionRound, 'round' | 'kind' | 'seats'>;
  /** Names in ballot (姓氏笔画) order. */
  candidates: readonly string[];
  marks: MarkScheme;
  options: BallotOptions;
}

const COLUMNS = 7;

export function ballotNotes(seats: number, marks: MarkScheme): string[] {
  const abstain = marks.abstain.trim() ? `画“${marks.abstain.trim()}”` : '不画任何符号';
  return [
    `对候选人同意的，在其姓名下方格内画“${marks.for}”；不同意的，画“${marks.against}”；弃权的，${abstain}。`,
    `如另选他人，在“另选人”栏内写上其姓名，并在下方格内画“${marks.for}”。`,
    `每张选票所选人数（含另选人）等于或少于应选人数${seats}人的为有效票，多于${seats}人的为无效票。`,
    '符号要准确，字迹要清楚，不得涂改；无法辨认的视为弃权。',
  ];
}

export function buildBallots(input: BallotInput): BallotSheet {
  const { round, options } = input;
  const count = Math.max(0, Math.min(2000, Math.floor(options.count)));
  const writeIns = Math.max(0, Math.min(7, options.writeInColumns ?? Math.min(round.seats, 3)));
  // Candidates in rows of COLUMNS, then the 另选人 columns on a row of their own.
  const rows: BallotModel['rows'] = [];
  for (let i = 0; i < input.candidates.length; i += COLUMNS)
    rows.push(input.candidates.slice(i, i + COLUMNS).map((name) => ({ name, writeIn: false })));
  if (writeIns > 0)
    rows.push(Array.from({ length: writeIns }, () => ({ name: '', writeIn: true })));
  const suffix =
    round.kind === 'tie' ? '（重新投票）' : round.kind === 'more' ? '（另行选举）' : '';
  const union = input.unionName.replace(/委员会$/, '');
  const base: Omit<BallotModel, 'number'> = {
    title: `${union}第${input.termNumber}届委员会${input.office}选举选票${suffix}`,
    order: '（按姓氏笔画为序）',
    seatsText: `应选${round.seats}人`,
    rows,
    notes: ballotNotes(round.seats, input.marks),
  };
  const digits = Math.max(3, String(count).length);
  const ballots: BallotModel[] = Array.from({ length: count }, (_, i) => ({
    ...base,
    number: options.numbered ? `No.${String(i + 1).padStart(digits, '0')}` : null,
  }));
  // A long list (more than 3 rows of names) does not fit on half a page.
  const perPage: 1 | 2 = options.perPage === 2 && rows.length <= 3 ? 2 : 1;
  const pages: BallotModel[][] = [];
  for (let i = 0; i < ballots.length; i += perPage) pages.push(ballots.slice(i, i + perPage));
  return { pages, pageCount: pages.length, perPage, columns: COLUMNS };
}
