import Dexie, { type EntityTable } from 'dexie';
import type {
  BackupEntry,
  OpenedFile,
  OpenedFiles,
  Platform,
  SaveFileResult,
} from '../../shared/platform';
import { AUTO_BACKUPS_KEPT } from '../../shared/platform';

/**
 * The platform in a plain browser (npm run web, end-to-end tests): files are downloads
 * and uploads, printing is window.print(), and backups are kept in a separate IndexedDB
 * database (so the in-app list works) and downloaded as well (so they survive clearing
 * the browser's data).
 */

interface StoredBackup {
  name: string;
  data: Uint8Array;
  size: number;
}

function backupStore() {
  const db = new Dexie('uniondesk-backups', { chromeTransactionDurability: 'strict' }) as Dexie & {
    backups: EntityTable<StoredBackup, 'name'>;
  };
  db.version(1).stores({ backups: 'name' });
  return db;
}

function download(name: string, data: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>]));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function headerLineOf(data: Uint8Array): string | null {
  const nl = data.indexOf(0x0a);
  if (nl < 0) return null;
  return new TextDecoder().decode(data.subarray(0, nl));
}

function pickFile(accept: string): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.dataset.testid = 'platform-file-input';
    document.body.appendChild(input);
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      // A file that cannot be read (removed, no permission) rejects, so the caller says so.
      file.arrayBuffer().then(
        (buf) => resolve({ name: file.name, data: new Uint8Array(buf) }),
        (e: unknown) =>
          reject(
            new Error(`无法读取文件“${file.name}”，请检查文件是否还在、能否打开。`, { cause: e }),
          ),
      );
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    input.click();
  });
}

/** <input type=file multiple>: the files read one after the other; unreadable ones named. */
function pickFiles(accept: string): Promise<OpenedFiles> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = true;
    input.style.display = 'none';
    input.dataset.testid = 'platform-files-input';
    document.body.appendChild(input);
    const readAll = async (picked: File[]) => {
      const out: OpenedFiles = { files: [], unreadable: [] };
      for (const file of picked) {
        try {
          out.files.push({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
        } catch {
          out.unreadable.push({ name: file.name, reason: '无法读取该文件，请检查文件是否还在' });
        }
      }
      return out;
    };
    input.addEventListener('change', () => {
      const picked = [...(input.files ?? [])];
      input.remove();
      void readAll(picked).then(resolve);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve({ files: [], unreadable: [] });
    });
    input.click();
  });
}

export function createBrowserPlatform(): Platform {
  const store = backupStore();
  const platform = {
    kind: 'browser' as const,
    async saveFile(req): Promise<SaveFileResult> {
      download(req.suggestedName, req.data);
      return { saved: true, path: req.suggestedName };
    },
    openFile(req) {
      const accept = (req.filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
      return pickFile(accept);
    },
    openFiles(req) {
      const accept = (req.filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
      return pickFiles(accept);
    },
    async print() {
      window.print();
    },
    async printToPdf(): Promise<SaveFileResult> {
      // The browser's print dialog offers 「另存为 PDF」 as a destination.
      window.print();
      return { saved: false };
    },
    backups: {
      alsoDownloads: true,
      async list(): Promise<BackupEntry[]> {
        const all = await store.backups.toArray();
        return all
          .map((b) => ({ name: b.name, size: b.size, headerLine: headerLineOf(b.data) }))
          .sort((a, b) => b.name.localeCompare(a.name));
      },
      async write(name, data) {
        await store.backups.put({ name, data, size: data.byteLength });
        const autos = (await store.backups.toCollection().primaryKeys())
          .filter((n) => n.startsWith('工会台账自动备份_'))
          .sort()
          .reverse();
        await store.backups.bulkDelete(autos.slice(AUTO_BACKUPS_KEPT));
        download(name, data);
        return { name, size: data.byteLength, headerLine: headerLineOf(data) };
      },
      async read(name) {
        const b = await store.backups.get(name);
        if (!b) throw new Error(`找不到备份“${name}”。`);
        return b.data;
      },
    },
    async appInfo() {
      return {
        name: '工会台账',
        version: __APP_VERSION__,
        kind: 'browser' as const,
        backupFolder: null,
      };
    },
    onMenuCommand() {
      return () => {};
    },
  } satisfies Platform;
  return platform;
}
