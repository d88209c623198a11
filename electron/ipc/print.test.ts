import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pdfFileName, printHandlers, type PrintablePage } from './print';
import type { Dialogs } from './files';
import { useTempDirs } from './testDir';

const tempDir = useTempDirs();
const ctx = { sender: {} as never };

function page(
  outcome: { success: boolean; reason?: string },
  pdf = new Uint8Array([37, 80, 68, 70]),
): PrintablePage & { print: ReturnType<typeof vi.fn> } {
  return {
    print: vi.fn((_opts, cb: (success: boolean, reason: string) => void) =>
      setTimeout(() => cb(outcome.success, outcome.reason ?? ''), 0),
    ),
    printToPDF: vi.fn(async () => pdf),
  };
}

function deps(p: PrintablePage, dialogs: Partial<Dialogs> = {}, documentsDir = '/docs') {
  return {
    pageOf: () => p,
    documentsDir,
    dialogsFor: () => ({
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      ...dialogs,
    }),
  };
}

describe('print:print', () => {
  it('opens the system print dialog with backgrounds and the requested orientation', async () => {
    const p = page({ success: true });
    await printHandlers(deps(p))['print:print']({ title: '签到表', landscape: true }, ctx);
    expect(p.print).toHaveBeenCalledWith(
      { silent: false, printBackground: true, landscape: true },
      expect.any(Function),
    );
  });

  it('resolves quietly when the user cancels the dialog', async () => {
    const p = page({ success: false, reason: 'Print job canceled' });
    await expect(
      printHandlers(deps(p))['print:print']({ title: '签到表' }, ctx),
    ).resolves.toBeUndefined();
  });

  it('rejects with a Chinese message when the printer fails', async () => {
    const p = page({ success: false, reason: 'Print job failed' });
    await expect(printHandlers(deps(p))['print:print']({ title: '签到表' }, ctx)).rejects.toThrow(
      /^打印失败：打印机未能完成任务/,
    );
    const q = page({ success: false, reason: 'Something new' });
    await expect(printHandlers(deps(q))['print:print']({ title: '签到表' }, ctx)).rejects.toThrow(
      /^打印失败：/,
    );
  });
});

describe('print:pdf', () => {
  it('renders the page to PDF and saves it under the title', async () => {
    const dir = await tempDir();
    const target = join(dir, '三八活动签到表.pdf');
    const p = page({ success: true });
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const result = await printHandlers(deps(p, { showSaveDialog }, dir))['print:pdf'](
      { title: '三八活动签到表', landscape: false },
      ctx,
    );

    expect(result).toEqual({ saved: true, path: target });
    expect(p.printToPDF).toHaveBeenCalledWith({
      printBackground: true,
      preferCSSPageSize: true,
      landscape: false,
    });
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join(dir, '三八活动签到表.pdf'),
        filters: expect.arrayContaining([{ name: 'PDF 文档', extensions: ['pdf'] }]),
      }),
    );
    expect(await readFile(target, 'latin1')).toBe('%PDF');
  });

  it('reports saved: false when the user cancels the save dialog', async () => {
    await expect(
      printHandlers(deps(page({ success: true })))['print:pdf']({ title: '名单' }, ctx),
    ).resolves.toEqual({ saved: false });
  });

  it('rejects with a Chinese message when the PDF cannot be made', async () => {
    const p = page({ success: true });
    p.printToPDF = vi.fn(async () => {
      throw new Error('Printing failed');
    });
    await expect(printHandlers(deps(p))['print:pdf']({ title: '名单' }, ctx)).rejects.toThrow(
      '导出 PDF 失败：无法生成 PDF，请重试',
    );
  });

  it('turns a title into a file name Windows accepts', () => {
    expect(pdfFileName('2026/11 会议:签到')).toBe('2026_11 会议_签到.pdf');
    expect(pdfFileName('...')).toBe('打印.pdf');
  });
});
