import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  damagedXlsx,
  errorCellsXlsx,
  invisibleCharsXlsx,
  millionRowCsv,
  strayMergeXlsx,
  unicodeTextTxt,
  zipBombXlsx,
  messyXlsx,
  statusSheetsXlsx,
  type RosterFixture,
} from '../fixtures/rosterFixtures';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let dir = '';

function save(f: RosterFixture): string {
  const path = join(dir, f.name);
  writeFileSync(path, f.bytes);
  return path;
}

async function inspect(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      'node',
      ['scripts/run-ts.mjs', 'scripts/roster-inspect.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'roster-inspect-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test starts the CLI as a process (about 3 s each on a loaded 2-core machine).
describe('npm run roster:inspect', { timeout: 90_000 }, () => {
  it('prints the mapping, members and issues of a roster as JSON with Excel row numbers', async () => {
    const f = messyXlsx();
    const { code, stdout } = await inspect(save(f));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual([
      'file',
      'sheet',
      'headerRow',
      'mapping',
      'members',
      'issues',
    ]);
    expect(out).toMatchObject({ file: f.name, sheet: '教职工花名册', headerRow: 4 });
    expect(out.mapping['联系方式/手机']).toBe('phone');
    expect(out.members.map((m: { row: number }) => m.row)).toEqual(f.expected.map((e) => e.row));
    const first = f.expected[0]!;
    expect(out.members[0]).toEqual({
      row: first.row,
      name: first.name,
      gender: first.gender,
      idNumber: first.idNumber,
      birthDate: first.birthDate,
      department: first.department,
      unionGroup: first.unionGroup,
      phone: first.phone,
      joinDate: first.joinDate,
      hireDate: first.hireDate,
      status: null,
      ethnicity: first.ethnicity,
      politicalStatus: first.politicalStatus,
      education: null,
    });
    const conflictRow = f.expected.find((e) => e.issues.includes('gender-conflict'))!.row;
    expect(out.issues).toContainEqual({
      row: conflictRow,
      column: 'C',
      code: 'gender-conflict',
      message: expect.stringContaining('性别'),
    });
  });

  it('reports an ID cell holding the Excel error #VALUE! at its row and column', async () => {
    const { code, stdout } = await inspect(save(errorCellsXlsx()));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.issues).toContainEqual({
      row: 3,
      column: 'C',
      code: 'excel-error',
      message: expect.stringMatching(/#VALUE!.*X/),
    });
  });

  it('reads the sheet named with --sheet', async () => {
    const f = statusSheetsXlsx();
    const { code, stdout } = await inspect(save(f), '--sheet', '退休人员');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.sheet).toBe('退休人员');
    expect(out.members.map((m: { name: string }) => m.name)).toEqual(
      f.expected.filter((e) => e.sheet === '退休人员').map((e) => e.name),
    );
  });

  it('exits with code 2 and a Chinese message on stderr for a damaged file', async () => {
    const f = damagedXlsx();
    const { code, stdout, stderr } = await inspect(save(f));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`“${f.name}”无法读取`);
    expect(stderr).not.toMatch(/\bat \w|Error:/);
  });

  it.each([
    ['a zip bomb', zipBombXlsx, '解压后却有'],
    ['a million-row CSV', millionRowCsv, '超过一次导入的上限'],
  ])('refuses %s with exit code 2 and the reason', async (_what, build, reason) => {
    const f = build();
    const { code, stdout, stderr } = await inspect(save(f));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`“${f.name}”`);
    expect(stderr).toContain(reason);
  });

  it.each([
    ['Excel’s Unicode text', unicodeTextTxt],
    ['a stray merge to the last cell', strayMergeXlsx],
    ['names with invisible characters', invisibleCharsXlsx],
  ])('reads %s as the generator wrote it', async (_what, build) => {
    const f = build();
    const { code, stdout } = await inspect(save(f));
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { members: { name: string }[] };
    expect(out.members.map((m) => m.name)).toEqual(f.expected.map((e) => e.name));
  });

  it('keeps stdout pure JSON when run through npm with --silent', async () => {
    const path = save(messyXlsx());
    const { stdout } = await run('npm', ['run', '--silent', 'roster:inspect', '--', path], {
      cwd: root,
    });
    expect(() => JSON.parse(stdout)).not.toThrow();
  });
});
