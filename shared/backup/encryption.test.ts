import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/testDb';
import { loadDemoData } from '../ledgers/demo';
import { BackupLockedError, createBackup, verifyBackup } from './backupFile';
import {
  autoBackupIfDue,
  backupNow,
  checkBackupFile,
  recoveryCodes,
  restoreFromFile,
  setAutoEncrypt,
} from './service';
import { newRecoveryCode, normalizeRecoveryCode } from './encryption';

function memorySink() {
  const files = new Map<string, Uint8Array>();
  return { files, write: async (name: string, data: Uint8Array) => void files.set(name, data) };
}

/** What an error thrown by `p` is, for asserting its class and fields. */
async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

describe('encrypted backups (issue 8 item 17)', () => {
  it('a backup locked with a passphrase holds no readable name or ID, and opens only with it', async () => {
    const { db } = freshDb();
    await loadDemoData(db, new Date('2026-11-21T08:00:00'));
    const member = (await db.members.toArray()).find((m) => m.idNumber)!;
    const sink = memorySink();
    const { name, header } = await backupNow(db, sink, 'manual', new Date(), '城南小学2026');
    expect(header.encryption).toMatchObject({
      alg: 'AES-GCM',
      kdf: 'PBKDF2-SHA256',
      key: 'passphrase',
    });
    const bytes = sink.files.get(name)!;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    expect(text).not.toContain(member.idNumber!);
    expect(text).not.toContain(member.name);

    const none = await failure(verifyBackup(bytes, name));
    expect(none).toBeInstanceOf(BackupLockedError);
    expect((none as Error).message).toContain('请输入备份时设置的密码');
    const wrong = await failure(verifyBackup(bytes, name, { passphrase: '城南小学2025' }));
    expect(wrong).toMatchObject({ wrongPassphrase: true });
    expect((wrong as Error).message).toBe(`密码不正确，无法打开“${name}”。当前数据没有任何改动。`);

    const opened = await verifyBackup(bytes, name, { passphrase: '城南小学2026' });
    expect(opened.tables.members).toEqual(await db.members.toArray());
  });

  it('a wrong passphrase on restore changes nothing and writes no safety backup', async () => {
    const { db } = freshDb();
    await loadDemoData(db);
    const { bytes } = await createBackup(db, 'manual', new Date(), {
      passphrase: 'right-one',
      key: 'passphrase',
    });
    await db.members.clear();
    const sink = memorySink();
    const e = await failure(
      restoreFromFile(db, sink, bytes, 'b.uniondesk', new Date(), 'wrong-one'),
    );
    expect(e).toBeInstanceOf(BackupLockedError);
    expect(await db.members.count()).toBe(0);
    expect(sink.files.size).toBe(0);
    await restoreFromFile(db, sink, bytes, 'b.uniondesk', new Date(), 'right-one');
    expect(await db.members.count()).toBeGreaterThan(0);
  });

  it('daily automatic backups are locked with the app’s 恢复码: open here as they are, elsewhere with the code', async () => {
    const { db } = freshDb();
    await loadDemoData(db);
    await setAutoEncrypt(db, true);
    const sink = memorySink();
    const name = (await autoBackupIfDue(db, sink, new Date('2026-12-01T09:00:00')))!;
    const bytes = sink.files.get(name)!;
    expect((await checkBackupFile(db, bytes, name)).header.encryption?.key).toBe('app');

    const { db: otherPc } = freshDb();
    const locked = await failure(checkBackupFile(otherPc, bytes, name));
    expect(locked).toMatchObject({ byRecoveryCode: true, wrongPassphrase: false });
    expect((locked as Error).message).toContain('备份恢复码');
    // Typed from the paper, in lower case and without the dashes.
    const [code] = await recoveryCodes(db);
    const typed = code!.toLowerCase().replace(/-/g, ' ');
    const opened = await checkBackupFile(otherPc, bytes, name, typed);
    expect(opened.tables.members!.length).toBe(await db.members.count());
  });

  it('a restore from another PC keeps this PC’s 恢复码, so its safety backup still opens (撤销这次恢复)', async () => {
    const here = freshDb().db;
    await loadDemoData(here);
    await setAutoEncrypt(here, true);
    const there = freshDb().db;
    await loadDemoData(there);
    await setAutoEncrypt(there, true);
    const sinkThere = memorySink();
    const theirName = (await autoBackupIfDue(there, sinkThere))!;
    const [theirCode] = await recoveryCodes(there);

    const sink = memorySink();
    const { safetyBackup } = await restoreFromFile(
      here,
      sink,
      sinkThere.files.get(theirName)!,
      theirName,
      new Date(),
      theirCode,
    );
    const safety = sink.files.get(safetyBackup)!;
    expect((await checkBackupFile(here, safety, safetyBackup)).header.reason).toBe('safety');
    // And the other PC's backups open here without the code from now on.
    expect(await checkBackupFile(here, sinkThere.files.get(theirName)!, theirName)).toBeTruthy();
  });

  it('a changed byte of a locked backup is refused as damaged before any passphrase is tried', async () => {
    const { db } = freshDb();
    await loadDemoData(db);
    const { bytes } = await createBackup(db, 'manual', new Date(), {
      passphrase: 'pw-123456',
      key: 'passphrase',
    });
    const bad = bytes.slice();
    bad[bad.length - 10] = bad[bad.length - 10]! ^ 0xff;
    await expect(verifyBackup(bad, 'x.uniondesk', { passphrase: 'pw-123456' })).rejects.toThrow(
      '已损坏',
    );
  });

  it('a backup locked by a scheme this version does not know asks for an upgrade', async () => {
    const { db } = freshDb();
    const { bytes, header } = await createBackup(db, 'manual');
    const newline = bytes.indexOf(0x0a);
    const head = JSON.stringify({ ...header, encryption: { alg: 'XChaCha20', kdf: 'argon2id' } });
    const file = new Uint8Array([
      ...new TextEncoder().encode(head + '\n'),
      ...bytes.subarray(newline + 1),
    ]);
    await expect(verifyBackup(file, 'x.uniondesk')).rejects.toThrow('请先升级本软件');
  });

  it('恢复码s are 6 groups of 4 unambiguous characters, and typed forms normalize to them', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^([A-HJKMNP-Z2-9]{4}-){5}[A-HJKMNP-Z2-9]{4}$/);
    expect(newRecoveryCode()).not.toBe(code);
    expect(normalizeRecoveryCode(code.toLowerCase().replace(/-/g, ''))).toBe(code);
    expect(normalizeRecoveryCode('我的密码')).toBe('我的密码');
  });

  it('reports its progress through a backup and a restore, in order, ending at 1', async () => {
    const { db } = freshDb();
    await loadDemoData(db);
    const seen: [number, string][] = [];
    const sink = memorySink();
    const { name } = await backupNow(db, sink, 'manual', new Date(), 'pw-123456', (d, s) =>
      seen.push([d, s]),
    );
    expect(seen.map(([, s]) => s)).toContain('正在加密');
    const restoring: [number, string][] = [];
    await restoreFromFile(db, sink, sink.files.get(name)!, name, new Date(), 'pw-123456', (d, s) =>
      restoring.push([d, s]),
    );
    for (const steps of [seen, restoring]) {
      const fractions = steps.map(([d]) => d);
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
      expect(fractions.at(-1)).toBe(1);
    }
    expect(restoring.map(([, s]) => s)).toEqual(
      expect.arrayContaining(['正在校验备份文件', '正在做恢复前的安全备份', '正在写入数据']),
    );
  });
});
