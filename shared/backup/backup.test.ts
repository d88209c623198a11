import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/testDb';
import { loadDemoData } from '../ledgers/demo';
import { ALL_TABLES, type UnionDeskDb } from '../db/db';
import { createBackup, verifyBackup } from './backupFile';
import { autoBackupIfDue, restoreFromFile } from './service';
import { parseBackupHeader } from './header';
import { LATEST_VERSION } from '../db/schema';

/** A backup store in memory, standing in for the platform's. */
function memorySink() {
  const files = new Map<string, Uint8Array>();
  return { files, write: async (name: string, data: Uint8Array) => void files.set(name, data) };
}

function bodyOf(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.subarray(bytes.indexOf(0x0a) + 1));
}

async function snapshot(db: UnionDeskDb) {
  const out: Record<string, unknown[]> = {};
  for (const t of ALL_TABLES) out[t] = await db.table(t).toArray();
  return out;
}

async function wipe(db: UnionDeskDb) {
  await db.transaction('rw', [...ALL_TABLES], async () => {
    for (const t of ALL_TABLES) await db.table(t).clear();
  });
}

describe('backups', () => {
  it('gives identical content after export → wipe → restore → export', async () => {
    const { db } = freshDb();
    await loadDemoData(db, new Date('2026-11-21T08:00:00'));
    const first = await createBackup(db, 'manual');
    await wipe(db);
    expect(await db.members.count()).toBe(0);

    const sink = memorySink();
    await restoreFromFile(db, sink, first.bytes, '备份.uniondesk');
    // The restore also writes its own bookkeeping settings; compare the union's records.
    const again = await createBackup(db, 'manual');
    const a = JSON.parse(bodyOf(first.bytes)).tables;
    const b = JSON.parse(bodyOf(again.bytes)).tables;
    for (const t of ALL_TABLES.filter((t) => t !== 'settings')) expect(b[t]).toEqual(a[t]);
    expect(b.settings.filter((r: { key: string }) => r.key === 'profile')).toEqual(
      a.settings.filter((r: { key: string }) => r.key === 'profile'),
    );
    expect(first.header.counts.members).toBeGreaterThanOrEqual(70);
  });

  it('records schema version, counts and a checksum in a header readable on its own', async () => {
    const { db } = freshDb();
    await loadDemoData(db);
    const { bytes, header } = await createBackup(db, 'auto');
    const line = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0x0a)));
    expect(parseBackupHeader(line)).toEqual(header);
    expect(header.schemaVersion).toBe(LATEST_VERSION);
    expect(header.counts.members).toBe(await db.members.count());
    expect(header.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes a safety backup of the current data before restoring', async () => {
    const { db } = freshDb();
    await loadDemoData(db);
    const backup = await createBackup(db, 'manual');
    await db.members.clear();
    const sink = memorySink();
    const { safetyBackup } = await restoreFromFile(db, sink, backup.bytes, 'x.uniondesk');
    expect(safetyBackup).toMatch(/^工会台账恢复前备份_.*\.uniondesk$/);
    const safety = await verifyBackup(sink.files.get(safetyBackup)!);
    expect(safety.tables.members).toHaveLength(0);
  });

  describe('refuses a bad file and changes nothing', () => {
    async function expectUnchanged(bytes: Uint8Array, message: RegExp) {
      const { db } = freshDb();
      await loadDemoData(db);
      const before = await snapshot(db);
      const sink = memorySink();
      await expect(restoreFromFile(db, sink, bytes, '坏文件.uniondesk')).rejects.toThrow(message);
      expect(await snapshot(db)).toEqual(before);
      expect(sink.files.size).toBe(0);
    }

    it('when the file is truncated', async () => {
      const { db } = freshDb();
      await loadDemoData(db);
      const { bytes } = await createBackup(db, 'manual');
      await expectUnchanged(bytes.subarray(0, bytes.byteLength - 100), /不完整/);
    });

    it('when a byte of the data is damaged', async () => {
      const { db } = freshDb();
      await loadDemoData(db);
      const { bytes } = await createBackup(db, 'manual');
      const damaged = bytes.slice();
      const i = damaged.byteLength - 50;
      damaged[i] = damaged[i] === 0x41 ? 0x42 : 0x41;
      await expectUnchanged(damaged, /已损坏/);
    });

    it('when it is not a backup at all', async () => {
      await expectUnchanged(
        new TextEncoder().encode('姓名,性别\n张三,男\n'),
        /不是工会台账的备份文件/,
      );
    });

    it('when it was written by a newer version', async () => {
      const { db } = freshDb();
      const { bytes, header } = await createBackup(db, 'manual');
      const body = bytes.subarray(bytes.indexOf(0x0a) + 1);
      const newer = new TextEncoder().encode(
        JSON.stringify({ ...header, schemaVersion: LATEST_VERSION + 1 }) + '\n',
      );
      const file = new Uint8Array(newer.byteLength + body.byteLength);
      file.set(newer);
      file.set(body, newer.byteLength);
      await expectUnchanged(file, /更新版本/);
    });
  });

  it('makes the automatic backup once a day', async () => {
    const { db } = freshDb();
    await loadDemoData(db);
    const sink = memorySink();
    const morning = new Date(2026, 10, 21, 8, 0);
    expect(await autoBackupIfDue(db, sink, morning)).toMatch(
      /^工会台账自动备份_2026-11-21_080000\.uniondesk$/,
    );
    expect(await autoBackupIfDue(db, sink, new Date(2026, 10, 21, 17, 0))).toBeNull();
    expect(await autoBackupIfDue(db, sink, new Date(2026, 10, 22, 8, 0))).not.toBeNull();
    expect(sink.files.size).toBe(2);
  });
});

describe('today’s backup', () => {
  it('counts a manual backup as today’s, but not a safety backup', async () => {
    const { db } = freshDb();
    const sink = memorySink();
    const { backupNow, isAutoBackupDue } = await import('./service');
    const noon = new Date(2026, 10, 21, 12, 0);
    await backupNow(db, sink, 'safety', noon);
    expect(await isAutoBackupDue(db, noon)).toBe(true);
    await backupNow(db, sink, 'manual', noon);
    expect(await isAutoBackupDue(db, noon)).toBe(false);
  });
});

describe('restoring an older backup', () => {
  it('runs the upgrades since its version, so a pre-ledger backup gets the default activity kinds', async () => {
    const { db } = freshDb();
    await loadDemoData(db);
    const { header, bytes } = await createBackup(db, 'manual');
    const body = JSON.parse(bodyOf(bytes));
    delete body.tables.activityKinds;
    delete body.tables.activities;
    delete body.tables.participants;
    const bodyBytes = new TextEncoder().encode(JSON.stringify(body));
    const digest = await crypto.subtle.digest('SHA-256', bodyBytes);
    const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const head = new TextEncoder().encode(
      JSON.stringify({ ...header, schemaVersion: 2, bodyBytes: bodyBytes.byteLength, sha256 }) +
        '\n',
    );
    const file = new Uint8Array([...head, ...bodyBytes]);

    await restoreFromFile(db, memorySink(), file, 'old.uniondesk');
    expect(await db.members.count()).toBe(header.counts.members);
    expect(await db.activityKinds.count()).toBeGreaterThanOrEqual(7);
    expect(await db.activities.count()).toBe(0);
  });
});
