// Lint config. The `layering` block below enforces the architecture's import rules, an
// allow-list per folder kept in eslint/layering.js (README → 架构): a wrong import, or a file
// in a folder no rule names, fails `npm run lint`; tests/unit/layering.test.ts proves it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importAllowList from './eslint/import-allow-list.js';
import { layers, testAllow, testFiles } from './eslint/layering.js';

/** The layering allow-list (eslint/layering.js) enforced by a local rule on every source file. */
const layering = {
  files: ['**/*.{ts,tsx,js,mjs,cjs}'],
  plugins: { local: importAllowList },
  rules: { 'local/import-allow-list': ['error', { layers, testFiles, testAllow }] },
};

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
  layering,
);
