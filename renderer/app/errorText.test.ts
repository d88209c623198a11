import { describe, expect, it } from 'vitest';
import { INTERNAL_FAILURE, failureText, isInternalError } from './errorText';
import { BatchConflictError } from '../../shared/db';

describe('failureText', () => {
  it('says what failed and then the error’s own Chinese message', () => {
    expect(failureText('删除活动失败', new Error('找不到这个活动，可能已被删除。'))).toEqual({
      title: '删除活动失败',
      message: '找不到这个活动，可能已被删除。',
    });
  });

  it('never shows an English internal message or a stack, but a Chinese sentence', () => {
    const err = new TypeError("Cannot read properties of undefined (reading 'id')");
    const text = failureText('保存会员失败', err);
    expect(text.message).toBe(INTERNAL_FAILURE);
    expect(text.message).not.toMatch(/[A-Za-z]/);
    expect(isInternalError(err)).toBe(true);
  });

  it('tells a full disk from other database errors, also when Dexie wraps it', () => {
    const quota = Object.assign(new Error('QuotaExceededError: The quota has been exceeded.'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError', message: 'The quota has been exceeded.' },
    });
    expect(failureText('导入失败', quota).message).toContain('磁盘空间不足');
  });

  it('reads the Chinese message out of a failed call to the main process', () => {
    const err = new Error(
      "Error invoking remote method 'print:pdf': Error: 导出 PDF 失败：无法生成 PDF，请重试",
    );
    expect(failureText('导出 PDF 失败', err)).toEqual({
      title: '导出 PDF 失败',
      message: '无法生成 PDF，请重试',
    });
  });

  it('keeps a refused undo’s explanation of what conflicts', () => {
    expect(failureText('无法撤销', new BatchConflictError(2)).message).toBe(
      '有 2 条记录在这次操作之后又被修改过，撤销会覆盖这些后来的修改。',
    );
  });

  it('takes a thrown Chinese string as it is', () => {
    expect(failureText('复制失败', '模板不存在').message).toBe('模板不存在');
  });
});
