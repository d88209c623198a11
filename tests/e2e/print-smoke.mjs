// Look at the printouts: renders a 120-member sign-in sheet (one and two blocks) and a
// notice with the real print views, prints them to PDF in Chromium, rasterises the pages
// (pdftoppm) for a human to look at, and checks the text (pdftotext): 「第 X 页 共 Y 页」 on
// every page, every name exactly once, page numbers 「— n —」 on the notice.
// Run: node tests/e2e/print-smoke.mjs   → tests/e2e/artifacts/print/*.pdf, *.png
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = `${root}tests/e2e/artifacts/print`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true },
  appType: 'custom',
});
const load = (p) => vite.ssrLoadModule(p);
const { buildSignInSheet } = await load('/shared/ledgers/activities/print/signInSheet.ts');
const { mergeNotice } = await load('/shared/ledgers/notices/rules/noticeMerge.ts');
const { layoutNotice } = await load('/shared/ledgers/notices/print/noticeLayout.ts');
const { DEFAULT_NOTICE_TEMPLATES } = await load('/shared/ledgers/notices/rules/noticeTemplates.ts');
const { SignInSheetView } = await load('/renderer/print/SignInSheetView.tsx');
const { NoticeView } = await load('/renderer/print/NoticeView.tsx');
const { PrintPreview } = await load('/renderer/print/PrintPreview.tsx');
const { AppServicesProvider } = await load('/renderer/app/AppContext.tsx');
const mantineCss = readFileSync(`${root}node_modules/@mantine/core/styles.css`, 'utf8');
const css = readFileSync(`${root}renderer/print/print.css`, 'utf8');

// 120 distinct three-character names, plus two long ones that must shrink, not clip.
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程',
];
const GIVEN = [...'明华芳军伟静丽强敏磊洋艳勇杰娟涛超霞平刚桂英'];
const DEPTS = ['语文组', '数学组', '英语组', '理化生组', '政史地组', '音体美组', '行政后勤'];
const members = Array.from({ length: 120 }, (_, i) => ({
  id: `m${i}`,
  name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${GIVEN[(i * 7 + 3) % GIVEN.length]}`,
  gender: i % 3 ? '女' : '男',
  department: DEPTS[i % DEPTS.length],
  unionGroup: `第${(i % 5) + 1}小组`,
  rosterOrder: i,
}));
members[5].name = '阿依古丽·买买提';
members[6].name = '欧阳明华';
const names = members.map((m) => m.name);
if (new Set(names).size !== names.length) throw new Error('示例姓名有重复');
const leave = [
  { memberId: 'm10', name: members[10].name, reason: '病假' },
  { memberId: 'm11', name: members[11].name, reason: '外出培训' },
];

const base = {
  title: '2026年教职工大会签到表',
  dateText: '2026年11月21日（星期六）下午3:00',
  place: '学校报告厅',
  unionName: '第一中学工会委员会',
  members,
  leave,
};
const sheets = {
  'sheet-1block-grouped': buildSignInSheet({
    ...base,
    options: {
      groupBy: 'department',
      groupOrder: DEPTS,
      columns: ['seq', 'name', 'gender', 'department', 'signature', 'remark'],
      walkInRows: 5,
    },
  }),
  'sheet-2blocks': buildSignInSheet({
    ...base,
    options: { blocks: 2, columns: ['seq', 'name', 'department', 'signature'], walkInRows: 6 },
  }),
  'sheet-landscape-2blocks': buildSignInSheet({
    ...base,
    options: {
      blocks: 2,
      orientation: 'landscape',
      groupBy: 'unionGroup',
      columns: ['seq', 'name', 'unionGroup', 'signature', 'remark'],
    },
  }),
};

const template = DEFAULT_NOTICE_TEMPLATES.find((t) => t.kind === '会议通知');
const merged = mergeNotice(
  {
    ...template,
    body: `${template.body}\n${'为进一步加强学校民主管理，保障教职工的知情权、参与权、表达权和监督权，'.repeat(6)}`,
  },
  {
    工会名称: '第一中学工会委员会',
    单位名称: '第一中学',
    文号: '一中工〔2026〕3号',
    日期: '2026年11月21日',
    活动名称: '第四届教职工代表大会第二次会议暨工会会员代表大会',
    时间: '2026年11月28日（星期六）下午2:30',
    地点: '学校报告厅',
    参加人员: '全体教代会代表、列席代表',
    内容: '听取和审议校长工作报告；审议学校财务工作报告；听取2025年度提案办理情况的报告；审议通过《第一中学绩效工资分配方案（修订稿）》。',
    联系人: '王老师',
    联系电话: '0571-12345678',
  },
  { issuer: '第一中学工会委员会文件' },
);
const notice = layoutNotice(merged.document);

// The print root sits inside fake app chrome, which must not reach the paper. Its ancestors
// carry `ud-print-path`, as markPrintPath (renderer/print/printPath.ts) gives them in the app.
const page = (
  body,
) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style>
<style>.app-nav{width:220px;height:100vh;background:#228be6;color:#fff;float:left}</style></head>
<body class="ud-print-path"><div id="root" class="ud-print-path"><nav class="app-nav">应用侧边栏（不应打印）</nav><main class="ud-print-path"><div class="ud-preview-desk ud-print-path"><div class="print-root" data-testid="print-pages">${body}</div></div></main></div></body></html>`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const problems = [];
const check = (ok, what) => {
  if (!ok) problems.push(what);
};

async function print(name, element, expectedPages) {
  const html = page(renderToStaticMarkup(element));
  writeFileSync(`${out}/${name}.html`, html);
  const tab = await browser.newPage();
  await tab.setContent(html, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready);
  // Screen preview too, to see the shadowed sheets on the grey desk.
  await tab.screenshot({ path: `${out}/${name}-screen.png` });
  await tab.pdf({ path: `${out}/${name}.pdf`, preferCSSPageSize: true, printBackground: true });
  await tab.close();
  execFileSync('pdftoppm', ['-png', '-r', '50', `${out}/${name}.pdf`, `${out}/${name}`]);
  const info = execFileSync('pdfinfo', [`${out}/${name}.pdf`], { encoding: 'utf8' });
  const pdfPages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  check(pdfPages === expectedPages, `${name}: PDF 有 ${pdfPages} 页，应为 ${expectedPages} 页`);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  console.log(`${name}: ${pdfPages} 页, ${size?.[1]} × ${size?.[2]} pt`);
  const text = execFileSync('pdftotext', ['-layout', `${out}/${name}.pdf`, '-'], {
    encoding: 'utf8',
  });
  writeFileSync(`${out}/${name}.txt`, text);
  check(!text.includes('应用侧边栏'), `${name}: 应用界面被打印出来了`);
  // pdftotext drops or adds spaces between CJK characters; compare without them.
  return text
    .split('\f')
    .filter((p) => p.trim() !== '')
    .map((p) => p.replace(/[ \t]+/g, ''));
}

for (const [name, sheet] of Object.entries(sheets)) {
  const pages = await print(name, h(SignInSheetView, { sheet }), sheet.pageCount);
  pages.forEach((p, i) =>
    check(
      p.includes(`第${i + 1}页共${sheet.pageCount}页`),
      `${name}: 第 ${i + 1} 页没有「第 ${i + 1} 页 共 ${sheet.pageCount} 页」`,
    ),
  );
  const all = pages.join('\n');
  for (const n of names) {
    const count = all.split(n).length - 1;
    check(count === 1, `${name}: 「${n}」出现 ${count} 次`);
  }
  console.log(
    `  ${sheet.pages.map((p) => p.blocks.map((b) => b.entries.filter((e) => e.kind === 'row').length).join('+')).join(' | ')} 行/页`,
  );
}

// The whole preview screen (options panel, toolbar, scaled pages): on paper only the pages.
const fakePlatform = {
  kind: 'browser',
  print: async () => {},
  printToPdf: async () => ({ saved: false }),
};
const preview = h(
  MantineProvider,
  null,
  h(
    AppServicesProvider,
    { value: { platform: fakePlatform, db: null } },
    h(
      'div',
      { style: { height: '100vh' } },
      h(
        PrintPreview,
        {
          title: '教职工大会签到表',
          document: h(SignInSheetView, { sheet: sheets['sheet-2blocks'] }),
        },
        h('p', null, '这里是选项面板（不应打印）'),
      ),
    ),
  ),
);
{
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${mantineCss}</style><style>${css}</style></head><body>${renderToStaticMarkup(preview)}</body></html>`;
  writeFileSync(`${out}/preview.html`, html);
  await tab.setContent(html, { waitUntil: 'load' });
  await tab.screenshot({ path: `${out}/preview-screen.png` });
  // What PrintPreview's effect does in the app (markPrintPath): static markup runs no effects.
  await tab.evaluate(() => {
    const root = document.querySelector('.print-root');
    for (let el = root.parentElement; el && el !== document.documentElement; el = el.parentElement)
      el.classList.add('ud-print-path');
  });
  await tab.pdf({ path: `${out}/preview.pdf`, preferCSSPageSize: true, printBackground: true });
  await tab.close();
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '50',
    '-f',
    '1',
    '-l',
    '1',
    `${out}/preview.pdf`,
    `${out}/preview`,
  ]);
  const text = execFileSync('pdftotext', ['-layout', `${out}/preview.pdf`, '-'], {
    encoding: 'utf8',
  }).replace(/[ \t]+/g, '');
  const pages = Number(
    /Pages:\s+(\d+)/.exec(
      execFileSync('pdfinfo', [`${out}/preview.pdf`], { encoding: 'utf8' }),
    )?.[1],
  );
  check(
    pages === sheets['sheet-2blocks'].pageCount,
    `preview: PDF 有 ${pages} 页，应为 ${sheets['sheet-2blocks'].pageCount} 页`,
  );
  check(
    !text.includes('选项面板') && !text.includes('保存为PDF'),
    'preview: 选项面板或工具栏被打印出来了',
  );
  console.log(`preview: ${pages} 页`);
}

const noticePages = await print('notice', h(NoticeView, { layout: notice }), notice.pageCount);
noticePages.forEach((p, i) =>
  check(p.includes(`—${i + 1}—`), `notice: 第 ${i + 1} 页没有页码「— ${i + 1} —」`),
);
check(noticePages[0]?.includes('一中工〔2026〕3号'), 'notice: 第 1 页没有文号');

await browser.close();
await vite.close();
if (problems.length) {
  console.error(`发现 ${problems.length} 个问题：\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`打印检查通过。图片在 ${out}`);
