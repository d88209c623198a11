import { notifications } from '@mantine/notifications';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { notifyError } from './notify';
import { revealRow } from './revealRow';
import { useSaveShortcut } from './saveShortcut';
import {
  isListKey,
  moveBy,
  MarkingController,
  type Asking,
  type DraftStore,
  type MarkChange,
  type MarkingRules,
} from './useMarkingList.store';

export { MarkingController, type MarkChange } from './useMarkingList.store';

/** What a line's hooks listen to: any screen's controller, whatever its rows and marks. */
export type MarkingStores = Pick<
  MarkingController<unknown, unknown>,
  'cursor' | 'asking' | 'saving' | 'draft'
>;

export interface MarkingListOptions<R, M> extends MarkingRules<R, M> {
  /** The lines in the order they are keyed (the order of the signed paper). */
  rows: readonly R[];
  /** The line the cursor starts at, once the list has loaded: the first one this picks. */
  pending?: (row: R, mark: M) => boolean;
  /**
   * The screen's own keys (↑ ↓ PageUp PageDown move on every screen): act on line `index`
   * through the controller and return true, or false for a key the screen does not use.
   */
  onKey: (key: string, index: number, list: MarkingController<R, M>) => boolean;
  /**
   * Writes the changes as one batch (and offers its undo, unless `leaving` the screen);
   * throws with a message saying what is wrong.
   */
  write: (changes: MarkChange<R, M>[], leaving: boolean) => Promise<void>;
  /** The title of the notice when a save fails. */
  failure: string;
  /** The notice when leaving the screen saved `n` lines; none if not given. */
  leftNotice?: (n: number) => string;
}

/**
 * One hook for the four keyboard marking screens: owns the cursor, the keys, the draft of
 * marks and their save as one batch (on 「保存」, Ctrl+S and when leaving the screen), and
 * keeps the row in hand in view below the sticky bar. The screen keeps its states, keys and
 * labels. Returns a controller that never changes identity, so memoised rows keep their props.
 */
export function useMarkingList<R, M>(
  options: MarkingListOptions<R, M>,
): {
  list: MarkingController<R, M>;
  save: () => Promise<boolean>;
} {
  const [list] = useState(() => new MarkingController<R, M>(options));
  const latest = useRef(options);
  latest.current = options;
  list.rules = options;
  list.rows = options.rows;

  const save = useCallback(async (): Promise<boolean> => {
    try {
      await list.save((changes) => latest.current.write(changes, false));
      return true;
    } catch (e) {
      notifyError(e, latest.current.failure);
      return false;
    }
  }, [list]);
  useSaveShortcut(useCallback(() => void save(), [save]));

  // Leaving the screen (sidebar, back) saves what was keyed in; closing the window asks first.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (list.changes().length > 0) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      const { failure, leftNotice } = latest.current;
      list
        .save((changes) => latest.current.write(changes, true))
        .then(
          (n) => {
            if (n > 0 && leftNotice) notifications.show({ color: 'green', message: leftNotice(n) });
          },
          (e: unknown) => notifyError(e, failure),
        );
    };
  }, [list]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isListKey(e) || list.rows.length === 0) return;
      const by = moveBy(e.key);
      const handled =
        by !== null ? (list.move(by), true) : latest.current.onKey(e.key, list.cursor.get(), list);
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [list]);

  // Start at the first line not yet recorded, once the list has loaded.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || options.rows.length === 0) return;
    started.current = true;
    if (options.pending) list.startAt(options.pending);
  }, [list, options.rows, options.pending]);

  return { list, save };
}

/** The mark keyed in on line `key` (undefined: as stored); re-renders only that line. */
export function useDraftMark<M>(list: { draft: DraftStore<M> }, key: string): M | undefined {
  const subscribe = useCallback((l: () => void) => list.draft.subscribeKey(key, l), [list, key]);
  return useSyncExternalStore(subscribe, () => list.draft.get(key));
}

/** Whether line `index` is the one in hand. */
export function useIsCursor(list: MarkingStores, index: number): boolean {
  return useSyncExternalStore(list.cursor.subscribe, () => list.cursor.get() === index);
}

/** What line `key` is asking for (its input is open), or null. */
export function useAsking(list: MarkingStores, key: string): string | null {
  return useSyncExternalStore(list.asking.subscribe, () => {
    const a: Asking | null = list.asking.get();
    return a?.key === key ? a.kind : null;
  });
}

/** Re-renders on every change of the draft (for the totals and the 保存 button). */
export function useDraftVersion(list: MarkingStores): number {
  return useSyncExternalStore(list.draft.subscribe, list.draft.getVersion);
}

export function useSaving(list: MarkingStores): boolean {
  return useSyncExternalStore(list.saving.subscribe, list.saving.get);
}

export interface MarkingRowsProps {
  list: MarkingStores;
  count: number;
  /** One line; must be a memoised component keyed by the line, so a mark re-renders it only. */
  renderRow: (index: number) => ReactNode;
  /** The height of a plain line, for the virtual list's first layout. */
  rowHeight?: number;
  /** Lists longer than this render only the lines in view. @default 200 */
  virtualizeAbove?: number;
  className?: string;
  'data-testid'?: string;
}

/**
 * The lines of a marking list in the window's scroll: a long list (a 5,000-person meeting)
 * renders only the lines in view and a few either side. The row in hand is kept in view
 * below the sticky bar (revealRow), scrolling the virtual list first when it is not rendered.
 */
export const MarkingRows = memo(function MarkingRows({
  list,
  count,
  renderRow,
  rowHeight = 46,
  virtualizeAbove = 200,
  className,
  'data-testid': testId,
}: MarkingRowsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  const virtual = count > virtualizeAbove;
  // Where the list starts on the page (the virtual list's scroll margin): again whenever
  // something above it (the sticky bar, a warning) changes height.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !virtual) return;
    const measure = () => setMargin(Math.round(el.getBoundingClientRect().top + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) observer.observe(s);
    if (el.parentElement) observer.observe(el.parentElement);
    return () => observer.disconnect();
  }, [virtual]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => rowHeight,
    overscan: 10,
    scrollMargin: margin,
    enabled: virtual,
  });

  // Keep the row in hand in view, below the sticky bar.
  useEffect(() => {
    let frame = 0;
    const reveal = () => {
      const cursor = list.cursor.get();
      cancelAnimationFrame(frame);
      if (document.querySelector(`[data-row="${cursor}"]`)) revealRow(cursor);
      else if (virtual) {
        virtualizer.scrollToIndex(cursor, { align: 'center' });
        frame = requestAnimationFrame(() => revealRow(cursor));
      }
    };
    reveal();
    // After React has drawn the key's change (its flush is queued first): one layout, not two.
    const unsubscribe = list.cursor.subscribe(() => queueMicrotask(reveal));
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [list, virtual, virtualizer]);

  if (!virtual)
    return (
      <div ref={ref} className={className} data-testid={testId}>
        {Array.from({ length: count }, (_, i) => renderRow(i))}
      </div>
    );
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const padTop = first ? first.start - margin : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - margin) : 0;
  return (
    <div
      ref={ref}
      className={className}
      data-testid={testId}
      style={{ paddingTop: padTop, paddingBottom: Math.max(0, padBottom) }}
    >
      {items.map((item) => (
        <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
          {renderRow(item.index)}
        </div>
      ))}
    </div>
  );
});

const colorStyles = new Map<string, CSSProperties>();
/** The style giving a key or tag a Mantine colour (`green`, `yellow` …), one object per colour. */
export function keyColor(color: string): CSSProperties {
  let style = colorStyles.get(color);
  if (!style)
    colorStyles.set(
      color,
      (style = { '--key-color': `var(--mantine-color-${color}-filled)` } as CSSProperties),
    );
  return style;
}
