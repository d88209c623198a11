import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, MENU_COMMAND_CHANNEL } from '../shared/ipc/channels';
import { CSP } from '../shared/ipc/csp';

type Listener = (...args: unknown[]) => unknown;

const e = vi.hoisted(() => {
  const state = {
    gotLock: true,
    isPackaged: true,
    userData: '',
    appListeners: new Map<string, Listener>(),
    windows: [] as Array<{
      options: Record<string, unknown>;
      loaded: string[];
      minimized: boolean;
      calls: string[];
      webContents: { send: ReturnType<typeof vi.fn> };
      listeners: Map<string, Listener>;
    }>,
    handled: [] as string[],
    menuTemplate: null as unknown,
    headerHandler: null as Listener | null,
    quit: 0,
    /** Start-up steps in order: scheme registration, ready, protocol handlers. */
    steps: [] as string[],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, Listener>(),
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    static fromWebContents = () => null;
    options: Record<string, unknown>;
    loaded: string[] = [];
    minimized = true;
    calls: string[] = [];
    webContents = { send: vi.fn() };
    listeners = new Map<string, Listener>();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      e.windows.push(this);
    }
    on(event: string, fn: Listener) {
      this.listeners.set(event, fn);
      return this;
    }
    once(event: string, fn: Listener) {
      return this.on(event, fn);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.calls.push('restore');
    }
    show() {
      this.calls.push('show');
    }
    focus() {
      this.calls.push('focus');
    }
    maximize() {
      this.calls.push('maximize');
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    isMaximized() {
      return false;
    }
  }
  return {
    BrowserWindow,
    app: {
      get isPackaged() {
        return e.isPackaged;
      },
      requestSingleInstanceLock: () => e.gotLock,
      quit: () => {
        e.quit++;
      },
      on: (event: string, fn: Listener) => e.appListeners.set(event, fn),
      whenReady: () => Promise.resolve().then(() => e.steps.push('ready')),
      getPath: (name: string) => join(e.userData, name),
      getVersion: () => '0.1.0',
      setAppUserModelId: vi.fn(),
      enableSandbox: vi.fn(),
    },
    ipcMain: { handle: (channel: string) => e.handled.push(channel) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        e.steps.push('registerSchemesAsPrivileged');
        e.schemes.push(...schemes);
      },
      handle: (scheme: string, fn: Listener) => {
        e.steps.push(`handle ${scheme}`);
        e.protocolHandlers.set(scheme, fn);
      },
    },
    Menu: { buildFromTemplate: (t: unknown) => (e.menuTemplate = t), setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: {
          onBeforeRequest: vi.fn(),
          onHeadersReceived: (fn: Listener) => (e.headerHandler = fn),
        },
      },
    },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })), showErrorBox: vi.fn() },
    shell: { openPath: vi.fn(async () => '') },
  };
});

async function startMain() {
  vi.resetModules();
  await import('./main');
  if (e.gotLock) await vi.waitFor(() => expect(e.windows[0]?.loaded.length).toBe(1));
}

describe('main process start-up', () => {
  beforeEach(async () => {
    e.gotLock = true;
    e.isPackaged = true;
    e.userData = await mkdtemp(join(tmpdir(), 'uniondesk-main-'));
    e.appListeners.clear();
    e.windows.length = 0;
    e.handled.length = 0;
    e.menuTemplate = null;
    e.headerHandler = null;
    e.quit = 0;
    e.steps.length = 0;
    e.schemes.length = 0;
    e.protocolHandlers.clear();
    delete process.env.ELECTRON_RENDERER_URL;
  });
  afterEach(async () => {
    await rm(e.userData, { recursive: true, force: true });
  });

  it('opens one sandboxed, isolated window with the preload and the built page', async () => {
    await startMain();
    expect(e.windows).toHaveLength(1);
    const win = e.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[\\/]preload\.cjs$/,
    );
    expect(win.loaded).toEqual(['app://uniondesk/index.html']);
    expect(win.options.title).toBe('工会台账');
  });

  it('registers app:// as a privileged scheme before ready, then serves the built renderer', async () => {
    await startMain();
    expect(e.steps.slice(0, 3)).toEqual(['registerSchemesAsPrivileged', 'ready', 'handle app']);
    expect(e.schemes).toEqual([
      {
        scheme: 'app',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: true,
          allowServiceWorkers: false,
          stream: true,
          codeCache: true,
        },
      },
    ]);
    const serve = e.protocolHandlers.get('app')!;
    const outside = (await serve({
      url: 'app://uniondesk/../main/main.js',
      method: 'GET',
    })) as Response;
    expect(outside.status).toBe(404);
    // out/renderer is not built for unit tests; a missing file is a 404, never a throw.
    const missing = (await serve({
      url: 'app://uniondesk/nothing-here.js',
      method: 'GET',
    })) as Response;
    expect(missing.status).toBe(404);
  });

  it('registers every IPC channel and the Chinese menu', async () => {
    await startMain();
    expect([...e.handled].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect((e.menuTemplate as Array<{ label: string }>).map((m) => m.label)).toEqual([
      '文件(&F)',
      '编辑(&E)',
      '视图(&V)',
      '帮助(&H)',
    ]);
  });

  it('sends the CSP header in the installed app', async () => {
    await startMain();
    const cb = vi.fn();
    e.headerHandler?.({ responseHeaders: {} }, cb);
    expect(cb).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CSP] } });
  });

  it('loads the dev server in dev, without the CSP header', async () => {
    e.isPackaged = false;
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    await startMain();
    expect(e.windows[0]?.loaded).toEqual(['http://localhost:5173']);
    expect(e.headerHandler).toBeNull();
    expect(e.protocolHandlers.size).toBe(0); // app:// serves nothing in dev
  });

  it('brings the existing window forward when the app is started a second time', async () => {
    await startMain();
    e.appListeners.get('second-instance')?.();
    expect(e.windows[0]?.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('quits at once when another copy is already running', async () => {
    e.gotLock = false;
    await startMain();
    expect(e.quit).toBe(1);
    expect(e.windows).toHaveLength(0);
  });

  it('shows the version in 关于工会台账', async () => {
    const { dialog } = await import('electron');
    await startMain();
    const help = (
      e.menuTemplate as Array<{
        label: string;
        submenu: Array<{ label?: string; click?: () => void }>;
      }>
    ).find((m) => m.label.startsWith('帮助'))!.submenu;
    help.find((i) => i.label === '关于工会台账')?.click?.();
    expect(dialog.showMessageBox).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({
        title: '关于工会台账',
        detail: expect.stringContaining('版本：0.1.0'),
      }),
    );
  });

  it('passes menu commands to the window', async () => {
    await startMain();
    const file = (
      e.menuTemplate as Array<{ submenu: Array<{ label?: string; click?: () => void }> }>
    )[0]!.submenu;
    file.find((i) => i.label === '备份全部数据')?.click?.();
    expect(e.windows[0]?.webContents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'backup-now');
  });

  it('opens the backups folder, but not when it is a link to somewhere else', async () => {
    const { dialog, shell } = await import('electron');
    await startMain();
    const openFolder = () =>
      (e.menuTemplate as Array<{ submenu: Array<{ label?: string; click?: () => void }> }>)
        .flatMap((m) => m.submenu)
        .find((i) => i.label === '打开备份文件夹')!.click!();
    const dir = join(e.userData, 'userData', 'backups');

    openFolder();
    await vi.waitFor(() => expect(shell.openPath).toHaveBeenLastCalledWith(dir));

    vi.mocked(shell.openPath).mockClear();
    await rm(dir, { recursive: true });
    await mkdir(join(e.userData, 'elsewhere'));
    await symlink(join(e.userData, 'elsewhere'), dir, 'dir');
    openFolder();
    await vi.waitFor(() =>
      expect(dialog.showErrorBox).toHaveBeenLastCalledWith(
        '打开备份文件夹失败',
        expect.stringContaining('是一个链接'),
      ),
    );
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});
