// Lint config. The `layering` blocks below are the architecture's import rules
// (README → 架构): a wrong import fails `npm run lint`, and tests/unit/layering.test.ts
// proves that it does.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ui = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  '@mantine/*',
  '@tabler/*',
  'dexie-react-hooks',
  'react-router',
];
const platformModules = ['electron', 'electron/*', 'node:*', 'fs', 'path', 'os', 'child_process'];

/** Folders that nothing outside them may reach into, keyed by the glob that names them. */
const rendererDir = ['**/renderer/**', '**/renderer'];
const electronDir = ['**/electron/**', '**/electron'];

function layer(files, { groups = [], paths = [], message }) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: paths.map((name) => ({ name, message })),
          patterns: [{ group: groups, message }],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'tests/e2e/artifacts/**',
      'tests/fixtures/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // A promise nobody awaits fails silently: the chair clicks and nothing tells them it
  // did not work. Type-aware, so it reads the two tsconfigs (renderer and shared).
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // ── layering ────────────────────────────────────────────────────────────────
  layer(['shared/**/*.ts'], {
    groups: [...ui, ...platformModules, ...rendererDir, ...electronDir],
    message:
      'shared/ 是与平台无关的业务层：不得引用 React、Electron、Node 模块或 renderer/、electron/。',
  }),
  layer(['shared/core/**/*.ts', 'shared/ledgers/*/rules/**/*.ts'], {
    groups: [
      ...ui,
      ...platformModules,
      ...rendererDir,
      ...electronDir,
      'dexie',
      '**/db/**',
      '**/excel/**',
      '**/print/**',
      '**/reports/**',
      '**/backup/**',
    ],
    message: '业务规则（shared/core、各台账 rules/）是纯函数：不得引用数据库、表格、打印或备份。',
  }),
  layer(['electron/**/*.ts'], {
    groups: [
      ...rendererDir,
      'react',
      'react-dom',
      '@mantine/*',
      'dexie',
      '**/shared/db/**',
      '**/shared/excel/**',
      '**/shared/print/**',
      '**/shared/reports/**',
    ],
    message: 'electron/ 保持精简：只能引用 shared/domain、shared/ipc 与 shared/platform。',
  }),
  layer(['renderer/**/*.{ts,tsx}'], {
    groups: [...electronDir, 'electron', 'node:*', 'fs', 'path', 'child_process'],
    message: 'renderer/ 只能通过 Platform 接口访问平台，不得引用 electron/ 或 Node 模块。',
  }),
);
