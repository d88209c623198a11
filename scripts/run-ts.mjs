// Runs a TypeScript script from scripts/ or tests/ with Node 20, which cannot strip types
// itself: Vite's module runner (already a dev dependency) transforms it on the fly, offline.
// Usage: node scripts/run-ts.mjs <file.ts> [args...] — the script sees its own args in
// process.argv.slice(2) and reports failure through process.exitCode.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write('用法：node scripts/run-ts.mjs <脚本.ts> [参数…]\n');
  process.exit(2);
}
const entry = resolve(script);
process.argv = [process.argv[0], entry, ...args];
await runnerImport(entry, { configFile: false, logLevel: 'silent', clearScreen: false });
