// Launches Debian's Chromium headless through playwright-core (no browser download).
import fs from 'node:fs';
import { chromium } from 'playwright-core';

// /usr/bin/chromium is a shell wrapper; the binary beside it starts faster and takes flags directly.
const candidates = [process.env.CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean);

/** Launches headless Chromium; fails clearly when it is not installed. */
export async function launch() {
  const executablePath = candidates.find((p) => fs.existsSync(p));
  if (!executablePath) throw new Error('Chromium not found: install the Debian package "chromium" (make deps does)');
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
}

/** A new page (in its own context) and the list its script errors and console errors collect in. */
export async function pageWithErrors(browser) {
  const page = await (await browser.newContext()).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { page, errors };
}
