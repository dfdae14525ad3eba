// Search in headless Chromium on a built site opened from disk: for each query, typed one key at a
// time, the time from each keystroke to the updated results (the live region's count, set when the
// first results are on the page) and to the full page of results, and the bytes of index files the
// query loaded (preloads included).
// Usage: node bench/search_latency.mjs [--delay MS,MS...] [--keys] PUBLIC_DIR QUERY...
//   --delay  the pause between keys, one run per value (default 150,0). A key is typed DELAY ms after
//            the previous one, or as soon as the previous key's results are shown if that took longer.
//            150 ms is a fast typist (80 words a minute); 0 types each key the moment the previous
//            key's results are in: the worst case, no time to preload anything.
//   --keys   also print every keystroke's time and the index files it loaded.
// Run from the repository (needs tests/browser/node_modules: make browser-deps).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.resolve('tests/browser/package.json'));
const { chromium } = require('playwright-core');
const args = process.argv.slice(2);
let delays = [150, 0], perKey = false;
while (args[0] && args[0].startsWith('--')) {
  const opt = args.shift();
  if (opt === '--delay') delays = args.shift().split(',').map(Number);
  else if (opt === '--keys') perKey = true;
  else throw new Error('unknown option ' + opt);
}
const [dir, ...queries] = args;
const root = path.resolve(dir);
const exe = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => fs.existsSync(p));
const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu'] });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const kb = (files) => [...files].reduce((s, p) => s + fs.statSync(p).size, 0) / 1024;
const indexFile = (r) => r.url().includes('/sok/index/') ? decodeURIComponent(new URL(r.url()).pathname) : null;
const timeout = 10000;  // a key whose results never come counts as this long

// The query alone, as a shared link opens it: the index files it loads (preloads included).
async function alone(q) {
  const page = await browser.newPage();
  const files = new Set();
  page.on('request', (r) => { if (indexFile(r)) files.add(indexFile(r)); });
  await page.goto('file://' + root + '/sok/index.html?q=' + encodeURIComponent(q));
  await page.waitForFunction(() => /träff|Inga/.test(document.getElementById('search-status').textContent), null, { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(500);  // the rest of the page and what is preloaded after it
  await page.close();
  return files;
}

async function typed(q, delay) {
  const page = await browser.newPage();
  const loaded = new Set();
  let newFiles = [];
  page.on('request', (r) => { const f = indexFile(r); if (f && !loaded.has(f)) { loaded.add(f); newFiles.push(path.basename(f)); } });
  await page.goto('file://' + root + '/sok/index.html');
  await page.waitForFunction(() => window.insynSearch !== undefined);
  await page.waitForTimeout(300);  // meta.js
  // Time from the input event to the live region's next change, and to the full page of results:
  // the first results come with the count, the rest of the page when its record files are in
  // (aria-busy="false" on the results).
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
  const times = [], lines = [];
  let typedSoFar = '';
  for (const ch of q) {
    const before = await page.evaluate(() => window.__times.length);
    const t0 = Date.now();
    newFiles = [];
    await page.type('#search-q', ch);
    typedSoFar += ch;
    const ok = await page.waitForFunction((n) => window.__times.length > n, before, { timeout }).then(() => true, () => false);
    const t = ok ? await page.evaluate(() => window.__times[window.__times.length - 1]) : timeout;
    times.push(t);
    if (delay > Date.now() - t0) await sleep(delay - (Date.now() - t0));
    if (perKey) lines.push(`    ${JSON.stringify(typedSoFar).padEnd(28)} ${t.toFixed(1).padStart(7)} ms  ${newFiles.join(' ')}`);
  }
  await page.waitForTimeout(500);  // the rest of the last page of results
  const full = await page.evaluate(() => window.__full);
  const status = await page.textContent('#search-status');
  await page.close();
  return { times, full, loaded, status, lines };
}

const summary = {};
for (const q of queries) {
  const files = await alone(q);
  console.log(`${JSON.stringify(q)}: the query alone loads ${files.size} files, ${kb(files).toFixed(1)} KB`);
  for (const delay of delays) {
    const r = await typed(q, delay);
    const s = (summary[delay] ||= { keys: [], second: [], full: [], kb: [] });
    s.keys.push(...r.times.slice(2));
    s.second.push(...r.times.slice(1, 2));
    s.full.push(...r.full);
    s.kb.push(kb(r.loaded));
    console.log(`  delay ${String(delay).padStart(3)} ms: typed ${String(r.loaded.size).padStart(3)} files ${kb(r.loaded).toFixed(1).padStart(6)} KB;` +
      ` per key: median ${median(r.times).toFixed(1)} ms, max ${Math.max(...r.times).toFixed(1)} ms` +
      ` (after the 2nd: max ${Math.max(0, ...r.times.slice(2)).toFixed(1)} ms)` +
      (r.full.length ? `; full page: median ${median(r.full).toFixed(1)} ms, max ${Math.max(...r.full).toFixed(1)} ms` : '') +
      `  "${r.status}"`);
    for (const line of r.lines) console.log(line);
  }
}
for (const delay of delays) {
  const s = summary[delay];
  console.log(`delay ${delay} ms: keystrokes after the second: median ${median(s.keys).toFixed(1)} ms, max ${Math.max(...s.keys).toFixed(1)} ms;` +
    ` the 2nd: median ${median(s.second).toFixed(1)} ms, max ${Math.max(...s.second).toFixed(1)} ms;` +
    ` full pages: median ${median(s.full).toFixed(1)} ms, max ${Math.max(...s.full).toFixed(1)} ms;` +
    ` typed queries load ${Math.min(...s.kb).toFixed(0)}–${Math.max(...s.kb).toFixed(0)} KB`);
}
await browser.close();
