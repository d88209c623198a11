import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../shared/backup/backupFile';
import { freshDb } from '../../shared/db/testDb';
import { loadDemoData } from '../../shared/ledgers/demo';
import { loadLedgerData } from '../../shared/ledgers/store/ledgerData';
import { workbookBytes } from '../../shared/ledgers/workbook/exportWorkbook';
import type { LedgerData } from '../../shared/ledgers/types';
import { computeReport, statisticsYear, type YearReport } from '../../shared/ledgers/yearEnd';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let dir = '';
let backupPath = '';
let report: YearReport;
let demo: LedgerData;

async function summary(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      'node',
      ['scripts/run-ts.mjs', 'scripts/ledger-summary.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-summary-'));
  const { db } = freshDb();
  await loadDemoData(db, new Date('2026-11-21T08:00:00'));
  demo = await loadLedgerData(db);
  report = computeReport(statisticsYear(2026, 1), demo);
  backupPath = join(dir, '示例工会.uniondesk');
  writeFileSync(backupPath, (await createBackup(db, 'manual')).bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test starts the CLI as a process (about 3 s each on a loaded 2-core machine).
describe('npm run ledger:summary', { timeout: 90_000 }, () => {
  it('writes the draft as a Word document whose text carries the year’s figures', async () => {
    const out = join(dir, '总结.docx');
    const { code, stderr } = await summary(backupPath, '--year', '2026', '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain('2026年度工作总结');
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    const f = report.figures;
    expect(text).toContain('2026年度工作总结');
    for (const h of ['一、基本情况', '二、民主管理', '六、经费', '七、存在问题', '八、明年打算'])
      expect(text).toContain(h);
    expect(text).toContain(`本会共有会员${f['members.total']}人`);
    expect(text).toContain(
      `全年共组织活动${f['activities.count']}次，参加${f['activities.personTimes']}人次`,
    );
    expect(text).toContain(`合计${f['care.total']}元`);
    expect(text).toContain(`金额${f['distributions.total']}元`);
    expect(text).toContain(`帮扶金额${f['hardship.assistanceTotal']}元`);
    expect(text).toContain(`年末结余${f['funds.closingBalance']}元`);
    expect(text).toContain(`共收到提案${f['proposals.received']}件`);
    // GB/T 9704 page: A4 with the notice engine's margins.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('without --out prints the draft’s text', async () => {
    const { code, stdout } = await summary(backupPath, '--year', '2026');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^示例.*2026年度工作总结\n/);
    expect(stdout).toContain(`经费收入${report.figures['funds.income']}元`);
  });

  it('writes the same draft from a 年度台账 .xlsx as from the backup', async () => {
    const path = join(dir, '示例工会年度台账2026.xlsx');
    writeFileSync(path, workbookBytes(demo));
    const fromWorkbook = await summary(path, '--year', '2026');
    const fromBackup = await summary(backupPath, '--year', '2026');
    expect(fromWorkbook.code).toBe(0);
    expect(fromWorkbook.stdout).toContain(`参加${report.figures['activities.personTimes']}人次`);
    expect(fromWorkbook.stdout).toBe(fromBackup.stdout);
  });

  it('exits 2 with a Chinese message for input it cannot use', async () => {
    const cases: [string[], RegExp][] = [
      [[], /用法：npm run --silent ledger:summary/],
      [[join(dir, '没有.uniondesk')], /无法打开文件/],
      [[join(dir, '名单.csv')], /无法识别“名单\.csv”/],
      [[backupPath, '--year', '26'], /--year 应为四位年份/],
      [[backupPath, '--out', '总结.pdf'], /--out 应为 Word 文件/],
      [[backupPath, '--out', join(dir, '不存在', '总结.docx')], /无法写入/],
      [[backupPath, '--bogus'], /不认识的参数/],
    ];
    for (const [args, message] of cases) {
      const r = await summary(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
