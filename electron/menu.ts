import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/channels';

export interface MenuActions {
  /** Asks the renderer to do something (backup, restore, print). */
  send(command: MenuCommand): void;
  showAbout(): void;
  openBackupFolder(): void;
}

/**
 * The Chinese application menu. Items that need the database (备份, 恢复) or know what is
 * on screen (打印) are sent to the renderer as menu commands; the rest are Electron roles
 * with Chinese labels. 开发者工具 exists only in unpackaged (developer) builds.
 */
export function buildMenuTemplate(
  actions: MenuActions,
  opts: { isPackaged: boolean },
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: '重新载入', role: 'reload' },
    { type: 'separator' },
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  ];
  if (!opts.isPackaged)
    view.push({ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' });

  return [
    {
      label: '文件(&F)',
      submenu: [
        {
          label: '备份全部数据',
          accelerator: 'CmdOrCtrl+Shift+B',
          click: () => actions.send('backup-now'),
        },
        { label: '从备份恢复…', click: () => actions.send('restore-backup') },
        { type: 'separator' },
        { label: '导出年度台账…', click: () => actions.send('export-workbook') },
        { label: '导入年度台账…', click: () => actions.send('import-workbook') },
        { type: 'separator' },
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: () => actions.send('print') },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { type: 'separator' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图(&V)', submenu: view },
    {
      label: '帮助(&H)',
      submenu: [
        { label: '关于工会台账', click: () => actions.showAbout() },
        { label: '打开备份文件夹', click: () => actions.openBackupFolder() },
      ],
    },
  ];
}
