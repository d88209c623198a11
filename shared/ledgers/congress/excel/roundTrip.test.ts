import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { loadDemoData } from '../../demo';
import { loadLedgerData } from '../../store/ledgerData';
import { exportWorkbook, applyWorkbookImport, previewWorkbookImport } from '../../workbook/store';
import { workbookLedgerData } from '../../workbook/workbookLedgerData';
import { congressFigures, congressReports } from '../rules/figures';
import type { LedgerData } from '../../types';

const NOW = new Date('2026-11-21T08:00:00');
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const LAST = { from: '2025-01-01', to: '2025-12-31' };

const figures = (d: LedgerData, period = YEAR) =>
  Object.fromEntries(congressFigures(period, d).map((f) => [f.key, f.value]));

describe('the congress sheets round trip', () => {
  it('gives the demo year’s congress figures back from the exported workbook', async () => {
    const { db } = freshDb();
    await loadDemoData(db, NOW);
    const before = await loadLedgerData(db);
    // the demo is not empty: a session with its votes and six proposals of this year
    expect(figures(before)['proposals.received']).toBe(6);
    expect(congressReports(YEAR, before)[0]!.votes).toHaveLength(2);
    const file = await exportWorkbook(db, 2026);
    const { data, issues } = workbookLedgerData(file.bytes, file.fileName, { today: '2026-11-21' });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    for (const period of [YEAR, LAST]) {
      expect(figures(data, period)).toEqual(figures(before, period));
      expect(congressReports(period, data)).toEqual(congressReports(period, before));
    }
    expect(data.tables.openAffairs.length).toBe(before.tables.openAffairs.length);
    // 并案→1 points at proposal 1 again
    const merged = data.tables.proposals.find((p) => p.review === '并案')!;
    expect(data.tables.proposals.find((p) => p.id === merged.mergedIntoId)!.number).toBe(1);
  });

  it('imports into a fresh database as one batch, and the same file again changes nothing', async () => {
    const { db: a } = freshDb();
    await loadDemoData(a, NOW);
    const file = await exportWorkbook(a, 2026);
    const { db: b } = freshDb();
    const plan = await previewWorkbookImport(b, file.bytes, file.fileName, { today: '2026-11-21' });
    const counts = new Map(plan.sheets.map((s) => [s.name, s.counts]));
    expect(counts.get('职代会')!.add).toBe(2);
    expect(counts.get('提案')!.add).toBe(8);
    await applyWorkbookImport(b, plan);
    expect(figures(await loadLedgerData(b))).toEqual(figures(await loadLedgerData(a)));
    const again = await previewWorkbookImport(b, file.bytes, file.fileName, {
      today: '2026-11-21',
    });
    expect(
      again.sheets
        .filter((s) => ['职代会', '代表', '表决', '提案', '意见建议', '校务公开'].includes(s.name))
        .filter((s) => s.counts.add + s.counts.update > 0)
        .map((s) => [s.name, s.counts]),
    ).toEqual([]);
  });

  it('says which sheet, row and column is wrong', async () => {
    const XLSX = await import('xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['编号', '会议名称', '届次', '会次', '日期'],
        ['A', '第三届第五次', 3, 5, '2026-03-20'],
      ]),
      '职代会',
    );
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['会议编号', '事项', '方式', '赞成', '反对', '弃权'],
        ['B', '审议报告', '举手', 20, 0, 0],
        ['A', '审议报告', '鼓掌', 20, 0, 0],
      ]),
      '表决',
    );
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const { issues } = workbookLedgerData(bytes, 'x.xlsx', { today: '2026-11-21' });
    expect(issues.map((i) => [i.sheet, i.row, i.column, i.message])).toEqual([
      ['表决', 2, 'A', '会议编号“B”在“职代会”表中找不到'],
      ['表决', 3, 'C', '无法识别方式“鼓掌”，可填写举手、无记名'],
    ]);
  });
});
