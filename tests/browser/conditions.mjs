// The reading-conditions gate: every page the crawl found is looked at as board members read it —
// on phones, tablets and desktops, at 200 % text, with every <details> open and every one closed, and
// in forced colours (Windows high contrast) light and dark. Checks, under each condition:
//  - axe (WCAG 2.0/2.1/2.2 A+AA and best practice) reports nothing;
//  - no table cell holding text is narrower than about 4em (a column squeezed to one letter a line);
//  - the page never scrolls sideways; a frame inside it may, if it can be focused and is labelled;
//  - under forced colours, every SVG text's fill differs from the background behind it;
//  - at 320 and 1280 px, every link and button is a target of 24 × 24 px or has an exception (2.5.8).
// The layout checks are cheap and run under every condition; axe is slow (seconds on a long page), so
// it runs on the four named widths with the folds open, at 200 % text, closed at 1280 px and in both
// forced-colour schemes, but not on the 600–1000 px sweep (whose failures are layout ones); its
// slowest rule, color-contrast, runs at 1280 px (open and closed) and 320 px open only.
import { launch } from './browser.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const HEIGHT = 900;

// Named exceptions, each a known gap listed in the accessibility statement or the lead's notes. None
// today: the 2017 register's heading-order exception went when process headings moved up a level under
// goals without a heading of their own (render/view_documents.cc).
const EXCEPTIONS = [];
const excepted = (href, kind) => EXCEPTIONS.some((e) => e.kind === kind && e.page.test(new URL(href).pathname));

/** The conditions of one colour scheme: [name, width, zoom, detailsOpen, runAxe]. */
function layoutConditions() {
  const list = [];
  for (const open of [false, true]) {
    for (const width of [320, 768, 1024, 1280]) {
      list.push({ name: `${width}px${open ? ' open' : ''}`, width, zoom: false, open, axe: open || width === 1280,
        contrast: width === 1280 || (open && width === 320), targets: width === 320 || width === 1280 });
    }
    for (let width = 600; width <= 1000; width += 50) {
      if (width === 768 || width === 1024) continue;
      list.push({ name: `${width}px${open ? ' open' : ''}`, width, zoom: false, open, axe: false });
    }
    list.push({ name: `1280px 200% text${open ? ' open' : ''}`, width: 1280, zoom: true, open, axe: open });
  }
  return list;
}

const SCHEMES = [
  { name: '', options: {}, conditions: layoutConditions() },
  { name: 'forced colours light, ', options: { forcedColors: 'active', colorScheme: 'light' },
    conditions: [{ name: '1280px open', width: 1280, zoom: false, open: true, axe: true, svg: true }] },
  { name: 'forced colours dark, ', options: { forcedColors: 'active', colorScheme: 'dark' },
    conditions: [{ name: '1280px open', width: 1280, zoom: false, open: true, axe: true, svg: true },
      { name: '320px open', width: 320, zoom: false, open: true, axe: false, svg: true }] },
];

// Runs in the page: the layout problems under the current viewport.
function layoutProblems() {
  const out = [];
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const name = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) return `${s}#${el.id}`;
    if (el.classList.length) s += '.' + [...el.classList].join('.');
    const table = el.closest('table');
    if (table && table !== el) {
      const rowEl = el.closest('tr');
      const label = table.id ? `#${table.id}` : (table.caption ? `"${table.caption.textContent.trim().slice(0, 40)}"` : `.${table.className}`);
      return `${s} in table ${label} row ${rowEl ? rowEl.rowIndex : '?'}`;
    }
    return s;
  };
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) {
    // Name the widest offender so the message says where to look.
    let widest = null, right = doc.clientWidth;
    for (const el of document.body.querySelectorAll('*')) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect().right + window.scrollX;
      if (r > right + 1 && !el.closest('[data-scroll-frame-ok]')) {
        let frame = el.parentElement, inFrame = false;
        while (frame && frame !== document.body) {
          const ov = getComputedStyle(frame).overflowX;
          if (ov === 'auto' || ov === 'scroll' || ov === 'hidden') { inFrame = true; break; }
          frame = frame.parentElement;
        }
        if (!inFrame && (!widest || r > right)) { widest = el; right = r; }
      }
    }
    out.push(['page scrolls sideways', `${doc.scrollWidth}px wide in ${doc.clientWidth}px${widest ? ` (widest: ${name(widest)})` : ''}`]);
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el)) continue;
    const style = getComputedStyle(el);
    if (!['auto', 'scroll'].includes(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
    if (el.tagName === 'HTML' || el.tagName === 'BODY' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA') continue;
    const focusable = el.tabIndex >= 0;
    const labelled = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
    if (!focusable || !labelled) {
      out.push(['scroll frame not focusable and labelled', `${name(el)}${focusable ? '' : ' not focusable'}${labelled ? '' : ' not labelled'}`]);
    }
  }
  for (const cell of document.querySelectorAll('td, th')) {
    const text = cell.textContent.replace(/\s+/g, ' ').trim();
    if (text.length < 4 || !visible(cell)) continue;
    // Header rows hidden visually (kept for screen readers, as in the stacked register) do not count.
    const section = cell.parentElement.parentElement;
    if (section.getBoundingClientRect().width <= 1 || section.getBoundingClientRect().height <= 1) continue;
    const em = parseFloat(getComputedStyle(cell).fontSize);
    const width = cell.getBoundingClientRect().width;
    if (width < 4 * em - 0.5) out.push(['table cell narrower than 4em', `${name(cell)} is ${width.toFixed(0)}px (4em = ${(4 * em).toFixed(0)}px): "${text.slice(0, 30)}"`]);
  }
  // The page heading's words stay whole ("Verksamhetsberättel|se" at 320 px): a word whose range has
  // two line boxes was broken mid-word. At 200 % text a long compound may still have to break.
  if (document.documentElement.style.fontSize === '') {
    for (const h1 of document.querySelectorAll('h1')) {
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(['heading word broken', `h1 "${h1.textContent.trim().slice(0, 40)}": "${m[0]}"`]);
        }
      }
    }
  }
  return out;
}

// Runs in the page: targets smaller than 24 × 24 CSS px (WCAG 2.2, 2.5.8) that no exception covers:
//  - spacing: a 24 px circle around the target's centre touches no other target (nor another small
//    target's circle);
//  - inline: a link in a sentence (its line of text holds words that are not links);
//  - equivalent: a link in an SVG chart whose destination the page also offers as a link outside the
//    chart (the matrix's risk numbers, linked again in its table twin).
function targetProblems() {
  const out = [];
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' &&
    !el.closest('[hidden]') && !el.closest('details:not([open]) > :not(summary)');
  const targets = [...document.querySelectorAll(selector)].filter(visible).map((el) => {
    const r = el.getBoundingClientRect();
    return { el, r, cx: r.left + r.width / 2, cy: r.top + r.height / 2, small: r.width < 23.5 || r.height < 23.5 };
  });
  // Links in a closed fold count as equivalents: the reader opens it (the matrix's table twin).
  const htmlHrefs = new Set([...document.querySelectorAll('a[href]')].filter((a) => !a.closest('svg')).map((a) => a.href));
  const inSentence = (el) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    const block = el.parentElement;
    let own = block.textContent;
    for (const t of block.querySelectorAll(selector)) own = own.replace(t.textContent, '');
    return /[A-Za-zÅÄÖåäö]{2,}/.test(own);
  };
  const distanceToRect = (x, y, r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  for (const t of targets) {
    if (!t.small) continue;
    if (t.el.closest('svg') && htmlHrefs.has(new URL(t.el.getAttribute('href'), document.baseURI).href)) continue;
    if (t.el.tagName === 'A' && inSentence(t.el)) continue;
    const crowded = targets.find((o) => o !== t && !o.el.contains(t.el) && !t.el.contains(o.el) &&
      (distanceToRect(t.cx, t.cy, o.r) < 12 || (o.small && Math.hypot(o.cx - t.cx, o.cy - t.cy) < 24)));
    if (!crowded) continue;
    const label = (t.el.getAttribute('aria-label') || t.el.textContent).trim().slice(0, 30);
    const where = t.el.closest('table') ? ` in table "${(t.el.closest('table').caption || {}).textContent || ''}"`.slice(0, 60) : '';
    out.push(['target smaller than 24px', `${t.el.tagName.toLowerCase()} "${label}"${where} is ${t.r.width.toFixed(1)}×${t.r.height.toFixed(1)}px, next to "${(crowded.el.textContent || '').trim().slice(0, 20)}"`]);
  }
  return out;
}

// Runs in the page: SVG text that does not stand out from what is behind it (the topmost filled shape
// of the same chart under the text's centre, else the nearest HTML background), under forced colours.
function svgTextProblems() {
  const out = [];
  const rgb = (c) => { const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(c || ''); return m && (m[4] === undefined || +m[4] > 0.5) ? [+m[1], +m[2], +m[3]] : null; };
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  for (const svg of document.querySelectorAll('svg')) {
    const shapes = [...svg.querySelectorAll('rect, path, polygon, circle, ellipse')].filter((s) => {
      const st = getComputedStyle(s);
      return rgb(st.fill) && +st.opacity >= 0.5 && +st.fillOpacity >= 0.5 && s.getClientRects().length;
    });
    for (const text of svg.querySelectorAll('text, text a, text tspan')) {
      if (text.getClientRects().length === 0 || !text.textContent.trim()) continue;
      const fill = rgb(getComputedStyle(text).fill);
      const box = text.getBoundingClientRect();
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      let bg = null;
      for (const s of shapes) {
        if (s.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING) continue;  // drawn above the text
        const r = s.getBoundingClientRect();
        if (cx >= r.left && cx <= r.right && cy >= r.top && cy <= r.bottom) bg = rgb(getComputedStyle(s).fill);
      }
      for (let el = svg.parentElement; !bg && el; el = el.parentElement) bg = rgb(getComputedStyle(el).backgroundColor);
      if (!bg) bg = matchMedia('(prefers-color-scheme: dark)').matches ? [0, 0, 0] : [255, 255, 255];
      if (!fill || ratio(fill, bg) < 4.5) {
        const label = svg.getAttribute('aria-labelledby') || svg.id || 'svg';
        out.push(['SVG text unreadable in forced colours', `"${text.textContent.trim().slice(0, 30)}" in ${label}: fill ${fill} on ${bg}`]);
      }
    }
  }
  return out;
}

async function setCondition(page, condition) {
  await page.setViewportSize({ width: condition.width, height: HEIGHT });
  await page.evaluate(({ zoom, open }) => {
    document.documentElement.style.fontSize = zoom ? '200%' : '';
    for (const d of document.querySelectorAll('details')) d.open = open;
  }, condition);
  // Let layout settle (a resize may re-wrap tables and charts).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Checks every page under every condition, reusing one browser and `workers` pages per scheme.
 * Calls problem(where, kind, what) for each finding; returns the number of axe runs.
 */
export async function checkConditions(browser, urls, axeSource, problem, workers = 2) {
  let axeRuns = 0;
  const queue = [...urls];
  async function worker() {
    const contexts = [];
    for (const scheme of SCHEMES) {
      const context = await browser.newContext(scheme.options);
      contexts.push([scheme, context, await context.newPage()]);
    }
    for (let href = queue.shift(); href; href = queue.shift()) {
      for (const [scheme, , page] of contexts) {
        await page.goto(href, { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        for (const condition of scheme.conditions) {
          await setCondition(page, condition);
          const where = `${href} [${scheme.name}${condition.name}]`;
          for (const [kind, what] of await page.evaluate(layoutProblems)) problem(where, kind, what);
          if (condition.targets) for (const [kind, what] of await page.evaluate(targetProblems)) problem(where, kind, what);
          if (condition.svg) for (const [kind, what] of await page.evaluate(svgTextProblems)) problem(where, kind, what);
          // GATE_NO_AXE=1 runs the layout checks alone, for a quick look while fixing (never in CI).
          if (condition.axe && !process.env.GATE_NO_AXE) {
            axeRuns++;
            // Under forced colours axe's color-contrast reads -webkit-text-fill-color, which forced
            // colours leave at the author's value, so it reports the unforced colours on the forced
            // background (hundreds of false findings); svgTextProblems checks what forcing misses.
            // Elsewhere contrast (the slowest rule) runs at 320 and 1280 px, which share their colours
            // with the widths between them.
            const rules = condition.contrast ? {} : { 'color-contrast': { enabled: false } };
            const result = await page.evaluate(([tags, rules]) => window.axe.run(document, {
              runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'],
            }), [AXE_TAGS, rules]);
            for (const v of result.violations) {
              if (excepted(href, `axe ${v.id}`)) continue;
              for (const n of v.nodes) problem(where, `axe ${v.id}`, n.target.join(' '));
            }
          }
        }
      }
    }
    for (const [, context] of contexts) await context.close();
  }
  await Promise.all(Array.from({ length: workers }, worker));
  return axeRuns;
}

// Standalone use: node conditions.mjs URL... (checks just those pages; for trying a fix quickly).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { createRequire } = await import('node:module');
  const fs = await import('node:fs');
  const require = createRequire(import.meta.url);
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await launch();
  const found = [];
  await checkConditions(browser, process.argv.slice(2), axeSource, (w, k, x) => { found.push(w); console.log(`${w}: ${k}: ${x}`); });
  await browser.close();
  process.exit(found.length ? 1 : 0);
}
