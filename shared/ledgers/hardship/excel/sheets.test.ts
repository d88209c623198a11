import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { freshDb } from '../../../db/testDb';
import { loadDemoData } from '../../demo';
import { loadLedgerData } from '../../store/ledgerData';
import { workbookLedgerData } from '../../workbook/workbookLedgerData';
import { applyWorkbookImport, exportWorkbook, previewWorkbookImport } from '../../workbook/store';
import { hardshipFigures } from '../rules/figures';
import { HARDSHIP_ASSISTANCE_SHEET, HARDSHIP_FILE_SHEET } from './sheets';

const NOW = new Date('2026-11-21T08:00:00');
const TODAY = '2026-11-21';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

async function demoUnion() {
  const { db } = freshDb();
  await loadDemoData(db, NOW);
  return db;
}

function sheetOf(bytes: Uint8Array, name: string): unknown[][] {
  const wb = XLSX.read(bytes, { type: 'array' });
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1 });
}

function workbook(sheets: Record<string, unknown[][]>, from: Uint8Array): Uint8Array {
  const wb = XLSX.read(from, { type: 'array' });
  for (const [name, aoa] of Object.entries(sheets)) wb.Sheets[name] = XLSX.utils.aoa_to_sheet(aoa);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('困难职工 and 帮扶 in the 年度台账', () => {
  it('exports the demo year and reads back the same rows and the same hardship figures', async () => {
    const db = await demoUnion();
    const before = await loadLedgerData(db);
    expect(before.tables.hardshipFiles).toHaveLength(2);
    expect(before.tables.hardshipAssistance.length).toBeGreaterThanOrEqual(6);
    const file = await exportWorkbook(db, 2026);
    expect(sheetOf(file.bytes, '困难职工')[0]!.slice(0, 10)).toEqual([
      '姓名',
      '身份证号',
      '困难类别',
      '致困原因',
      '家庭人口',
      '家庭月人均收入',
      '帮扶联系人',
      '建档日期',
      '状态',
      '脱困日期',
    ]);
    expect(sheetOf(file.bytes, '帮扶')[0]!.slice(0, 10)).toEqual([
      '日期',
      '姓名',
      '身份证号',
      '形式',
      '金额',
      '资金来源',
      '经本会账户',
      '上级申请',
      '上级批准',
      '说明',
    ]);

    const { data, issues } = workbookLedgerData(file.bytes, file.fileName, { today: TODAY });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(HARDSHIP_FILE_SHEET.rows(data)).toEqual(HARDSHIP_FILE_SHEET.rows(before));
    expect(HARDSHIP_ASSISTANCE_SHEET.rows(data)).toEqual(HARDSHIP_ASSISTANCE_SHEET.rows(before));
    const values = (d: typeof data) => hardshipFigures(YEAR, d).map((f) => [f.key, f.value]);
    expect(values(data)).toEqual(values(before));
    expect(Object.fromEntries(values(data))['hardship.openFiles']).toBe(2);
  });

  it('imports into a fresh database as one batch, and a second import changes nothing', async () => {
    const db = await demoUnion();
    const file = await exportWorkbook(db, 2026);
    const { db: b } = freshDb();
    const plan = await previewWorkbookImport(b, file.bytes, file.fileName, { today: TODAY });
    const counts = new Map(plan.sheets.map((s) => [s.name, s.counts]));
    expect(counts.get('困难职工')!.add).toBe(2);
    expect(counts.get('帮扶')!.add).toBe(await db.hardshipAssistance.count());
    await applyWorkbookImport(b, plan);
    const after = await loadLedgerData(b);
    expect(HARDSHIP_ASSISTANCE_SHEET.rows(after)).toEqual(
      HARDSHIP_ASSISTANCE_SHEET.rows(await loadLedgerData(db)),
    );
    const again = await previewWorkbookImport(b, file.bytes, file.fileName, { today: TODAY });
    expect(
      again.sheets.filter((s) => s.counts.add + s.counts.update > 0).map((s) => s.name),
    ).toEqual([]);
  });

  it('names the sheet, row, column and reason of a bad row, and imports none of it', async () => {
    const db = await demoUnion();
    const file = await exportWorkbook(db, 2026);
    const files = sheetOf(file.bytes, '困难职工');
    const aid = sheetOf(file.bytes, '帮扶');
    const bad = workbook(
      {
        困难职工: [files[0]!, [...files[1]!.slice(0, 2), '很困难', ...files[1]!.slice(3)]],
        帮扶: [
          aid[0]!,
          ['2026-05-01', '不存在的人', '', '慰问金', 100, '本会'],
          [aid[1]![0], aid[1]![1], aid[1]![2], '红包', 100, '本会'],
        ],
      },
      file.bytes,
    );
    const { data, issues } = workbookLedgerData(bad, 'x.xlsx', { today: TODAY });
    const errors = issues.filter(
      (i) => i.severity === 'error' && (i.sheet === '困难职工' || i.sheet === '帮扶'),
    );
    expect(errors.map((i) => [i.sheet, i.row, i.header, i.message])).toEqual([
      [
        '困难职工',
        2,
        '困难类别',
        '无法识别困难类别“很困难”，可填写深度困难、相对困难、意外致困（或旧称特困、重困、一般困难）',
      ],
      ['帮扶', 2, '姓名', '“不存在的人”不在会员名单中'],
      [
        '帮扶',
        3,
        '形式',
        '无法识别帮扶形式“红包”，可填写慰问金、金秋助学、助学、医疗救助、物资、其他',
      ],
      // the file row above was refused, so this member has no file in the workbook
      ['帮扶', 3, '姓名', `${aid[1]![1] as string}没有困难职工档案，请先在“困难职工”表中建档`],
    ]);
    expect(data.tables.hardshipFiles).toHaveLength(0);
    expect(data.tables.hardshipAssistance).toHaveLength(0);
  });
});
