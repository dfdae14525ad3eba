// Search preloads what the next keystroke needs while the reader pauses: typed one key at a time with
// a pause after each key (until every index file the page asked for is in), a keystroke whose term
// files (a new word's first two characters) or first results' record files were preloaded shows its
// results without asking for any index file first. Without preloading each of these keys waits for
// scripts from disk (bench/README.md, "Search").
// Usage: node search_preload.mjs BASE_URL   (http://127.0.0.1:8080/amn/ or file:///tmp/x/public/)
import { launch, pageWithErrors } from './browser.mjs';

const base = process.argv[2].endsWith('/') ? process.argv[2] : process.argv[2] + '/';
const problems = [];
const check = (ok, what) => { if (!ok) problems.push(what); };

const browser = await launch();
const { page, errors } = await pageWithErrors(browser);

await page.goto(base + 'sok/index.html');
await page.waitForFunction(() => window.insynSearch !== undefined);
// One observer for the head and the live region, so its records keep the order of the changes: the
// index scripts a keystroke adds before it updates the count are the ones its results waited for.
await page.evaluate(() => {
  window.__keys = [];  // per keystroke: the index files it waited for, and whether it was shown
  window.__pending = new Set();
  const status = document.getElementById('search-status');
  document.getElementById('search-q').addEventListener('input', () => window.__keys.push({ waited: [], shown: false }), true);
  const done = (e) => { if (e.target.tagName === 'SCRIPT') window.__pending.delete(e.target.src); };
  document.addEventListener('load', done, true);
  document.addEventListener('error', done, true);
  new MutationObserver((records) => {
    const key = window.__keys[window.__keys.length - 1];
    for (const r of records) {
      if (r.target === status || status.contains(r.target)) { if (key) key.shown = true; continue; }
      for (const n of r.addedNodes) {
        if (n.tagName !== 'SCRIPT' || !n.src.includes('/sok/index/')) continue;
        window.__pending.add(n.src);
        if (key && !key.shown) key.waited.push(n.src.split('/').pop());
      }
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
});

// Types `text` one key at a time; after each key waits for its results and then until no index file
// is being loaded (nothing new for 300 ms). Returns what each key waited for.
async function type(text) {
  const from = await page.evaluate(() => window.__keys.length);
  for (const ch of text) {
    const n = await page.evaluate(() => window.__keys.length);
    await page.type('#search-q', ch);
    await page.waitForFunction((i) => window.__keys[i] && window.__keys[i].shown, n, { timeout: 20000 });
    let quiet = 0;
    while (quiet < 3) {
      await page.waitForTimeout(100);
      quiet = (await page.evaluate(() => window.__pending.size)) ? 0 : quiet + 1;
    }
  }
  return page.evaluate((i) => window.__keys.slice(i), from);
}

// "s" and then "j": the term files of "sj" were loaded while the reader paused after "s" (its first
// results' record files need not be: one letter has many continuations and the pause a budget).
// A second word, "sjukfrånvaro c" and then "h": the term files of "ch" and the record files of the
// first results of "sjukfrånvaro ch" came in the pause ("ch" is the heaviest continuation of "c").
const query = 'sjukfrånvaro chef';
const typed = await type(query);
const at = (prefix) => typed[prefix.length - 1];
const terms = at('sj').waited.filter((f) => f.startsWith('t'));
check(terms.length === 0, `"sj" waited for term files ${terms.join(' ')}: they were not preloaded`);
check(at('sjukfrånvaro ch').waited.length === 0,
  `"sjukfrånvaro ch" waited for index files ${at('sjukfrånvaro ch').waited.join(' ')}: they were not preloaded`);
const status = await page.textContent('#search-status');
check(/träff/.test(status), `"${query}": status is "${status}"`);
if (process.env.SEARCH_PRELOAD_VERBOSE) typed.forEach((k, i) => console.log(JSON.stringify(query.slice(0, i + 1)), k.waited.join(' ')));
check(errors.length === 0, `console errors: ${errors.join('; ')}`);

await browser.close();
if (problems.length) {
  console.error(`search preloading (${base}): ${problems.length} problems`);
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}
console.log(`search preloading (${base}): ok`);
