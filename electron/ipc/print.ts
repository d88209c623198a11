import type { WebContentsPrintOptions, PrintToPDFOptions } from 'electron';
import type { Handlers, HandlerContext } from './handle';
import { UserFacingError } from './errors';
import { saveWithDialog, type Dialogs } from './files';
import { FORBIDDEN_IN_FILE_NAME } from './fileNames';

/** The part of a webContents that printing uses, so tests can pass a fake page. */
export interface PrintablePage {
  print(
    options: WebContentsPrintOptions,
    callback: (success: boolean, failureReason: string) => void,
  ): void;
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

export interface PrintDeps {
  dialogsFor(sender: HandlerContext['sender']): Dialogs;
  documentsDir: string;
  /** The page to print: the window that asked. Main passes `(sender) => sender`. */
  pageOf(sender: HandlerContext['sender']): PrintablePage;
}

/** Chromium's reason when the user closes the print dialog without printing. */
const USER_CANCELLED = /cancel/i;

const FAILURE_MESSAGES: Record<string, string> = {
  'Invalid printer settings': '打印失败：打印机设置无效，请检查所选打印机与纸张',
  'Print job failed': '打印失败：打印机未能完成任务，请检查打印机是否连接、有纸',
};

/**
 * Opens the system print dialog (with preview) for the page and resolves once the job is
 * sent or the user cancelled; rejects with a Chinese message when printing fails.
 */
export function printPage(page: PrintablePage, landscape: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    page.print({ silent: false, printBackground: true, landscape }, (success, failureReason) => {
      if (success || USER_CANCELLED.test(failureReason)) resolve();
      else
        reject(
          new UserFacingError(
            FAILURE_MESSAGES[failureReason] ?? '打印失败：系统打印服务出错，请重试或换一台打印机',
          ),
        );
    });
  });
}

/** A title turned into a file name Windows accepts. */
export function pdfFileName(title: string): string {
  const safe = title
    .replace(FORBIDDEN_IN_FILE_NAME, '_')
    .replace(/[. ]+$/, '')
    .trim();
  return `${safe || '打印'}.pdf`;
}

export function printHandlers(deps: PrintDeps): Pick<Handlers, 'print:print' | 'print:pdf'> {
  return {
    'print:print': (req, { sender }) => printPage(deps.pageOf(sender), req.landscape ?? false),
    'print:pdf': async (req, { sender }) => {
      let data: Uint8Array;
      try {
        data = await deps.pageOf(sender).printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          landscape: req.landscape ?? false,
        });
      } catch {
        throw new UserFacingError('导出 PDF 失败：无法生成 PDF，请重试');
      }
      return saveWithDialog(deps.dialogsFor(sender), deps.documentsDir, {
        title: '保存 PDF',
        suggestedName: pdfFileName(req.title),
        data,
        filters: [{ name: 'PDF 文档', extensions: ['pdf'] }],
      });
    },
  };
}
