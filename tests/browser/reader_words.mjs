// Readers' words only: what a reader sees must not carry the editors' working notes. Runs in the page
// (page.evaluate(readerWordLeaks)) and returns [kind, what] for each text that leaks:
//  - source line numbers from the transcription ("(L528)", "L529-530");
//  - English prose outside an element marked lang="en" (the curation notes are written in English);
//  - raw machine values: ISO timestamps ("2026-11-25T17:42:44Z") and Payload-Oxum-style "780257.25";
//  - preformatted blocks (<pre>) outside code samples: a transcription artefact, not reading matter.
export function readerWordLeaks() {
  const out = [];
  const english = /\b(the|which|where|this|these|are|with|from|is|of|and|but|not|into|form's)\b/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest('script, style, code, [hidden], [aria-hidden="true"]')) continue;
    // Judge a block at a time (a paragraph, a cell), once.
    const block = el.closest('p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, figcaption, caption, pre, blockquote') || el;
    if (seen.has(block)) continue;
    seen.add(block);
    const text = block.textContent.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const quote = text.length > 70 ? `${text.slice(0, 70)}…` : text;
    if (/\(L\d+(?:[-–,]\s*\d+)*\)|\bL\d{2,}(?:[-–]\d+)?\b|\bKällans rader \d/.test(text)) out.push(['source line number', quote]);
    if (/\b\d{4}-\d\d-\d\dT\d\d:\d\d/.test(text)) out.push(['raw timestamp', quote]);
    if (/^\d+\.\d+$/.test(text) && block.matches('dd, td')) out.push(['raw machine value', quote]);
    // English prose: several English function words in a block not marked as English. Quoted words
    // and names in a Swedish text rarely bring three of them.
    const lang = (block.closest('[lang]') || document.documentElement).getAttribute('lang');
    if (!lang.startsWith('en')) {
      let plain = text.replace(/[”"“][^”"“]*[”"“]/g, ' ');
      // Text inside elements marked lang="en" within the block does not count.
      for (const foreign of block.querySelectorAll('[lang]:not([lang^="sv"])')) plain = plain.replace(foreign.textContent.trim(), ' ');
      const words = new Set((plain.match(english) || []).map((w) => w.toLowerCase()));
      if (words.size >= 3) out.push(['English text on a Swedish page', `${quote} (${[...words].join(', ')})`]);
    }
    if (block.tagName === 'PRE' && !block.querySelector('code')) out.push(['preformatted block', quote]);
  }
  return out;
}
