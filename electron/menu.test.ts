import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';

function actions() {
  return { send: vi.fn(), showAbout: vi.fn(), openBackupFolder: vi.fn() };
}

function submenu(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const top = template.find((m) => m.label?.startsWith(label));
  if (!top) throw new Error(`no menu ${label}`);
  return top.submenu as MenuItemConstructorOptions[];
}

const labels = (items: MenuItemConstructorOptions[]) =>
  items.filter((i) => i.type !== 'separator').map((i) => i.label);

function click(items: MenuItemConstructorOptions[], label: string) {
  const item = items.find((i) => i.label === label);
  (item?.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has the Chinese menus and items', () => {
    const t = buildMenuTemplate(actions(), { isPackaged: false });
    expect(t.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(labels(submenu(t, '文件'))).toEqual([
      '备份全部数据',
      '从备份恢复…',
      '导出年度台账…',
      '导入年度台账…',
      '打印…',
      '退出',
    ]);
    expect(labels(submenu(t, '编辑'))).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选']);
    expect(labels(submenu(t, '视图'))).toEqual([
      '重新载入',
      '实际大小',
      '放大',
      '缩小',
      '全屏',
      '开发者工具',
    ]);
    expect(labels(submenu(t, '帮助'))).toEqual(['关于工会台账', '打开备份文件夹']);
  });

  it('has no developer tools in the installed app', () => {
    const t = buildMenuTemplate(actions(), { isPackaged: true });
    expect(labels(submenu(t, '视图'))).not.toContain('开发者工具');
    expect(JSON.stringify(t)).not.toMatch(/DevTools/i);
  });

  it('sends backup, restore and print to the renderer', () => {
    const a = actions();
    const file = submenu(buildMenuTemplate(a, { isPackaged: true }), '文件');
    click(file, '备份全部数据');
    click(file, '从备份恢复…');
    click(file, '打印…');
    expect(a.send.mock.calls).toEqual([['backup-now'], ['restore-backup'], ['print']]);
  });

  it('sends 导出年度台账 and 导入年度台账 to the renderer', () => {
    const a = actions();
    const file = submenu(buildMenuTemplate(a, { isPackaged: true }), '文件');
    click(file, '导出年度台账…');
    click(file, '导入年度台账…');
    expect(a.send.mock.calls).toEqual([['export-workbook'], ['import-workbook']]);
  });

  it('opens the about box and the backup folder from 帮助', () => {
    const a = actions();
    const help = submenu(buildMenuTemplate(a, { isPackaged: true }), '帮助');
    click(help, '关于工会台账');
    click(help, '打开备份文件夹');
    expect(a.showAbout).toHaveBeenCalledOnce();
    expect(a.openBackupFolder).toHaveBeenCalledOnce();
  });

  it('quits through the standard role', () => {
    const file = submenu(buildMenuTemplate(actions(), { isPackaged: true }), '文件');
    expect(file.find((i) => i.label === '退出')?.role).toBe('quit');
  });
});
