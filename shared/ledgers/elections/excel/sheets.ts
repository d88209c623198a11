import type { LedgerData } from '../../types';
import type { LedgerSheet } from '../../workbook/sheetTypes';
import { inStrokeOrder } from '../rules/election';

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
];
