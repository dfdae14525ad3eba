// Search in headless Chromium, from a web server under a sub-path or from file://: the queries of
// issue 15 find the right rows, a query without hits says so, the header's box leads to the search
// page (with JavaScript) or to the A–Ö register (without), arrow keys reach the results, and axe finds
// no WCAG 2.1 A/AA violation on the search page with results shown.
// Usage: node search.mjs BASE_URL   (http://127.0.0.1:8080/amn/ or file:///tmp/x/public/)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { launch, pageWithErrors } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const base = process.argv[2].endsWith('/') ? process.argv[2] : process.argv[2] + '/';
const problems = [];
const check = (ok, what) => { if (!ok) problems.push(what); };

const browser = await launch();
const { page, errors } = await pageWithErrors(browser);
// axe reads style sheets with XMLHttpRequest, which Chromium refuses on file://: not the site's fault.
const axeNoise = (e) => base.startsWith('file:') && (/XMLHttpRequest at 'file:[^']*\.css'/.test(e) || e === 'Failed to load resource: net::ERR_FAILED');

// Runs a query through the URL (?q=) and returns the status text and the result links (relative
// to the site root, with their anchors).
async function search(q) {
  await page.goto(base + 'sok/index.html?q=' + encodeURIComponent(q));
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status').textContent;
    return s && !/Söker/.test(s);
  });
  const status = await page.textContent('#search-status');
  const links = await page.$$eval('#search-results .search-hits a', (els) => els.map((a) => a.href));
  return { status, links: links.map((l) => l.slice(base.length)) };
}

{
  const { status, links } = await search('rehabilitering');
  check(/träff/.test(status), `"rehabilitering": status is "${status}"`);
  for (const want of ['amn/2019/vor/index.html#risk-92', 'amn/2019/vor/index.html#risk-93', 'amn/2021/vor/index.html#risk-61']) {
    check(links.includes(want), `"rehabilitering" does not find ${want} (found ${links.slice(0, 12).join(', ')})`);
  }
  const marks = await page.$$eval('#search-results mark', (els) => els.map((m) => m.textContent.toLowerCase()));
  check(marks.some((m) => m.startsWith('rehabiliter')), `"rehabilitering" is not highlighted (${marks.slice(0, 5)})`);
  // The results are grouped by plan year, newest first.
  const years = await page.$$eval('#search-results h2', (els) => els.map((h) => h.textContent));
  check(years.length >= 2 && years[0].startsWith('2021') && years.some((y) => y.startsWith('2019')),
    `"rehabilitering": year groups are ${JSON.stringify(years)}`);
  // The filter by year keeps 2019 only, and the URL says so.
  await page.selectOption('select[name=year]', '2019');
  await page.waitForFunction(() => location.search.includes('year=2019'));
  await page.waitForFunction(() => !document.querySelector('#search-results a[href*="2021/"]'));
  const filtered = await page.$$eval('#search-results .search-hits a', (els) => els.map((a) => a.href));
  check(filtered.length > 0 && filtered.every((l) => l.includes('/2019/')), 'the year filter does not keep 2019 only');
  // axe on the page with results shown.
  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  for (const v of axe.violations) check(false, `axe ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' '))}`);
}
{
  // A stemmed form the site does not use finds the same rows.
  const { links } = await search('rehabiliteringen');
  check(links.includes('amn/2019/vor/index.html#risk-92'), '"rehabiliteringen" does not find risk 92 of 2019');
}
{
  const { links } = await search('Vux 2.0');
  for (const year of ['2019', '2021']) {
    check(links.some((l) => l.startsWith(`amn/${year}/projekt/index.html#projekt-`)), `"Vux 2.0" does not find the project of ${year} (${links.slice(0, 6)})`);
  }
}
{
  // A part of a compound: "kontroll" finds the control plan ("internkontrollplan").
  const { links } = await search('kontroll');
  check(links.length > 0, '"kontroll" finds nothing');
  const { links: k10 } = await search('K10');
  check(k10.some((l) => l.endsWith('#kontroll-K10')), `"K10" does not find control K10 (${k10.slice(0, 4)})`);
}
{
  // The follow-up's indicators, the procurement plans and the budget forms are indexed too.
  const { links: indicator } = await search('elanvändning');
  check(indicator.includes('amn/2017/verksamhetsberattelse/index.html#indikator-I02'),
    `"elanvändning" does not find indicator I02 of 2017 (${indicator.slice(0, 4)})`);
  const { links: procurement } = await search('ramavtal yrkesutbildningar');
  check(procurement.includes('amn/2021/upphandling/index.html#upphandling-3'),
    `"ramavtal yrkesutbildningar" does not find procurement 3 of 2021 (${procurement.slice(0, 4)})`);
  const { links: form } = await search('resultatenheter');
  check(form.includes('amn/2019/budget/index.html#blankett-resultatenheter'),
    `"resultatenheter" does not find the budget form of 2019 (${form.slice(0, 4)})`);
}
{
  const { status, links } = await search('zyxwvuqq');
  check(/Inga träffar/.test(status) && links.length === 0, `a query without hits says "${status}"`);
}
{
  // The header's box on any page leads to results; arrow down moves into them.
  await page.goto(base + 'amn/2019/index.html');
  await page.fill('#site-search-q', 'rehabilitering');
  await Promise.all([page.waitForNavigation(), page.press('#site-search-q', 'Enter')]);
  check(page.url().includes('sok/index.html?q=rehabilitering'), `the header's box leads to ${page.url()}`);
  await page.waitForSelector('#search-results .search-hits a');
  await page.focus('#search-q');
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement.closest('.search-hits') !== null);
  check(focused, 'ArrowDown from the search box does not reach the first result');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  check(await page.evaluate(() => document.activeElement.id === 'search-q'), 'ArrowUp from the first result does not return to the box');
}
const realErrors = errors.filter((e) => !axeNoise(e));
check(realErrors.length === 0, `console errors: ${realErrors.join('; ')}`);

{
  // Without JavaScript the header's box leads to the register, which lists the risks by letter.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p = await noJs.newPage();
  await p.goto(base + 'index.html');
  await p.fill('#site-search-q', 'rehabilitering');
  await Promise.all([p.waitForNavigation(), p.press('#site-search-q', 'Enter')]);
  check(p.url().includes('register/index.html'), `without JavaScript the header's box leads to ${p.url()}`);
  const entries = await p.$$eval('.register-entries a', (els) => els.map((a) => a.href));
  check(entries.some((l) => l.endsWith('amn/2019/vor/index.html#risk-92')), 'the register does not list risk 92 of 2019');
  check(entries.some((l) => /projekt\/index\.html#projekt-/.test(l)), 'the register lists no project');
  await noJs.close();
}

await browser.close();
if (problems.length) {
  console.error(`search (${base}): ${problems.length} problems`);
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}
console.log(`search (${base}): ok`);
