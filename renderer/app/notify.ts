import { notifications } from '@mantine/notifications';
import { failureText, isInternalError } from './errorText';

/**
 * Every failure reaches the chair through here, as a red notification in Chinese: what failed
 * (`what`, 「删除活动失败」) and the error's own Chinese message, or a plain sentence.
 */
export function notifyError(err: unknown, what: string): void {
  const { title, message } = failureText(what, err);
  // Internal errors go to the developer console too (their text, never shown, helps a fix).
  if (isInternalError(err)) console.error(what, err);
  notifications.show({ color: 'red', title, message, autoClose: 10_000 });
}

/**
 * Runs an action started by the chair (a click, a submit) and tells them when it fails. Never
 * rejects: resolves to fn's value, or undefined after showing the failure. Use it for every
 * event handler that awaits, e.g. `onClick={() => void runAction(del, { failure: '删除活动失败' })}`.
 */
export async function runAction<T>(
  fn: () => Promise<T> | T,
  opts: { failure: string },
): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    notifyError(e, opts.failure);
    return undefined;
  }
}

/** An event handler for `runAction`: `onClick={action(() => save(x), '保存失败')}`. */
export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<unknown> | void,
  failure: string,
): (...args: A) => void {
  return (...args) => void runAction(() => fn(...args), { failure });
}
