// The 404 page as a web server sends it: for a missing path at any depth under the sub-path the site
// is served from (nginx's error_page, as an intranet would configure it). Its stylesheet and script
// must load, and its links must reach the site's pages, whatever the depth of the missing path.
// Usage: node notfound.mjs BASE_URL   (e.g. http://127.0.0.1:8080/amn/)
import { launch } from './browser.mjs';

const base = new URL(process.argv[2]);
const problems = [];
const browser = await launch();
const page = await browser.newPage();
const failed = [];
page.on('requestfailed', (r) => failed.push(r.url()));
page.on('response', (r) => { if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`); });

for (const missing of ['finns-inte.html', 'amn/2019/vor/finns/inte/alls/', 'amn/2019/risk/42/x.html?q=1']) {
  const url = new URL(missing, base).href;
  failed.length = 0;
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() !== 404) problems.push(`${url}: HTTP ${response && response.status()}, expected 404`);
  if (!(await page.locator('h1', { hasText: 'Sidan finns inte' }).count())) problems.push(`${url}: not the site's 404 page`);
  // site.css hides the skip link off-screen: its position is absolute only when the CSS loaded.
  const skip = await page.$eval('.skip-link', (e) => getComputedStyle(e).position);
  if (skip !== 'absolute') problems.push(`${url}: the stylesheet did not load (skip link is ${skip})`);
  for (const f of failed) problems.push(`${url}: resource failed: ${f}`);
  const home = await page.$eval('main a', (a) => a.href);
  if (home !== new URL('index.html', base).href) problems.push(`${url}: home link goes to ${home}, expected ${new URL('index.html', base).href}`);
  for (const href of await page.$$eval('a[href]:not([href^="#"])', (as) => as.map((a) => a.href))) {
    const r = await page.request.get(href);
    if (r.status() !== 200) problems.push(`${url}: link ${href} gives HTTP ${r.status()}`);
  }
  // The skip link stays on this page.
  const skipHref = await page.$eval('.skip-link', (a) => a.href);
  if (new URL(skipHref).pathname !== new URL(url).pathname) problems.push(`${url}: skip link leaves the page: ${skipHref}`);
}
await browser.close();
console.log(`404 page: ${problems.length} problems`);
for (const p of problems) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
