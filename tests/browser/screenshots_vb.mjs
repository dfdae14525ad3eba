// Screenshots of the follow-up for review (not a test): the year's overview with the follow-up at a
// glance, one indicator row, the finance section and the board's year, at 1280 and 375 px wide.
// Usage: node screenshots_vb.mjs SITE_DIR OUT_DIR [YEAR]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './browser.mjs';

const [siteDir, outDir, year = '2017'] = process.argv.slice(2);
const vb = `amn/${year}/verksamhetsberattelse/index.html`;
// [name, page, selector of the part to capture (null: the first screen)]
const shots = [
  ['dashboard', `amn/${year}/index.html`, '.vb-overview, .followup, section[aria-labelledby*="vb"]'],
  ['vb-summary', vb, '.vb-summary'],
  ['indicator', vb, '#indikator-I56'],
  ['indicators', vb, '.vb-indicator-table'],
  ['finance', vb, '.vb-finance'],
  ['board-year', vb, '#namndens-ar'],
  ['kus', `amn/${year}/kompetens/index.html`, '#ansokan-5'],
];
fs.mkdirSync(outDir, { recursive: true });
const browser = await launch();
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const [name, p, selector] of shots) {
    await page.goto(pathToFileURL(path.resolve(siteDir, p)).href);
    const file = path.join(outDir, `${name}-${width}.png`);
    const element = selector ? await page.$(selector) : null;
    if (element && (await element.isVisible())) {
      await element.scrollIntoViewIfNeeded();
      await element.screenshot({ path: file, timeout: 10000 });
    } else {
      await page.screenshot({ path: file });
    }
    console.log(file, element ? selector : '(first screen)');
  }
  await page.close();
}
await browser.close();
