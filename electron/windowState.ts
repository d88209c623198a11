import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { renameSync, writeFileSync } from 'node:fs';

/**
 * The main window opens where the user left it — unless that place is no longer on any
 * screen (a projector or second monitor was unplugged), then it opens at the default size,
 * centred. The state is a small JSON file in userData.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 960, height: 600 };
export const WINDOW_STATE_FILE = 'window-state.json';

const savedState = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  maximized: z.boolean(),
});

/** What the BrowserWindow is created with: x/y absent means "let the system centre it". */
export interface InitialWindowState {
  bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;
  maximized: boolean;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Visible enough to use: a stretch of the title bar (top 32 px, at least 120 px wide) lies
 * on one display's work area, so the user can grab and move the window.
 */
export function isReachable(bounds: Rect, workAreas: Rect[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: 32 };
  return workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(120, bounds.width) && o.height >= 16;
  });
}

/** The state to open with, from whatever was saved (possibly nothing, or garbage). */
export function restoreWindowState(saved: unknown, workAreas: Rect[]): InitialWindowState {
  const fallback = { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const parsed = savedState.safeParse(saved);
  if (!parsed.success) return fallback;
  const { bounds, maximized } = parsed.data;
  const size = {
    width: Math.max(bounds.width, MIN_SIZE.width),
    height: Math.max(bounds.height, MIN_SIZE.height),
  };
  if (!isReachable({ ...bounds, ...size }, workAreas))
    return { bounds: { ...DEFAULT_SIZE }, maximized };
  return { bounds: { x: bounds.x, y: bounds.y, ...size }, maximized };
}

export async function loadWindowState(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null; // first start or a damaged file: open at the default place
  }
}

/**
 * Synchronous on purpose: it runs as the window closes, and an async write could still be
 * pending when the app quits right after. Temp file + rename, so a crash leaves the old file.
 */
export function saveWindowState(path: string, state: WindowState): void {
  const rounded = {
    bounds: {
      x: Math.round(state.bounds.x),
      y: Math.round(state.bounds.y),
      width: Math.round(state.bounds.width),
      height: Math.round(state.bounds.height),
    },
    maximized: state.maximized,
  };
  const temp = `${path}.tmp`;
  writeFileSync(temp, JSON.stringify(rounded));
  renameSync(temp, path);
}

/** The part of a BrowserWindow whose state is kept. */
export interface StatefulWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** Saves the window's normal (un-maximized) bounds and maximized flag when it closes. */
export function keepWindowState(win: StatefulWindow, path: string, save = saveWindowState): void {
  win.on('close', () => {
    try {
      save(path, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch {
      // A read-only profile folder only costs the remembered position; never block closing.
    }
  });
}
