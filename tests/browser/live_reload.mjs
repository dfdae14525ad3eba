// The preview's live reload in a real browser: `insyn serve` on a copy of the minimal fixture, ten
// tabs open in headless Chromium. A good save reloads the page; a bad save shows the diagnostics
// overlay and keeps the page; the next good save reloads it without the overlay. Meanwhile ten tabs
// share one event stream, and one takes over when the tab holding it closes.
// Usage: node live_reload.mjs INSYN SOURCE_DIR
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from './browser.mjs';

const [insyn, src] = process.argv.slice(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'insyn-live-'));
const content = path.join(work, 'content');
fs.cpSync(path.join(src, 'tests/fixtures/minimal'), content, { recursive: true });
const server = spawn(insyn, ['serve', '--content', content, '--themes', path.join(src, 'themes'), '--port', '0']);
let failures = 0;
const fail = (what) => {
  console.error(`live reload: FAIL: ${what}`);
  failures++;
};

try {
  const port = await new Promise((resolve, reject) => {
    let log = '';
    server.stderr.on('data', (d) => {
      log += d;
      const m = log.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve(m[1]);
    });
    server.on('exit', () => reject(new Error(`insyn serve exited: ${log}`)));
    setTimeout(() => reject(new Error(`insyn serve did not start: ${log}`)), 20000);
  });
  const base = `http://127.0.0.1:${port}`;
  const browser = await launch();
  try {
    // Ten open tabs: a browser allows about six connections per host, so the tabs share one event
    // stream (live.js); with one each, the seventh tab would not even load.
    const context = await browser.newContext();
    const pages = [];
    for (let i = 0; i < 10; i++) {
      const p = await context.newPage();
      await p.goto(`${base}/org/2019/vor/`, { timeout: 10000 });
      pages.push(p);
    }
    const page = pages[0];
    await page.waitForTimeout(1000);  // let the event stream connect before the first save
    const vorMd = path.join(content, 'org/2019/vor.md');
    const vorJson = path.join(content, 'org/2019/vor.json');
    const good = fs.readFileSync(vorJson, 'utf8');

    let reloaded = Promise.all(pages.map((p) => p.waitForEvent('load', { timeout: 10000 })));
    fs.appendFileSync(vorMd, '\nLevande omladdning fungerar.\n');
    await reloaded.catch(() => fail('a good save did not reload every open tab'));
    await page.waitForLoadState('domcontentloaded');
    if (!(await page.content()).includes('Levande omladdning fungerar.')) fail('a good save did not reload the page with the new text');

    await page.waitForTimeout(1000);
    fs.writeFileSync(vorJson, '{ broken');
    const overlay = await page.waitForSelector('#insyn-overlay', { timeout: 10000 }).catch(() => null);
    if (!overlay) fail('a bad save showed no overlay');
    else if (!(await overlay.textContent()).includes('vor.json')) fail('the overlay does not name the broken file');

    reloaded = page.waitForEvent('load', { timeout: 10000 });
    fs.writeFileSync(vorJson, good);
    await reloaded.catch(() => fail('the fixing save did not reload the page'));
    await page.waitForLoadState('domcontentloaded');
    await page.waitForTimeout(300);
    if (await page.$('#insyn-overlay')) fail('the overlay stayed after the fixing save');
    // The tab holding the stream closes; another takes over and still hears the next save.
    reloaded = Promise.all(pages.slice(1).map((p) => p.waitForEvent('load', { timeout: 10000 })));
    await page.close();
    await pages[1].waitForTimeout(1000);
    fs.appendFileSync(vorMd, '\nEn gång till.\n');
    await reloaded.catch(() => fail('after the first tab closed, the others did not reload'));
  } finally {
    await browser.close();
  }
} catch (e) {
  fail(e.message);
} finally {
  server.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
}
if (failures === 0) console.log('live reload: a good save reloads all ten tabs, a bad save shows the overlay, another tab takes over the stream');
process.exit(failures ? 1 : 0);
