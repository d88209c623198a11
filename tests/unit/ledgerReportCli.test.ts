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
import { computeReport, yearCheck } from '../../shared/ledgers/yearEnd';
import { todayIso } from '../../shared/core/text';
import type { LedgerData } from '../../shared/ledgers/types';
import { workbookBytes } from '../../shared/ledgers/workbook/exportWorkbook';
import * as XLSX from 'xlsx';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let dir = '';
let backupPath = '';
let demo: LedgerData;
let backupBytes: Uint8Array;
let lockedPath = '';

async function report(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return reportWith({}, ...args);
}

async function reportWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      'node',
      ['scripts/run-ts.mjs', 'scripts/ledger-report.ts', ...args],
      { cwd: root, env: { ...process.env, ...env } },
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
  const locked = await createBackup(db, 'manual', new Date(), {
    passphrase: '城南2026',
    key: 'passphrase',
  });
  lockedPath = save('加密的备份.uniondesk', locked.bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test starts the CLI as a process (about 3 s each on a loaded 2-core machine).
describe('npm run ledger:report', { timeout: 90_000 }, () => {
  it('prints the §11 figures of a backup for a statistics year from the profile’s start month', async () => {
    const { code, stdout } = await report(backupPath, '--year', '2026');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual([
      'period',
      'figures',
      'activities',
      'congress',
      'elections',
      'check',
    ]);
    expect(out.period).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(Object.keys(out.figures).sort()).toEqual(
      [
        'activities.count',
        'activities.personTimes',
        'activities.personTimesWithGuests',
        'activities.reachedInService',
        'dues.due',
        'dues.memberMonths',
        'dues.outstanding',
        'dues.paid',
        'funds.closingBalance',
        'funds.expense',
        'funds.expenseByCategory',
        'funds.expenseByCategory.业务支出',
        'funds.expenseByCategory.职工活动支出',
        'funds.income',
        'funds.incomeByCategory',
        'funds.incomeByCategory.会费收入',
        'funds.incomeByCategory.拨缴经费收入',
        'funds.incomeByCategory.行政补助收入',
        'funds.incomplete',
        'funds.unapproved',
        'honours.count',
        'members.inService',
        'members.joined',
        'members.retired',
        'members.retiredInPeriod',
        'members.total',
        'members.womenInService',
        'membership.rate',
        'staff.inService',
        'care.visits',
        'care.visiteeTimes',
        'care.visitorTimes',
        'care.beneficiaries',
        'care.hospitalTimes',
        'care.retireeTimes',
        'care.familyTimes',
        'care.hospitalRetireeFamilyTimes',
        'care.cash',
        'care.goods',
        'care.total',
        'care.fromUnionFunds',
        'care.fromSuperior',
        'care.fromAdministration',
        'care.fromCharity',
        'care.capWarnings',
        'distributions.count',
        'distributions.recipients',
        'distributions.total',
        'distributions.unsigned',
        'hardship.openFiles',
        'hardship.filed',
        'hardship.exited',
        'hardship.assistanceCount',
        'hardship.assistanceTotal',
        'hardship.assistedMembers',
        'hardship.fromSuperior',
        ...['慰问金', '金秋助学', '助学', '医疗救助', '物资', '其他'].map(
          (k) => `hardship.byKind.${k}`,
        ),
        'congress.sessions',
        'proposals.received',
        'proposals.accepted',
        'proposals.toSuggestion',
        'proposals.rejected',
        'proposals.implemented',
        'proposals.satisfied',
        'suggestions.count',
        'suggestions.adopted',
      ].sort(),
    );
    const inService = demo.tables.members.filter((m) => m.status === '在职').length;
    expect(out.figures['members.inService']).toBeGreaterThan(0);
    expect(out.figures['members.inService']).toBeLessThanOrEqual(inService);
    const { check, ...figures } = out;
    expect(figures).toEqual(computeReport(out.period, demo));
    // The year check, as of today: the demo's deliberate gaps of that year are there.
    expect(check).toEqual(
      yearCheck(demo, out.period, todayIso()).map((i) => ({
        code: i.key,
        label: i.title,
        count: i.count,
      })),
    );
    expect(check).toEqual(
      expect.arrayContaining([
        { code: 'funds.incompleteExpenses', label: expect.any(String), count: 1 },
        // the 端午 and 中秋 sheets, three names unsigned on each
        { code: 'distributions.unsigned', label: expect.any(String), count: 6 },
      ]),
    );
    // §11's map figures: top-level category → sum, as one object too.
    expect(out.figures['funds.incomeByCategory']).toEqual({
      会费收入: out.figures['funds.incomeByCategory.会费收入'],
      拨缴经费收入: out.figures['funds.incomeByCategory.拨缴经费收入'],
      行政补助收入: out.figures['funds.incomeByCategory.行政补助收入'],
    });
  });

  it('reads an encrypted backup with the passphrase from UNIONDESK_BACKUP_PASSWORD', async () => {
    const plain = JSON.parse((await report(backupPath, '--year', '2026')).stdout);
    const opened = await reportWith(
      { UNIONDESK_BACKUP_PASSWORD: '城南2026' },
      lockedPath,
      '--year',
      '2026',
    );
    expect(opened.code).toBe(0);
    expect(JSON.parse(opened.stdout).figures).toEqual(plain.figures);

    for (const env of [{}, { UNIONDESK_BACKUP_PASSWORD: '城南2025' }] as Record<string, string>[]) {
      const refused = await reportWith(env, lockedPath);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/已加密|密码不正确/);
      expect(refused.stderr).toContain('UNIONDESK_BACKUP_PASSWORD');
    }
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
      'a damaged 年度台账',
      () => [save('损坏的年度台账.xlsx', 'PK\u0003\u0004 not a zip')],
      '年度台账',
    ],
  ])('exits with code 2 and a Chinese message for %s', async (_case, args, message) => {
    const { code, stdout, stderr } = await report(...args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\bat \w|Error:/);
  });

  it('gives a 年度台账 exported from the demo union the same figures as its backup', async () => {
    const path = save('示例工会年度台账2026.xlsx', workbookBytes(demo));
    const fromWorkbook = await report(path, '--year', '2026');
    const fromBackup = await report(backupPath, '--year', '2026');
    expect(fromWorkbook.code).toBe(0);
    expect(fromWorkbook.stderr).toBe('');
    const wb = JSON.parse(fromWorkbook.stdout);
    expect(wb.figures['activities.personTimes']).toBeGreaterThan(0);
    const { check: wbCheck, ...wbFigures } = wb;
    const { check: backupCheck, ...backupFigures } = JSON.parse(fromBackup.stdout);
    expect(wbFigures).toEqual(backupFigures);
    // The check differs only where a workbook holds less: it carries no 经费 postings of the dues
    // (LEDGERS.md §10), so its months are 未入账.
    const codes = (c: { code: string }[]) => c.map((i) => i.code);
    expect(codes(wbCheck).filter((c: string) => c !== 'dues.unposted')).toEqual(codes(backupCheck));
  });

  it('counts a 年度台账 a chair typed by hand in Excel', async () => {
    // A title row above the header, headers as people type them, dates as text, one guest,
    // a member with two entries in a contest, a non-member, an event run by the superior union.
    const book = XLSX.utils.book_new();
    const sheet = (name: string, rows: unknown[][]) =>
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
    sheet('工会', [
      ['项目', '内容'],
      ['工会名称', '城东小学工会委员会'],
      ['统计起始月', 1],
    ]);
    sheet('会员', [
      ['城东小学教职工花名册'],
      ['姓 名', '性别', '身份证号码', '部门', '入会时间', '是否会员', '会员状态', '状态日期'],
      ['王芳', '女', '', '语文组', '2010.9.1', '是', '在职', ''],
      ['李强', '男', '', '数学组', '2015.9.1', '是', '在职', ''],
      ['赵敏', '女', '', '后勤', '2001.9.1', '是', '退休', '2026.6.30'],
      ['钱多多', '男', '', '食堂', '', '否', '在职', ''],
    ]);
    sheet('活动', [
      ['编号', '活动名称', '类别', '主办', '开始日期'],
      ['A1', '三八节趣味活动', '文体活动', '本会', '2026.3.8'],
      ['A2', '书法比赛', '比赛/竞赛', '本会', '2026.5.20'],
      ['A3', '区教育工会运动会', '文体活动', '上级', '2026.10.1'],
    ]);
    sheet('活动参加', [
      ['活动编号', '姓名', '身份', '状态', '项目'],
      ['A1', '王芳', '会员', '出席', ''],
      ['A1', '李强', '会员', '请假', ''],
      ['A1', '丁一', '来宾', '出席', ''],
      ['A2', '王芳', '会员', '出席', '硬笔'],
      ['A2', '王芳', '会员', '出席', '毛笔'],
      ['A2', '李强', '会员', '出席', '硬笔'],
      ['A3', '李强', '会员', '出席', ''],
    ]);
    sheet('表彰', [
      ['年度', '类型', '获奖者', '称号', '级别', '授予单位'],
      ['2026', '个人', '王芳', '优秀工会积极分子', '县区级', '区教育工会'],
    ]);
    const path = save(
      '城东小学年度台账.xlsx',
      XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }),
    );
    const { code, stdout, stderr } = await report(path, '--year', '2026');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.figures).toMatchObject({
      'members.inService': 2,
      'members.retired': 1,
      'members.total': 3,
      'members.retiredInPeriod': 1,
      'staff.inService': 3,
      'membership.rate': 0.6667,
      'activities.count': 2,
      'activities.personTimes': 3,
      'activities.personTimesWithGuests': 4,
      'activities.reachedInService': 2,
      'honours.count': 1,
    });
    expect(
      out.activities.map((a: { title: string; attended: number; entries: number }) => [
        a.title,
        a.attended,
        a.entries,
      ]),
    ).toEqual([
      ['三八节趣味活动', 1, 0],
      ['书法比赛', 2, 3],
    ]);
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
