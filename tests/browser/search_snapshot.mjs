// Search inside an archived snapshot (arkiv/YEAR/data/), opened over HTTP, from disk, or from its
// unpacked tar: the snapshot carries its own index and search page, a query finds the year's rows and
// nothing of other years, and the header's box of a snapshot page leads to the snapshot's own search.
// Usage: node search_snapshot.mjs BASE_URL YEAR   (BASE_URL is the snapshot's data/ folder)
import { launch, pageWithErrors } from './browser.mjs';

const base = process.argv[2].endsWith('/') ? process.argv[2] : process.argv[2] + '/';
const year = process.argv[3];
const problems = [];
const check = (ok, what) => { if (!ok) problems.push(what); };

const browser = await launch();
const { page, errors } = await pageWithErrors(browser);

async function results() {
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status');
    return s && s.textContent && !/Söker/.test(s.textContent);
  });
  const status = await page.textContent('#search-status');
  const links = await page.$$eval('#search-results .search-hits a', (els) => els.map((a) => a.href));
  return { status, links: links.map((l) => l.slice(base.length)) };
}

{
  await page.goto(base + 'sok/index.html?q=rehabilitering');
  const { status, links } = await results();
  check(/träff/.test(status), `"rehabilitering" in the ${year} snapshot: status is "${status}"`);
  for (const nr of ['92', '93']) {
    check(links.includes(`amn/${year}/vor/index.html#risk-${nr}`),
      `the ${year} snapshot's search does not find risk ${nr} (found ${links.slice(0, 6).join(', ')})`);
  }
  check(links.every((l) => l.startsWith(`amn/${year}/`) || !l.startsWith('amn/')),
    `the ${year} snapshot's search finds other years: ${links.filter((l) => !l.startsWith(`amn/${year}/`)).slice(0, 3)}`);
}
{
  // The header's box of a page in the snapshot leads to the snapshot's own search page.
  await page.goto(base + `amn/${year}/index.html`);
  await page.fill('#site-search-q', 'rehabilitering');
  await Promise.all([page.waitForNavigation(), page.press('#site-search-q', 'Enter')]);
  check(page.url().startsWith(base + 'sok/index.html?q=rehabilitering'), `the snapshot's header box leads to ${page.url()}`);
  const { links } = await results();
  check(links.includes(`amn/${year}/vor/index.html#risk-92`), 'the header box of the snapshot finds nothing');
}
check(errors.length === 0, `console errors: ${errors.join('; ')}`);

await browser.close();
if (problems.length) {
  console.error(`search in snapshot (${base}): ${problems.length} problems`);
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}
console.log(`search in snapshot (${base}): ok`);
