import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../shared/backup/backupFile';
import { freshDb } from '../../shared/db/testDb';
import { saveProfile, getProfile } from '../../shared/db/settings';
import { loadDemoData } from '../../shared/ledgers/demo';
import { loadLedgerData } from '../../shared/ledgers/store/ledgerData';
import { computeReport } from '../../shared/ledgers/yearEnd';
import type { LedgerData } from '../../shared/ledgers/types';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let dir = '';
let backupPath = '';
let demo: LedgerData;
let backupBytes: Uint8Array;

async function report(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      'node',
      ['scripts/run-ts.mjs', 'scripts/ledger-report.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function save(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-report-'));
  const { db } = freshDb();
  await loadDemoData(db, new Date('2026-11-21T08:00:00'));
  // The demo union counts its statistics year from October, as the 年报 does.
  await saveProfile(db, { ...(await getProfile(db))!, statsYearStartMonth: 10 });
  demo = await loadLedgerData(db);
  backupBytes = (await createBackup(db, 'manual')).bytes;
  backupPath = save('示例工会.uniondesk', backupBytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run ledger:report', () => {
  it('prints the §11 figures of a backup for a statistics year from the profile’s start month', async () => {
    const { code, stdout } = await report(backupPath, '--year', '2026');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['period', 'figures', 'activities']);
    expect(out.period).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(Object.keys(out.figures).sort()).toEqual(
      [
        'activities.count',
        'activities.personTimes',
        'activities.personTimesWithGuests',
        'activities.reachedInService',
        'honours.count',
        'members.inService',
        'members.joined',
        'members.retired',
        'members.retiredInPeriod',
        'members.total',
        'members.womenInService',
        'membership.rate',
        'staff.inService',
      ].sort(),
    );
    const inService = demo.tables.members.filter((m) => m.status === '在职').length;
    expect(out.figures['members.inService']).toBeGreaterThan(0);
    expect(out.figures['members.inService']).toBeLessThanOrEqual(inService);
    expect(out).toEqual(computeReport(out.period, demo));
  });

  it('takes any from–to period', async () => {
    const { code, stdout } = await report(backupPath, '--from', '2026-01-01', '--to', '2026-12-31');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(out.activities.length).toBe(out.figures['activities.count']);
    expect(out.figures['activities.count']).toBeGreaterThan(0);
  });

  it.each([
    ['a missing file', () => [join(dir, '没有这个文件.uniondesk')], '无法打开文件'],
    [
      'a damaged backup',
      () => {
        const bad = backupBytes.slice();
        bad[bad.length - 10] = bad[bad.length - 10]! ^ 0xff;
        return [save('损坏.uniondesk', bad)];
      },
      '已损坏',
    ],
    ['an unknown extension', () => [save('名单.txt', '张三')], '无法识别“名单.txt”'],
    ['a bad --year', () => [backupPath, '--year', '26'], '--year 应为四位年份'],
    ['--from without --to', () => [backupPath, '--from', '2026-01-01'], '--from 与 --to'],
    [
      'an impossible date',
      () => [backupPath, '--from', '2026-02-30', '--to', '2026-12-31'],
      '开始日期',
    ],
    [
      'a 年度台账 workbook (not read yet)',
      () => [save('年度台账.xlsx', 'PK')],
      '暂不支持读取年度台账',
    ],
  ])('exits with code 2 and a Chinese message for %s', async (_case, args, message) => {
    const { code, stdout, stderr } = await report(...args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\bat \w|Error:/);
  });

  it('keeps stdout pure JSON when run through npm with --silent', async () => {
    const { stdout } = await run(
      'npm',
      ['run', '--silent', 'ledger:report', '--', backupPath, '--year', '2026'],
      { cwd: root },
    );
    expect(() => JSON.parse(stdout)).not.toThrow();
  });
});
