import { mkdir, readFile, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_BACKUPS_KEPT } from '../../shared/platform';
import { backupFileName } from '../../shared/backup/header';
import {
  AUTO_BACKUP_PREFIX,
  backupHandlers,
  isValidBackupName,
  listBackups,
  readBackup,
  readFirstLine,
  writeBackup,
} from './backups';
import { useTempDirs } from './testDir';

const tempDir = useTempDirs();
const ctx = { sender: {} as never };
const enc = (s: string) => new TextEncoder().encode(s);

function backupText(createdAt: string, reason = 'manual', body = '{"members":[]}') {
  const header = {
    format: 'uniondesk-backup',
    formatVersion: 1,
    schemaVersion: 1,
    createdAt,
    reason,
    unionName: '实验小学工会',
    counts: {},
    bodyBytes: body.length,
    sha256: 'x',
  };
  return `${JSON.stringify(header)}\n${body}`;
}

/** The name of the automatic backup made on day `n` after 2026-01-01. */
function autoName(n: number) {
  return backupFileName(new Date(2026, 0, 1 + n, 8, 0, 0), 'auto');
}

describe('backups', () => {
  it('names automatic backups with the prefix pruning relies on', () => {
    expect(backupFileName(new Date(), 'auto').startsWith(AUTO_BACKUP_PREFIX)).toBe(true);
    expect(backupFileName(new Date(), 'manual').startsWith(AUTO_BACKUP_PREFIX)).toBe(false);
    expect(backupFileName(new Date(), 'safety').startsWith(AUTO_BACKUP_PREFIX)).toBe(false);
  });

  it('writes a backup, then lists and reads it back', async () => {
    const dir = join(await tempDir(), 'backups'); // created on first use
    const handlers = backupHandlers(dir);
    const text = backupText('2026-11-21T07:30:00.000Z');
    const name = backupFileName(new Date(2026, 10, 21, 15, 30), 'manual');

    const entry = await handlers['backup:write']({ name, data: enc(text) }, ctx);
    expect(entry).toEqual({ name, size: enc(text).byteLength, headerLine: text.split('\n')[0] });
    await expect(handlers['backup:list'](undefined, ctx)).resolves.toEqual([entry]);
    expect(new TextDecoder().decode(await handlers['backup:read']({ name }, ctx))).toBe(text);
  });

  it('lists the newest backup first and leaves out files that are not backups', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'b.uniondesk'), backupText('2026-03-01T00:00:00.000Z'));
    await writeFile(join(dir, 'a.uniondesk'), backupText('2026-05-01T00:00:00.000Z'));
    await writeFile(join(dir, 'c.uniondesk'), 'not a backup at all');
    await utimes(join(dir, 'c.uniondesk'), new Date('2026-04-01'), new Date('2026-04-01'));
    await writeFile(join(dir, 'notes.txt'), 'x');
    await writeFile(join(dir, '.a.uniondesk.abc.tmp'), 'half-written');

    const list = await listBackups(dir);
    expect(list.map((e) => e.name)).toEqual(['a.uniondesk', 'c.uniondesk', 'b.uniondesk']);
    expect(list[1]).toEqual({ name: 'c.uniondesk', size: 19, headerLine: 'not a backup at all' });
  });

  it('keeps the newest 30 automatic backups and every manual and safety backup', async () => {
    const dir = await tempDir();
    const manual = backupFileName(new Date(2025, 0, 1), 'manual');
    const safety = backupFileName(new Date(2025, 0, 2), 'safety');
    await writeFile(join(dir, manual), backupText('2025-01-01T00:00:00.000Z'));
    await writeFile(join(dir, safety), backupText('2025-01-02T00:00:00.000Z', 'safety'));
    for (let day = 0; day < AUTO_BACKUPS_KEPT + 5; day++) {
      await writeBackup(
        dir,
        autoName(day),
        enc(backupText(new Date(2026, 0, 1 + day).toISOString(), 'auto')),
      );
    }

    const names = await readdir(dir);
    const autos = names.filter((n) => n.startsWith(AUTO_BACKUP_PREFIX)).sort();
    expect(autos).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(autos[0]).toBe(autoName(5)); // the five oldest are gone
    expect(autos.at(-1)).toBe(autoName(AUTO_BACKUPS_KEPT + 4));
    expect(names).toContain(manual);
    expect(names).toContain(safety);
  });

  it('never prunes when a manual backup is written', async () => {
    const dir = await tempDir();
    for (let day = 0; day < AUTO_BACKUPS_KEPT + 2; day++)
      await writeFile(join(dir, autoName(day)), 'x\ny');
    await writeBackup(dir, backupFileName(new Date(2026, 5, 1), 'manual'), enc('x\ny'));
    expect((await readdir(dir)).length).toBe(AUTO_BACKUPS_KEPT + 3);
  });

  it('writes atomically: a failed write leaves the previous backup intact and no temp file', async () => {
    const dir = await tempDir();
    const name = 'x.uniondesk';
    await writeBackup(dir, name, enc('first\nbody'));
    // A data object that fails while being written, after the temp file was opened.
    const broken = new Uint8Array(4);
    Object.defineProperty(broken, 'buffer', {
      get() {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    });
    await expect(writeBackup(dir, name, broken)).rejects.toThrow();
    expect(await readFile(join(dir, name), 'utf8')).toBe('first\nbody');
    expect(await readdir(dir)).toEqual([name]);
  });

  it('refuses names that could reach outside the backup folder', async () => {
    const dir = await tempDir();
    for (const name of [
      '../x.uniondesk',
      '..\\x.uniondesk',
      'sub/x.uniondesk',
      '/etc/x.uniondesk',
      'C:x.uniondesk',
      '.uniondesk',
      'x.txt',
      'x.uniondesk\u0000',
    ]) {
      expect(isValidBackupName(name), name).toBe(false);
      await expect(writeBackup(dir, name, enc('x')), name).rejects.toThrow('备份文件名不正确');
    }
    await expect(
      backupHandlers(dir)['backup:read']({ name: '../secret.uniondesk' }, ctx),
    ).rejects.toThrow('备份文件名不正确');
    expect(await readdir(dir)).toEqual([]);
  });

  it('says in Chinese which backup is missing', async () => {
    const dir = await tempDir();
    await expect(
      backupHandlers(dir)['backup:read']({ name: '工会台账备份_2026-01-01_080000.uniondesk' }, ctx),
    ).rejects.toThrow('读取备份失败：备份文件夹里没有「工会台账备份_2026-01-01_080000.uniondesk」');
  });

  it('reads the header line without reading the whole file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'big.uniondesk');
    const header = JSON.stringify({ format: 'uniondesk-backup', pad: 'h'.repeat(100_000) });
    await writeFile(path, `${header}\r\n${'b'.repeat(5_000_000)}`);
    await expect(readFirstLine(path)).resolves.toBe(header);
    await expect(readFirstLine(path, 50_000)).resolves.toBeNull(); // no newline within the limit
  });

  it('refuses Windows device names in any case, with any extension, dots or spaces', async () => {
    const dir = await tempDir();
    for (const name of [
      'CON.uniondesk',
      'con.uniondesk',
      'NUL.uniondesk',
      'Nul.backup.uniondesk',
      'PRN.uniondesk',
      'aux.uniondesk',
      'COM1.uniondesk',
      'com9.uniondesk',
      'LPT1.uniondesk',
      'lpt9.uniondesk',
      'COM¹.uniondesk',
      'CON .uniondesk',
      'NUL..uniondesk',
      'CONIN$.uniondesk',
    ]) {
      expect(isValidBackupName(name), name).toBe(false);
      await expect(writeBackup(dir, name, enc('x\ny')), name).rejects.toThrow(
        `「${name}」是 Windows 保留的设备名`,
      );
      await expect(readBackup(dir, name), name).rejects.toThrow('Windows 保留的设备名');
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('still accepts names that only begin like a device name', () => {
    for (const name of [
      'CONSOLE.uniondesk',
      'NULL.uniondesk',
      'COM10.uniondesk',
      'COM0x.uniondesk',
      'LPT.uniondesk',
      'AUX-备份.uniondesk',
      '工会台账备份_CON.uniondesk',
    ])
      expect(isValidBackupName(name), name).toBe(true);
  });

  it('does not use a backups folder that is a symbolic link', async () => {
    const root = await tempDir();
    const elsewhere = join(root, 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, 'a.uniondesk'), backupText('2026-05-01T00:00:00.000Z'));
    const dir = join(root, 'backups');
    await symlink(elsewhere, dir, 'dir');
    const handlers = backupHandlers(dir);

    await expect(handlers['backup:list'](undefined, ctx)).rejects.toThrow(
      `备份文件夹「${dir}」是一个链接`,
    );
    await expect(
      handlers['backup:write']({ name: 'b.uniondesk', data: enc('x\ny') }, ctx),
    ).rejects.toThrow('是一个链接');
    await expect(handlers['backup:read']({ name: 'a.uniondesk' }, ctx)).rejects.toThrow(
      '是一个链接',
    );
    expect(await readdir(elsewhere)).toEqual(['a.uniondesk']);
  });

  it('says so when the backups folder is a file', async () => {
    const dir = join(await tempDir(), 'backups');
    await writeFile(dir, 'x');
    await expect(listBackups(dir)).rejects.toThrow(`备份文件夹「${dir}」不是文件夹`);
  });

  it('neither lists, reads, overwrites nor prunes through a symbolic link in the folder', async () => {
    const root = await tempDir();
    const secret = join(root, 'secret.txt');
    await writeFile(secret, 'not for the renderer\nsecond line');
    const dir = join(root, 'backups');
    await mkdir(dir);
    await symlink(secret, join(dir, 'link.uniondesk'));
    const oldAuto = autoName(0);
    await symlink(secret, join(dir, oldAuto));
    await writeFile(join(dir, 'real.uniondesk'), backupText('2026-05-01T00:00:00.000Z'));

    expect((await listBackups(dir)).map((e) => e.name)).toEqual(['real.uniondesk']);
    await expect(readBackup(dir, 'link.uniondesk')).rejects.toThrow(
      '读取备份失败：备份文件夹里的「link.uniondesk」是一个链接',
    );
    await expect(writeBackup(dir, 'link.uniondesk', enc('new\nbody'))).rejects.toThrow(
      '保存备份失败：备份文件夹里的「link.uniondesk」是一个链接',
    );
    // Pruning with keep = 0 would remove every automatic backup; the link is not one.
    for (let day = 1; day <= 2; day++)
      await writeBackup(dir, autoName(day), enc(backupText('2026-01-02T00:00:00.000Z')), 1);
    const names = await readdir(dir);
    expect(names).toContain(oldAuto);
    expect(names).not.toContain(autoName(1));
    expect(names).toContain(autoName(2));
    expect(await readFile(secret, 'utf8')).toBe('not for the renderer\nsecond line');
  });

  it('reads the header line of a real file only, never through a link', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'real.uniondesk'), 'head\nbody');
    await symlink(join(root, 'real.uniondesk'), join(root, 'link.uniondesk'));
    await expect(readFirstLine(join(root, 'link.uniondesk'))).rejects.toMatchObject({
      code: 'ELOOP',
    });
  });
});
