import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { freshDb } from '../../../db/testDb';
import { loadDemoData, removeDemoData } from '../../demo';
import { loadLedgerData } from '../../store/ledgerData';
import { workbookBytes } from '../../workbook/exportWorkbook';
import { workbookLedgerData } from '../../workbook/workbookLedgerData';
import { careFigures } from '../rules/figures';
import type { LedgerData } from '../../types';

const NOW = new Date('2026-11-21T08:00:00');
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const values = (d: LedgerData) =>
  Object.fromEntries(careFigures(YEAR, d).map((f) => [f.key, f.value]));

describe('慰问 and 福利发放 round trip', () => {
  it('the demo year exported and read back gives the same care figures', async () => {
    const { db } = freshDb();
    await loadDemoData(db, NOW);
    const before = await loadLedgerData(db);
    const figures = values(before);
    expect(figures['care.visits']).toBeGreaterThan(10);
    expect(figures['distributions.recipients']).toBeGreaterThan(20);
    const { data, issues } = workbookLedgerData(workbookBytes(before), '台账.xlsx', {
      today: '2026-11-21',
    });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(values(data)).toEqual(figures);
    // The hospital stay visited twice is one stay again.
    expect(data.tables.careStays.length).toBe(before.tables.careStays.length);
    expect(data.tables.careVisits.filter((v) => v.stayId).length).toBe(
      before.tables.careVisits.filter((v) => v.stayId).length,
    );
  });

  it('removing the demo removes every care row it brought', async () => {
    const { db } = freshDb();
    await loadDemoData(db, NOW);
    expect(await db.careStays.count()).toBe(1);
    expect(await db.campaigns.count()).toBe(2);
    await removeDemoData(db);
    for (const t of [
      'careVisits',
      'careStays',
      'campaigns',
      'distributions',
      'distributionRecipients',
    ] as const)
      expect(await db.table(t).count()).toBe(0);
  });

  it('names the sheet, row and column of a bad row and leaves that visit out', () => {
    const wb = XLSX.utils.book_new();
    const member = ['姓名', '身份证号', '部门'];
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([member, ['王芳', '', '语文组']]),
      '会员',
    );
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['编号', '日期', '事由', '会员姓名', '对象', '现金', '经费来源'],
        ['1', '2026-03-10', '生病住院', '王芳', '本人', 300, '工会经费'],
        ['2', '2026-03-11', '出差', '王芳', '本人', 300, '工会经费'],
        ['3', '2026-03-12', '生日', '张三', '本人', 300, '工会经费'],
      ]),
      '慰问',
    );
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const { data, issues } = workbookLedgerData(bytes, 'x.xlsx', { today: '2026-11-21' });
    expect(data.tables.careVisits.map((v) => v.reason)).toEqual(['生病住院']);
    expect(data.tables.careStays).toHaveLength(1);
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.sheet, i.row, i.column])).toEqual([
      ['慰问', 3, 'C'],
      ['慰问', 4, 'D'],
    ]);
    expect(errors[0]!.message).toMatch(/^无法识别事由“出差”/);
    expect(errors[1]!.message).toBe('“张三”不在会员名单中');
  });
});
