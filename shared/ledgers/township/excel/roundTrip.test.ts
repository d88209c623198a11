import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { freshDb } from '../../../db/testDb';
import { saveProfile } from '../../../db/settings';
import { loadDemoData, removeDemoData } from '../../demo';
import { DEMO_PROFILE } from '../../roster/demo';
import { loadLedgerData } from '../../store/ledgerData';
import { workbookBytes } from '../../workbook/exportWorkbook';
import { workbookLedgerData } from '../../workbook/workbookLedgerData';

const NOW = new Date('2026-11-21T08:00:00');
const FEDERATION = { ...DEMO_PROFILE, unionType: '乡镇街道总工会' as const };
const strip = <T extends { id: string; unionId?: string }>(rows: readonly T[]) =>
  rows
    .map((r) => {
      const c = { ...r } as Record<string, unknown>;
      delete c.id;
      delete c.demo;
      delete c.unionId;
      return c;
    })
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));

describe('下属工会 and 应建会单位 round trip', () => {
  it('a federation demo exported and read back keeps every union, unit and link', async () => {
    const { db } = freshDb();
    await saveProfile(db, FEDERATION);
    await loadDemoData(db, NOW);
    const before = await loadLedgerData(db);
    expect(before.tables.affiliatedUnions).toHaveLength(12);
    expect(before.tables.unitsToUnionise).toHaveLength(16);
    const { data, issues } = workbookLedgerData(workbookBytes(before), '台账.xlsx', {
      today: '2026-11-21',
    });
    expect(issues.filter((i) => i.sheet === '下属工会' || i.sheet === '应建会单位')).toEqual([]);
    expect(strip(data.tables.affiliatedUnions)).toEqual(strip(before.tables.affiliatedUnions));
    expect(strip(data.tables.unitsToUnionise)).toEqual(strip(before.tables.unitsToUnionise));
    const unionOf = (d: typeof before, unit: string) => {
      const u = d.tables.unitsToUnionise.find((x) => x.name === unit)!;
      return d.tables.affiliatedUnions.find((a) => a.id === u.unionId)?.name ?? '';
    };
    for (const unit of ['美佳服装店', '通达物流有限公司', '星光电子厂'])
      expect(unionOf(data, unit)).toBe(unionOf(before, unit));
    await removeDemoData(db);
    expect(await db.affiliatedUnions.count()).toBe(0);
    expect(await db.unitsToUnionise.count()).toBe(0);
  });

  it('a grassroots union gets no federation demo and no federation sheets', async () => {
    const { db } = freshDb();
    await loadDemoData(db, NOW);
    expect(await db.affiliatedUnions.count()).toBe(0);
    const names = XLSX.read(workbookBytes(await loadLedgerData(db)), { type: 'array' }).SheetNames;
    expect(names).not.toContain('下属工会');
    expect(names.at(-1)).toBe('校务公开');
  });

  it('names the sheet, row and column of bad rows and imports the rest', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['工会名称', '组建形式', '职工人数', '会员人数', '女会员'],
        ['甲公司工会', '企业', 10, 8, 3],
        ['乙联合工会', '联合', 20, 25, 3],
        ['丙工会', '外星', 5, 5, 1],
      ]),
      '下属工会',
    );
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['单位名称', '职工人数', '所属工会'],
        ['甲公司', 10, '甲公司工会'],
        ['丁厂', 4, '丁厂工会'],
        ['戊店', 3, ''],
      ]),
      '应建会单位',
    );
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const { data, issues } = workbookLedgerData(bytes, 'x.xlsx', { today: '2026-11-21' });
    expect(data.tables.affiliatedUnions.map((u) => u.name)).toEqual(['甲公司工会']);
    expect(data.tables.unitsToUnionise.map((u) => u.name)).toEqual(['甲公司', '戊店']);
    const errors = issues
      .filter((i) => i.severity === 'error')
      .map((i) => [i.sheet, i.row, i.column, i.message]);
    expect(errors).toEqual([
      ['下属工会', 3, 'D', '会员人数（25）不能多于职工人数（20）'],
      ['下属工会', 4, 'B', expect.stringMatching(/^无法识别组建形式“外星”/)],
      ['应建会单位', 3, 'C', '所属工会“丁厂工会”不在下属工会名单中'],
    ]);
  });
});
