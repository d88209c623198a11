import { memo, useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { Checkbox } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Member } from '../../../shared/ledgers/roster';
import { maskIdNumber, maskPhone } from '../../../shared/core/ids';
import type { RosterColumn } from '../../../shared/ledgers/roster';
import { STATUS_COLORS } from '../statusColors';
import classes from './RosterTable.module.css';

export interface RosterTableProps {
  members: readonly Member[];
  columns: readonly RosterColumn[];
  selected: ReadonlySet<string>;
  /** The row the keyboard acts on (Enter opens it). */
  activeId: string | null;
  /** Show ID numbers and phones in full. Default false: masked. */
  reveal: boolean;
  /** Whether every listed member is selected / some are. */
  allSelected: boolean;
  someSelected: boolean;
  /**
   * False while only the first rows of the roster are read: 全选 would select those few and
   * a bulk edit would miss the rest.
   */
  canSelectAll: boolean;
  onToggle(id: string, shift: boolean): void;
  onToggleAll(): void;
  onActivate(id: string): void;
  onOpen(id: string): void;
  height: number | string;
}

/** Fixed row height: the virtualizer then never measures, which keeps scrolling smooth. */
export const ROW_HEIGHT = 36;
const CHECK_WIDTH = 40;
const NUMBER_WIDTH = 56;

function columnPx(c: RosterColumn): number {
  return Math.max(64, Math.round(c.width * 7.5) + 16);
}

function cellText(c: RosterColumn, m: Member, reveal: boolean): string {
  const v = c.value(m);
  if (v === null) return '';
  if (!reveal && c.kind === 'id') return maskIdNumber(String(v));
  if (!reveal && c.kind === 'phone') return maskPhone(String(v));
  return String(v);
}

interface RowProps {
  member: Member;
  index: number;
  start: number;
  columns: readonly RosterColumn[];
  grid: string;
  width: number;
  selected: boolean;
  active: boolean;
  reveal: boolean;
  onToggle(id: string, shift: boolean): void;
  onActivate(id: string): void;
  onOpen(id: string): void;
}

const RosterRow = memo(function RosterRow(p: RowProps) {
  const { member: m } = p;
  return (
    <div
      role="row"
      aria-rowindex={p.index + 2}
      aria-selected={p.selected}
      className={classes.row}
      data-selected={p.selected || undefined}
      data-active={p.active || undefined}
      data-testid="roster-row"
      style={{
        transform: `translateY(${p.start}px)`,
        height: ROW_HEIGHT,
        gridTemplateColumns: p.grid,
        minWidth: p.width,
        width: '100%',
      }}
      onClick={() => p.onActivate(m.id)}
      onDoubleClick={() => p.onOpen(m.id)}
    >
      {/* Plain elements, no Mantine component per row: a keystroke in the search box mounts
          some 50 new rows, and this keeps each to a few DOM nodes (issue 9). */}
      <div className={classes.cell} role="gridcell">
        <input
          type="checkbox"
          className={classes.check}
          aria-label={`选择 ${m.name}`}
          checked={p.selected}
          onChange={() => undefined}
          onClick={(e: MouseEvent) => {
            e.stopPropagation();
            p.onActivate(m.id);
            p.onToggle(m.id, e.shiftKey);
          }}
        />
      </div>
      <div className={`${classes.cell} ${classes.number}`} role="gridcell">
        {p.index + 1}
      </div>
      {p.columns.map((c) => {
        if (c.key === 'name')
          return (
            <div
              key={c.key}
              className={`${classes.cell} ${classes.name}`}
              role="gridcell"
              onClick={() => p.onOpen(m.id)}
            >
              {m.name}
            </div>
          );
        if (c.key === 'status')
          return (
            <div key={c.key} className={classes.cell} role="gridcell">
              <span
                className={classes.badge}
                style={{
                  color: `var(--mantine-color-${STATUS_COLORS[m.status]}-8)`,
                  background: `var(--mantine-color-${STATUS_COLORS[m.status]}-light)`,
                }}
              >
                {m.status}
              </span>
            </div>
          );
        const text = cellText(c, m, p.reveal);
        return (
          <div
            key={c.key}
            className={`${classes.cell} ${c.kind === 'id' || c.kind === 'phone' ? classes.mono : ''}`}
            role="gridcell"
            title={c.kind === 'id' || c.kind === 'phone' ? undefined : text}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
});

/**
 * The roster as a virtualized grid: only the rows in view (plus a few) are in the page,
 * so 40,000 members scroll as smoothly as 40. Sticky header, fixed row height.
 */
export function RosterTable(p: RosterTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: p.members.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows above and below the view: each key in the search box mounts this many more.
    overscan: 6,
    getItemKey: (i) => p.members[i]!.id,
  });
  // The last column takes what is left, so header and rows span the whole table.
  const grid = [
    `${CHECK_WIDTH}px`,
    `${NUMBER_WIDTH}px`,
    ...p.columns.map((c, i) =>
      i === p.columns.length - 1 ? `minmax(${columnPx(c)}px, 1fr)` : `${columnPx(c)}px`,
    ),
  ].join(' ');
  const width = CHECK_WIDTH + NUMBER_WIDTH + p.columns.reduce((s, c) => s + columnPx(c), 0);
  const activeIndex = p.activeId ? p.members.findIndex((m) => m.id === p.activeId) : -1;

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (p.members.length === 0) return;
    const move = (to: number) => {
      e.preventDefault();
      const i = Math.max(0, Math.min(p.members.length - 1, to));
      p.onActivate(p.members[i]!.id);
    };
    if (e.key === 'ArrowDown') move(activeIndex + 1);
    else if (e.key === 'ArrowUp') move(activeIndex - 1);
    else if (e.key === 'PageDown') move(activeIndex + 15);
    else if (e.key === 'PageUp') move(activeIndex - 15);
    else if (e.key === 'Home' && e.ctrlKey) move(0);
    else if (e.key === 'End' && e.ctrlKey) move(p.members.length - 1);
    else if (e.key === 'Enter' && p.activeId) {
      e.preventDefault();
      p.onOpen(p.activeId);
    } else if (e.key === ' ' && p.activeId) {
      e.preventDefault();
      p.onToggle(p.activeId, e.shiftKey);
    }
  };

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      style={{ height: p.height }}
      role="grid"
      aria-label="会员花名册"
      aria-rowcount={p.members.length + 1}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="roster-table"
    >
      <div
        className={classes.header}
        role="row"
        style={{ gridTemplateColumns: grid, minWidth: width }}
      >
        <div className={classes.cell} role="columnheader">
          <Checkbox
            size="xs"
            aria-label="选择全部筛选结果"
            checked={p.allSelected}
            indeterminate={!p.allSelected && p.someSelected}
            disabled={!p.canSelectAll}
            title={p.canSelectAll ? undefined : '正在读取全部会员，读完后可全选'}
            onChange={p.onToggleAll}
          />
        </div>
        <div className={classes.cell} role="columnheader">
          序号
        </div>
        {p.columns.map((c) => (
          <div key={c.key} className={classes.cell} role="columnheader">
            {c.label}
          </div>
        ))}
      </div>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: width }}>
        {virtualizer.getVirtualItems().map((v) => {
          const m = p.members[v.index]!;
          return (
            <RosterRow
              key={v.key}
              member={m}
              index={v.index}
              start={v.start}
              columns={p.columns}
              grid={grid}
              width={width}
              selected={p.selected.has(m.id)}
              active={m.id === p.activeId}
              reveal={p.reveal}
              onToggle={p.onToggle}
              onActivate={p.onActivate}
              onOpen={p.onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}
