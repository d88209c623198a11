import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  isReachable,
  keepWindowState,
  loadWindowState,
  restoreWindowState,
  saveWindowState,
} from './windowState';
import { useTempDirs } from './ipc/testDir';

const tempDir = useTempDirs();
const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('restoreWindowState', () => {
  it('reopens the window where it was left', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual(saved);
  });

  it('keeps a place on a second monitor while that monitor is there', () => {
    const saved = { bounds: { x: 2200, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('falls back to the default size, centred, when the saved place is off every screen', () => {
    const saved = { bounds: { x: 2200, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('falls back when only the bottom of the window would be visible (title bar above the screen)', () => {
    const saved = { bounds: { x: 100, y: -850, width: 1400, height: 900 }, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual(DEFAULT_SIZE);
  });

  it('keeps it maximized even when it falls back', () => {
    const saved = { bounds: { x: -5000, y: -5000, width: 1400, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: true });
  });

  it('never restores a window smaller than the minimum size', () => {
    const saved = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({ x: 10, y: 10, ...MIN_SIZE });
  });

  it('opens at the default size on first start or with a damaged file', () => {
    for (const saved of [
      null,
      undefined,
      'x',
      { bounds: { x: 'a' } },
      { bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false },
    ]) {
      expect(restoreWindowState(saved, [laptop])).toEqual({
        bounds: DEFAULT_SIZE,
        maximized: false,
      });
    }
  });
});

describe('isReachable', () => {
  it('needs a grabbable piece of the title bar on a screen', () => {
    expect(isReachable({ x: 1850, y: 0, width: 1000, height: 800 }, [laptop])).toBe(false); // 70 px on screen
    expect(isReachable({ x: 1700, y: 0, width: 1000, height: 800 }, [laptop])).toBe(true);
  });
});

describe('window state file', () => {
  it('saves and loads the state', async () => {
    const path = join(await tempDir(), 'window-state.json');
    saveWindowState(path, {
      bounds: { x: 10.4, y: 20.6, width: 1300, height: 850 },
      maximized: true,
    });
    expect(await loadWindowState(path)).toEqual({
      bounds: { x: 10, y: 21, width: 1300, height: 850 },
      maximized: true,
    });
  });

  it('loads null from a missing or damaged file', async () => {
    const dir = await tempDir();
    expect(await loadWindowState(join(dir, 'none.json'))).toBeNull();
    await writeFile(join(dir, 'bad.json'), '{oops');
    expect(await loadWindowState(join(dir, 'bad.json'))).toBeNull();
  });

  it('still lets the window close when the state cannot be saved', () => {
    let onClose: () => void = () => undefined;
    const win = {
      getNormalBounds: () => ({ x: 0, y: 0, width: 1, height: 1 }),
      isMaximized: () => false,
      on: (_event: 'close', listener: () => void) => (onClose = listener),
    };
    keepWindowState(win, '/nonexistent-folder/window-state.json');
    expect(() => onClose()).not.toThrow();
  });

  it('saves the normal bounds and maximized flag when the window closes', async () => {
    const path = join(await tempDir(), 'window-state.json');
    let onClose: () => void = () => undefined;
    const win = {
      getNormalBounds: () => ({ x: 5, y: 6, width: 1000, height: 700 }),
      isMaximized: () => true,
      on: (_event: 'close', listener: () => void) => (onClose = listener),
    };
    keepWindowState(win, path);
    onClose();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      bounds: { x: 5, y: 6, width: 1000, height: 700 },
      maximized: true,
    });
  });
});
