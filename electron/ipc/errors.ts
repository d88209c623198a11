/**
 * An error whose message is meant for the user: Chinese, says what is wrong and where,
 * and holds no file contents or personal data. Handlers throw it; anything else that
 * escapes a handler is turned into a generic Chinese message by `userMessage`.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

/** What the user sees when a handler fails, by Node's error code. */
const MESSAGES_BY_CODE: Record<string, string> = {
  ENOENT: '找不到该文件或文件夹，可能已被移动或删除',
  EACCES: '没有权限访问该位置，请换一个文件夹或以有权限的账户运行',
  EPERM: '没有权限访问该位置，请换一个文件夹或以有权限的账户运行',
  EBUSY: '文件正被其他程序（如 Excel 或 WPS）占用，请关闭后重试',
  ENOSPC: '磁盘空间不足，请清理后重试',
  EROFS: '该位置是只读的（如写保护的 U 盘），请换一个位置',
  EISDIR: '选中的是文件夹而不是文件',
  ENAMETOOLONG: '文件路径太长，请换一个较短的文件夹或文件名',
};

export function errorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string')
    return err.code;
  return undefined;
}

/** `action` names what was being done, e.g. 「保存文件」. */
export function userMessage(action: string, err: unknown): string {
  if (err instanceof UserFacingError) return err.message;
  const code = errorCode(err);
  const reason = (code && MESSAGES_BY_CODE[code]) ?? '发生了意外错误，请重试；如仍失败请重启程序';
  return `${action}失败：${reason}`;
}
