// Hostile content must never run. Copies the minimal fixture, puts a hostile payload into every free
// text field of every JSON document and hostile Markdown into the narrative, builds it with insyn,
// then opens every page in headless Chromium: no dialog may open and no payload may run. CSV exports
// must neutralise spreadsheet formulas.
// Usage: node injection.mjs INSYN SOURCE_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './browser.mjs';

const [insyn, src] = process.argv.slice(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'insyn-injection-'));
const content = path.join(work, 'content');
fs.cpSync(path.join(src, 'tests/fixtures/minimal'), content, { recursive: true });

const payloads = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  'javascript:alert(4)',
  '<iframe src="javascript:alert(5)"></iframe>',
  '{{t.title}}{{{body}}}<a href="data:text/html,<script>alert(6)</script>">x</a>',
  '=HYPERLINK("http://evil.example/","klicka")',
  '+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '</title></style></textarea><script>alert(7)</script>',
];
// Keys whose values are free text (ids, enums, dates and numbers must stay valid).
const freeText = new Set(['title', 'event', 'name', 'description', 'process', 'method', 'control', 'check_method',
  'text', 'raw', 'note', 'link_note', 'heading', 'department', 'project_owner', 'metric', 'scope', 'quote', 'activity',
  'responsible', 'follow_up', 'label', 'probability_label', 'consequence_label', 'ikp_raw', 'programme', 'administration']);
let n = 0;
const poison = (value, key) => {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' && ['managers', 'owners'].includes(key) ? v + payloads[n++ % payloads.length] : poison(v, key)));
  if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) value[k] = poison(value[k], k);
    return value;
  }
  if (typeof value === 'string' && freeText.has(key)) return value + ' ' + payloads[n++ % payloads.length];
  return value;
};
for (const file of fs.readdirSync(content, { recursive: true })) {
  const full = path.join(content, file);
  if (file.endsWith('.json') && !file.endsWith('site.json')) {
    fs.writeFileSync(full, JSON.stringify(poison(JSON.parse(fs.readFileSync(full, 'utf8')), ''), null, 2));
  }
}
fs.appendFileSync(path.join(content, 'org/2019/vor.md'), `
[klicka](javascript:alert(10)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMSk8L3NjcmlwdD4=)
<script>alert(12)</script> <img src=x onerror=alert(13)>

| a | b |
|---|---|
| <svg onload=alert(14)> | [x](vbscript:msgbox(15)) |
`);

const out = path.join(work, 'public');
try {
  execFileSync(insyn, ['build', '--content', content, '--themes', path.join(src, 'themes'), '--out', out], { stdio: 'pipe' });
} catch (e) {
  console.log(`insyn build failed on hostile content:\n${e.stderr}`);
  process.exit(1);
}

const problems = [];
const browser = await launch();
const page = await browser.newPage();
page.on('dialog', async (d) => { problems.push(`dialog "${d.message()}" on ${page.url()}`); await d.dismiss(); });
page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e}`));
const files = fs.readdirSync(out, { recursive: true }).map(String);
const pages = files.filter((f) => f.endsWith('.html'));
for (const p of pages) {
  await page.goto(pathToFileURL(path.join(out, p)).href);
  // Give event-handler payloads (onerror, onload) a moment to fire.
  await page.waitForTimeout(50);
  const scripts = await page.$$eval('script', (els) => els.map((e) => e.getAttribute('src') || 'inline'));
  // The theme's two scripts, and on the search page the index files search.js loads.
  const allowed = (s) => /(^|\/)js\/(site|search)\.js$/.test(s) || (p.startsWith('sok/') && /^index\/[a-z0-9_=-]+\.js$/.test(s));
  for (const s of scripts) if (!allowed(s)) problems.push(`${p}: unexpected script ${s}`);
  const handlers = await page.$$eval('*', (els) => els.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName} ${a.name}`)));
  for (const h of handlers) problems.push(`${p}: event handler attribute ${h}`);
  const links = await page.$$eval('[href], [src]', (els) => els.map((e) => e.getAttribute('href') || e.getAttribute('src')));
  for (const l of links) if (/^\s*(javascript|vbscript|data):/i.test(l)) problems.push(`${p}: unsafe link ${l}`);
}
// Results are built from text nodes: searching a word of the hostile titles runs nothing either.
const searchPage = files.find((f) => f === 'sok/index.html' || f === path.join('sok', 'index.html'));
if (searchPage) {
  for (const q of ['script', 'img', 'alert']) {
    await page.goto(pathToFileURL(path.join(out, searchPage)).href + '?q=' + q);
    await page.waitForTimeout(300);
    const scripts = await page.$$eval('script', (els) => els.map((e) => e.getAttribute('src') || 'inline'));
    for (const s of scripts) if (!/(^|\/)js\/(site|search)\.js$/.test(s) && !/^index\/[a-z0-9_=-]+\.js$/.test(s)) problems.push(`search "${q}": unexpected script ${s}`);
    const injected = await page.$$eval('#search-results img, #search-results script, #search-results [onerror]', (els) => els.length);
    if (injected) problems.push(`search "${q}": ${injected} elements from content in the results`);
  }
}
await browser.close();
for (const f of files.filter((f) => f.endsWith('.csv'))) {
  const text = fs.readFileSync(path.join(out, f), 'utf8');
  for (const cell of text.split(/[;\r\n]/)) {
    const bare = cell.replace(/^"|"$/g, '');
    if (/^[=+\-@]/.test(bare)) problems.push(`${f}: formula cell ${bare.slice(0, 40)}`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
console.log(`injection: ${n} payloads in ${pages.length} pages: ${problems.length} problems`);
for (const p of problems) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
