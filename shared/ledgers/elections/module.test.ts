import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { freshDb } from '../../db/testDb';
import { loadDemoData } from '../demo';
import { loadLedgerData } from '../store/ledgerData';
import { workbookBytes } from '../workbook/exportWorkbook';
import { workbookLedgerData } from '../workbook/workbookLedgerData';
import { applyWorkbookImport, exportWorkbook, previewWorkbookImport } from '../workbook/store';
import { computeReport } from '../yearEnd';
import { electionReports } from './rules/report';

const NOW = new Date('2026-11-21T08:00:00');
const ALL_YEARS = { from: '2000-01-01', to: '2030-12-31' };

async function demo() {
  const { db } = freshDb();
  await loadDemoData(db, NOW);
  return loadLedgerData(db);
}

describe('the demo union’s election', () => {
  it('elected the committee the union ledger holds, with one invalid and one blank ballot', async () => {
    const data = await demo();
    const [r] = electionReports(ALL_YEARS, data);
    expect(r).toBeDefined();
    const elected = r!.candidates
      .filter((c) => c.elected)
      .map((c) => c.name)
      .sort();
    const committee = data.tables.officers
      .filter(
        (o) =>
          o.startDate === data.profile!.termStart &&
          [
            '主席',
            '副主席',
            '组织委员',
            '宣传委员',
            '文体委员',
            '女职工委员会主任',
            '生活委员',
          ].includes(o.role),
      )
      .map((o) => o.name)
      .sort();
    expect(elected).toEqual(committee);
    expect(r!.candidates).toHaveLength(committee.length + 2);
    expect(r!.invalid).toBe(1);
    expect(r!.quorumMet).toBe(true);
    expect(r!.tie).toEqual([]);
    expect(r!.valid + r!.invalid).toBe(r!.returned);
  });

  it('is in the §11 report of its year, and only then', async () => {
    const data = await demo();
    const year = Number(data.profile!.termStart.slice(0, 4));
    const report = computeReport({ from: `${year}-01-01`, to: `${year}-12-31` }, data);
    expect(report.elections.map((e) => e.name)).toEqual([
      `第${data.profile!.termNumber}届工会委员会换届选举`,
    ]);
    expect(Object.keys(report.elections[0]!)).toEqual([
      'name',
      'entitled',
      'present',
      'quorum',
      'quorumMet',
      'issued',
      'returned',
      'valid',
      'invalid',
      'threshold',
      'candidates',
      'tie',
      'writeIns',
    ]);
    expect(
      computeReport({ from: `${year + 1}-01-01`, to: `${year + 1}-12-31` }, data).elections,
    ).toEqual([]);
  });
});

describe('the 选举, 候选人 and 选票 sheets', () => {
  it('round-trip the demo year losslessly: the same elections[] after export and import', async () => {
    const data = await demo();
    const bytes = workbookBytes(data);
    const wb = XLSX.read(bytes, { type: 'array' });
    const header = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['选票']!, { header: 1 })[0]!;
    expect(header.slice(0, 2)).toEqual(['选举编号', '票号']);
    expect(header.slice(-2)).toEqual(['另选他人', '备注']);
    expect(header).toHaveLength(2 + data.tables.candidates.length + 2);
    const { data: back, issues } = workbookLedgerData(bytes, '年度台账.xlsx', {
      today: '2026-11-21',
    });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(electionReports(ALL_YEARS, data)).toHaveLength(1);
    expect(electionReports(ALL_YEARS, back)).toEqual(electionReports(ALL_YEARS, data));
    expect(back.tables.ballots).toHaveLength(data.tables.ballots.length);
  });

  it('read marks written as ○ and ×, and report a bad cell at its row and column', async () => {
    const data = await demo();
    const wb = XLSX.read(workbookBytes(data), { type: 'array' });
    const ws = wb.Sheets['选票']!;
    const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(ws, {
      header: 1,
      defval: null,
    });
    const symbols = rows.map((r, i) =>
      i === 0 ? r : r.map((v) => (v === '赞成' ? '○' : v === '反对' ? '×' : v)),
    );
    symbols[2]![2] = '？';
    wb.Sheets['选票'] = XLSX.utils.aoa_to_sheet(symbols);
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const { data: back, issues } = workbookLedgerData(bytes, '年度台账.xlsx', {
      today: '2026-11-21',
    });
    const bad = issues.find((i) => i.sheet === '选票');
    expect(bad).toMatchObject({ row: 3, column: 'C', severity: 'warning' });
    expect(bad!.message).toContain('无法识别“？”');
    const [a] = electionReports(ALL_YEARS, back);
    const [b] = electionReports(ALL_YEARS, data);
    expect(a!.valid).toBe(b!.valid);
    expect(a!.candidates.slice(1)).toEqual(b!.candidates.slice(1));
  });

  it('import into an empty union adds every row, and again changes nothing', async () => {
    const { db: from } = freshDb();
    await loadDemoData(from, NOW);
    const file = await exportWorkbook(from, 2026);
    const { db } = freshDb();
    const plan = await previewWorkbookImport(db, file.bytes, file.fileName, {
      today: '2026-11-21',
    });
    const counts = new Map(plan.sheets.map((s) => [s.name, s.counts]));
    const source = await loadLedgerData(from);
    expect(counts.get('选举')!.add).toBe(1);
    expect(counts.get('候选人')!.add).toBe(source.tables.candidates.length);
    expect(counts.get('选票')!.add).toBe(source.tables.ballots.length);
    await applyWorkbookImport(db, plan);
    const again = await previewWorkbookImport(db, file.bytes, file.fileName, {
      today: '2026-11-21',
    });
    for (const name of ['选举', '候选人', '选票'])
      expect(again.sheets.find((s) => s.name === name)!.counts).toMatchObject({
        add: 0,
        update: 0,
      });
    expect(electionReports(ALL_YEARS, await loadLedgerData(db))).toEqual(
      electionReports(ALL_YEARS, source),
    );
  });
});
