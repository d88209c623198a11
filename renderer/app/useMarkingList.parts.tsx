import { Anchor, Box, Button, Group, Kbd, Title } from '@mantine/core';
import { IconChecks, IconDeviceFloppy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { action } from './notify';
import { keyColor, useDraftVersion, useSaving, type MarkingStores } from './useMarkingList';
import classes from './markingList.module.css';

export interface MarkingBarProps {
  list: MarkingStores;
  save: () => Promise<boolean>;
  /** The page the screen belongs to: the link above the title and where 返回 goes. */
  back: { to: string; label: ReactNode };
  title: ReactNode;
  subtitle?: ReactNode;
  /** 「其余全部…」: marks every line not yet recorded. */
  rest?: { label: string; disabled: boolean; onClick: () => void };
  /** Before 保存 (the 缴纳日期). */
  before?: ReactNode;
  /** After 保存 (过账, printouts); with it there is no 返回 button. */
  after?: ReactNode;
  /** 「保存（3 处修改）」 or 「保存（3 人）」. @default '处修改' */
  saveUnit?: string;
  saveTestId?: string;
  /** The figures so far and the keys. */
  children: ReactNode;
  'data-testid'?: string;
}

/** The sticky bar of a marking screen: back, 其余全部…, 保存, 保存并返回, figures and keys. */
export function MarkingBar({
  list,
  save,
  back,
  title,
  subtitle,
  rest,
  before,
  after,
  saveUnit = '处修改',
  saveTestId,
  children,
  'data-testid': testId,
}: MarkingBarProps) {
  const navigate = useNavigate();
  useDraftVersion(list);
  const saving = useSaving(list);
  // The draft holds only lines whose mark differs from the stored one.
  const dirty = list.draft.size;
  return (
    <Box className={classes.sticky} data-testid={testId} data-marking-bar>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Anchor component={Link} to={back.to} size="sm">
            ‹ {back.label}
          </Anchor>
          <Title order={3}>{title}</Title>
          {subtitle}
        </div>
        <Group gap="xs" align={before ? 'flex-end' : undefined}>
          {rest && (
            <Button
              variant="light"
              leftSection={<IconChecks size={18} />}
              disabled={rest.disabled}
              onClick={rest.onClick}
            >
              {rest.label}
            </Button>
          )}
          {before}
          <Button
            leftSection={<IconDeviceFloppy size={18} />}
            loading={saving}
            disabled={dirty === 0}
            onClick={() => void save()}
            data-testid={saveTestId}
          >
            保存{dirty ? `（${dirty} ${saveUnit}）` : ''}
          </Button>
          {after ?? (
            <Button
              variant="default"
              onClick={action(async () => {
                if (await save()) await navigate(back.to);
              }, '返回失败')}
            >
              {dirty ? '保存并返回' : '返回'}
            </Button>
          )}
        </Group>
      </Group>
      {children}
    </Box>
  );
}

export interface MarkKeysProps<S extends string> {
  keys: readonly { state: S; key: string }[];
  /** Each state's Mantine colour. */
  colors: Readonly<Record<S, string>>;
  current: S | null;
  onPress: (state: S) => void;
}

/** A line's keys as plain buttons (出席 1, 请假 2 …), the current state filled. */
export function MarkKeys<S extends string>({ keys, colors, current, onPress }: MarkKeysProps<S>) {
  return (
    <span className={classes.keys}>
      {keys.map((b) => (
        <button
          key={b.state}
          type="button"
          className={classes.key}
          style={keyColor(colors[b.state])}
          data-on={current === b.state || undefined}
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            onPress(b.state);
          }}
        >
          {b.state}
          <kbd>{b.key}</kbd>
        </button>
      ))}
    </span>
  );
}

export interface KeyHint {
  /** The keys, each shown as a key cap, joined by 或 */
  keys: readonly string[];
  label: ReactNode;
}

/**
 * The line of keys under a marking bar: the screen's own keys, then ↑ ↓ (every screen
 * moves by them), its clearing key and a note. Build it once at module level: the same
 * element is never re-rendered by a mark.
 */
export function keysHint(own: readonly KeyHint[], after: readonly KeyHint[] = [], note?: string) {
  const item = (h: KeyHint, i: number) => (
    <span key={i}>
      {h.keys.map((k, j) => (
        <span key={k}>
          {j > 0 && ' 或 '}
          <Kbd>{k}</Kbd>
        </span>
      ))}{' '}
      {h.label}
    </span>
  );
  return (
    <Group gap="lg" mt={6} c="dimmed" style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
      {own.map(item)}
      <span>
        <Kbd>↑</Kbd> <Kbd>↓</Kbd> 上下移动
      </span>
      {after.map((h, i) => item(h, own.length + i))}
      {note && <span>{note}</span>}
    </Group>
  );
}
