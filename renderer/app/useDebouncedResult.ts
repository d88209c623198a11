import { useEffect, useState } from 'react';

/**
 * The result of an async look-up that follows what the chair types (a running total against
 * the caps): run `delayMs` after the inputs last changed, a stale answer never shown, a
 * failed one shown as `fallback`. `compute` is re-created with its inputs, so it is the
 * dependency.
 */
export function useDebouncedResult<T>(compute: () => Promise<T>, fallback: T, delayMs = 150): T {
  const [result, setResult] = useState<T>(fallback);
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      compute().then(
        (r) => live && setResult(r),
        () => live && setResult(fallback),
      );
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [compute, fallback, delayMs]);
  return result;
}
