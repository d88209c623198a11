import { Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

/**
 * A notification that shows a long backup or restore moving (8,000 members took ~6 s with
 * nothing on screen). Returns the progress callback and a function that removes it.
 * Updates at most once per animation frame.
 */
export function progressNotice(title: string): {
  progress: (done: number, step: string) => void;
  close: () => void;
} {
  const id = `progress-${Math.random().toString(36).slice(2)}`;
  const body = (done: number, step: string) => (
    <Stack gap={4} data-testid="backup-progress">
      <Text size="sm">{step}…</Text>
      <Progress value={Math.round(done * 100)} size="sm" aria-label={`${title}进度`} />
    </Stack>
  );
  notifications.show({
    id,
    title,
    message: body(0, '正在开始'),
    loading: true,
    autoClose: false,
    withCloseButton: false,
  });
  let pending: [number, string] | null = null;
  let closed = false;
  return {
    progress: (done, step) => {
      if (closed) return;
      const first = pending === null;
      pending = [done, step];
      if (!first) return;
      requestAnimationFrame(() => {
        const [d, s] = pending!;
        pending = null;
        if (closed) return;
        notifications.update({ id, title, message: body(d, s), loading: true, autoClose: false });
      });
    },
    close: () => {
      closed = true;
      notifications.hide(id);
    },
  };
}
