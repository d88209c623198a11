/**
 * How a failure reads to the chair. Pure, so it is tested without a screen: the title says
 * what failed (「删除活动失败」); the message is the error's own words when it has Chinese
 * ones (our stores and the main process throw such errors on purpose), otherwise a plain
 * Chinese sentence — never a stack, never an English internal message.
 */

const HAN = /[\u3400-\u9fff]/;

/** Internal errors the chair can do something about, by their name (IndexedDB, Dexie). */
const BY_NAME: Record<string, string> = {
  QuotaExceededError: '电脑磁盘空间不足，数据没有保存。请清理磁盘后重试。',
  DatabaseClosedError: '数据库已关闭，请重新启动程序后再试。',
  InvalidStateError: '数据库已关闭，请重新启动程序后再试。',
  VersionError: '数据是由更新版本的工会台账保存的，请先升级程序。',
  ConstraintError: '要保存的记录与已有记录的编号重复，没有保存。',
};

export const INTERNAL_FAILURE =
  '程序内部出错，这次操作没有完成。请重试；如果一再出现，请先备份数据，再联系维护人员。';

// Electron prefixes what a main-process handler threw: 「Error invoking remote method 'x': Error: …」
const IPC_PREFIX = /^Error invoking remote method '[^']*':\s*(?:[A-Za-z]*Error:\s*)?/;

/** The error's own Chinese message, if it (or an error it wraps) has one. */
function chineseMessage(err: unknown, depth = 0): string | null {
  if (depth > 3 || err === null || err === undefined) return null;
  if (typeof err === 'string') return HAN.test(err) ? err.trim() : null;
  if (typeof err !== 'object') return null;
  const message: unknown = Reflect.get(err, 'message');
  if (typeof message === 'string') {
    const text = message.replace(IPC_PREFIX, '').trim();
    if (HAN.test(text)) return text;
  }
  // Dexie wraps the IndexedDB error in `inner`; standard errors chain through `cause`.
  return (
    chineseMessage(Reflect.get(err, 'inner'), depth + 1) ??
    chineseMessage(Reflect.get(err, 'cause'), depth + 1)
  );
}

function knownName(err: unknown, depth = 0): string | null {
  if (depth > 3 || typeof err !== 'object' || err === null) return null;
  const name: unknown = Reflect.get(err, 'name');
  if (typeof name === 'string' && BY_NAME[name]) return BY_NAME[name];
  return (
    knownName(Reflect.get(err, 'inner'), depth + 1) ??
    knownName(Reflect.get(err, 'cause'), depth + 1)
  );
}

/** True when the chair would see our generic sentence (the error said nothing usable). */
export function isInternalError(err: unknown): boolean {
  return chineseMessage(err) === null && knownName(err) === null;
}

/** What the chair reads about an error: its Chinese message, or a plain sentence. */
export function errorDetail(err: unknown): string {
  return chineseMessage(err) ?? knownName(err) ?? INTERNAL_FAILURE;
}

/**
 * `what` names the failed action, 「删除活动失败」. The detail does not repeat it when the
 * error already starts with it (「导出 PDF 失败：无法生成 PDF」).
 */
export function failureText(what: string, err: unknown): { title: string; message: string } {
  let message = errorDetail(err);
  for (const sep of ['：', ':']) {
    if (message.startsWith(what + sep)) message = message.slice(what.length + 1).trim();
  }
  return { title: what, message };
}
