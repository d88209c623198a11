import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pinyin } from 'pinyin-pro';
import { requestedChunks } from '../../bench/app/bundleSize.mjs';
import { appDb, withDemoUnion } from './harness.mjs';

/** The roster rows on screen, in list order: their names (from the row's checkbox label). */
async function rowNames(page) {
  const rows = await page
    .getByTestId('roster-row')
    .evaluateAll((els) =>
      els.map((r) => [
        Number(r.getAttribute('aria-rowindex')),
        r.querySelector('input[aria-label^="选择 "]')?.getAttribute('aria-label')?.slice(3) ?? '',
      ]),
    );
  return rows.sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

/** A name's pinyin as the roster reads it (surname as surname), computed here in Node. */
const fullPinyin = (name) =>
  pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
    .join(' ')
    .toLowerCase();
const initials = (name) =>
  pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
    .join('')
    .toLowerCase();

test(
  'opening 花名册 fetches no xlsx, pinyin-pro or docx; 拼音 search and sort still work; 导出 brings xlsx',
  { timeout: 60_000 },
  async () => {
    await withDemoUnion(async ({ page, url }) => {
      // Every asset the page fetches from here on (routing also bypasses the HTTP cache).
      const fetched = [];
      await page.route('**/assets/**', (route) => {
        fetched.push(new URL(route.request().url()).pathname.slice(1));
        return route.continue();
      });
      await page.goto('about:blank');
      await page.goto(`${url}#/roster`);
      await page.getByTestId('roster-row').first().waitFor();
      await page.locator('[data-testid="roster-search"][data-search-ready="true"]').waitFor();

      // 拼音 search: the initials of a name find it (the Worker read the names as pinyin).
      const [first] = await rowNames(page);
      assert.ok(first, 'the roster shows rows');
      const box = page.getByTestId('roster-search');
      await box.fill(initials(first));
      await page.waitForFunction(
        (q) => document.querySelector('[data-testid="roster-view"]')?.dataset.query === q,
        initials(first),
      );
      assert.ok((await rowNames(page)).includes(first), `「${initials(first)}」应找到 ${first}`);
      await box.fill('');

      // 按拼音 sorts by the surname's reading, with no pinyin code on the main thread.
      const sortBox = page.locator('input[aria-label="排序"]');
      await sortBox.click();
      await page.getByRole('option', { name: '拼音', exact: true }).click();
      // The sort is drawn in the same render that shows the choice.
      await page.waitForFunction(
        () => document.querySelector('input[aria-label="排序"]')?.value === '拼音',
      );
      const sorted = await rowNames(page);
      assert.ok(sorted.length >= 10, `only ${sorted.length} rows on screen`);
      const keys = sorted.slice(0, 15).map(fullPinyin);
      assert.deepEqual(keys, [...keys].sort(), `拼音 order: ${sorted.slice(0, 15).join(' ')}`);

      const opened = requestedChunks(fetched);
      assert.deepEqual(
        opened.heavy,
        [],
        `opening the roster fetched ${opened.files
          .filter((f) => f.heavy.length)
          .map((f) => `${f.file} (${f.heavy.join(', ')})`)
          .join('; ')}`,
      );
      assert.ok(
        opened.files.some((f) => f.worker && f.heavy.includes('pinyin-pro')),
        'the search Worker reads pinyin',
      );

      // The chair exports the list: only now is SheetJS fetched, and the file is written.
      const before = fetched.length;
      await page.getByRole('button', { name: '导出' }).click();
      const downloading = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: /导出当前列表/ }).click();
      const download = await downloading;
      assert.match(download.suggestedFilename(), /^花名册_\d{4}-\d{2}-\d{2}\.xlsx$/);
      assert.ok(requestedChunks(fetched.slice(before)).heavy.includes('xlsx'));
    });
  },
);

/** The kept pinyin row (the pinyinCache table); null when none is kept. */
const keptRow = async (page) => (await appDb(page, 'pinyinCache', 'get', 'names')) ?? null;
const putKeptRow = (page, row) => appDb(page, 'pinyinCache', 'put', row);

/** Types `q` in the roster search and returns the names it shows. */
async function searchFor(page, q) {
  await page.getByTestId('roster-search').fill(q);
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="roster-view"]')?.dataset.query === want,
    q,
  );
  return rowNames(page);
}

test('the names’ pinyin is kept for the next start, and dropped when read another way', async () => {
  await withDemoUnion(async ({ page, url }) => {
    const ready = () =>
      page.locator('[data-testid="roster-search"][data-search-ready="true"]').waitFor();
    await page.goto(`${url}#/roster`);
    await ready();
    const [first] = await rowNames(page);

    // The first open keeps every name's reading.
    let row = null;
    for (let i = 0; i < 100 && !row; i++) {
      row = await keptRow(page);
      if (!row) await page.waitForTimeout(100);
    }
    assert.ok(row, 'the pinyin is kept after the first open');
    const entry = `${first}\u0001${fullPinyin(first)}\u0001${initials(first)}`;
    assert.ok(row.text.split('\u0000').includes(entry), `kept: ${entry}`);

    // The next start reads names from what was kept: a reading changed there is the one searched.
    await putKeptRow(page, { ...row, text: row.text.replace(entry, `${first}\u0001qqq\u0001qqq`) });
    await page.reload();
    await ready();
    assert.deepEqual(await searchFor(page, 'qqq'), [first]);

    // Kept under another key (another pinyin-pro, say): dropped, the names read again and kept anew.
    await putKeptRow(page, { ...row, key: 'v0', text: `${first}\u0001qqq\u0001qqq` });
    await page.reload();
    await ready();
    assert.deepEqual(await searchFor(page, 'qqq'), []);
    assert.ok((await searchFor(page, initials(first))).includes(first));
    for (let i = 0; i < 100 && (await keptRow(page)).key === 'v0'; i++)
      await page.waitForTimeout(100);
    const again = await keptRow(page);
    assert.match(again.key, /^v1\|/);
    assert.ok(again.text.split('\u0000').includes(entry));
  });
});
