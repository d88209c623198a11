import { useSyncExternalStore } from 'react';
import { watchMembers, type Member } from '../../shared/ledgers/roster';
import type { UnionDeskDb } from '../../shared/db';
import { showError } from '../app/showUndo';

/**
 * Every member, kept for the session: read once when a screen first needs the roster, then
 * refreshed by the roster's live query after each write. Going back to the 花名册 (or opening
 * a member picker) reads nothing and gets the same array, so what was computed from it (the
 * search index, the sort) is reused.
 */
interface Store {
  members: Member[] | undefined;
  listeners: Set<() => void>;
}

const stores = new WeakMap<UnionDeskDb, Store>();

function storeFor(db: UnionDeskDb): Store {
  let s = stores.get(db);
  if (!s) {
    const store: Store = { members: undefined, listeners: new Set() };
    stores.set(db, store);
    watchMembers(
      db,
      (members) => {
        store.members = members;
        for (const l of store.listeners) l();
      },
      (e) => showError('读取花名册失败', e),
    );
    s = store;
  }
  return s;
}

/** Every member in roster order; undefined while the first read runs. */
export function useMemberList(db: UnionDeskDb): Member[] | undefined {
  const store = storeFor(db);
  return useSyncExternalStore(
    (onChange) => {
      store.listeners.add(onChange);
      return () => store.listeners.delete(onChange);
    },
    () => store.members,
  );
}
