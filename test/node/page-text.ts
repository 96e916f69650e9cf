// What a page shows, read in Chromium through playwright-core: shared by the hydration and the
// JavaScript-off tests.
import type { Page } from 'playwright-core';

// page.evaluate bodies are strings: tsx would wrap named functions in a helper the page lacks.
// Every node of the page, shadow trees included, in document order.
export const WALK = `const walk = (n, out = []) => { out.push(n); if (n.shadowRoot) walk(n.shadowRoot, out); for (const c of n.childNodes) walk(c, out); return out; };`;

/** The text of the page, shadow trees included. */
export const pageText = (p: Page): Promise<string> =>
  p.evaluate(`(() => { ${WALK} return walk(document.body).filter((n) => n.nodeType === 3 && n.parentNode?.localName !== 'script' && n.parentNode?.localName !== 'style').map((n) => n.data).join(' ').replace(/\\s+/g, ' '); })()`);

/** The text a reader sees: text nodes whose element is rendered (closed details' contents are not), joined as laid out. */
export const seenText = (p: Page): Promise<string> =>
  p.evaluate(`(() => { ${WALK} return walk(document.body).filter((n) => n.nodeType === 3 && n.parentElement.checkVisibility({ visibilityProperty: true })).map((n) => n.data).join('').replace(/\\s+/g, ' '); })()`);

/** Whether a details element (found by a locator inside it) is open. */
export const isOpen = (question: ReturnType<Page['locator']>): Promise<boolean> => question.evaluate((el) => (el.closest('details') as HTMLDetailsElement).open);

/** The controls that need the script: Expand all, the letter's inputs, Copy, the table of contents (its links reach into shadow DOM). */
export const NEEDS_SCRIPT = ['rk-faq [part="toggle-all"]', 'rk-cover-letter [part="fields"]', 'rk-cover-letter input', 'rk-cover-letter [part="copy"]', 'rk-role-page [part="contents"]'];

/** Computed visibility, display and box of every element matching `selector` (through shadow roots). */
export const looks = (p: Page, selector: string) =>
  p.locator(selector).evaluateAll((els) =>
    els.map((el) => ({ visibility: getComputedStyle(el).visibility, display: getComputedStyle(el).display, width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height })),
  );
