import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fileHandlers, readPickedFile, type Dialogs } from './files';
import { useTempDirs } from './testDir';

const tempDir = useTempDirs();
const ctx = { sender: {} as never };

function dialogs(overrides: Partial<Dialogs>): Dialogs {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    ...overrides,
  };
}

describe('file:save', () => {
  it('starts in the Documents folder with the suggested name and writes the bytes where the user chose', async () => {
    const dir = await tempDir();
    const target = join(dir, '花名册_2026-11-21.xlsx');
    const showSaveDialog = vi.fn<Dialogs['showSaveDialog']>(async () => ({
      canceled: false,
      filePath: target,
    }));
    const handlers = fileHandlers({
      dialogsFor: () => dialogs({ showSaveDialog }),
      documentsDir: '/home/u/文档',
    });
    const data = new Uint8Array([80, 75, 3, 4]);
    const filters = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

    await expect(
      handlers['file:save']({ suggestedName: '花名册_2026-11-21.xlsx', data, filters }, ctx),
    ).resolves.toEqual({ saved: true, path: target });

    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/home/u/文档', '花名册_2026-11-21.xlsx') }),
    );
    expect(showSaveDialog.mock.calls[0]?.[0].filters?.[0]).toEqual(filters[0]);
    expect(new Uint8Array(await readFile(target))).toEqual(data);
    expect(await readdir(dir)).toEqual(['花名册_2026-11-21.xlsx']); // no temporary file left behind
  });

  it('replaces an existing file with the new content', async () => {
    const dir = await tempDir();
    const target = join(dir, '名单.xlsx');
    await writeFile(target, 'old content that is longer');
    const handlers = fileHandlers({
      dialogsFor: () =>
        dialogs({ showSaveDialog: async () => ({ canceled: false, filePath: target }) }),
      documentsDir: dir,
    });
    await handlers['file:save'](
      { suggestedName: '名单.xlsx', data: new TextEncoder().encode('new') },
      ctx,
    );
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('reports saved: false and writes nothing when the user cancels', async () => {
    const dir = await tempDir();
    const handlers = fileHandlers({ dialogsFor: () => dialogs({}), documentsDir: dir });
    await expect(
      handlers['file:save']({ suggestedName: 'a.xlsx', data: new Uint8Array([1]) }, ctx),
    ).resolves.toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('file:open', () => {
  it('returns the picked file’s name and bytes', async () => {
    const dir = await tempDir();
    const path = join(dir, '会员名单.xlsx');
    await writeFile(path, Buffer.from([1, 2, 3, 4]));
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [path] }));
    const handlers = fileHandlers({
      dialogsFor: () => dialogs({ showOpenDialog }),
      documentsDir: dir,
    });

    const opened = await handlers['file:open']({ title: '导入花名册' }, ctx);
    expect(opened?.name).toBe('会员名单.xlsx');
    expect(opened?.data).toBeInstanceOf(Uint8Array);
    expect([...(opened?.data ?? [])]).toEqual([1, 2, 3, 4]);
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: '导入花名册', properties: ['openFile'] }),
    );
  });

  it('returns null when the user cancels', async () => {
    const handlers = fileHandlers({ dialogsFor: () => dialogs({}), documentsDir: '/x' });
    await expect(handlers['file:open']({}, ctx)).resolves.toBeNull();
  });

  it('refuses a file over the size cap with a Chinese message naming it', async () => {
    const dir = await tempDir();
    const path = join(dir, '超大文件.xlsx');
    await writeFile(path, Buffer.alloc(3 * 1024 * 1024));
    await expect(readPickedFile(path, 2 * 1024 * 1024)).rejects.toThrow(
      '打开文件失败：「超大文件.xlsx」有 3 MB，超过了 2 MB 的上限',
    );
  });

  it('refuses a folder', async () => {
    const dir = await tempDir();
    await expect(readPickedFile(dir)).rejects.toThrow(/不是普通文件/);
  });
});

describe('file:openMany', () => {
  it('returns every picked file, and names the ones it cannot read instead of failing all', async () => {
    const dir = await tempDir();
    const a = join(dir, '城南小学年度台账2026.xlsx');
    const b = join(dir, '城北中学年度台账2026.xlsx');
    await writeFile(a, Buffer.from([1, 2]));
    await writeFile(b, Buffer.from([3]));
    const gone = join(dir, '已删除.xlsx');
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [a, gone, b] }));
    const handlers = fileHandlers({
      dialogsFor: () => dialogs({ showOpenDialog }),
      documentsDir: dir,
    });
    const opened = await handlers['file:openMany']({ title: '收取台账包' }, ctx);
    expect(opened.files.map((f) => [f.name, [...f.data]])).toEqual([
      ['城南小学年度台账2026.xlsx', [1, 2]],
      ['城北中学年度台账2026.xlsx', [3]],
    ]);
    expect(opened.unreadable).toEqual([{ name: '已删除.xlsx', reason: '无法读取该文件' }]);
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile', 'multiSelections'] }),
    );
  });

  it('returns no files when the user cancels', async () => {
    const handlers = fileHandlers({ dialogsFor: () => dialogs({}), documentsDir: '/x' });
    await expect(handlers['file:openMany']({}, ctx)).resolves.toEqual({
      files: [],
      unreadable: [],
    });
  });
});
