// Search in headless Chromium on a built site opened from disk: for each query, typed one key at a
// time, the time from each keystroke to the updated result count (the live region), and the bytes of
// index files the query loaded. Usage: node bench/search_latency.mjs PUBLIC_DIR QUERY...
// Run from the repository (needs tests/browser/node_modules: make browser-deps).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.resolve('tests/browser/package.json'));
const { chromium } = require('playwright-core');
const [dir, ...queries] = process.argv.slice(2);
const root = path.resolve(dir);
const exe = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => fs.existsSync(p));
const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu'] });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const all = [], allFull = [];
for (const q of queries) {
  const page = await browser.newPage();
  const loaded = new Set();
  page.on('request', (r) => { if (r.url().includes('/sok/index/')) loaded.add(decodeURIComponent(new URL(r.url()).pathname)); });
  await page.goto('file://' + root + '/sok/index.html');
  await page.waitForFunction(() => window.insynSearch !== undefined);
  await page.waitForTimeout(200);  // meta.js
  // Time from the input event to the live region's next change.
  // And to the full page of results: the first results come with the count, the rest of the page
  // when its record files are in (aria-busy="false" on the results).
  await page.evaluate(() => {
    window.__times = [];
    window.__full = [];
    const status = document.getElementById('search-status');
    const results = document.getElementById('search-results');
    let start = 0, startFull = 0;
    document.getElementById('search-q').addEventListener('input', () => { start = startFull = performance.now(); }, true);
    new MutationObserver(() => { if (start) { window.__times.push(performance.now() - start); start = 0; } })
      .observe(status, { childList: true, characterData: true, subtree: true });
    new MutationObserver(() => {
      if (startFull && results.getAttribute('aria-busy') === 'false') { window.__full.push(performance.now() - startFull); startFull = 0; }
    }).observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  const times = [];
  for (const ch of q) {
    const before = await page.evaluate(() => window.__times.length);
    await page.type('#search-q', ch);
    await page.waitForFunction((n) => window.__times.length > n, before, { timeout: 10000 }).catch(() => {});
    times.push(await page.evaluate(() => window.__times[window.__times.length - 1] || 0));
  }
  await page.waitForTimeout(300);  // the rest of the last page of results
  const full = await page.evaluate(() => window.__full);
  const status = await page.textContent('#search-status');
  let bytes = 0;
  for (const p of loaded) bytes += fs.statSync(p).size;
  all.push(...times.slice(2));
  allFull.push(...full);
  // The query alone, as a shared link opens it: the index files it loads.
  const fresh = await browser.newPage();
  const alone = new Set();
  fresh.on('request', (r) => { if (r.url().includes('/sok/index/')) alone.add(decodeURIComponent(new URL(r.url()).pathname)); });
  await fresh.goto('file://' + root + '/sok/index.html?q=' + encodeURIComponent(q));
  await fresh.waitForFunction(() => /träff|Inga/.test(document.getElementById('search-status').textContent), null, { timeout: 20000 }).catch(() => {});
  let aloneBytes = 0;
  for (const p of alone) aloneBytes += fs.statSync(p).size;
  await fresh.close();
  console.log(`${JSON.stringify(q).padEnd(26)} query: ${String(alone.size).padStart(3)} files ${(aloneBytes / 1024).toFixed(1).padStart(6)} KB;` +
    ` typed: ${String(loaded.size).padStart(3)} files ${(bytes / 1024).toFixed(1).padStart(6)} KB;` +
    `  per key: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms` +
    (full.length ? `; full page: median ${median(full).toFixed(1)} ms, max ${Math.max(...full).toFixed(1)} ms` : '') +
    `  "${status}"`);
  await page.close();
}
console.log(`all keystrokes after the second: median ${median(all).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms`);
if (allFull.length) console.log(`full pages of results: median ${median(allFull).toFixed(1)} ms, max ${Math.max(...allFull).toFixed(1)} ms`);
await browser.close();
