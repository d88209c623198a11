import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AUTO_BACKUPS_KEPT, type BackupEntry } from '../../shared/platform';
import { BACKUP_EXTENSION, parseBackupHeader } from '../../shared/backup/header';
import type { Handlers } from './handle';
import { UserFacingError, errorCode } from './errors';
import { writeFileAtomic } from './atomicWrite';
import { hasForbiddenCharacters } from './fileNames';

/**
 * Backups live in `<userData>/backups/`. The renderer names a backup only by its file
 * name; every name is checked again here (the contract's schema checks it first) so that
 * nothing outside that folder can be read or written.
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
    basename(name) === name
  );
}

export function backupPath(dir: string, name: string): string {
  if (!isValidBackupName(name))
    throw new UserFacingError('备份文件名不正确：只能是备份文件夹里以 .uniondesk 结尾的文件名');
  return join(dir, name);
}

/** The first line of a file, read in chunks; null when there is none within the limit. */
export async function readFirstLine(
  path: string,
  maxBytes = MAX_HEADER_BYTES,
): Promise<string | null> {
  const handle = await open(path, 'r');
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
    const s = await stat(path);
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
  await mkdir(dir, { recursive: true });
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
  const autos = (await readdir(dir))
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
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(path, data);
  if (name.startsWith(AUTO_BACKUP_PREFIX)) await pruneAutoBackups(dir, keep);
  const headerLine = await readFirstLine(path).catch(() => null);
  return { name, size: data.byteLength, headerLine };
}

export async function readBackup(dir: string, name: string): Promise<Uint8Array> {
  const path = backupPath(dir, name);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    if (errorCode(err) === 'ENOENT')
      throw new UserFacingError(`读取备份失败：备份文件夹里没有「${name}」`);
    throw err;
  }
  try {
    const { size } = await handle.stat();
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
