import type { LedgerData } from '../../types';
import type { LedgerSheet, SheetColumn } from '../../workbook/sheetTypes';
import { inStrokeOrder, type Mark } from '../rules/election';

/*
 * 选举, 候选人 and 选票 (LEDGERS.md §10). 编号 is the election's own code (「2026-1」); 候选人
 * and 选票 rows point at it. 选票 has a column per candidate headed by the name: a sheet
 * holds the ballots of every election, so its candidate columns are the names of all of
 * them, and a row marks only its own election's.
 */

const byDate = (data: LedgerData) =>
  [...data.tables.elections].sort(
    (a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code),
  );

/** The 选票 sheet's field for a candidate's column: its header is the name. */
export const CANDIDATE_FIELD = 'cand:';

const BALLOT_COLUMNS: readonly SheetColumn[] = [
  { header: '选举编号', field: 'election', kind: 'text', synonyms: ['编号'] },
  { header: '票号', field: 'number', kind: 'integer', synonyms: ['选票编号', '序号'] },
];
const WRITE_IN: SheetColumn = {
  header: '另选他人',
  field: 'writeIns',
  kind: 'text',
  synonyms: ['另选人', '另选人姓名'],
  width: 16,
};

const NOTE: SheetColumn = {
  header: '备注',
  field: 'note',
  kind: 'text',
  synonyms: ['说明'],
  width: 20,
};

const MARK_CELL: Record<Mark, string | null> = { for: '赞成', against: '反对', abstain: null };

/** The candidates' names over every election, in election then ballot order, each once. */
function candidateNames(data: LedgerData): string[] {
  const names: string[] = [];
  for (const e of byDate(data))
    for (const c of inStrokeOrder(data.tables.candidates.filter((x) => x.electionId === e.id)))
      if (!names.includes(c.name)) names.push(c.name);
  return names;
}

/** 备注 of a ballot the scrutineers spoiled: 「废票：字迹无法辨认」. */
export const SPOILED = '废票：';

/** Headers that are fields of the sheet itself, never a candidate's column. */
const OWN_HEADERS = new Set(
  [...BALLOT_COLUMNS, WRITE_IN, NOTE].flatMap((c) => [c.header, ...(c.synonyms ?? [])]),
);

export const ELECTIONS_SHEETS: readonly LedgerSheet[] = [
  {
    name: '选举',
    keyField: 'code',
    columns: [
      { header: '编号', field: 'code', kind: 'text', synonyms: ['选举编号'] },
      { header: '日期', field: 'date', kind: 'date', synonyms: ['选举日期'] },
      { header: '大会类型', field: 'body', kind: 'text', synonyms: ['会议类型', '大会'] },
      {
        header: '选举事项',
        field: 'name',
        kind: 'text',
        synonyms: ['选举名称', '事项'],
        width: 32,
      },
      { header: '应选人数', field: 'seats', kind: 'integer', synonyms: ['应选'] },
      {
        header: '应到会有选举权人数',
        field: 'entitled',
        kind: 'integer',
        synonyms: ['应到人数', '应到'],
      },
      { header: '到会人数', field: 'present', kind: 'integer', synonyms: ['实到人数', '实到'] },
      { header: '发出选票', field: 'issued', kind: 'integer', synonyms: ['发出'] },
      { header: '收回选票', field: 'returned', kind: 'integer', synonyms: ['收回'] },
    ],
    rows: (data) =>
      byDate(data).map((e) => ({
        code: e.code,
        date: e.date,
        body: e.body,
        name: e.name,
        seats: e.seats,
        entitled: e.entitled,
        present: e.present,
        issued: e.issued,
        returned: e.returned,
      })),
  },
  {
    name: '候选人',
    keyField: 'name',
    columns: [
      { header: '选举编号', field: 'election', kind: 'text', synonyms: ['编号'] },
      { header: '序号', field: 'order', kind: 'integer' },
      { header: '姓名', field: 'name', kind: 'text', synonyms: ['候选人', '候选人姓名'] },
      {
        header: '身份证号',
        field: 'idNumber',
        kind: 'id',
        synonyms: ['证件号码', '身份证号码'],
        width: 20,
      },
    ],
    rows: (data) => {
      const members = new Map(data.tables.members.map((m) => [m.id, m]));
      return byDate(data).flatMap((e) =>
        inStrokeOrder(data.tables.candidates.filter((c) => c.electionId === e.id)).map((c, i) => ({
          election: e.code,
          order: i + 1,
          name: c.name,
          idNumber: (c.memberId && members.get(c.memberId)?.idNumber) || null,
        })),
      );
    },
  },
  {
    name: '选票',
    keyField: 'number',
    minOtherFields: 1,
    columns: [...BALLOT_COLUMNS, WRITE_IN, NOTE],
    columnsFor: (data) => [
      ...BALLOT_COLUMNS,
      ...candidateNames(data).map((name): SheetColumn => ({
        header: name,
        field: `${CANDIDATE_FIELD}${name}`,
        kind: 'text',
      })),
      WRITE_IN,
      NOTE,
    ],
    openField: (header) =>
      header.trim() && !OWN_HEADERS.has(header.trim())
        ? `${CANDIDATE_FIELD}${header.trim()}`
        : null,
    // The counted keyer's ballots of the first round: a second keying is a check, and the
    // sheet (LEDGERS.md §10) has no place for later rounds.
    rows: (data) => {
      const names = candidateNames(data);
      return byDate(data).flatMap((e) => {
        const round = e.rounds[0];
        if (!round) return [];
        const byId = new Map(
          data.tables.candidates.filter((c) => c.electionId === e.id).map((c) => [c.id, c]),
        );
        return data.tables.ballots
          .filter((b) => b.electionId === e.id && b.round === 1 && b.keyer === e.countedKeyer)
          .sort((a, b) => a.number - b.number)
          .map((b) => {
            const row: Record<string, string | number | null> = {
              election: e.code,
              number: b.number,
            };
            for (const n of names) row[`${CANDIDATE_FIELD}${n}`] = null;
            for (const id of round.candidateIds) {
              const c = byId.get(id);
              if (c) row[`${CANDIDATE_FIELD}${c.name}`] = MARK_CELL[b.marks[id] ?? 'abstain'];
            }
            row.writeIns = b.writeIns.length ? b.writeIns.join('、') : null;
            row.note = b.spoiled ? `${SPOILED}${b.spoiled}` : null;
            return row;
          });
      });
    },
  },
];
