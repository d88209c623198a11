import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import {
  chooseFile,
  completeFirstRun,
  expectText,
  launch,
  nav,
  screenshot,
  serveWeb,
  TEST_PROFILE,
  withNewUnion,
} from './harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = resolve(ROOT, 'tests/fixtures/generated/身份证号问题.xlsx');

before(() => {
  execFileSync(process.execPath, ['scripts/run-ts.mjs', 'tests/fixtures/generate.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
});

async function memberCount(page) {
  await nav(page, '工作台');
  return Number((await page.getByTestId('member-count').textContent()).replace(/\D/g, ''));
}

test('a chair imports a messy roster, fixes one row, imports, then undoes the import', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await completeFirstRun(page, TEST_PROFILE);
    assert.equal(await memberCount(page), 0);

    await page.goto(`${server.url}#/roster/import`);
    await chooseFile(page, 'import-pick-file', FIXTURE);
    await page.getByTestId('mapping-table').waitFor();
    // The sample column masks ID numbers and phones (issue 8 item 16).
    const mapping = await page.getByTestId('mapping-table').textContent();
    assert.doesNotMatch(mapping, /\d{15}|1[3-9]\d{9}/);
    assert.match(mapping, /3301\*{7}1031/);
    await page.getByTestId('import-next').click();

    // Problems are shown at their row and column.
    await page.getByTestId('preview-table').waitFor();
    const row6 = page.getByTestId('preview-row-6');
    await row6.waitFor();
    await expectText(row6, /C列/);
    await expectText(page.getByTestId('preview-row-2'), /C列/);
    await screenshot(page, 'import-01-problems');

    // Fix 李四's mistyped ID number in place.
    await page.getByTestId('fix-row-6').click();
    await page.getByRole('dialog').getByLabel('身份证号').fill('330106199011230313');
    await page.getByTestId('fix-row-save').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // The fixed row leaves the problem list; among all rows it shows no problem any more.
    await row6.waitFor({ state: 'detached' });
    await page.getByText(/^全部 \d+$/).click();
    assert.doesNotMatch((await row6.textContent()) ?? '', /C列/);

    await page.getByTestId('import-next').click();
    await screenshot(page, 'import-02-match');
    const adds = Number(await page.getByTestId('plan-新增').textContent());
    // Rows 4, 5, 6 (fixed), 10 and 12 are new; errors (2, 3, 7, 8, 9) and repeats (11, 13) are skipped.
    assert.equal(adds, 5);
    // While the write runs, the wizard cannot step back under it: hold the members table
    // with another transaction so that the write waits, then let it go.
    await page.evaluate(
      () =>
        new Promise((held) => {
          const open = indexedDB.open('uniondesk');
          open.onsuccess = () => {
            const store = open.result.transaction('members', 'readwrite').objectStore('members');
            const spin = () => {
              if (window.__releaseMembers) return open.result.close();
              store.get('nobody').onsuccess = spin;
            };
            spin();
            held();
          };
        }),
    );
    await page.getByTestId('import-write').click();
    await page.locator('[data-testid="import-write"][data-loading]').waitFor();
    assert.equal(await page.getByRole('button', { name: '上一步' }).isDisabled(), true);
    await page.evaluate(() => (window.__releaseMembers = true));
    await page.getByTestId('import-done').waitFor();
    await expectText(page.getByTestId('summary-新增'), '5');
    await expectText(page.getByTestId('summary-跳过'), '7');
    await screenshot(page, 'import-03-done');

    // The undo survives a restart: reload, then undo from the import history.
    await page.reload();
    assert.equal(await memberCount(page), 5);
    await page.goto(`${server.url}#/roster/imports`);
    await page.getByTestId('import-history').getByRole('button', { name: '撤销' }).click();
    await page
      .getByTestId('import-history')
      .getByText(/已于.*撤销/)
      .waitFor();
    assert.equal(await memberCount(page), 0);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});

test('a column read as the wrong field is corrected on 核对列, and the preview follows', () =>
  withNewUnion(async ({ page, url }) => {
    await page.goto(`${url}#/roster/import`);
    await chooseFile(page, 'import-pick-file', FIXTURE);
    const dept = page.getByLabel('“部门”导入为');
    await dept.waitFor();
    assert.equal(await dept.inputValue(), 'department');
    await screenshot(page, 'import-00-mapping');

    // 部门 not imported: the preview shows 张三 without her 语文组.
    await dept.selectOption({ label: '（不导入）' });
    await page.getByTestId('import-next').click();
    await expectText(page.getByTestId('preview-row-2'), /张三/);
    assert.doesNotMatch(await page.getByTestId('preview-row-2').textContent(), /语文组/);

    // Back on 核对列 the choice stands; set back to 部门, the preview has it again.
    await page.getByRole('button', { name: '上一步' }).click();
    assert.equal(await dept.inputValue(), '');
    await dept.selectOption({ label: '部门' });
    await page.getByTestId('import-next').click();
    await expectText(page.getByTestId('preview-row-2'), /张三.*语文组/);
  }));

test('a damaged file is refused with a Chinese message and nothing is written', () =>
  withNewUnion(async ({ page, url }) => {
    await page.goto(`${url}#/roster/import`);
    await chooseFile(
      page,
      'import-pick-file',
      resolve(ROOT, 'tests/fixtures/generated/损坏的花名册.xlsx'),
    );
    const alert = page.getByTestId('import-read-error');
    await alert.waitFor();
    await expectText(alert, /损坏的花名册\.xlsx/);
    assert.equal(await memberCount(page), 0);
  }));
