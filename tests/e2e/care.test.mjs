import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expectText, launch, nav, screenshot, serveWeb } from './harness.mjs';

const OUT = join(ARTIFACTS, 'care');

/** Picks `option` in the Mantine Select labelled `label` (within `scope`). */
async function choose(page, scope, label, option) {
  await scope.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

test('a chair records a hospital visit and a follow-up over the cap, makes the 中秋 distribution, prints and keys its receipts, and reads 年度统计', async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();

    // 年度统计 before, to compare.
    await nav(page, '年度统计');
    /** A count shown as 「12 次」. */
    const figure = async (key) => {
      const t = await page.getByTestId(`figure-${key}`).getByTestId('figure-value').textContent();
      const n = /^(\d+) /.exec(t.trim());
      assert.ok(n, `${key}: ${t}`);
      return Number(n[1]);
    };
    await page.getByTestId('figure-care.visits').waitFor();
    const visitsBefore = await figure('care.visits');
    const warningsBefore = await figure('care.capWarnings');

    // ── a hospital visit: opens a stay ─────────────────────────────────────────
    await nav(page, '关怀慰问');
    await page.getByTestId('visit-list').waitFor();
    await page.getByRole('button', { name: '登记慰问' }).click();
    await choose(page, page, '事由', '生病住院');
    await page.getByTestId('add-visitee').click();
    const who = page.getByRole('combobox', { name: '第1名慰问对象的会员' });
    await who.click();
    const firstOption = page.getByRole('option').first();
    const patient = (await firstOption.textContent()).trim();
    await firstOption.click();
    await page.getByLabel('物品', { exact: true }).fill('水果篮');
    await page.getByLabel('物品价值').fill('300');
    await page
      .getByTestId('cap-preview')
      .getByText(/本次后累计 300\.00元，标准 500\.00元（闽工〔2018〕158号）/)
      .waitFor();
    await page.getByTestId('save-visit').click();
    // Paid from 工会经费: the app offers to record the expense, prefilled and linked.
    const offer = page.getByRole('dialog', { name: '记一笔经费支出？' });
    await expectText(offer, /这笔300\.00元由工会经费支出/);
    await offer.getByRole('button', { name: '记支出' }).click();
    assert.equal(await page.getByLabel('金额（元）').inputValue(), '300.00');
    assert.match(
      await page.getByLabel('摘要').inputValue(),
      new RegExp(`慰问（生病住院）：${patient}`),
    );
    await nav(page, '关怀慰问');
    await page.getByTestId('visit-list').getByText(patient).first().waitFor();

    // ── the follow-up joins the stay: 300 + 300 > 500, warned before saving ────
    await page.getByRole('button', { name: '登记慰问' }).click();
    await choose(page, page, '事由', '生病住院');
    await page.getByTestId('add-visitee').click();
    await page.getByRole('combobox', { name: '第1名慰问对象的会员' }).click();
    await page.getByRole('option', { name: patient, exact: true }).click();
    await page.getByTestId('visit-stay').click();
    await page.getByRole('option', { name: new RegExp(`^${patient} .*入院`) }).click();
    await page.getByLabel('现金').fill('300');
    await page
      .getByTestId('cap-preview')
      .getByText(/此前已计 300\.00元.*超出 100\.00元/)
      .waitFor();
    await screenshot(page, 'care-01-follow-up');
    await page.getByTestId('save-visit').click();
    const warning = page.getByTestId('cap-warning');
    await warning.waitFor();
    await expectText(
      warning,
      /本次后累计 600\.00元（此前已计 300\.00元），标准 500\.00元（闽工〔2018〕158号），超出 100\.00元/,
    );
    await page.getByRole('button', { name: '仍然保存' }).click();
    await page
      .getByRole('dialog', { name: '记一笔经费支出？' })
      .getByRole('button', { name: '以后再说' })
      .click();
    await page.getByTestId('visit-totals').waitFor();
    await page.getByRole('tab', { name: '住院' }).click();
    // The patient's stay now has both visits (the demo union may have another stay of theirs).
    await page
      .getByTestId('stay-list')
      .getByRole('row')
      .filter({ hasText: patient })
      .filter({ hasText: /住院中2登记探望/ })
      .waitFor();

    // ── the 中秋 distribution to everyone in service ──────────────────────────
    await page.getByRole('button', { name: '新建福利发放' }).click();
    await page.getByTestId('dist-occasion').fill('中秋节');
    await page.getByTestId('dist-item').fill('月饼礼盒');
    await page.getByTestId('dist-value').fill('200');
    const preview = await page.getByTestId('rule-preview').textContent();
    const n = Number(/共\s*(\d+)\s*人/.exec(preview)[1]);
    assert.ok(n > 50, preview);
    assert.match(preview, /在职会员（不含退休、非会员）/);
    await page.getByTestId('save-distribution').click();
    await page
      .getByRole('dialog', { name: '记一笔经费支出？' })
      .getByRole('button', { name: '以后再说' })
      .click();
    await page.getByTestId('recipient-list').waitFor();
    await page.getByRole('button', { name: '记经费支出' }).waitFor();
    const distributionUrl = page.url();
    await expectText(page.getByTestId('receipt-counts'), new RegExp(`共 ${n} 人.*未签 ${n}`));
    const names = await page
      .getByTestId('recipient-list')
      .locator('tbody tr td:nth-child(2)')
      .allTextContents();

    // ── print its 签领表 to PDF ────────────────────────────────────────────────
    await page.getByRole('button', { name: '打印签领表' }).click();
    await page.getByTestId('print-page').first().waitFor();
    await screenshot(page, 'care-02-print');
    const pdf = join(OUT, 'receipts.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, 'receipts')]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.match(text, /中秋节月饼礼盒实名发放签领表/);
    assert.match(text, /序号\s+姓名\s+部门\s+物品\/金额\s+数量\s+本人签名\s+日期/);
    for (const name of names) assert.ok(text.includes(name), `${name} missing from the PDF`);
    const total = (n * 200).toLocaleString('en-US');
    assert.match(text, new RegExp(`合计\\s+${n}人\\s+${total}\\.00元`));
    assert.match(text, /经手人：\s+证明人：\s+主席：/);
    assert.match(text, /第\s*1\s*页\s*共\s*\d+\s*页/);
    await page.getByRole('link', { name: '← 返回福利发放' }).click();

    // ── key the receipts: 1 本人 ×3, 2 代领 with a name, the rest 本人 ─────────
    await page.getByRole('button', { name: '签收登记' }).click();
    await page.getByTestId('receipt-list').waitFor();
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await page.getByLabel('代领人姓名，回车确认').fill('王丽华');
    await page.keyboard.press('Enter');
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await expectText(
      page.getByTestId('receipt-summary'),
      new RegExp(`本人 2，代领 1，补签 1，未签 ${n - 4}`),
    );
    await page.getByRole('button', { name: '其余全部本人签收' }).click();
    await page.getByTestId('save-receipts').click();
    await page.getByText(`已保存 ${n} 人的签收。`).waitFor();
    await screenshot(page, 'care-03-receipts');

    // ── 修改 its facts: the item and the value; the list and its receipts stay ──
    await page.goto(distributionUrl);
    await page.getByTestId('edit-distribution').click();
    await page.getByTestId('dist-item').fill('月饼礼盒（双黄）');
    // 5000 元 a head is over every festival cap: the form says who, and saving asks first.
    await page.getByTestId('dist-value').fill('5000');
    await page.getByTestId('value-changed').waitFor();
    await page.getByText(/\d+ 人将超过节日慰问标准/).waitFor();
    await screenshot(page, 'care-03b-edit');
    await page.getByTestId('save-distribution').click();
    await page
      .getByRole('dialog', { name: '超过慰问标准' })
      .getByRole('button', { name: '仍然保存' })
      .click();
    await page.getByText('已修改福利发放“中秋节”。').waitFor();
    await page.getByRole('heading', { name: '中秋节 · 月饼礼盒（双黄）' }).waitFor();
    const edited = (n * 5000).toLocaleString('en-US');
    await page
      .getByTestId('receipt-counts')
      .filter({ hasText: new RegExp(`共 ${n} 人，合计 ${edited}\\.00元.*未签 0`) })
      .waitFor();

    // ── 年度统计 counts the two visits, the cap warning and the distribution ────
    await nav(page, '年度统计');
    await page.getByTestId('figures-care').waitFor();
    assert.equal(await figure('care.visits'), visitsBefore + 2);
    assert.equal(await figure('care.capWarnings'), warningsBefore + 1);
    assert.ok((await figure('distributions.recipients')) >= n);
    await screenshot(page, 'care-04-year-end');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});
