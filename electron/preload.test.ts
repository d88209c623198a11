import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, INVOKE_CHANNELS, MENU_COMMAND_CHANNEL } from '../shared/ipc/channels';
import type { UnionDeskBridge } from '../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, req?: unknown) => Promise<unknown>>(),
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, fn: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(fn);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, fn: (...args: unknown[]) => void) =>
      electron.listeners.get(channel)?.delete(fn),
  },
}));

async function loadBridge(): Promise<UnionDeskBridge> {
  vi.resetModules();
  electron.exposed.clear();
  await import('./preload');
  return electron.exposed.get(BRIDGE_KEY) as UnionDeskBridge;
}

function emitMenu(command: unknown) {
  for (const fn of electron.listeners.get(MENU_COMMAND_CHANNEL) ?? []) fn({}, command);
}

describe('preload bridge', () => {
  beforeEach(() => {
    electron.invoke.mockReset();
    electron.listeners.clear();
  });

  it('exposes one function per channel plus onMenuCommand, and nothing of ipcRenderer', async () => {
    const bridge = await loadBridge();
    expect(Object.keys(bridge).sort()).toEqual([...INVOKE_CHANNELS, 'onMenuCommand'].sort());
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipcRenderer|send|invoke/);
  });

  it('invokes the channel with the request and returns the value', async () => {
    const bridge = await loadBridge();
    electron.invoke.mockResolvedValue({ ok: true, value: { saved: false } });
    const req = { suggestedName: '花名册.xlsx', data: new Uint8Array([1]) };
    await expect(bridge['file:save'](req)).resolves.toEqual({ saved: false });
    expect(electron.invoke).toHaveBeenCalledWith('file:save', req);
  });

  it('throws a plain Error carrying just the Chinese message on failure', async () => {
    const bridge = await loadBridge();
    electron.invoke.mockResolvedValue({
      ok: false,
      message: '读取备份失败：备份文件夹里没有「x.uniondesk」',
    });
    await expect(bridge['backup:read']({ name: 'x.uniondesk' })).rejects.toThrow(
      /^读取备份失败：备份文件夹里没有「x.uniondesk」$/,
    );
  });

  it('passes known menu commands to the subscriber until it unsubscribes', async () => {
    const bridge = await loadBridge();
    const seen: string[] = [];
    const off = bridge.onMenuCommand((c) => seen.push(c));
    emitMenu('backup-now');
    emitMenu('rm -rf');
    emitMenu({ evil: true });
    emitMenu('restore-backup');
    off();
    emitMenu('print');
    expect(seen).toEqual(['backup-now', 'restore-backup']);
  });
});
