import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_KEY,
  MENU_COMMAND_CHANNEL,
  isMenuCommand,
  type InvokeChannel,
  type IpcResult,
  type MenuCommand,
} from '../shared/ipc/channels';
import type { UnionDeskBridge } from '../shared/ipc/contract';

// Sandboxed preload (CommonJS): it imports only `electron` and shared/ipc/channels.ts, never
// zod or Node modules. The renderer gets one function per channel, never ipcRenderer.

async function invoke<T>(channel: InvokeChannel, req?: unknown): Promise<T> {
  const result = (await ipcRenderer.invoke(channel, req)) as IpcResult<T>;
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const bridge = {
  'file:save': (req) => invoke('file:save', req),
  'file:open': (req) => invoke('file:open', req),
  'file:openMany': (req) => invoke('file:openMany', req),
  'print:print': (req) => invoke('print:print', req),
  'print:pdf': (req) => invoke('print:pdf', req),
  'backup:list': () => invoke('backup:list'),
  'backup:write': (req) => invoke('backup:write', req),
  'backup:read': (req) => invoke('backup:read', req),
  'app:info': () => invoke('app:info'),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const onMessage = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, onMessage);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, onMessage);
    };
  },
} satisfies UnionDeskBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
