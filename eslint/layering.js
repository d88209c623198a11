// The architecture's import rules as an allow-list (README → 架构, STYLE.md "Here"): for each
// folder, what it may import; everything else fails `npm run lint`. The first layer whose
// `files` match a file is its layer; a file no layer matches fails too, so a new folder is
// placed on purpose. tests/unit/layering.test.ts proves both.
//
// allow / allowTypes: { files: repo-path globs, packages: package-name globs } — allowTypes
// only for `import type`. `<L>` (a ledger folder) and `<F>` (a renderer feature folder) are
// captured from the importing file's own path. A test beside the code (x.test.ts) is judged by
// the layer of x.ts plus the `testAllow` entries whose `files` match it.

const CORE = 'shared/core/**';
/** Every ledger's pure rules: any ledger's rules may use any other's (row types, vocabularies). */
const RULES = 'shared/ledgers/*/rules/**';
/** Ledger-wide declarations that are pure data and types (no Dexie, no db). */
const LEDGER_TYPES = ['shared/ledgers/{types,tables}.ts', 'shared/ledgers/*/tables.ts'];
/** The db module's own files; `upgrades/` is frozen and reached only through schema.ts. */
const DB = 'shared/db/*.ts';
const SHEET_TYPES = 'shared/ledgers/workbook/sheetTypes.ts';

/** What the renderer may take from shared/: public entries only, never a deep path. */
const SHARED_ENTRIES = [
  'shared/ledgers/index.ts',
  'shared/ledgers/*/index.ts',
  // The roster reader is its own entry: it runs in a Web Worker and is loaded lazily on the
  // main thread, so it must not pull the ledger's stores (and Dexie) in with it.
  'shared/ledgers/*/import/index.ts',
  // A ledger's workbooks (SheetJS), likewise loaded with `await import()` when the chair
  // exports, so no page that merely lists records loads xlsx.
  'shared/ledgers/*/excel/index.ts',
  // Names as pinyin (pinyin-pro): the search Worker's, and the roster page's lazily.
  'shared/ledgers/*/pinyin.ts',
  // A ledger's printed lists, when they sort by pinyin (the roster's 名册与名单).
  'shared/ledgers/*/print/index.ts',
  'shared/core/*/index.ts',
  'shared/db/index.ts',
  'shared/backup/index.ts',
  'shared/platform.ts',
  'shared/ipc/contract.ts',
];
const UI_PACKAGES = [
  'react',
  'react/**',
  'react-dom',
  'react-dom/client',
  '@mantine/**',
  '@tabler/icons-react',
  '@tanstack/react-virtual',
  'dayjs',
  'dayjs/**',
  'dexie-react-hooks',
  'react-router',
];

const FREE = { files: ['**'], packages: ['**'] };

export const layers = [
  // ── free: tooling and tests outside the app ────────────────────────────────
  {
    name: '测试与工具',
    files: ['tests/**', 'bench/**', 'scripts/**', 'eslint/**'],
    allow: FREE,
  },
  {
    name: '构建配置',
    files: [
      'eslint.config.js',
      'electron.vite.config.ts',
      'vite.web.config.ts',
      'vite.shared.ts',
      'vitest.config.ts',
      'postcss.config.cjs',
    ],
    allow: FREE,
  },

  // ── shared/core: the kernel knows no ledger, no Dexie, no UI ───────────────
  {
    // Debt: `Gender` is a roster type these two kernel files check against; it belongs in
    // core/text. Remove this layer when it moves (then core imports no ledger at all).
    name: 'shared/core（待迁移的 Gender 类型）',
    files: ['shared/core/ids/idNumber.ts', 'shared/core/text/normalizeGender.ts'],
    allow: { files: [CORE] },
    allowTypes: { files: ['shared/ledgers/roster/rules/member.ts'] },
  },
  {
    name: 'shared/core',
    files: ['shared/core/*/**'],
    allow: { files: [CORE], packages: ['xlsx', 'fflate', 'pinyin-pro'] },
    why: '内核只引用自身和 xlsx、fflate、pinyin-pro，不认识任何台账、数据库或界面。',
  },

  // ── shared/db ──────────────────────────────────────────────────────────────
  {
    name: 'shared/db/upgrades',
    files: ['shared/db/upgrades/**'],
    allow: { files: ['shared/db/upgrades/**'], packages: ['dexie'] },
    why: '升级脚本是冻结的：只带自己的数据，不引用任何现行的台账代码。',
  },
  {
    name: 'shared/db',
    files: ['shared/db/**'],
    allow: { files: [CORE, 'shared/db/**', ...LEDGER_TYPES], packages: ['dexie'] },
    allowTypes: { files: [RULES] },
    why: '数据库只引用内核、自身、dexie、各台账的 tables.ts 和规则里的行类型（仅 import type）。',
  },

  // ── shared/ledgers/<L>: one folder per ledger, split by role ───────────────
  {
    name: 'shared/ledgers/<L>/rules',
    files: ['shared/ledgers/<L>/rules/**'],
    // pinyin-pro: pure text (拼音 search keys), no I/O.
    allow: { files: [CORE, RULES, ...LEDGER_TYPES], packages: ['pinyin-pro'] },
    allowTypes: { files: [SHEET_TYPES] },
    why: '规则是纯函数：只引用内核、各台账的规则和类型，不得引用 dexie、数据库、store、xlsx。',
  },
  {
    name: 'shared/ledgers/<L>/store',
    files: ['shared/ledgers/<L>/store/**'],
    allow: {
      files: [
        CORE,
        RULES,
        ...LEDGER_TYPES,
        DB,
        'shared/ledgers/<L>/store/**',
        'shared/ledgers/<L>/demo.ts',
        'shared/ledgers/store/**',
      ],
      packages: ['dexie'],
    },
    why: '仓库只引用内核、规则、数据库、本台账的 store 和示例数据；打印与表格模型不进仓库。',
  },
  {
    name: 'shared/ledgers/<L>/print',
    files: ['shared/ledgers/<L>/print/**'],
    // Document models compose: a roster list uses the notice page geometry.
    allow: {
      files: [CORE, RULES, ...LEDGER_TYPES, 'shared/ledgers/*/print/**'],
      packages: ['docx'],
    },
    why: '打印模型只用现成的数据：引用内核、规则和其他打印模型，从不查询数据库或 store。',
  },
  {
    name: 'shared/ledgers/<L>/excel',
    files: ['shared/ledgers/<L>/excel/**'],
    allow: {
      files: [
        CORE,
        RULES,
        ...LEDGER_TYPES,
        'shared/ledgers/<L>/excel/**',
        // The field vocabulary and header synonyms the sheets share with the import (pure data).
        'shared/ledgers/<L>/import/types.ts',
        'shared/ledgers/<L>/import/headerSynonyms.ts',
      ],
      packages: ['xlsx', 'fflate'],
    },
    allowTypes: { files: [SHEET_TYPES] },
    why: '表格只由现成的数据写成：引用内核、规则和 xlsx，从不查询数据库或 store。',
  },
  {
    name: 'shared/ledgers/<L>/import',
    files: ['shared/ledgers/<L>/import/**'],
    allow: {
      files: [CORE, RULES, ...LEDGER_TYPES, DB, 'shared/ledgers/<L>/{import,store,excel}/**'],
      packages: ['xlsx', 'dexie'],
    },
    why: '导入（读取 → 匹配 → 写入）引用内核、规则、本台账的 store 与表格，以及数据库。',
  },
  {
    // 台账检查: pure rules over every ledger's data, like rules/ (issue 14 item 3).
    name: 'shared/ledgers/yearEnd/check',
    files: ['shared/ledgers/yearEnd/check/**'],
    allow: {
      files: [
        CORE,
        RULES,
        ...LEDGER_TYPES,
        'shared/ledgers/yearEnd/check/**',
        'shared/ledgers/yearEnd/print/**',
      ],
    },
    why: '台账检查是纯函数：只引用内核、各台账的规则和类型，以及年度统计的打印版式。',
  },
  {
    // yearEnd (年度统计) and workbook (年度台账) run over every ledger, so they — and only they —
    // read the LEDGERS registry; an ordinary ledger's index importing it would be a cycle.
    name: 'shared/ledgers/yearEnd',
    files: ['shared/ledgers/yearEnd/{index,module,tables}.ts'],
    allow: {
      files: [
        CORE,
        RULES,
        ...LEDGER_TYPES,
        'shared/ledgers/yearEnd/**',
        'shared/ledgers/index.ts',
        // loadLedgerData: the page computes from the database as the CLI does from a backup
        'shared/ledgers/store/**',
      ],
    },
    allowTypes: { files: [SHEET_TYPES] },
  },
  {
    // 工作总结 (issue 14): the year's figures written as sentences, laid out by the notice engine.
    name: 'shared/ledgers/yearEnd/summary',
    files: ['shared/ledgers/yearEnd/summary/**'],
    allow: {
      files: [
        CORE,
        RULES,
        ...LEDGER_TYPES,
        'shared/ledgers/*/print/**',
        'shared/ledgers/yearEnd/summary/**',
      ],
      packages: ['docx'],
    },
    why: '工作总结草稿只由现成的年度数字写成：引用内核、规则和打印模型，从不查询数据库或 store。',
  },
  {
    name: 'shared/ledgers/<L>（入口、模块、表、示例）',
    files: ['shared/ledgers/<L>/{index,module,tables,demo,pinyin}.ts'],
    allow: { files: [CORE, RULES, ...LEDGER_TYPES, SHEET_TYPES, 'shared/ledgers/<L>/**'] },
    why: '台账入口只引用本台账和内核、规则；不得引用 LEDGERS 注册表（循环引用）。',
  },
  {
    name: 'shared/ledgers/workbook',
    files: ['shared/ledgers/workbook/**'],
    allow: {
      files: [CORE, DB, 'shared/ledgers/**'],
      packages: ['xlsx', 'fflate', 'dexie'],
    },
    why: '年度台账引擎引用内核、数据库和各台账（注册表、表格、导入、store）。',
  },
  {
    // 台账包 (issue 15): reads a union's 年度台账 or backup with the workbook engine and the
    // 年度统计 code, and stores what the federation collected — like workbook/, it runs over
    // every ledger.
    name: 'shared/ledgers/township/exchange',
    files: ['shared/ledgers/township/exchange/**'],
    allow: {
      files: [CORE, DB, 'shared/ledgers/**', 'shared/backup/**'],
      packages: ['xlsx', 'fflate', 'dexie'],
    },
    why: '台账包的收取引用内核、数据库、备份文件和各台账（年度台账引擎、年度统计）。',
  },
  {
    name: 'shared/ledgers/township/rollup',
    files: ['shared/ledgers/township/rollup/**'],
    allow: {
      files: [
        CORE,
        RULES,
        ...LEDGER_TYPES,
        'shared/ledgers/township/rollup/**',
        'shared/ledgers/*/print/**',
      ],
    },
    why: '汇总是纯函数：由收到的台账包算出，引用内核、规则和打印模型，从不查询数据库。',
  },
  {
    name: 'shared/ledgers/store',
    files: ['shared/ledgers/store/**'],
    allow: {
      // The registry too: these stores run over every ledger (its data, its member references).
      files: [
        CORE,
        DB,
        RULES,
        ...LEDGER_TYPES,
        'shared/ledgers/store/**',
        'shared/ledgers/index.ts',
        // the registry alone (registry.ts): the member page reaches it, not the demo
        'shared/ledgers/registry.ts',
      ],
      packages: ['dexie'],
    },
  },
  {
    name: 'shared/ledgers（注册表、类型、示例）',
    files: ['shared/ledgers/*.ts'],
    allow: {
      files: [
        CORE,
        DB,
        RULES,
        SHEET_TYPES,
        'shared/ledgers/*.ts',
        'shared/ledgers/*/{module,tables,demo}.ts',
        // sheets.ts (LEDGER_SHEETS): each ledger's 年度台账 sheets, kept out of LEDGERS
        'shared/ledgers/*/excel/sheets.ts',
      ],
    },
  },

  // ── shared: backup, ipc, platform ──────────────────────────────────────────
  {
    name: 'shared/backup',
    files: ['shared/backup/**'],
    allow: {
      files: [CORE, DB, 'shared/backup/**', 'shared/ledgers/index.ts', ...LEDGER_TYPES],
      packages: ['dexie', 'fflate'],
    },
    allowTypes: { files: ['shared/platform.ts'] },
  },
  {
    name: 'shared/ipc',
    files: ['shared/ipc/**'],
    allow: { files: ['shared/ipc/**', 'shared/backup/header.ts'], packages: ['zod'] },
    allowTypes: { files: ['shared/platform.ts'] },
  },
  {
    name: 'shared/platform.ts',
    files: ['shared/platform.ts'],
    allowTypes: { files: ['shared/backup/header.ts', 'shared/core/**'] },
  },

  // ── electron: thin main process ────────────────────────────────────────────
  {
    name: 'electron',
    files: ['electron/**'],
    allow: {
      files: ['electron/**', 'shared/ipc/**', 'shared/platform.ts', 'shared/backup/header.ts'],
      packages: ['electron', 'node:*', 'node:*/**', 'zod', 'zod/**'],
    },
    why: 'electron/ 保持精简：只引用 electron、node:*、shared/ipc、shared/platform 和备份文件头。',
  },

  // ── renderer ───────────────────────────────────────────────────────────────
  {
    // The platform implementations, chosen once in main.tsx (features never ask where they run).
    name: 'renderer/platform',
    files: ['renderer/platform/**'],
    allow: {
      files: ['renderer/platform/**', 'shared/platform.ts', 'shared/ipc/contract.ts'],
      packages: ['dexie'],
    },
  },
  {
    // Debt: the 名单 workbook is written in the screen; it belongs in the roster's excel/.
    name: 'renderer/roster/lists（表格写出待迁移）',
    files: ['renderer/roster/lists/listWorkbook.ts'],
    allow: { files: ['renderer/roster/**', ...SHARED_ENTRIES], packages: ['xlsx'] },
  },
  {
    name: 'renderer/<F>',
    files: ['renderer/<F>/**'],
    allow: {
      files: [
        'renderer/<F>/**',
        'renderer/app/**',
        // another feature only through its index.ts (or a sub-feature's, e.g. roster/import)
        'renderer/*/index.ts',
        'renderer/*/*/index.ts',
        ...SHARED_ENTRIES,
      ],
      packages: UI_PACKAGES,
    },
    why: 'renderer/ 只通过 index.ts 使用 shared/ 和其他功能，不得引用 electron/、Node 模块或深层路径。',
  },
  {
    name: 'renderer（启动）',
    files: ['renderer/*.{ts,tsx}'],
    allow: { files: ['renderer/**', ...SHARED_ENTRIES], packages: UI_PACKAGES },
  },
];

/** Tests beside the code (and their helpers): judged by their file's layer plus these. */
export const testFiles = ['**/*.test.{ts,tsx}', '**/testDb.ts', '**/testDir.ts', '**/testIpc.ts'];
export const testAllow = [
  {
    // Tests run in Node: a test may read the repo's own files (e.g. "ids are minted only in
    // newId"); the code under test still may not.
    files: ['**'],
    allow: {
      packages: [
        'vitest',
        'fake-indexeddb',
        'fake-indexeddb/**',
        'node:fs',
        'node:path',
        'node:url',
      ],
    },
  },
  // A shared/ test may set up its data through the db, the stores and the demo union, and
  // read back the workbooks it wrote — never React, Electron or Node.
  {
    files: ['shared/**'],
    allow: { files: [CORE, 'shared/db/**', 'shared/ledgers/**'], packages: ['xlsx'] },
  },
  { files: ['renderer/**'], allow: { packages: ['react-dom/server', 'xlsx'] } },
];
