import { z } from 'zod';
import { BRIDGE_KEY, type InvokeChannel, type MenuCommand } from './channels';

/**
 * Every IPC channel, declared once. What must always hold:
 * - names are `area:verb`;
 * - each request is validated with its schema in the main process before anything runs;
 *   a bad request is rejected, never half-handled;
 * - payloads are plain data (strings, numbers, Uint8Array), never functions or paths the
 *   renderer made up — the main process decides where files go.
 * The preload wraps each channel in one function (`UnionDeskBridge`), and
 * electron/ipc/handle.ts registers handlers typed from this map. Channel names, the wire
 * envelope (`IpcResult`) and the one-way `menu:command` channel live in channels.ts, which
 * the sandboxed preload can import without bundling zod.
 */

const fileName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not hold
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s), '文件名含有不允许的字符');

const filters = z
  .array(
    z.object({
      name: z.string().max(50),
      extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(10),
    }),
  )
  .max(10)
  .optional();

const bytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, '应为二进制数据')
  .refine((b) => b.byteLength <= 512 * 1024 * 1024, '文件过大');

export const backupName = fileName
  .refine((s) => s.endsWith('.uniondesk'), '备份文件名应以 .uniondesk 结尾')
  .refine((s) => !s.includes('..') && !s.startsWith('.'), '备份文件名不能含有“..”或以“.”开头');

export const contract = {
  'file:save': {
    request: z.object({ suggestedName: fileName, data: bytes, filters }),
  },
  'file:open': {
    request: z.object({ title: z.string().max(100).optional(), filters }),
  },
  'file:openMany': {
    request: z.object({ title: z.string().max(100).optional(), filters }),
  },
  'print:print': {
    request: z.object({ title: z.string().min(1).max(200), landscape: z.boolean().optional() }),
  },
  'print:pdf': {
    request: z.object({ title: z.string().min(1).max(200), landscape: z.boolean().optional() }),
  },
  'backup:list': { request: z.undefined() },
  'backup:write': { request: z.object({ name: backupName, data: bytes }) },
  'backup:read': { request: z.object({ name: backupName }) },
  'app:info': { request: z.undefined() },
} as const satisfies Record<InvokeChannel, { request: z.ZodType }>;

export type Channel = keyof typeof contract;
export type RequestOf<C extends Channel> = z.infer<(typeof contract)[C]['request']>;

import type { AppInfo, BackupEntry, OpenedFile, OpenedFiles, SaveFileResult } from '../platform';

export interface ResponseMap {
  'file:save': SaveFileResult;
  'file:open': OpenedFile | null;
  'file:openMany': OpenedFiles;
  'print:print': void;
  'print:pdf': SaveFileResult;
  'backup:list': BackupEntry[];
  'backup:write': BackupEntry;
  'backup:read': Uint8Array;
  'app:info': AppInfo;
}

/**
 * What the preload exposes as `window.uniondesk`: one function per channel, plus
 * `onMenuCommand`, which subscribes to the application menu's commands (main → renderer)
 * and returns the function that unsubscribes.
 */
export type UnionDeskBridge = {
  [C in Channel]: RequestOf<C> extends undefined
    ? () => Promise<ResponseMap[C]>
    : (req: RequestOf<C>) => Promise<ResponseMap[C]>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

export { BRIDGE_KEY };
export type { MenuCommand };
