// Prints pages on A4 as a board member would (Chromium's PDF, print CSS) and checks the paper with
// pdftotext's word boxes: no text runs past the right edge of the printable area, and no page before
// the last is left almost empty because an unbreakable block was pushed to the next page (a chart
// and its table printed on page 2 behind a page that holds only the title).
// Usage: node print.mjs SITE_DIR [PAGE...]   (pages relative to SITE_DIR; default: every board's
// pages, each plan year's documents and print view). Needs pdftotext (poppler-utils).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './browser.mjs';

// A page before the last whose text ends above this share of the printable height is "almost empty".
const MIN_FILL = 0.35;
// How far (in points) text may reach into the right margin: word boxes include a little side bearing.
const RIGHT_SLACK = 2;
const MAX_CHART_PT = 240 / 25.4 * 72;  // site.css: figure.chart svg { max-height: 240mm } in print

const [siteDir, ...given] = process.argv.slice(2);
if (!siteDir) { console.error('usage: node print.mjs SITE_DIR [PAGE...]'); process.exit(2); }

/** Every board's pages under SITE_DIR: its overview, comparison and procurement pages and each plan
 *  year's documents and print view (board/index.html, board/x/index.html, board/year/doc/index.html). */
function boardPages(root) {
  const found = [];
  const pageIn = (...parts) => {
    const rel = path.join(...parts, 'index.html');
    if (fs.existsSync(path.join(root, rel))) found.push(rel);
  };
  const dirs = (dir) => fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const board of dirs(root)) {
    const years = dirs(path.join(root, board)).filter((name) => /^\d{4}$/.test(name));
    if (!years.length) continue;  // not a board: the site's own pages, the archive
    pageIn(board);
    for (const sub of dirs(path.join(root, board))) {
      if (!years.includes(sub)) pageIn(board, sub);
    }
    for (const year of years) {
      for (const doc of dirs(path.join(root, board, year))) pageIn(board, year, doc);
    }
  }
  return found.sort();
}

/** Per printed page, in points: its size, the box around its text, and its words in reading order. */
function pageBoxes(pdf) {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return xml.split('<page ').slice(1).map((chunk) => {
    const [, width, height] = chunk.match(/width="([\d.]+)" height="([\d.]+)"/).map(Number);
    let left = width, top = height, bottom = 0, right = 0;
    const words = [];
    for (const m of chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)) {
      left = Math.min(left, Number(m[1]));
      top = Math.min(top, Number(m[2]));
      right = Math.max(right, Number(m[3]));
      bottom = Math.max(bottom, Number(m[4]));
      words.push(m[5]);
    }
    return { width, height, left, top, bottom, right, words };
  });
}

const pages = given.length ? given : boardPages(siteDir);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'insyn-print-'));
const problems = [];
const browser = await launch();
const tab = await browser.newPage();
await tab.emulateMedia({ media: 'print' });
let sheets = 0;
for (const rel of pages) {
  await tab.goto(pathToFileURL(path.resolve(siteDir, rel)).href);
  // Where the print CSS starts a new sheet on purpose (each document of the print view): the page
  // before may end short. Each is known by its first words.
  const forcedStarts = await tab.$$eval('body *', (els) => els
    .filter((e) => ['page', 'left', 'right'].includes(getComputedStyle(e).breakBefore))
    .map((e) => e.innerText.split(/\s+/).filter(Boolean).slice(0, 3).join(' ')));
  // Charts print as wide as the text (print CSS: width 100 %, at most 240 mm tall); one taller than the
  // space left on a sheet has to start the next. Each is known by its first words and its aspect.
  const charts = await tab.$$eval('figure.chart', (figs) => figs.map((f) => {
    const box = (f.querySelector('svg')?.getAttribute('viewBox') || '0 0 1 0').split(/\s+/).map(Number);
    return { start: f.innerText.split(/\s+/).filter(Boolean).slice(0, 3).join(' '), aspect: box[3] / box[2] };
  }));
  const pdf = path.join(work, 'page.pdf');
  await tab.pdf({ path: pdf, format: 'A4' });  // margins from the site's @page rule, as a reader prints
  const boxes = pageBoxes(pdf);
  sheets += boxes.length;
  // The margins are what the text never crosses on any sheet; A4 margins are symmetric.
  const margin = { x: Math.min(...boxes.map((b) => b.left)), y: Math.min(...boxes.map((b) => b.top)) };
  boxes.forEach((box, i) => {
    const printable = { width: box.width - 2 * margin.x, height: box.height - 2 * margin.y };
    const fill = (box.bottom - margin.y) / printable.height;
    const next = boxes[i + 1];
    const nextStart = next ? next.words.slice(0, 3).join(' ') : '';
    const nextStartsDocument = forcedStarts.includes(nextStart);
    const nextStartsTallChart = charts.some((c) => c.start === nextStart &&
      Math.min(printable.width * c.aspect, MAX_CHART_PT) > (1 - fill) * printable.height);
    if (next && !nextStartsDocument && !nextStartsTallChart && fill < MIN_FILL) {
      problems.push(`${rel}: printed page ${i + 1} of ${boxes.length} is almost empty (text ends at ${Math.round(fill * 100)} % of the page) and page ${i + 2} starts with "${next.words.slice(0, 8).join(' ')}": a block that may not break was pushed to the next page`);
    }
    if (box.right > box.width - margin.x + RIGHT_SLACK) {
      problems.push(`${rel}: printed page ${i + 1}: text runs past the right margin into the paper's edge (x = ${Math.round(box.right)} of ${Math.round(box.width - margin.x)} pt)`);
    }
  });
}
await browser.close();
fs.rmSync(work, { recursive: true, force: true });
for (const p of problems) console.error(`print: ${p}`);
console.log(`print: ${pages.length} pages on ${sheets} A4 sheets, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
