import { execFileSync } from 'node:child_process';
import { launch, serveWeb } from './harness.mjs';
const server = await serveWeb();
const b = await launch();
const { page } = b;
await page.goto(server.url);
await page.getByTestId('load-demo-first-run').click();
await page.getByTestId('home').waitFor();
const docs = process.argv.slice(2);
for (const d of docs) {
  await page.evaluate((u) => { location.hash = u; }, `#/congress/print/${d}`);
  try { await page.getByTestId('print-page').first().waitFor({ timeout: 15000 }); } catch (e) { await page.screenshot({ path: '/tmp/cgprint/fail.png' }); throw e; }
  const name = d.split('?')[0];
  const pdf = `/tmp/cgprint/${name}.pdf`;
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, `/tmp/cgprint/${name}`]);
  console.log(name, execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
}
console.log('errors', b.errors);
await b.close();
await server.close();
