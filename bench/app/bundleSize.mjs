// The main bundle's gzip size, read from a built renderer (out/web, or BENCH_WEB): the entry chunk
// of index.html plus every chunk it reaches through static imports (the modulepreload links
// are exactly that set). Dynamic imports (lazy routes, xlsx, docx, pinyin-pro) are not counted.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

/** Chunks whose file names (or contents) mark a heavy library that must load only on demand. */
const HEAVY = {
  xlsx: /SheetJS|XLSX\.version|sheet_to_json/,
  docx: /w:tblPrEx|w:sectPr/,
  // pinyin-pro minified: its dictionary tags (Symbol(`surname`)) survive minification.
  'pinyin-pro': /pinyin-pro|getInitialAndFinal|surnameMode|Symbol\(`surname`\)|Symbol\("surname"\)/,
};

export function mainBundle(dir = process.env.BENCH_WEB ?? 'out/web') {
  const root = resolve(dir);
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
  const seen = new Set();
  const queue = [...refs];
  // Follow static imports inside the JS too (modulepreload may be absent in some builds).
  while (queue.length) {
    const f = queue.shift();
    if (seen.has(f)) continue;
    seen.add(f);
    if (!f.endsWith('.js')) continue;
    const src = readFileSync(join(root, f), 'utf8');
    for (const m of src.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      queue.push(`assets/${m[1]}`);
    }
  }
  const files = [...seen].map((f) => {
    const buf = readFileSync(join(root, f));
    return {
      file: f,
      raw: buf.length,
      gz: gzipSync(buf, { level: 9 }).length,
      text: buf.toString('utf8'),
    };
  });
  const heavyInMain = Object.entries(HEAVY)
    .filter(([, re]) => files.some((f) => f.file.endsWith('.js') && re.test(f.text)))
    .map(([name]) => name);
  const allJs = readdirSync(join(root, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    files: files.map(({ file, raw, gz }) => ({ file, raw, gz })),
    jsGz: files.filter((f) => f.file.endsWith('.js')).reduce((s, f) => s + f.gz, 0),
    cssGz: files.filter((f) => f.file.endsWith('.css')).reduce((s, f) => s + f.gz, 0),
    heavyInMain,
    chunkCount: allJs.length,
  };
}

/**
 * What a page load fetched from a built renderer: `files` are the asset paths requested
 * (e.g. 'assets/roster-x.js', from Playwright's page.on('request')). Worker scripts are told
 * apart: they run off the main thread, so a heavy library there costs no main-thread parse.
 */
export function requestedChunks(files, dir = process.env.BENCH_WEB ?? 'out/web') {
  const root = resolve(dir);
  const rows = [...new Set(files)].map((f) => {
    const buf = readFileSync(join(root, f));
    const text = buf.toString('utf8');
    return {
      file: f,
      gz: gzipSync(buf, { level: 9 }).length,
      worker: /\.worker-[^/]*\.js$/.test(f),
      heavy: f.endsWith('.js')
        ? Object.entries(HEAVY)
            .filter(([, re]) => re.test(text))
            .map(([name]) => name)
        : [],
    };
  });
  const page = rows.filter((r) => !r.worker);
  return {
    files: rows,
    count: page.length,
    gz: page.reduce((s, r) => s + r.gz, 0),
    /** Heavy libraries in the page's own chunks (main thread). */
    heavy: [...new Set(page.flatMap((r) => r.heavy))],
    /** Heavy libraries in Worker scripts the page started. */
    workerHeavy: [...new Set(rows.filter((r) => r.worker).flatMap((r) => r.heavy))],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = mainBundle(process.argv[2]);
  for (const f of r.files) console.log(`${(f.gz / 1024).toFixed(1).padStart(8)} KB gz  ${f.file}`);
  console.log(
    `main JS ${(r.jsGz / 1024).toFixed(1)} KB gz (+ CSS ${(r.cssGz / 1024).toFixed(1)} KB), ${r.chunkCount} chunks; heavy in main: ${r.heavyInMain.join(', ') || 'none'}`,
  );
}
