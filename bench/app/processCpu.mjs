// CPU time of the browser's processes (the bench's Chromium: every descendant of this Node
// process), read from /proc while a step runs. On a shared, loaded machine a step's wall
// time mostly measures the other jobs; its CPU time much less so. Linux only: elsewhere it
// returns null.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function descendants() {
  const parent = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(d, st.slice(st.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      // gone meanwhile
    }
  }
  const mine = new Set([String(process.pid)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, pp] of parent) {
      if (mine.has(p) || !mine.has(pp)) continue;
      mine.add(p);
      grew = true;
    }
  }
  mine.delete(String(process.pid));
  return mine;
}

function sample(seen) {
  for (const p of descendants()) {
    try {
      const f = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ').pop().split(' ');
      // utime, stime; keyed by pid and start time, so a reused pid is another process
      seen.set(`${p}@${f[19]}`, (Number(f[11]) + Number(f[12])) * TICK_MS);
    } catch {
      // gone meanwhile: its last sample stands
    }
  }
}

/** Runs fn; resolves { result, cpuMs }: CPU ms all browser processes spent meanwhile. */
export async function withProcessCpu(fn) {
  if (process.platform !== 'linux') return { result: await fn(), cpuMs: null };
  const before = new Map();
  sample(before);
  const after = new Map(before);
  // Poll, so that a process that starts and ends during fn (a print compositor) counts; every
  // 200 ms, which takes little from the browser on two cores.
  const timer = setInterval(() => sample(after), 200);
  try {
    const result = await fn();
    sample(after);
    let cpuMs = 0;
    for (const [k, v] of after) cpuMs += v - (before.get(k) ?? 0);
    return { result, cpuMs };
  } finally {
    clearInterval(timer);
  }
}
