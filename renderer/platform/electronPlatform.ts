import type { Platform } from '../../shared/platform';
import { BRIDGE_KEY, type UnionDeskBridge } from '../../shared/ipc/contract';

/** The platform inside Electron: every call goes through the preload bridge. */
export function createElectronPlatform(bridge: UnionDeskBridge): Platform {
  const platform = {
    kind: 'electron' as const,
    saveFile: (req) => bridge['file:save'](req),
    openFile: (req) => bridge['file:open'](req),
    openFiles: (req) => bridge['file:openMany'](req),
    print: (req) => bridge['print:print'](req),
    printToPdf: (req) => bridge['print:pdf'](req),
    backups: {
      alsoDownloads: false,
      list: () => bridge['backup:list'](),
      write: (name, data) => bridge['backup:write']({ name, data }),
      read: (name) => bridge['backup:read']({ name }),
    },
    appInfo: () => bridge['app:info'](),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  } satisfies Platform;
  return platform;
}

/** The bridge the preload exposed, when running inside Electron. */
export function findBridge(): UnionDeskBridge | null {
  return (
    ((window as unknown as Record<string, unknown>)[BRIDGE_KEY] as UnionDeskBridge | undefined) ??
    null
  );
}
