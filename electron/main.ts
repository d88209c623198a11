import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from '../shared/ipc/csp';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/channels';
import { isAllowedRequest, isAppUrl, rendererSource, rendererUrl } from './appUrl';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './appScheme';
import { serveAppFile } from './appProtocol';
import { buildMenuTemplate } from './menu';
import { guardSession, guardWebContents } from './security';
import {
  WINDOW_STATE_FILE,
  MIN_SIZE,
  keepWindowState,
  loadWindowState,
  restoreWindowState,
} from './windowState';
import { createHandle, registerHandlers } from './ipc/handle';
import { createTrustedSenderCheck } from './ipc/trustedSender';
import { createHandlers } from './ipc/handlers';
import { APP_NAME } from './ipc/app';
import { ensureBackupDir } from './ipc/backups';
import { userMessage } from './ipc/errors';

const APP_ID = 'cn.uniondesk.app';
const source = rendererSource(
  process.env.ELECTRON_RENDERER_URL,
  app.isPackaged,
  fileURLToPath(new URL('../renderer', import.meta.url)),
);
const preloadPath = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));
const isOurs = (url: string) => isAppUrl(url, source);

let mainWindow: BrowserWindow | null = null;

function backupDir(): string {
  return join(app.getPath('userData'), 'backups');
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: '关于工会台账',
    message: `${APP_NAME} ${app.getVersion()}`,
    detail: `版本：${app.getVersion()}\n数据只保存在本机，不联网。\n备份文件夹：${backupDir()}`,
    buttons: ['确定'],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function openBackupFolder(): Promise<void> {
  try {
    await ensureBackupDir(backupDir()); // never opens what a link points to
  } catch (err) {
    dialog.showErrorBox('打开备份文件夹失败', userMessage('打开备份文件夹', err));
    return;
  }
  const error = await shell.openPath(backupDir());
  if (error)
    dialog.showErrorBox('打开备份文件夹失败', `无法打开备份文件夹，请手动前往：\n${backupDir()}`);
}

async function createMainWindow(): Promise<void> {
  const statePath = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const state = restoreWindowState(await loadWindowState(statePath), workAreas);

  mainWindow = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  keepWindowState(mainWindow, statePath);
  mainWindow.once('ready-to-show', () => {
    if (state.maximized) mainWindow?.maximize();
    mainWindow?.show();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(rendererUrl(source));
}

function dialogsFor(sender: WebContents) {
  const parent = BrowserWindow.fromWebContents(sender);
  return {
    showSaveDialog: (opts: Electron.SaveDialogOptions) =>
      parent ? dialog.showSaveDialog(parent, opts) : dialog.showSaveDialog(opts),
    showOpenDialog: (opts: Electron.OpenDialogOptions) =>
      parent ? dialog.showOpenDialog(parent, opts) : dialog.showOpenDialog(opts),
  };
}

function start(): void {
  app.setAppUserModelId(APP_ID);
  app.enableSandbox();
  // Must happen before ready, once: app:// becomes a secure standard origin.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
  ]);

  // Every webContents (the window, and anything it might try to open) gets the same guards.
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, { isAppUrl: isOurs }),
  );

  void app.whenReady().then(async () => {
    guardSession(session.defaultSession, {
      isAppUrl: isOurs,
      isAllowedRequest: (url) => isAllowedRequest(url, source),
      csp: source.kind === 'app' ? CSP : null,
    });
    // The built renderer folder, and nothing else, behind app://uniondesk/ (not in dev).
    if (source.kind === 'app') {
      const root = source.root;
      protocol.handle(APP_SCHEME, (request) => serveAppFile(request, root, CSP));
    }

    const handle = createHandle({
      ipcMain,
      isTrustedSender: createTrustedSenderCheck(() => mainWindow?.webContents, isOurs),
    });
    registerHandlers(
      handle,
      createHandlers({
        dialogsFor,
        documentsDir: app.getPath('documents'),
        backupDir: backupDir(),
        version: app.getVersion(),
      }),
    );

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          { send: sendMenuCommand, showAbout, openBackupFolder: () => void openBackupFolder() },
          { isPackaged: app.isPackaged },
        ),
      ),
    );

    await createMainWindow().catch(() => {
      dialog.showErrorBox(
        '工会台账无法启动',
        '程序界面加载失败。请重新安装工会台账；您的数据保存在本机，不会因重新安装而丢失。',
      );
      app.quit();
    });
  });

  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
}

// One copy at a time: two windows writing the same IndexedDB would fight over it.
if (app.requestSingleInstanceLock()) start();
else app.quit();
