/**
 * The IPC names and wire shapes, without zod — the sandboxed preload imports this file
 * and must stay free of any bundled library. The request schemas live in contract.ts.
 */

export const BRIDGE_KEY = 'uniondesk';

/** Request/response channels (renderer → main, `ipcRenderer.invoke`). */
export const INVOKE_CHANNELS = [
  'file:save',
  'file:open',
  'file:openMany',
  'print:print',
  'print:pdf',
  'backup:list',
  'backup:write',
  'backup:read',
  'app:info',
] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/**
 * How every invoke channel answers. Handlers never throw across IPC: Electron would prefix
 * the message with "Error invoking remote method …", so main wraps the outcome and the
 * preload re-throws a plain Error carrying only the Chinese message.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * One-way channel main → renderer: the application menu asks the renderer to do
 * something only it can do (it holds the database). The payload is one `MenuCommand`.
 */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export const MENU_COMMANDS = [
  /** 文件 → 备份全部数据: write a manual backup now. */
  'backup-now',
  /** 文件 → 从备份恢复: open the backups page to pick one. */
  'restore-backup',
  /** 文件 → 打印: print the current view (the renderer decides what that means). */
  'print',
  /** 文件 → 导出年度台账: save every ledger as one workbook. */
  'export-workbook',
  /** 文件 → 导入年度台账: open the workbook import page. */
  'import-workbook',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(v: unknown): v is MenuCommand {
  return typeof v === 'string' && (MENU_COMMANDS as readonly string[]).includes(v);
}
