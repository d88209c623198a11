import { describe, expect, it } from 'vitest';
import { toggleSelection } from './selection';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('toggleSelection', () => {
  it('toggles one row on a plain click', () => {
    const s = toggleSelection(new Set(), ids, 'c', { shift: false, anchor: null });
    expect([...s]).toEqual(['c']);
    expect([...toggleSelection(s, ids, 'c', { shift: false, anchor: 'c' })]).toEqual([]);
  });

  it('selects the range between the last clicked row and a shift-clicked one', () => {
    const s = toggleSelection(new Set(['b']), ids, 'e', { shift: true, anchor: 'b' });
    expect([...s].sort()).toEqual(['b', 'c', 'd', 'e']);
  });

  it('clears a range when the shift-clicked row was selected', () => {
    const s = toggleSelection(new Set(ids), ids, 'b', { shift: true, anchor: 'd' });
    expect([...s].sort()).toEqual(['a', 'e']);
  });
});
