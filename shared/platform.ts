/**
 * The one seam between the app and where it runs. The renderer reaches files, printing,
 * backups and app facts only through this interface; `renderer/platform/electron.ts`
 * (preload bridge) and `renderer/platform/browser.ts` (downloads, <input type=file>,
 * window.print()) each `satisfies Platform`, and `renderer/main.tsx` picks one at start-up.
 * Features never ask where they run.
 */

export interface FileFilter {
  /** Chinese label shown in the dialog, e.g. 「Excel 工作簿」 */
  name: string;
  /** Extensions without the dot: ['xlsx', 'xls'] */
  extensions: string[];
}

export interface SaveFileRequest {
  /** File name offered to the user, Chinese allowed: 「花名册_2026-11-21.xlsx」 */
  suggestedName: string;
  data: Uint8Array;
  filters?: FileFilter[];
}

/** `saved: false` when the user cancelled the dialog. */
export type SaveFileResult = { saved: true; path: string } | { saved: false };

export interface OpenFileRequest {
  title?: string;
  filters?: FileFilter[];
}

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export interface OpenedFiles {
  files: OpenedFile[];
  /** Names of picked files that could not be read, with the reason. */
  unreadable: { name: string; reason: string }[];
}

export interface PrintRequest {
  /** Used as the job name and the PDF's suggested file name. */
  title: string;
  landscape?: boolean;
}

export interface BackupEntry {
  /** File name, e.g. 工会台账备份_2026-11-21_153000.uniondesk — also its id. */
  name: string;
  size: number;
  /** First line of the file (see shared/backup/header.ts); null when unreadable. */
  headerLine: string | null;
}

export interface AppInfo {
  name: string;
  version: string;
  kind: 'electron' | 'browser';
  /** Where backups are kept, shown to the user (Electron only). */
  backupFolder: string | null;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Lets the user save bytes to a file (save dialog, or a download in the browser). */
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>;
  /** Lets the user pick one file; null when cancelled. */
  openFile(req: OpenFileRequest): Promise<OpenedFile | null>;
  /**
   * Lets the user pick several files at once (台账汇总 collects 400 packages); [] when
   * cancelled. Files that cannot be read are left out of the list by name in `unreadable`.
   */
  openFiles(req: OpenFileRequest): Promise<OpenedFiles>;
  /** Prints the current page (the print view) through the system dialog with preview. */
  print(req: PrintRequest): Promise<void>;
  /** Saves the current page (the print view) as a PDF the user chooses where to keep. */
  printToPdf(req: PrintRequest): Promise<SaveFileResult>;
  backups: {
    /** Kept backups, newest first. */
    list(): Promise<BackupEntry[]>;
    /** Stores a backup; the platform keeps the newest `keep` automatic backups. */
    write(name: string, data: Uint8Array): Promise<BackupEntry>;
    read(name: string): Promise<Uint8Array>;
    /** Browser only: whether backups survive clearing site data (they are also downloaded). */
    readonly alsoDownloads: boolean;
  };
  appInfo(): Promise<AppInfo>;
  /**
   * Commands from the desktop application menu (文件 → 备份全部数据 …). Returns the
   * unsubscribe function. The browser has no such menu: it never calls the listener.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export type MenuCommand =
  'backup-now' | 'restore-backup' | 'print' | 'export-workbook' | 'import-workbook';

/** How many automatic daily backups are kept. */
export const AUTO_BACKUPS_KEPT = 30;
