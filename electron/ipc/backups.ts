import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AUTO_BACKUPS_KEPT, type BackupEntry } from '../../shared/platform';
import { BACKUP_EXTENSION, parseBackupHeader } from '../../shared/backup/header';
import type { Handlers } from './handle';
import { UserFacingError, errorCode } from './errors';
import { writeFileAtomic } from './atomicWrite';
import { hasForbiddenCharacters, isWindowsReservedName } from './fileNames';

/**
 * Backups live in `<userData>/backups/`. The renderer names a backup only by its file
 * name; every name is checked again here (the contract's schema checks it first) so that
 * nothing outside that folder can be read or written. Symbolic links (and Windows
 * junctions) are never followed — not the folder itself, not a file in it — so a link
 * planted there cannot make a backup read or overwrite a file elsewhere. Windows device
 * names (`CON.uniondesk`, `NUL.uniondesk`, …) are refused: they name no file.
 */

/** Names of automatic backups start with this (see backupFileName in shared/backup/header.ts). */
export const AUTO_BACKUP_PREFIX = '工会台账自动备份_';
/** The header line is small; stop looking for its end after this many bytes. */
const MAX_HEADER_BYTES = 1024 * 1024;
/** Backups above this are not something this app wrote. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

const SUFFIX = `.${BACKUP_EXTENSION}`;

export function isValidBackupName(name: string): boolean {
  return (
    name.length > SUFFIX.length &&
    name.length <= 200 &&
    name.endsWith(SUFFIX) &&
    !name.startsWith('.') &&
    !name.includes('..') &&
    !hasForbiddenCharacters(name) &&
    !isWindowsReservedName(name) &&
    basename(name) === name
  );
}

export function backupPath(dir: string, name: string): string {
  if (isWindowsReservedName(name))
    throw new UserFacingError(
      `备份文件名不正确：「${name}」是 Windows 保留的设备名（如 CON、PRN、AUX、NUL、COM1、LPT1），不能用作文件名`,
    );
  if (!isValidBackupName(name))
    throw new UserFacingError('备份文件名不正确：只能是备份文件夹里以 .uniondesk 结尾的文件名');
  return join(dir, name);
}

/** Opening flag that makes the open itself fail on a symbolic link (0 where the OS has none). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/** lstat, or null when nothing is there. */
async function lstatOrNull(path: string) {
  try {
    return await lstat(path);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Makes sure the backups folder exists and is a real folder, not a link to one elsewhere.
 * Only the folder itself is checked: its parents are the user's profile, set up by Windows.
 */
export async function ensureBackupDir(dir: string): Promise<void> {
  let s = await lstatOrNull(dir);
  if (s === null) {
    await mkdir(dir, { recursive: true });
    s = await lstat(dir);
  }
  if (s.isSymbolicLink())
    throw new UserFacingError(
      `备份文件夹「${dir}」是一个链接（符号链接或目录联接），为安全起见程序不使用它。请删除这个链接后重试，程序会新建备份文件夹。`,
    );
  if (!s.isDirectory())
    throw new UserFacingError(
      `备份文件夹「${dir}」不是文件夹，请移走这个同名文件后重试，程序会新建备份文件夹。`,
    );
}

/** Refuses a backup file that is a symbolic link; a missing file is fine. */
async function refuseLink(path: string, name: string, action: 'read' | 'write'): Promise<void> {
  if (!(await lstatOrNull(path))?.isSymbolicLink()) return;
  throw new UserFacingError(
    action === 'read'
      ? `读取备份失败：备份文件夹里的「${name}」是一个链接（符号链接），不是备份文件，为安全起见不读取它`
      : `保存备份失败：备份文件夹里的「${name}」是一个链接（符号链接），不是备份文件，为安全起见不覆盖它`,
  );
}

/** The first line of a file, read in chunks; null when there is none within the limit. */
export async function readFirstLine(
  path: string,
  maxBytes = MAX_HEADER_BYTES,
): Promise<string | null> {
  const handle = await open(path, constants.O_RDONLY | NO_FOLLOW);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(64 * 1024);
    while (total < maxBytes) {
      const { bytesRead } = await handle.read(
        chunk,
        0,
        Math.min(chunk.length, maxBytes - total),
        total,
      );
      if (bytesRead === 0) break;
      const part = chunk.subarray(0, bytesRead);
      const newline = part.indexOf(0x0a);
      if (newline >= 0) {
        chunks.push(Buffer.from(part.subarray(0, newline)));
        return Buffer.concat(chunks).toString('utf8').replace(/\r$/, '');
      }
      chunks.push(Buffer.from(part));
      total += bytesRead;
    }
    // A file with no newline at all is one line only if we reached its end.
    if (total < maxBytes && total > 0) return Buffer.concat(chunks).toString('utf8');
    return null;
  } finally {
    await handle.close();
  }
}

async function describe(
  dir: string,
  name: string,
): Promise<(BackupEntry & { sortKey: number }) | null> {
  const path = join(dir, name);
  try {
    // lstat: a link is not a file here, whatever it points to.
    const s = await lstat(path);
    if (!s.isFile()) return null;
    const headerLine = await readFirstLine(path).catch(() => null);
    const createdAt = headerLine ? Date.parse(parseBackupHeader(headerLine)?.createdAt ?? '') : NaN;
    return {
      name,
      size: s.size,
      headerLine,
      sortKey: Number.isNaN(createdAt) ? s.mtimeMs : createdAt,
    };
  } catch {
    return null; // deleted while listing, or unreadable: leave it out
  }
}

/** Backups in the folder, newest first (by the header's createdAt, else the file's time). */
export async function listBackups(dir: string): Promise<BackupEntry[]> {
  await ensureBackupDir(dir);
  const names = (await readdir(dir)).filter(isValidBackupName);
  const entries = (await Promise.all(names.map((n) => describe(dir, n)))).filter((e) => e !== null);
  entries.sort((a, b) => b.sortKey - a.sortKey || b.name.localeCompare(a.name));
  return entries.map(({ name, size, headerLine }) => ({ name, size, headerLine }));
}

/**
 * Deletes all but the newest `keep` automatic backups. Automatic names carry a sortable
 * time stamp after the prefix, so name order is time order. Manual and safety backups are
 * never touched.
 */
export async function pruneAutoBackups(dir: string, keep = AUTO_BACKUPS_KEPT): Promise<string[]> {
  await ensureBackupDir(dir);
  const autos = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .filter((n) => isValidBackupName(n) && n.startsWith(AUTO_BACKUP_PREFIX))
    .sort()
    .reverse();
  const doomed = autos.slice(keep);
  for (const name of doomed) await rm(join(dir, name), { force: true });
  return doomed;
}

export async function writeBackup(
  dir: string,
  name: string,
  data: Uint8Array,
  keep = AUTO_BACKUPS_KEPT,
): Promise<BackupEntry> {
  const path = backupPath(dir, name);
  await ensureBackupDir(dir);
  await refuseLink(path, name, 'write');
  await writeFileAtomic(path, data);
  if (name.startsWith(AUTO_BACKUP_PREFIX)) await pruneAutoBackups(dir, keep);
  const headerLine = await readFirstLine(path).catch(() => null);
  return { name, size: data.byteLength, headerLine };
}

export async function readBackup(dir: string, name: string): Promise<Uint8Array> {
  const path = backupPath(dir, name);
  await ensureBackupDir(dir);
  await refuseLink(path, name, 'read');
  let handle;
  try {
    // O_NOFOLLOW closes the gap between the check above and the open.
    handle = await open(path, constants.O_RDONLY | NO_FOLLOW);
  } catch (err) {
    if (errorCode(err) === 'ENOENT')
      throw new UserFacingError(`读取备份失败：备份文件夹里没有「${name}」`);
    if (errorCode(err) === 'ELOOP')
      throw new UserFacingError(`读取备份失败：备份文件夹里的「${name}」是一个链接，不是备份文件`);
    throw err;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile())
      throw new UserFacingError(`读取备份失败：备份文件夹里的「${name}」不是文件`);
    const { size } = stats;
    if (size > MAX_BACKUP_BYTES)
      throw new UserFacingError(`读取备份失败：「${name}」超过 512 MB，不是本程序生成的备份`);
    const buf = await handle.readFile();
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } finally {
    await handle.close();
  }
}

export function backupHandlers(
  backupDir: string,
): Pick<Handlers, 'backup:list' | 'backup:write' | 'backup:read'> {
  return {
    'backup:list': () => listBackups(backupDir),
    'backup:write': (req) => writeBackup(backupDir, req.name, req.data),
    'backup:read': (req) => readBackup(backupDir, req.name),
  };
}
