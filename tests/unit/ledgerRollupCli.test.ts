import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../shared/backup/backupFile';
import { unionWorkbook } from '../../shared/ledgers/township/exchange/testUnions';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let dir = '';
let folder = '';

async function rollup(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      'node',
      ['scripts/run-ts.mjs', 'scripts/ledger-rollup.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-rollup-'));
  folder = join(dir, '收到的台账');
  mkdirSync(folder);
  const a = await unionWorkbook({
    name: '城南小学工会委员会',
    statsCode: 'CN-1',
    members: 8,
    nonMembers: 2,
    seed: 0,
    incomeFen: [1050],
  });
  const b = await unionWorkbook({
    name: '城北中学工会委员会',
    members: 5,
    seed: 5,
    incomeFen: [99],
  });
  const c = await unionWorkbook({ name: '西街社区工会', statsCode: 'XJ-3', members: 2, seed: 100 });
  writeFileSync(join(folder, a.fileName), a.bytes);
  writeFileSync(join(folder, b.fileName), b.bytes);
  writeFileSync(join(dir, '西街社区工会.uniondesk'), (await createBackup(c.db, 'manual')).bytes);
  writeFileSync(join(dir, '坏的.xlsx'), a.bytes.subarray(0, 1500));
  writeFileSync(join(folder, '说明.txt'), '不是台账');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run ledger:rollup', () => {
  it('sums the §11 figures of a folder of workbooks and a backup, with each union’s own', async () => {
    const { code, stdout, stderr } = await rollup(
      folder,
      join(dir, '西街社区工会.uniondesk'),
      '--year',
      '2026',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['year', 'figures', 'unions', 'sharedPeople']);
    expect(out.figures['unions.count']).toBe(3);
    expect(out.figures['members.total']).toBe(15);
    expect(out.figures['staff.inService']).toBe(17);
    expect(out.figures['membership.rate']).toBe(0.8824);
    expect(out.figures['funds.income']).toBe('11.49');
    expect(out.figures['funds.incomeByCategory']).toEqual({ 会费收入: '11.49' });
    expect(out.figures['care.visits']).toBe(0);
    expect(out.unions.map((u: { name: string }) => u.name)).toEqual([
      '城北中学工会委员会',
      '城南小学工会委员会',
      '西街社区工会',
    ]);
    expect(out.unions[1].figures['members.total']).toBe(8);
    // 城南 people 5–9 are 城北's 0–4: five people in both, by hashed ID only.
    expect(out.sharedPeople).toEqual([
      { unions: ['城北中学工会委员会', '城南小学工会委员会'], count: 5 },
    ]);
    expect(stdout).not.toMatch(/11010119800101\d{3}/);
  });

  it('takes the year from the workbooks when --year is not given', async () => {
    const { code, stdout } = await rollup(folder);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).year).toBe(2026);
  });

  it('exits 2 naming the damaged file and why', async () => {
    const { code, stdout, stderr } = await rollup(folder, join(dir, '坏的.xlsx'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('“坏的.xlsx”');
    expect(stderr).toContain('损坏');
  });

  it('exits 2 for another year, a missing path and a wrong argument', async () => {
    const wrong = await rollup(folder, '--year', '2025');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('这是2026年度的台账，现在收取的是2025年度');
    const missing = await rollup(join(dir, '没有这个.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('不存在');
    const flag = await rollup(folder, '--yaer', '2026');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('不认识的参数');
  });
});
