import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FileFilter, OpenedFile, OpenedFiles, SaveFileResult } from '../../shared/platform';
import type { HandlerContext, Handlers } from './handle';
import { UserFacingError } from './errors';
import { writeFileAtomic } from './atomicWrite';

/** The largest file 打开文件 reads (an Excel roster or a backup is far smaller). */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;

/** The dialogs the handlers need, already bound to the calling window by main.ts. */
export interface Dialogs {
  showSaveDialog(opts: {
    title?: string;
    defaultPath: string;
    filters?: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(opts: {
    title?: string;
    filters?: FileFilter[];
    properties: ('openFile' | 'multiSelections')[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileDeps {
  /** Picks the dialogs for the window that asked (so they open over it). */
  dialogsFor(sender: HandlerContext['sender']): Dialogs;
  /** The user's 文档 folder, where save dialogs start. */
  documentsDir: string;
}

const ALL_FILES: FileFilter = { name: '所有文件', extensions: ['*'] };

/** Shows the save dialog starting in 文档 with `suggestedName`, then writes the bytes. */
export async function saveWithDialog(
  dialogs: Dialogs,
  documentsDir: string,
  req: { suggestedName: string; data: Uint8Array; filters?: FileFilter[]; title?: string },
): Promise<SaveFileResult> {
  const result = await dialogs.showSaveDialog({
    title: req.title ?? '保存文件',
    defaultPath: join(documentsDir, req.suggestedName),
    filters: req.filters?.length ? [...req.filters, ALL_FILES] : undefined,
  });
  if (result.canceled || !result.filePath) return { saved: false };
  await writeFileAtomic(result.filePath, req.data);
  return { saved: true, path: result.filePath };
}

/** Reads a file the user picked, refusing anything over `maxBytes` before reading it. */
export async function readPickedFile(path: string, maxBytes = MAX_OPEN_BYTES): Promise<OpenedFile> {
  const name = basename(path);
  const handle = await open(path, 'r');
  try {
    const { size, isFile } = await handle
      .stat()
      .then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (!isFile) throw new UserFacingError(`打开文件失败：「${name}」不是普通文件`);
    if (size > maxBytes) {
      throw new UserFacingError(
        `打开文件失败：「${name}」有 ${Math.ceil(size / 1024 / 1024)} MB，超过了 ${Math.floor(maxBytes / 1024 / 1024)} MB 的上限`,
      );
    }
    const buf = await handle.readFile();
    return { name, data: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) };
  } finally {
    await handle.close();
  }
}

export function fileHandlers(
  deps: FileDeps,
  maxOpenBytes = MAX_OPEN_BYTES,
): Pick<Handlers, 'file:save' | 'file:open' | 'file:openMany'> {
  return {
    'file:save': (req, { sender }) =>
      saveWithDialog(deps.dialogsFor(sender), deps.documentsDir, req),
    'file:open': async (req, { sender }) => {
      const result = await deps.dialogsFor(sender).showOpenDialog({
        title: req.title ?? '打开文件',
        filters: req.filters?.length ? [...req.filters, ALL_FILES] : undefined,
        properties: ['openFile'],
      });
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      return readPickedFile(path, maxOpenBytes);
    },
    'file:openMany': async (req, { sender }) => {
      const result = await deps.dialogsFor(sender).showOpenDialog({
        title: req.title ?? '打开文件',
        filters: req.filters?.length ? [...req.filters, ALL_FILES] : undefined,
        properties: ['openFile', 'multiSelections'],
      });
      const out: OpenedFiles = { files: [], unreadable: [] };
      if (result.canceled) return out;
      let total = 0;
      for (const path of result.filePaths) {
        try {
          const file = await readPickedFile(path, maxOpenBytes);
          total += file.data.byteLength;
          // One reply carries every file: stop short of what one IPC message should hold.
          if (total > maxOpenBytes)
            out.unreadable.push({ name: file.name, reason: '一次选择的文件合计过大，请分批导入' });
          else out.files.push(file);
        } catch (e) {
          out.unreadable.push({
            name: basename(path),
            reason: e instanceof UserFacingError ? e.message : '无法读取该文件',
          });
        }
      }
      return out;
    },
  };
}
