import { execSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { globToRegExp, layerFor } from '../../eslint/import-allow-list.js';
import { layers, testFiles } from '../../eslint/layering.js';

// Proves the layering allow-list bites: every source file is placed by a specific layer, each
// wrong import below fails `npm run lint`, and the imports the architecture wants pass.
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

interface Finding {
  messageId: string | undefined;
  message: string;
}

async function layeringErrors(filePath: string, code: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'local/import-allow-list')
    .map((m) => ({ messageId: m.messageId, message: m.message }));
}

const isTestFile = (file: string) => testFiles.some((g) => globToRegExp(g).test(file));

describe('every source file is placed by a layer', () => {
  const tracked = execSync('git ls-files', { encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|tsx|mjs|js|cjs)$/.test(f));

  it('finds the source files it checks', () => {
    expect(tracked.length).toBeGreaterThan(200);
  });

  it('covers each tracked .ts/.tsx/.mjs file by a specific layer', () => {
    const uncovered = tracked.filter(
      (f) => layerFor(layers, isTestFile(f) ? f.replace(/\.test(\.\w+)$/, '$1') : f) === null,
    );
    expect(uncovered).toEqual([]);
  });

  it('has no catch-all layer that would place a file in any new folder', () => {
    const catchAll = layers.filter((l) => l.files.some((g) => /^(\*\*\/?)+\*?$/.test(g)));
    expect(catchAll).toEqual([]);
  });

  it.each([
    'shared/care/x.ts',
    'shared/ledgers/roster/helpers/x.ts',
    'shared/ledgers/roster/x.ts',
    'shared/x.ts',
    'electronics/x.ts',
  ])('places no file in a folder nobody declared: %s', (file) => {
    expect(layerFor(layers, file)).toBeNull();
  });

  it('fails lint for a file in a folder nobody declared', async () => {
    const errors = await layeringErrors(
      'shared/care/x.ts',
      "import { openDb } from '../db/db';\nexport const x = openDb;\n",
    );
    expect(errors.map((e) => e.messageId)).toContain('uncovered');
    expect(errors[0]?.message).toContain('shared/care/x.ts');
  });
});

describe('layering lint refuses', () => {
  it.each([
    [
      'a rules file importing dexie',
      'shared/ledgers/roster/rules/x.ts',
      "import Dexie from 'dexie';",
    ],
    [
      'a rules file importing xlsx',
      'shared/ledgers/roster/rules/x.ts',
      "import * as X from 'xlsx';",
    ],
    [
      'a rules file importing its store',
      'shared/ledgers/roster/rules/x.ts',
      "import { listMembers } from '../store/members';",
    ],
    [
      'a rules file importing the db',
      'shared/ledgers/activities/rules/x.ts',
      "import type { UnionDeskDb } from '../../../db/db';",
    ],
    [
      'a print model importing the db',
      'shared/ledgers/activities/print/x.ts',
      "import { openDb } from '../../../db/db';",
    ],
    [
      'a print model importing a store',
      'shared/ledgers/activities/print/x.ts',
      "import { listParticipants } from '../store/activities';",
    ],
    [
      'an excel sheet file importing the db',
      'shared/ledgers/roster/excel/x.ts',
      "import { writeBatch } from '../../../db/batches';",
    ],
    [
      'an excel sheet file importing a store',
      'shared/ledgers/roster/excel/x.ts',
      "import { listMembers } from '../store/members';",
    ],
    [
      'a store importing a print model',
      'shared/ledgers/roster/store/x.ts',
      "import { buildRosterList } from '../print/rosterList';",
    ],
    [
      'shared/core importing a ledger',
      'shared/core/text/x.ts',
      "import { newMember } from '../../ledgers/roster/rules/member';",
    ],
    [
      'shared/core importing a ledger type',
      'shared/core/print/x.ts',
      "import type { Activity } from '../../ledgers/activities/rules/activity';",
    ],
    ['shared/core importing dexie', 'shared/core/ids/x.ts', "import Dexie from 'dexie';"],
    [
      'a db upgrade importing live ledger code',
      'shared/db/upgrades/v09-x.ts',
      "import { MEMBER_STATUSES } from '../../ledgers/roster/rules/member';",
    ],
    [
      'the db importing a store',
      'shared/db/x.ts',
      "import { listMembers } from '../ledgers/roster/store/members';",
    ],
    [
      'the db importing a rule as a value',
      'shared/db/x.ts',
      "import { newMember } from '../ledgers/roster/rules/member';",
    ],
    [
      "a ledger's index importing the LEDGERS registry",
      'shared/ledgers/roster/index.ts',
      "import { LEDGERS } from '../index';",
    ],
    [
      'shared importing react',
      'shared/ledgers/roster/rules/x.ts',
      "import { useState } from 'react';",
    ],
    ['shared importing electron', 'shared/db/x.ts', "import { app } from 'electron';"],
    [
      'shared importing node:fs',
      'shared/core/excel/x.ts',
      "import { readFileSync } from 'node:fs';",
    ],
    [
      'shared importing the renderer',
      'shared/core/print/x.ts',
      "import { App } from '../../../renderer/app/App';",
    ],
    [
      'a shared test importing electron',
      'shared/ledgers/roster/store/x.test.ts',
      "import { app } from 'electron';",
    ],
    [
      'a shared test importing react',
      'shared/ledgers/roster/rules/x.test.ts',
      "import { useState } from 'react';",
    ],
    [
      'the renderer importing a deep shared path',
      'renderer/home/x.ts',
      "import { listMembers } from '../../shared/ledgers/roster/store/members';",
    ],
    [
      'the renderer importing a deep core path',
      'renderer/home/x.ts',
      "import { todayIso } from '../../shared/core/text/dates';",
    ],
    [
      'a renderer test importing a deep shared path',
      'renderer/roster/x.test.ts',
      "import { newMember } from '../../shared/ledgers/roster/rules/member';",
    ],
    [
      "a feature importing another feature's internals",
      'renderer/activities/x.ts',
      "import { MemberPage } from '../roster/MemberPage';",
    ],
    [
      'a feature choosing the platform itself',
      'renderer/notices/x.ts',
      "import { browserPlatform } from '../platform/browserPlatform';",
    ],
    [
      'the renderer importing electron',
      'renderer/home/x.ts',
      "import { ipcRenderer } from 'electron';",
    ],
    ['the renderer importing node:fs', 'renderer/home/x.ts', "import fs from 'node:fs';"],
    [
      'the renderer importing electron/',
      'renderer/home/x.ts',
      "import { x } from '../../electron/main';",
    ],
    ['electron importing the db', 'electron/x.ts', "import { openDb } from '../shared/db/db';"],
    [
      'electron importing a ledger',
      'electron/ipc/x.ts',
      "import { LEDGERS } from '../../shared/ledgers';",
    ],
    ['electron importing react', 'electron/x.ts', "import { useState } from 'react';"],
  ])('%s', async (_case, file, code) => {
    const errors = await layeringErrors(file, `${code}\nexport const unused = 1;\n`);
    expect(errors.map((e) => e.messageId)).toContain('forbidden');
  });
});

describe('layering lint allows', () => {
  it.each([
    [
      'the db importing a row type',
      'shared/db/x.ts',
      "import type { Member } from '../ledgers/roster/rules/member';",
    ],
    [
      'the db importing the ledger tables',
      'shared/db/x.ts',
      "import { LEDGER_TABLES } from '../ledgers/tables';",
    ],
    [
      "a rules file using core and another ledger's rules",
      'shared/ledgers/activities/rules/x.ts',
      "import { todayIso } from '../../../core/text/dates';\nimport type { Member } from '../../roster/rules/member';",
    ],
    [
      'a store writing through writeBatch',
      'shared/ledgers/roster/store/x.ts',
      "import { writeBatch } from '../../../db/batches';\nimport Dexie from 'dexie';",
    ],
    [
      'a print model using the page geometry of another',
      'shared/ledgers/roster/print/x.ts',
      "import { NOTICE_PAGE } from '../../notices/print/noticeLayout';",
    ],
    [
      'the import workflow writing through its store',
      'shared/ledgers/roster/import/x.ts',
      "import { saveMember } from '../store/members';\nimport * as XLSX from 'xlsx';",
    ],
    [
      '年度统计 reading the registry',
      'shared/ledgers/yearEnd/index.ts',
      "import { LEDGERS } from '../index';",
    ],
    [
      'a store test setting up a fresh db',
      'shared/ledgers/roster/store/x.test.ts',
      "import { freshDb } from '../../../db/testDb';\nimport { it } from 'vitest';",
    ],
    [
      'the renderer using ledger, core and db entries',
      'renderer/home/x.ts',
      "import { listMembers } from '../../shared/ledgers/roster';\nimport { todayIso } from '../../shared/core/text';\nimport { openDb } from '../../shared/db';",
    ],
    [
      'the renderer using the roster reader entry',
      'renderer/roster/import/x.ts',
      "import { readRoster } from '../../../shared/ledgers/roster/import';",
    ],
    [
      'a feature using another through its index',
      'renderer/activities/x.ts',
      "import { useMembers } from '../roster';\nimport { ImportWizardPage } from '../roster/import';",
    ],
    [
      'a feature using the shell',
      'renderer/notices/x.ts',
      "import { useDb } from '../app/AppContext';",
    ],
    [
      'electron using the ipc contract',
      'electron/x.ts',
      "import { contract } from '../shared/ipc/contract';",
    ],
    [
      'a test reading the repo through node:fs',
      'shared/core/ids/x.test.ts',
      "import { readFileSync } from 'node:fs';\nimport { join } from 'node:path';",
    ],
    [
      'tests importing anything',
      'tests/unit/x.test.ts',
      "import { x } from '../../electron/main';",
    ],
  ])('%s', async (_case, file, code) => {
    expect(await layeringErrors(file, `${code}\nexport const unused = 1;\n`)).toEqual([]);
  });
});
