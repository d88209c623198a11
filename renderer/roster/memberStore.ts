import { useSyncExternalStore } from 'react';
import { keepPinyin, readKeptPinyin, watchMembers, type Member } from '../../shared/ledgers/roster';
import type { UnionDeskDb } from '../../shared/db';
import { showError } from '../app/showUndo';
import { keepSearchPinyin, primed, primeSlice, startSearchPrime } from './searchPrime';

/**
 * Every member, kept for the session: read once when a screen first needs the roster, then
 * refreshed by the roster's live query after each write. Going back to the 花名册 (or opening
 * a member picker) reads nothing and gets the same array, so what was computed from it (the
 * search index, the sort) is reused.
 */
interface Store {
  /** The whole list, once read. */
  members: Member[] | undefined;
  /** What the roster shows first: the first slice, then the whole list. */
  shown: RosterMembers | undefined;
  listeners: Set<() => void>;
}

export interface RosterMembers {
  members: Member[];
  /** False while only the first slice is read (the rest follows in a moment). */
  complete: boolean;
}

const stores = new WeakMap<UnionDeskDb, Store>();

function storeFor(db: UnionDeskDb): Store {
  let s = stores.get(db);
  if (!s) {
    const store: Store = { members: undefined, shown: undefined, listeners: new Set() };
    stores.set(db, store);
    // The kept pinyin is read alongside the first slices; the Worker waits for it.
    startSearchPrime(readKeptPinyin(db));
    watchMembers(
      db,
      (members, complete) => {
        if (complete) {
          store.members = members;
          void primed().then(() =>
            keepSearchPinyin(members, (row) => void keepPinyin(db, row.key, row.text)),
          );
        }
        store.shown = { members, complete };
        for (const l of store.listeners) l();
      },
      (e) => showError('读取花名册失败', e),
      primeSlice,
    );
    s = store;
  }
  return s;
}

function useStore<T>(db: UnionDeskDb, get: (s: Store) => T): T {
  const store = storeFor(db);
  return useSyncExternalStore(
    (onChange) => {
      store.listeners.add(onChange);
      return () => store.listeners.delete(onChange);
    },
    () => get(store),
  );
}

/** Every member in roster order; undefined until the whole list is read. */
export function useMemberList(db: UnionDeskDb): Member[] | undefined {
  return useStore(db, (s) => s.members);
}

/** The roster's list: its first slice as soon as it is read, then everyone. */
export function useRosterMembers(db: UnionDeskDb): RosterMembers | undefined {
  return useStore(db, (s) => s.shown);
}
