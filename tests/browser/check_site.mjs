// Crawls the built site as served by a web server under a sub-path and checks every page in
// headless Chromium: it loads without console errors or failed requests, every internal link and
// #anchor resolves without leaving the sub-path, no page is wider than a phone's screen, and it reads
// well under every condition in conditions.mjs (axe, layout, forced colours).
// Usage: node check_site.mjs BASE_URL   (e.g. http://127.0.0.1:8080/amn/)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { launch } from './browser.mjs';
import { checkConditions } from './conditions.mjs';
import { readerWordLeaks } from './reader_words.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const base = new URL(process.argv[2]);
const problems = [];
const problem = (where, what) => problems.push(`${where}: ${what}`);

const isHtml = (url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html');
const withoutHash = (url) => { const u = new URL(url); u.hash = ''; return u.href; };

const browser = await launch();
const context = await browser.newContext();
const page = await context.newPage();
let consoleErrors = [];
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', (e) => consoleErrors.push(String(e)));
page.on('requestfailed', (r) => consoleErrors.push(`request failed: ${r.url()}`));
page.on('response', (r) => { if (r.status() >= 400) consoleErrors.push(`HTTP ${r.status()}: ${r.url()}`); });

const queue = [base.href];
const seen = new Set(queue);
const idsByPage = new Map();   // page URL -> Set of ids
const anchorRefs = [];         // [from, target URL with hash]
let pages = 0, files = 0;

while (queue.length) {
  const href = queue.shift();
  const url = new URL(href);
  if (!isHtml(url)) {
    const response = await context.request.get(href);
    files++;
    if (response.status() !== 200) problem(href, `HTTP ${response.status()}`);
    continue;
  }
  consoleErrors = [];
  const response = await page.goto(href, { waitUntil: 'load' });
  pages++;
  if (!response || response.status() !== 200) { problem(href, `HTTP ${response ? response.status() : 'no response'}`); continue; }
  idsByPage.set(href, new Set(await page.$$eval('[id], a[name]', (els) => els.map((e) => e.id || e.getAttribute('name')))));
  const links = await page.$$eval('a[href], link[href], script[src], img[src]',
    // An SVG <a> (the matrix's risk links) has an SVGAnimatedString href: resolve its attribute.
    (els) => els.map((e) => (e.href && e.href.baseVal !== undefined ? new URL(e.href.baseVal, document.baseURI).href : e.href || e.src)));
  for (const link of links) {
    const target = new URL(link);
    if (target.origin !== base.origin) continue;  // external links are not followed
    if (!target.pathname.startsWith(base.pathname)) { problem(href, `link leaves the sub-path ${base.pathname}: ${link}`); continue; }
    if (target.hash) anchorRefs.push([href, target.href]);
    const key = withoutHash(target);
    if (!seen.has(key)) { seen.add(key); queue.push(key); }
  }
  // Readers' words only (issue 12, item 4); archived snapshots are frozen records (see below).
  if (!/\/arkiv\/[0-9]{4}\/data\//.test(url.pathname)) {
    for (const [kind, what] of await page.evaluate(readerWordLeaks)) problem(href, `${kind}: ${what}`);
  }
  // axe runs in checkConditions below, under every reading condition.
  // On a phone nothing may push the page wider than the screen (wide tables and charts scroll in
  // their own frames).
  await page.setViewportSize({ width: 375, height: 800 });
  const phoneWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (phoneWidth > 375) problem(href, `page is ${phoneWidth}px wide on a 375px phone screen`);
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const e of consoleErrors) problem(href, `console: ${e}`);
}

for (const [from, target] of anchorRefs) {
  const ids = idsByPage.get(withoutHash(target));
  const id = decodeURIComponent(new URL(target).hash.slice(1));
  if (!ids) problem(from, `anchor into a page that is not HTML: ${target}`);
  else if (!ids.has(id)) problem(from, `anchor #${id} does not exist in ${withoutHash(target)}`);
}

// The risk filter is progressive enhancement: without JS the form stays hidden and every risk is
// listed; with JS choosing a band leaves exactly that band's risks visible.
const vorPage = [...idsByPage.keys()].find((u) => u.endsWith('/vor/index.html'));
if (vorPage) {
  await page.goto(vorPage);
  const rows = await page.locator('table.risks tbody tr[data-band]').count();
  const high = await page.locator('table.risks tbody tr[data-band="high"]').count();
  await page.selectOption('form.risk-filter select[name="band"]', 'high');
  const visible = await page.locator('table.risks tbody tr[data-band]:visible').count();
  if (high === 0 || visible !== high) problem(vorPage, `filter by band "high" shows ${visible} rows, expected ${high}`);
  await page.click('form.risk-filter button[type="reset"]');
  await page.waitForTimeout(50);
  const after = await page.locator('table.risks tbody tr[data-band]:visible').count();
  if (after !== rows) problem(vorPage, `after reset ${after} of ${rows} rows are visible`);
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(vorPage);
  if (await plain.locator('form.risk-filter').isVisible()) problem(vorPage, 'the filter form shows without JavaScript');
  const plainRows = await plain.locator('table.risks tbody tr[data-band]:visible').count();
  if (plainRows !== rows) problem(vorPage, `without JavaScript ${plainRows} of ${rows} rows are visible`);
  await noJs.close();
}

// Getting around (issue 12, item 5): the filter lives in the address, the dashboard's figures and bars
// lead to the matching rows, goal options are named, long pages have a table of contents.
const vorPage2019 = [...idsByPage.keys()].find((u) => u.endsWith('/2019/vor/index.html'));
if (vorPage2019) {
  const vorPage = vorPage2019;
  await page.goto(vorPage);
  const all = await page.locator('table.risks tbody tr[data-band]').count();
  const high = await page.locator('table.risks tbody tr[data-band="high"]').count();
  await page.goto(`${vorPage}?band=high`);
  const shown = await page.locator('table.risks tbody tr[data-band]:visible').count();
  if (shown !== high || await page.inputValue('form.risk-filter select[name="band"]') !== 'high') problem(vorPage, `?band=high on load shows ${shown} rows, expected ${high}`);
  await page.selectOption('form.risk-filter select[name="band"]', 'low');
  if (!page.url().includes('band=low')) problem(vorPage, `choosing a level does not reach the address: ${page.url()}`);
  await page.goBack();
  await page.waitForTimeout(100);
  const back = await page.locator('table.risks tbody tr[data-band]:visible').count();
  if (!page.url().includes('band=high') || back !== high) problem(vorPage, `back button: ${page.url()} shows ${back} rows, expected ${high}`);
  await page.goto(vorPage);
  if (await page.locator('table.risks tbody tr[data-band]:visible').count() !== all) problem(vorPage, 'without a query not every row shows');
  const goalLabels = await page.$$eval('form.risk-filter select[name="goal"] option:not([value=""])', (os) => os.map((o) => o.textContent));
  if (goalLabels.some((l) => /^\d+(\.\d+)*$/.test(l.trim()))) problem(vorPage, `goal options without names: ${goalLabels.join(' | ')}`);
  // The dashboard of the same year.
  const dashboard = new URL('../index.html', vorPage).href;
  await page.goto(dashboard);
  const highCard = page.locator('.key-figures a', { hasText: 'Hög' }).first();
  await highCard.click();
  await page.waitForLoadState('load');
  const target = await page.evaluate(() => { const t = document.querySelector(':target'); return t ? t.textContent : ''; });
  if (!target.startsWith('Hög')) problem(dashboard, `the key figure for Hög leads to "${target.slice(0, 30)}" on ${page.url()}`);
  await page.goto(dashboard);
  const bar = page.locator('svg#risker-mal a').first();
  if (!(await bar.count())) problem(dashboard, 'the bars of the chart of risks per goal are not links');
  else {
    const goalText = (await bar.textContent()).trim().split(' ')[0];
    await bar.click();
    await page.waitForLoadState('load');
    await page.waitForTimeout(100);
    const rows = await page.locator('table.risks tbody tr[data-band]:visible').evaluateAll((rs) => [...new Set(rs.map((r) => r.dataset.goal))]);
    if (rows.length !== 1 || rows[0] !== goalText) problem(dashboard, `the bar of goal ${goalText} shows the goals ${rows.join(', ')} on ${page.url()}`);
  }
}
for (const doc of ['vor', 'projekt', 'verksamhetsberattelse']) {
  const long = [...idsByPage.keys()].filter((u) => !/\/arkiv\//.test(u) && new RegExp(`/amn/[0-9]{4}/${doc}/index\\.html$`).test(new URL(u).pathname));
  for (const u of long) {
    await page.goto(u);
    const entries = await page.locator('nav.toc a').count();
    if (entries < 3) problem(u, `a long page without a table of contents (${entries} entries)`);
  }
}

// Every page under every reading condition (conditions.mjs); summed per kind of problem so a run
// says at a glance what is wrong where.
const started = Date.now();
const byKind = new Map();  // kind -> { nodes, pages: Set }
// Named exception: the archived snapshots (arkiv/YEAR/data/) are frozen public records, published byte
// for byte as they were archived and checksummed in their BagIt manifest; they keep the theme of their
// year and cannot be fixed without breaking that record. Their crawl checks above still apply.
const frozen = (u) => /\/arkiv\/[0-9]{4}\/data\//.test(new URL(u).pathname);
const gated = [...idsByPage.keys()].filter((u) => !frozen(u));
if (process.env.INSYN_READING_GATE === 'release-build') {
  // Set for the sanitizer build (tests/CMakeLists.txt): the same bytes pass the gate in the release build.
  console.log(`reading conditions: ${gated.length} pages, checked by the release build's browser test`);
} else {
  const axeRuns = await checkConditions(browser, gated, axeSource, (where, kind, what) => {
    problem(where, `${kind}: ${what}`);
    const entry = byKind.get(kind) || { nodes: 0, pages: new Set() };
    entry.nodes++;
    entry.pages.add(where.replace(/ \[.*$/, ''));
    byKind.set(kind, entry);
  }, Number(process.env.GATE_WORKERS || 2));
  console.log(`reading conditions: ${gated.length} pages (${idsByPage.size - gated.length} archived snapshot pages skipped), ${axeRuns} axe runs, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
for (const [kind, { nodes, pages: on }] of [...byKind].sort()) console.log(`  ${kind}: ${nodes} findings on ${on.size} pages`);

await browser.close();
console.log(`checked ${pages} pages, ${files} other files, ${anchorRefs.length} anchors: ${problems.length} problems`);
for (const p of problems) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
