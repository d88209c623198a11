import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// Proves the layering lint rules bite: each wrong import below must fail `npm run lint`.
// The files below are virtual (lintText), so no tsconfig holds them: type-aware rules are off here.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: { parserOptions: { project: null, projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
});

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layering lint', () => {
  it.each([
    [
      'shared/ledgers/roster/rules/x.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
    ],
    ['shared/db/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    [
      'shared/core/excel/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    [
      'shared/ledgers/roster/rules/x.ts',
      "import { openDb } from '../../../db/db';\nexport const x = openDb;\n",
    ],
    [
      'shared/core/print/x.ts',
      "import { App } from '../../../renderer/app/App';\nexport const x = App;\n",
    ],
    ['renderer/home/x.ts', "import { x as y } from '../../electron/main';\nexport const x = y;\n"],
    [
      'renderer/home/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
    ],
    ['electron/x.ts', "import { openDb } from '../shared/db/db';\nexport const x = openDb;\n"],
  ])('refuses a wrong import in %s', async (file, code) => {
    const errors = await importErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'shared/db/x.ts',
      "import { newMember } from '../ledgers/roster/rules/member';\nexport const x = newMember;\n",
    ],
    [
      'renderer/home/x.ts',
      "import { openDb } from '../../shared/db/db';\nexport const x = openDb;\n",
    ],
    [
      'electron/x.ts',
      "import { contract } from '../shared/ipc/contract';\nexport const x = contract;\n",
    ],
  ])('allows an import that follows the layers in %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
