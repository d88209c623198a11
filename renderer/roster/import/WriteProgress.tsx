import { useSyncExternalStore } from 'react';
import { Progress, Stack, Text } from '@mantine/core';

export interface Written {
  done: number;
  total: number;
}

/**
 * The write's progress, outside React state: each chunk updates only the bar, not the
 * wizard page (whose match step, at 50,000 rows, took ~10 ms to re-render per chunk).
 */
export interface WriteProgressStore {
  set(w: Written | null): void;
  get(): Written | null;
  subscribe(onChange: () => void): () => void;
}

export function createWriteProgress(): WriteProgressStore {
  let value: Written | null = null;
  const listeners = new Set<() => void>();
  return {
    set(w) {
      value = w;
      for (const l of listeners) l();
    },
    get: () => value,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/** 正在写入… n / total 人, with a bar (data-done: rows written so far). */
export function WriteProgress({ store }: { store: WriteProgressStore }) {
  const written = useSyncExternalStore(store.subscribe, store.get);
  if (!written) return null;
  return (
    <Stack gap={4}>
      <Text size="sm">
        正在写入… {written.done.toLocaleString('zh-CN')} / {written.total.toLocaleString('zh-CN')}{' '}
        人
      </Text>
      <Progress
        value={written.total ? (written.done / written.total) * 100 : 0}
        transitionDuration={0}
        data-testid="import-write-progress"
        data-done={written.done}
      />
    </Stack>
  );
}
