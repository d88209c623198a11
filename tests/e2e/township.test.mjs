import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import {
  ARTIFACTS,
  chooseFile,
  completeFirstRun,
  expectCount,
  expectText,
  launch,
  nav,
  screenshot,
  serveWeb,
  TEST_PROFILE,
} from './harness.mjs';

const OUT = join(ARTIFACTS, 'township');

const FEDERATION = {
  unionName: '城南街道总工会',
  unitName: '城南街道办事处',
  chairName: '林海燕',
  superiorUnion: '城南区总工会',
  termStart: '2023-06-01',
  termEnd: '2028-05-31',
};

async function printPdf(page, name) {
  await page.getByTestId('print-page').first().waitFor();
  const pdf = join(OUT, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, name)]);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/** The federation's own list: a title row, synonyms, a term as a range, one bad row. */
function federationList() {
  const wb = XLSX.utils.book_new();
  const rows = [
    ['城南街道基层工会名单'],
    [
      '序号',
      '单位名称',
      '类型',
      '职工数',
      '会员数',
      '女职工',
      '工会主席',
      '联系电话',
      '任期',
      '职代会',
      '集体合同',
      '厂务公开',
      '专用账户',
    ],
    [
      1,
      '宏达机械有限公司工会委员会',
      '企业',
      240,
      198,
      52,
      '周志强',
      '13912345678',
      '2024.09-2029.08',
      '是',
      '√',
      '有',
      '否',
    ],
    [
      2,
      '城南卫生院工会委员会',
      '事业单位',
      75,
      72,
      49,
      '孙丽华',
      '13800001111',
      '2020.06-2025.05',
      '是',
      '是',
      '是',
      '否',
    ],
    [
      3,
      '西岭村工会委员会',
      '村',
      12,
      15,
      5,
      '刘长山',
      '',
      '2023.01-2027.12',
      '否',
      '否',
      '是',
      '否',
    ],
    [4, '东湖社区工会委员会', '社区', 18, 18, 11, '何静', '', '2022.03-2027.02', '', '', '√', ''],
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '名单');
  const file = join(OUT, '下属工会名单.xlsx');
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  return file;
}

async function addUnion(page, u) {
  await page.getByRole('link', { name: '新增下属工会' }).click();
  await page.getByTestId('union-form').waitFor();
  await page.getByLabel('工会名称').fill(u.name);
  await page.getByRole('combobox', { name: '组建形式' }).click();
  await page.getByRole('option', { name: u.kind, exact: true }).click();
  if (u.covered) await page.getByLabel('覆盖单位数').fill(String(u.covered));
  await page.getByLabel('职工人数').fill(String(u.staff));
  await page.getByLabel('会员人数').fill(String(u.members));
  await page.getByLabel('女会员').fill(String(u.women));
  await page.getByLabel('工会主席').fill(u.chair);
  await page.getByLabel('联系电话').fill(u.phone);
  await page.getByLabel('集体合同').check();
  await page.getByTestId('union-save').click();
  await page.getByTestId('union-table').waitFor();
}

async function addUnit(page, name, staff, union) {
  await page.getByRole('button', { name: '新增应建会单位' }).click();
  const form = page.getByTestId('unit-form');
  await form.getByLabel('单位名称').fill(name);
  await form.getByLabel('职工人数').fill(String(staff));
  await form.getByRole('combobox', { name: '所属工会' }).click();
  await page.getByRole('option', { name: union, exact: true }).click();
  await form.getByRole('button', { name: '保存' }).click();
  await form.waitFor({ state: 'detached' });
}

test('a grassroots union sees no 下属工会 in its sidebar', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await completeFirstRun(page, TEST_PROFILE);
    await page.getByTestId('home').waitFor();
    const sidebar = page.getByRole('navigation', { name: '主导航' });
    await sidebar.getByRole('link', { name: /^花名册/ }).waitFor();
    assert.equal(await sidebar.getByRole('link', { name: /^下属工会/ }).count(), 0);
    assert.equal(await page.getByTestId('federation-card').count(), 0);
  } finally {
    await b.close();
    await server.close();
  }
});

test('a township federation registers its unions, imports its list, reads the rates and prints', async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);

    // ── first run as a 乡镇街道总工会, with its 统计编码 ──
    await page.getByTestId('first-run').waitFor();
    await page.getByTestId('union-type').getByText('乡镇街道总工会').click();
    await page.getByLabel('统计编码').fill('3301020012');
    await screenshot(page, 'township-01-wizard');
    await completeFirstRun(page, FEDERATION);
    await page.getByTestId('home').waitFor();
    await page.getByTestId('federation-card').waitFor();

    // ── 下属工会 is in the sidebar; the settings keep the type and the code ──
    await nav(page, '工会信息');
    assert.equal(await page.getByLabel('统计编码').inputValue(), '3301020012');
    await nav(page, '下属工会');
    await page.getByTestId('township-page').waitFor();

    // ── a school union and a 联合工会 covering three units ──
    await addUnion(page, {
      name: '城南小学工会委员会',
      kind: '单独建会（学校）',
      staff: 86,
      members: 86,
      women: 61,
      chair: '陈晓梅',
      phone: '13712345678',
    });
    await addUnion(page, {
      name: '城南商贸联合工会委员会',
      kind: '联合工会',
      covered: 3,
      staff: 46,
      members: 31,
      women: 22,
      chair: '郑海燕',
      phone: '13598765432',
    });
    await expectText(
      page.getByTestId('union-count'),
      /2 个基层工会，覆盖 4 个单位，职工 132 人，会员 117 人/,
    );

    // A member count above the staff is refused with the numbers named.
    await page.getByRole('link', { name: '城南小学工会委员会' }).click();
    await page.getByLabel('会员人数').fill('90');
    await page.getByTestId('union-save').click();
    await page.getByText('会员人数（90）不能多于职工人数（86）').waitFor();
    await expectText(page.getByTestId('reported-note'), /尚未收到该工会的台账包/);
    await page.getByRole('link', { name: '← 返回下属工会' }).click();

    // ── the federation's Excel list: three rows in, one row with members above staff out ──
    await chooseFile(page, 'import-list', federationList());
    await page.getByTestId('list-preview').waitFor();
    await expectText(
      page.getByTestId('list-summary'),
      /新增 3 个，更新 0 个，\s*无变化 0 个，有错未导入 1 行/,
    );
    await expectText(
      page.getByTestId('list-errors'),
      /第 5 行 E 列（会员数）：会员人数（15）不能多于职工人数（12）/,
    );
    await page.waitForTimeout(400);
    await screenshot(page, 'township-02-import-preview');
    await page.getByTestId('list-apply').click();
    await page.getByTestId('list-preview').waitFor({ state: 'detached' });
    await expectText(
      page.getByTestId('union-count'),
      /5 个基层工会，覆盖 7 个单位，职工 465 人，会员 405 人/,
    );

    // Filters: search as you type, and the term filter finds the 卫生院's ended term.
    await page.getByTestId('union-search').fill('卫生');
    await expectCount(page.getByTestId('union-row'), 1);
    await page.getByTestId('union-search').fill('');
    await page.getByRole('combobox', { name: '任期' }).click();
    await page.getByRole('option', { name: '已届满', exact: true }).click();
    assert.deepEqual(
      (await page.getByTestId('union-row').locator('a').allTextContents()).map((s) => s.trim()),
      ['城南卫生院工会委员会'],
    );
    await page.getByRole('combobox', { name: '任期' }).click();
    await page.getByRole('option', { name: '全部', exact: true }).click();
    await screenshot(page, 'township-03-list');

    // ── 应建会单位: three covered by the 联合工会, one with no union ──
    await page.getByRole('tab', { name: '应建会单位与建会率' }).click();
    for (const [name, staff] of [
      ['美佳服装店', 9],
      ['鑫源五金商行', 12],
      ['惠民大药房', 10],
    ])
      await addUnit(page, name, staff, '城南商贸联合工会委员会');
    await addUnit(page, '星光电子厂', 65, '未建会');
    await expectText(
      page.getByTestId('unionisation-rate'),
      /75\.00%（3 ÷ 4）.*已建会单位 3 个 ÷ 应建会单位 4 个.*建会率 = 已建会单位 ÷ 应建会单位/,
    );
    await expectText(
      page.getByTestId('membership-rate'),
      /87\.10%（405 ÷ 465）.*会员 405 人 ÷ 已建会单位职工 465 人/,
    );
    await page.getByTestId('unit-filter').getByText('未建会').click();
    await expectCount(page.getByTestId('unit-row'), 1);
    await screenshot(page, 'township-04-units');

    // A union that units point at cannot be deleted; the message names the units.
    await page.getByRole('tab', { name: '下属基层工会' }).click();
    await page.getByRole('button', { name: '删除城南商贸联合工会委员会' }).click();
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await page
      .getByText(/不能删除：应建会单位“惠民大药房”、“美佳服装店”、“鑫源五金商行”属于它/)
      .waitFor();

    // ── 基层工会组织情况一览表 ──
    await page.getByRole('link', { name: '打印一览表' }).click();
    const table = await printPdf(page, 'union-table');
    assert.match(table, /城南街道总工会基层工会组织情况一览表/);
    assert.match(
      table,
      /序号\s+工会名称\s+组建形式\s+覆盖单位\s+职工\s+会员\s+女\s+主席\s+联系电话\s+任期届满/,
    );
    assert.match(table, /合计 5 个\s+7\s+465\s+405\s+195/);
    assert.match(table, /137\*\*\*\*5678/);
    assert.ok(!table.includes('13712345678'), 'phones are masked');
    assert.match(table, /填表人：\s+审核人：\s+总工会主席：/);
    assert.match(table, /第\s*1\s*页\s*共\s*1\s*页/);
    await page.getByRole('link', { name: '← 返回下属工会' }).click();

    // ── 未建会单位名单 ──
    await page.getByRole('tab', { name: '应建会单位与建会率' }).click();
    await page.getByRole('link', { name: '打印未建会单位名单' }).click();
    const list = await printPdf(page, 'not-unionised');
    assert.match(list, /城南街道总工会未建会单位名单/);
    assert.match(list, /1\s+星光电子厂\s+\S*\s*65/);
    assert.match(list, /合计 1 个单位\s+65/);
    assert.ok(!list.includes('美佳服装店'));

    // ── 年度统计: the township figures, each opening the records behind it ──
    await nav(page, '年度统计');
    await page.getByTestId('figures-township').waitFor();
    const value = (key) => page.getByTestId(`figure-township.${key}`).getByTestId('figure-value');
    await expectText(value('unions'), '5 个');
    await expectText(value('coveredUnits'), '7 个');
    await expectText(value('unionisationRate'), '75.00%');
    await expectText(value('membershipRate'), '87.10%');
    await expectText(value('termExpired'), '1 个');
    await page.getByRole('button', { name: '建会率：查看明细' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('惠民大药房').waitFor();
    assert.equal(await drawer.getByText('星光电子厂').count(), 0);
    await screenshot(page, 'township-05-year-figures');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});
