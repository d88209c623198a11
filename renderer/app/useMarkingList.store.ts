/**
 * The keyboard marking lists' state without React (出席登记, 签收登记, 会费收缴, 教代会签到):
 * the cursor, the draft of marks keyed in and not yet saved, the row asking for a detail
 * (请假原因, 代领人, 金额), and what one save writes. Each piece is a small store a row
 * subscribes to by its own key, so marking one person re-renders that person's row only
 * (a 5,000-line meeting re-rendered every row on every key: p95 222 ms).
 */

export type Listener = () => void;

/** One value with listeners (the cursor, the row asking, saving). */
export class ValueStore<T> {
  private listeners = new Set<Listener>();
  constructor(private value: T) {}
  get = (): T => this.value;
  set(next: T): void {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const l of [...this.listeners]) l();
  }
  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
}

/**
 * key → the mark keyed in, only for lines whose mark differs from what is stored. A row
 * listens to its own key; the totals listen to every change (`version`).
 */
export class DraftStore<M> {
  private marks = new Map<string, M>();
  private byKey = new Map<string, Set<Listener>>();
  private all = new Set<Listener>();
  private version = 0;

  get = (key: string): M | undefined => this.marks.get(key);
  has = (key: string): boolean => this.marks.has(key);
  get size(): number {
    return this.marks.size;
  }
  getVersion = (): number => this.version;
  /** A copy of the marks, for a save to work on while the chair keeps keying. */
  snapshot(): ReadonlyMap<string, M> {
    return new Map(this.marks);
  }

  /** Sets many lines at once (undefined drops a line's mark) and tells each listener once. */
  update(changes: Iterable<[string, M | undefined]>): void {
    const touched: string[] = [];
    for (const [key, mark] of changes) {
      if (mark === undefined) {
        if (!this.marks.delete(key)) continue;
      } else if (this.marks.get(key) === mark) continue;
      else this.marks.set(key, mark);
      touched.push(key);
    }
    if (touched.length === 0) return;
    this.version++;
    for (const key of touched) for (const l of [...(this.byKey.get(key) ?? [])]) l();
    for (const l of [...this.all]) l();
  }

  subscribeKey(key: string, l: Listener): () => void {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(l);
    return () => {
      set.delete(l);
      if (set.size === 0) this.byKey.delete(key);
    };
  }
  subscribe = (l: Listener): (() => void) => {
    this.all.add(l);
    return () => this.all.delete(l);
  };
}

/** The cursor after moving `by` lines on a list of `length`, kept on the list. */
export function moveCursor(cursor: number, by: number, length: number): number {
  return Math.max(0, Math.min(length - 1, cursor + by));
}

/** ↑ ↓ PageUp PageDown: how far a key moves the cursor, or null if it does not move it. */
export function moveBy(key: string): number | null {
  switch (key) {
    case 'ArrowDown':
      return 1;
    case 'ArrowUp':
      return -1;
    case 'PageDown':
      return 10;
    case 'PageUp':
      return -10;
    default:
      return null;
  }
}

/** A key the list handles: not with Ctrl/Alt/⌘, and not typed into a field. */
export function isListKey(e: {
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}): boolean {
  if (e.ctrlKey || e.altKey || e.metaKey) return false;
  const t = e.target as { tagName?: string; isContentEditable?: boolean } | null;
  return !(t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable));
}

/** What a screen tells the list about its lines and marks. */
export interface MarkingRules<R, M> {
  keyOf: (row: R) => string;
  /** The mark as stored. */
  stored: (row: R) => M;
  /** Whether two marks record the same thing (a mark equal to the stored one is no change). */
  same: (a: M, b: M) => boolean;
}

export interface MarkChange<R, M> {
  row: R;
  mark: M;
}

/** The marks to save, in list order, dropping lines no longer on the list or back as stored. */
export function changesOf<R, M>(
  marks: ReadonlyMap<string, M>,
  rows: readonly R[],
  rules: MarkingRules<R, M>,
): MarkChange<R, M>[] {
  if (marks.size === 0) return [];
  const out: MarkChange<R, M>[] = [];
  for (const row of rows) {
    const mark = marks.get(rules.keyOf(row));
    if (mark !== undefined && !rules.same(mark, rules.stored(row))) out.push({ row, mark });
  }
  return out;
}

/** A detail the row in hand is asking for (请假原因, 代领人, 补签日期, 金额). */
export interface Asking {
  key: string;
  kind: string;
}

/**
 * The list's state and actions, shared by the four screens; the React hook
 * (useMarkingList.tsx) owns one and feeds it the latest rows.
 */
export class MarkingController<R, M> {
  readonly draft = new DraftStore<M>();
  readonly cursor = new ValueStore(0);
  readonly asking = new ValueStore<Asking | null>(null);
  readonly saving = new ValueStore(false);
  rows: readonly R[] = [];

  constructor(public rules: MarkingRules<R, M>) {}

  markOf(row: R): M {
    return this.draft.get(this.rules.keyOf(row)) ?? this.rules.stored(row);
  }
  isChanged(row: R): boolean {
    return this.draft.has(this.rules.keyOf(row));
  }

  /** Sets lines' marks; a mark back to the stored one leaves the draft. */
  setMarks(entries: Iterable<{ row: R; mark: M }>): void {
    const { keyOf, stored, same } = this.rules;
    const changes: [string, M | undefined][] = [];
    for (const { row, mark } of entries)
      changes.push([keyOf(row), same(mark, stored(row)) ? undefined : mark]);
    this.draft.update(changes);
  }

  /** Marks line `index`; then the cursor goes to the next line if `advance`. */
  mark(index: number, mark: M, advance = true): void {
    const row = this.rows[index];
    if (!row) return;
    this.setMarks([{ row, mark }]);
    if (advance) this.select(index + 1);
  }
  /** Drops line `index`'s unsaved mark. */
  clear(index: number): void {
    const row = this.rows[index];
    if (row) this.draft.update([[this.rules.keyOf(row), undefined]]);
  }

  select(index: number): void {
    if (this.rows.length === 0) return;
    this.cursor.set(moveCursor(index, 0, this.rows.length));
  }
  move(by: number): void {
    this.select(this.cursor.get() + by);
  }

  /** The row in hand asks for a detail (an input opens on it). */
  ask(index: number, kind: string): void {
    const row = this.rows[index];
    if (row) this.asking.set({ key: this.rules.keyOf(row), kind });
  }
  /**
   * Closes the question on line `index`: `mark` null leaves the line as it is (Escape);
   * the cursor goes on to the next line unless `stay`.
   */
  answer(index: number, mark: M | null, stay = false): void {
    const row = this.rows[index];
    if (row && mark !== null) this.setMarks([{ row, mark }]);
    this.asking.set(null);
    if (!stay) this.select(index + 1);
  }

  /** The first line `pending` picks, for the cursor to start at (0 if none). */
  startAt(pending: (row: R, mark: M) => boolean): void {
    const first = this.rows.findIndex((r) => pending(r, this.markOf(r)));
    if (first > 0) this.select(first);
  }

  changes(): MarkChange<R, M>[] {
    return changesOf(this.draft.snapshot(), this.rows, this.rules);
  }

  /**
   * Writes the changes as ONE batch through `write`; while it runs the chair may keep
   * keying: afterwards only the marks that were saved (and not re-keyed) leave the draft.
   * Returns how many lines were written, or throws what `write` threw.
   */
  async save(write: (changes: MarkChange<R, M>[]) => Promise<void>): Promise<number> {
    const snapshot = this.draft.snapshot();
    const changes = changesOf(snapshot, this.rows, this.rules);
    if (changes.length === 0) return 0;
    this.saving.set(true);
    try {
      await write(changes);
    } finally {
      this.saving.set(false);
    }
    const saved: [string, undefined][] = [];
    for (const { row } of changes) {
      const key = this.rules.keyOf(row);
      if (this.draft.get(key) === snapshot.get(key)) saved.push([key, undefined]);
    }
    this.draft.update(saved);
    return changes.length;
  }
}
