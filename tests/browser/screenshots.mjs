// Looks at the site as a person would: full-page screenshots at desktop and phone width and a PDF of
// the print view, for review (not a test). Usage: node screenshots.mjs SITE_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './browser.mjs';

const [siteDir, outDir] = process.argv.slice(2);
const pages = process.env.PAGES ? process.env.PAGES.split(',') : [
  'amn/2019/index.html', 'amn/2019/vor/index.html', 'amn/2019/kontrollplan/index.html',
  'amn/2019/projekt/index.html', 'amn/2019/kompetens/index.html', 'amn/2019/utskrift/index.html',
];
fs.mkdirSync(outDir, { recursive: true });
const browser = await launch();
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of pages) {
    await page.goto(pathToFileURL(path.resolve(siteDir, p)).href);
    const file = path.join(outDir, `${p.replace(/\/index\.html$/, '').replace(/\//g, '_')}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
const print = await browser.newPage();
await print.goto(pathToFileURL(path.resolve(siteDir, 'amn/2019/utskrift/index.html')).href);
await print.pdf({ path: path.join(outDir, 'utskrift-2019.pdf'), format: 'A4', printBackground: true,
  margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
console.log(path.join(outDir, 'utskrift-2019.pdf'));
await browser.close();
