import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createBackup } from '../../../backup/backupFile';
import { unionDb, unionWorkbook, idOf } from './testUnions';
import { ENCRYPTED_REASON, OLD_BACKUP_REASON, readPackage } from './readPackage';
import { SCHEMA } from '../../../db/schema';

const OPTS = { year: 2026, salt: 'salt-1', today: '2026-11-21' };

/** Opens and saves the workbook again, as WPS or Excel would without a change. */
function resave(bytes: Uint8Array, edit?: (wb: XLSX.WorkBook) => void): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array', cellDates: false });
  edit?.(wb);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('reading a union package', () => {
  it('reads who sent a 年度台账, its year, figures and hashed ID numbers', async () => {
    const { bytes, fileName } = await unionWorkbook({
      name: '城南小学工会委员会',
      statsCode: 'CN-001',
      members: 4,
      nonMembers: 1,
      seed: 100,
      incomeFen: [12345, 55],
    });
    const r = await readPackage(bytes, fileName, OPTS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pkg.identity).toMatchObject({
      unionName: '城南小学工会委员会',
      statsCode: 'CN-001',
      unionKey: 'code:CN-001',
    });
    expect(r.pkg.identity.unionId).toMatch(/^u-/);
    expect(r.pkg.year).toBe(2026);
    expect(r.pkg.exportedAt).toBe('2026-11-20T09:00:00.000Z');
    expect(r.pkg.checksumOk).toBe(true);
    expect(r.pkg.figures['members.total']).toBe(4);
    expect(r.pkg.figures['staff.inService']).toBe(5);
    expect(r.pkg.figures['membership.rate']).toBe(0.8);
    expect(r.pkg.figures['funds.income']).toBe('124.00');
    expect(r.pkg.figures['funds.incomeByCategory.会费收入']).toBe('124.00');
    expect(r.pkg.personKeys).toHaveLength(5);
    // Never the numbers themselves.
    expect(JSON.stringify(r.pkg)).not.toContain(idOf(100));
  });

  it('keeps the same union id on a second export and uses it when there is no 统计编码', async () => {
    const u = { name: '东风机械厂工会', members: 2, seed: 200 };
    const first = await unionWorkbook(u);
    const a = await readPackage(first.bytes, first.fileName, OPTS);
    const { exportWorkbook } = await import('../../workbook/store');
    const again = await exportWorkbook(first.db, 2026, new Date('2026-11-25T00:00:00Z'));
    const b = await readPackage(again.bytes, again.fileName, OPTS);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.pkg.identity.unionKey).toMatch(/^id:u-/);
    expect(b.pkg.identity.unionKey).toBe(a.pkg.identity.unionKey);
  });

  it('accepts a workbook opened and saved again without a change', async () => {
    const { bytes, fileName } = await unionWorkbook({
      name: '城北中学工会',
      members: 3,
      seed: 300,
    });
    const r = await readPackage(resave(bytes), fileName, OPTS);
    expect(r.ok && r.pkg.checksumOk).toBe(true);
  });

  it('reports a workbook edited after export as modified', async () => {
    const { bytes, fileName } = await unionWorkbook({
      name: '城北中学工会',
      members: 3,
      seed: 300,
    });
    const edited = resave(bytes, (wb) => {
      const ws = wb.Sheets['会员']!;
      ws['A2'] = { t: 's', v: '改过的名字' };
    });
    const r = await readPackage(edited, fileName, OPTS);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pkg.checksumOk).toBe(false);
  });

  it('refuses a damaged file, a workbook that is no 年度台账, and another year', async () => {
    const { bytes, fileName } = await unionWorkbook({
      name: '城北中学工会',
      members: 3,
      seed: 300,
    });
    const cut = await readPackage(bytes.subarray(0, 2000), fileName, OPTS);
    expect(cut).toMatchObject({ ok: false });
    expect(!cut.ok && cut.reason).toContain('损坏');
    const junk = await readPackage(new TextEncoder().encode('hello'), 'a.xlsx', OPTS);
    expect(!junk.ok && junk.reason).toContain('不是年度台账');
    const other = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(other, XLSX.utils.aoa_to_sheet([['姓名'], ['张三']]), 'Sheet1');
    const plain = new Uint8Array(XLSX.write(other, { type: 'array', bookType: 'xlsx' }));
    const notLedger = await readPackage(plain, '花名册.xlsx', OPTS);
    expect(!notLedger.ok && notLedger.reason).toContain('不是年度台账');
    const wrongYear = await readPackage(bytes, fileName, { ...OPTS, year: 2025 });
    expect(!wrongYear.ok && wrongYear.reason).toBe('这是2026年度的台账，现在收取的是2025年度');
  });

  it('knows a union by its 工会标识 in a backup even before its first workbook export', async () => {
    const db = await unionDb({ name: '南山村工会', members: 1, seed: 600 });
    const first = await createBackup(db, 'manual');
    const again = await createBackup(db, 'manual');
    const a = await readPackage(first.bytes, 'a.uniondesk', OPTS);
    const b = await readPackage(again.bytes, 'b.uniondesk', OPTS);
    expect(a.ok && a.pkg.identity.unionKey).toMatch(/^id:u-/);
    expect(b.ok && b.pkg.identity.unionKey).toBe(a.ok && a.pkg.identity.unionKey);
  });

  it('reads a backup for the year asked, and asks for a 年度台账 instead of an encrypted one', async () => {
    const { db } = await unionWorkbook({
      name: '西街社区工会',
      statsCode: 'XJ-9',
      members: 2,
      seed: 400,
    });
    const plain = await createBackup(db, 'manual', new Date('2026-11-21T10:00:00Z'));
    const r = await readPackage(plain.bytes, '备份.uniondesk', OPTS);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.pkg.identity.unionKey).toBe('code:XJ-9');
      expect(r.pkg.figures['members.total']).toBe(2);
      expect(r.pkg.exportedAt).toBe('2026-11-21T10:00:00.000Z');
    }
    const locked = await createBackup(db, 'manual', new Date(), {
      passphrase: 'a-long-passphrase',
      key: 'passphrase',
    });
    const l = await readPackage(locked.bytes, '加密.uniondesk', OPTS);
    expect(l).toEqual({ ok: false, reason: ENCRYPTED_REASON });
  });

  it('reads a backup of an older version when no upgrade since rewrote rows, else asks for a 年度台账', async () => {
    const { db } = await unionWorkbook({ name: '东街社区工会', members: 3, seed: 420 });
    const plain = await createBackup(db, 'manual', new Date('2026-11-21T10:00:00Z'));
    // The header line carries the version; the checksum covers the body only.
    const asVersion = (v: number) => {
      const nl = plain.bytes.indexOf(0x0a);
      const header = { ...JSON.parse(new TextDecoder().decode(plain.bytes.subarray(0, nl))) };
      header.schemaVersion = v;
      const head = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
      const out = new Uint8Array(head.byteLength + plain.bytes.byteLength - nl - 1);
      out.set(head, 0);
      out.set(plain.bytes.subarray(nl + 1), head.byteLength);
      return out;
    };
    const lastRewrite = Math.max(...SCHEMA.filter((v) => v.upgrade).map((v) => v.version));
    const ok = await readPackage(asVersion(lastRewrite), '旧备份.uniondesk', OPTS);
    expect(ok.ok && ok.pkg.figures['members.total']).toBe(3);
    const old = await readPackage(asVersion(lastRewrite - 1), '更旧.uniondesk', OPTS);
    expect(old).toEqual({ ok: false, reason: OLD_BACKUP_REASON });
  });
});
