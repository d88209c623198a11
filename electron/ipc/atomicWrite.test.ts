import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from './atomicWrite';
import { useTempDirs } from './testDir';

vi.mock('node:fs/promises', { spy: true });

const tempDir = useTempDirs();

describe('writeFileAtomic', () => {
  it('writes the whole content to a temporary file beside the target, then renames it into place', async () => {
    const dir = await tempDir();
    const target = join(dir, '备份.uniondesk');
    vi.mocked(fs.rename).mockClear();
    await writeFileAtomic(target, new TextEncoder().encode('header\nbody'));

    const [from, to] = vi.mocked(fs.rename).mock.calls.at(-1) ?? [];
    expect(to).toBe(target);
    expect(String(from).startsWith(join(dir, '.备份.uniondesk.'))).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('header\nbody');
    expect(await readdir(dir)).toEqual(['备份.uniondesk']);
  });

  it('keeps the old file and removes the temporary one when the final step fails', async () => {
    const dir = await tempDir();
    const target = join(dir, 'x.uniondesk');
    await writeFile(target, 'old');
    vi.mocked(fs.rename).mockRejectedValueOnce(Object.assign(new Error('busy'), { code: 'EBUSY' }));

    await expect(writeFileAtomic(target, new TextEncoder().encode('new'))).rejects.toMatchObject({
      code: 'EBUSY',
    });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['x.uniondesk']);
  });

  it('fails without touching anything when the folder does not accept the file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'folder-in-the-way');
    await mkdir(join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['folder-in-the-way']);
  });
});
