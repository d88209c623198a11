import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import zhCNLocale from 'zod/v4/locales/zh-CN.js';
import {
  contract,
  type Channel,
  type RequestOf,
  type ResponseMap,
} from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/channels';
import { UserFacingError, errorCode, userMessage } from './errors';

/** What a handler may know about its caller: the page's webContents (for printing, dialogs). */
export interface HandlerContext {
  sender: IpcMainInvokeEvent['sender'];
}

export type Handler<C extends Channel> = (
  req: RequestOf<C>,
  ctx: HandlerContext,
) => Promise<ResponseMap[C]> | ResponseMap[C];

/** One handler per channel: the type makes a missing or misspelled channel a compile error. */
export type Handlers = { [C in Channel]: Handler<C> };

/** The part of `ipcMain` we use, so tests can pass a fake. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

export interface HandleOptions {
  ipcMain: IpcMainLike;
  /** Whether an IPC call comes from our window showing our app (see trustedSender.ts). */
  isTrustedSender(event: IpcMainInvokeEvent): boolean;
  /** Where failures are reported; never given messages, paths or payloads. */
  log?(line: string): void;
}

/** What each channel does, in the user's words, for error messages: 「保存文件失败：…」. */
export const CHANNEL_ACTIONS: Record<Channel, string> = {
  'file:save': '保存文件',
  'file:open': '打开文件',
  'file:openMany': '打开多个文件',
  'print:print': '打印',
  'print:pdf': '导出 PDF',
  'backup:list': '读取备份列表',
  'backup:write': '写入备份',
  'backup:read': '读取备份',
  'app:info': '读取程序信息',
};

const zhCN = zhCNLocale().localeError;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}：${i.message}` : i.message))
    .join('；');
}

/**
 * Registers `fn` for `channel`. Before `fn` runs, the caller must be our own page and the
 * request must match the channel's schema; the outcome travels as an `IpcResult` so the
 * renderer sees exactly the Chinese message.
 */
export function createHandle(opts: HandleOptions) {
  const log = opts.log ?? ((line: string) => console.error(line));
  return function handle<C extends Channel>(channel: C, fn: Handler<C>): void {
    const action = CHANNEL_ACTIONS[channel];
    opts.ipcMain.handle(channel, async (event, ...args): Promise<IpcResult<ResponseMap[C]>> => {
      try {
        if (!opts.isTrustedSender(event)) {
          log(`[ipc] ${channel}: rejected a call from an untrusted sender`);
          throw new UserFacingError(`${action}被拒绝：请求不是来自本程序的窗口`);
        }
        if (args.length > 1)
          throw new UserFacingError(`${action}失败：请求参数不正确（参数个数过多）`);
        const parsed = contract[channel].request.safeParse(args[0], { error: zhCN });
        if (!parsed.success)
          throw new UserFacingError(
            `${action}失败：请求参数不正确（${describeIssues(parsed.error)}）`,
          );
        const value = await fn(parsed.data as RequestOf<C>, { sender: event.sender });
        return { ok: true, value };
      } catch (err) {
        if (!(err instanceof UserFacingError))
          log(
            `[ipc] ${channel} failed: ${errorCode(err) ?? (err instanceof Error ? err.name : typeof err)}`,
          );
        return { ok: false, message: userMessage(action, err) };
      }
    });
  };
}

export function registerHandlers(
  handle: ReturnType<typeof createHandle>,
  handlers: Handlers,
): void {
  for (const channel of Object.keys(handlers) as Channel[]) {
    // The mapped type pairs each channel with its own handler; TS cannot follow that through a loop.
    handle(channel, handlers[channel] as Handler<typeof channel>);
  }
}
