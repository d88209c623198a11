import type { IpcMainInvokeEvent } from 'electron';
import type { IpcMainLike } from './handle';

/** A stand-in for ipcMain that lets a test call a registered channel like the renderer would. */
export function fakeIpcMain() {
  const listeners = new Map<
    string,
    (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>
  >();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`registered twice: ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const invoke = (channel: string, event: Partial<IpcMainInvokeEvent>, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event as IpcMainInvokeEvent, ...args);
  };
  return { ipcMain, invoke, channels: () => [...listeners.keys()] };
}
