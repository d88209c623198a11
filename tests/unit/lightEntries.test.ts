import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What a page loads at once is everything its module reaches through static, non-type imports
// and re-exports (verbatimModuleSyntax keeps every such import; the bundler loads a barrel's
// re-exported modules even when the page uses none of them). These files must reach none of
// the heavy libraries: they load on demand (`await import`) or in the search Worker.
// tests/e2e/rosterChunks.test.mjs checks the same on the built app.

const ROOT = resolve(import.meta.dirname, '../..');
const HEAVY = ['xlsx', 'pinyin-pro', 'docx'];

/** The runtime imports of one file: relative paths resolved, packages by name. */
function runtimeImports(file: string): { files: string[]; packages: string[] } {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specs: string[] = [];
  for (const st of src.statements) {
    if (ts.isImportDeclaration(st)) {
      const c = st.importClause;
      const typeOnly =
        c?.isTypeOnly ||
        (c &&
          !c.name &&
          c.namedBindings &&
          ts.isNamedImports(c.namedBindings) &&
          c.namedBindings.elements.length > 0 &&
          c.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) specs.push((st.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier) {
      const typeOnly =
        st.isTypeOnly ||
        (st.exportClause &&
          ts.isNamedExports(st.exportClause) &&
          st.exportClause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) specs.push((st.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  const files: string[] = [];
  const packages: string[] = [];
  for (const s of specs) {
    if (!s.startsWith('.')) {
      packages.push(s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!);
      continue;
    }
    if (/\.(css|svg|png|woff2)$/.test(s)) continue;
    const base = resolve(dirname(file), s);
    const hit = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]
      .filter((p) => /\.tsx?$/.test(p))
      .find((p) => existsSync(p));
    if (!hit) throw new Error(`${relative(ROOT, file)}: cannot resolve ${s}`);
    files.push(hit);
  }
  return { files, packages };
}

/** A chain from `entry` to a file importing a heavy library, or null when there is none. */
function heavyChain(entry: string): string[] | null {
  const start = join(ROOT, entry);
  const parent = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    const { files, packages } = runtimeImports(file);
    const heavy = packages.find((p) => HEAVY.includes(p));
    if (heavy) {
      const chain = [heavy];
      for (let f: string | null = file; f; f = parent.get(f) ?? null)
        chain.unshift(relative(ROOT, f));
      return chain;
    }
    for (const f of files)
      if (!parent.has(f)) {
        parent.set(f, file);
        queue.push(f);
      }
  }
  return null;
}

describe('pages load no xlsx, pinyin-pro or docx until asked', () => {
  it.each([
    // The roster page (and its member page's own code): export, lists and pinyin are lazy.
    'renderer/roster/index.ts',
    // The registry every page reaches through member references: no sheets, no demo union.
    'shared/ledgers/registry.ts',
    'shared/ledgers/store/index.ts',
  ])('%s', (entry) => {
    expect(heavyChain(entry)).toBeNull();
  });

  it('finds a chain where there is one (the lazy entries themselves)', () => {
    expect(heavyChain('shared/ledgers/roster/excel/index.ts')).toEqual([
      'shared/ledgers/roster/excel/index.ts',
      'shared/ledgers/roster/excel/rosterExport.ts',
      'xlsx',
    ]);
    expect(heavyChain('shared/ledgers/roster/pinyin.ts')?.at(-1)).toBe('pinyin-pro');
    expect(heavyChain('shared/ledgers/sheets.ts')?.at(-1)).toBe('xlsx');
  });
});
