import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { createHandle, registerHandlers } from './handle';
import { createHandlers } from './handlers';
import { UserFacingError } from './errors';
import { fakeIpcMain } from './testIpc';

const trusted = { sender: {} as never, senderFrame: { url: 'file:///app/index.html' } as never };

function setup(isTrusted = true) {
  const fake = fakeIpcMain();
  const log = vi.fn<(line: string) => void>();
  const handle = createHandle({ ipcMain: fake.ipcMain, isTrustedSender: () => isTrusted, log });
  return { ...fake, handle, log };
}

describe('handle', () => {
  it('runs the handler with the validated request and wraps its answer', async () => {
    const { handle, invoke } = setup();
    const fn = vi.fn(() => ({ saved: false as const }));
    handle('file:save', fn);
    const data = new Uint8Array([1, 2, 3]);
    await expect(
      invoke('file:save', trusted, { suggestedName: '花名册.xlsx', data }),
    ).resolves.toEqual({ ok: true, value: { saved: false } });
    expect(fn).toHaveBeenCalledWith(
      { suggestedName: '花名册.xlsx', data },
      { sender: trusted.sender },
    );
  });

  it('rejects a request of the wrong shape before the handler runs, in Chinese', async () => {
    const { handle, invoke } = setup();
    const fn = vi.fn();
    handle('print:print', fn);
    const result = (await invoke('print:print', trusted, { title: 42 })) as {
      ok: false;
      message: string;
    };
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^打印失败：请求参数不正确（title：/);
    expect(result.message).not.toMatch(/Invalid|expected/);
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects extra arguments and data that is not bytes', async () => {
    const { handle, invoke } = setup();
    const fn = vi.fn();
    handle('backup:write', fn);
    const bad1 = (await invoke('backup:write', trusted, { name: 'a.uniondesk', data: 'text' })) as {
      ok: boolean;
      message: string;
    };
    expect(bad1.message).toContain('应为二进制数据');
    handle('backup:list', fn);
    const bad3 = (await invoke('backup:list', trusted, undefined, 'extra')) as {
      ok: boolean;
      message: string;
    };
    expect(bad3).toEqual({
      ok: false,
      message: '读取备份列表失败：请求参数不正确（参数个数过多）',
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects backup names that try to leave the backup folder', async () => {
    const { handle, invoke } = setup();
    const fn = vi.fn();
    handle('backup:read', fn);
    for (const name of [
      '../x.uniondesk',
      '..\\x.uniondesk',
      'a/b.uniondesk',
      'C:x.uniondesk',
      '..uniondesk',
      'notes.txt',
      '',
    ]) {
      const result = (await invoke('backup:read', trusted, { name })) as { ok: boolean };
      expect(result.ok, name).toBe(false);
    }
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects oversized data', async () => {
    const { handle, invoke } = setup();
    const fn = vi.fn();
    handle('file:save', fn);
    // A typed array that claims to be larger than the cap without allocating it.
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: 513 * 1024 * 1024 });
    const result = (await invoke('file:save', trusted, {
      suggestedName: 'a.xlsx',
      data: huge,
    })) as { ok: boolean; message: string };
    expect(result.message).toContain('文件过大');
    expect(fn).not.toHaveBeenCalled();
  });

  it('refuses calls from an untrusted sender without running the handler', async () => {
    const { handle, invoke, log } = setup(false);
    const fn = vi.fn();
    handle('app:info', fn);
    await expect(invoke('app:info', trusted)).resolves.toEqual({
      ok: false,
      message: '读取程序信息被拒绝：请求不是来自本程序的窗口',
    });
    expect(fn).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it('passes a UserFacingError message through unchanged', async () => {
    const { handle, invoke, log } = setup();
    handle('backup:list', () => {
      throw new UserFacingError('读取备份列表失败：备份文件夹不可用');
    });
    await expect(invoke('backup:list', trusted)).resolves.toEqual({
      ok: false,
      message: '读取备份列表失败：备份文件夹不可用',
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('turns system errors into Chinese messages and logs only the error code, never paths or data', async () => {
    const { handle, invoke, log } = setup();
    handle('backup:write', () => {
      throw Object.assign(
        new Error("EBUSY: resource busy, open 'C:\\Users\\张三\\backups\\x.uniondesk'"),
        { code: 'EBUSY' },
      );
    });
    const result = await invoke('backup:write', trusted, {
      name: '工会台账备份_2026.uniondesk',
      data: new TextEncoder().encode('110101199003071234'),
    });
    expect(result).toEqual({
      ok: false,
      message: '写入备份失败：文件正被其他程序（如 Excel 或 WPS）占用，请关闭后重试',
    });
    expect(log).toHaveBeenCalledWith('[ipc] backup:write failed: EBUSY');
    const logged = log.mock.calls.flat().join('\n');
    expect(logged).not.toContain('张三');
    expect(logged).not.toContain('110101199003071234');
  });

  it('registers every channel of the contract exactly once', () => {
    const { ipcMain, channels } = fakeIpcMain();
    const handle = createHandle({ ipcMain, isTrustedSender: () => true });
    registerHandlers(
      handle,
      createHandlers({
        dialogsFor: () => ({}) as never,
        documentsDir: '/docs',
        backupDir: '/backups',
        version: '1.0.0',
      }),
    );
    expect(channels().sort()).toEqual([...INVOKE_CHANNELS].sort());
  });
});
