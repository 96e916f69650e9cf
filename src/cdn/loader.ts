/**
 * The script tag, dist/cdn/rolekit.js: a small classic script that loads the code a page uses.
 *
 * - It finds rolekit's elements in the document — its own tags only, the ones in the build's
 *   manifest — and watches for ones added later; each element's piece loads once.
 * - Pieces live beside this script (`pieces/`, found from its own URL), so it works from a CDN, a
 *   pinned version or any self-hosted folder.
 * - Every file is fetched with `<link rel="modulepreload" integrity>` (all at once: one round
 *   trip), then imported from the module map, so each is checked against the hash the build
 *   wrote into this script. A file that fails is tried once more; then its elements show an
 *   error, fire `rk-error` (`kind: 'code'`) and the console names the file.
 * - Hydration support loads only when the page has server-rendered elements, JSON-LD code only
 *   for `emit-jsonld`, a built-in catalogue (`locales/de`) only for elements whose closest `lang`
 *   (or its base language) has one — before those elements are defined, so no English shows first.
 * - Until its code arrives an element keeps the space its loading state takes (no jump).
 */
import type { PiecesManifest } from './manifest.js';
import type { RolekitGlobal } from './global.js';

declare const __RK_PIECES__: PiecesManifest;
declare const __ROLEKIT_VERSION__: string;

const VERSION = __ROLEKIT_VERSION__;
const { files, integrity, pieces } = __RK_PIECES__;
/** The tags this script loads: the elements in the manifest, nothing else that starts with rk-. */
const TAGS = Object.keys(pieces).filter((name) => name.startsWith('rk-'));
const SELECTOR = TAGS.join();
const FAILED = 'Part of this page did not load. Reload the page to try again.';

type Strings = Record<string, string>;
type Api = Pick<RolekitGlobal, 'parseRole' | 'registerStrings' | 'stringsFor'>;

function start(script: HTMLScriptElement | null): RolekitGlobal {
  const base = new URL('pieces/', script?.src || document.baseURI);
  const href = (file: number) => new URL(files[file], base).href;
  const fetched = new Map<number, Promise<void>>();
  const imported = new Map<string, Promise<unknown>>();
  const queued: Parameters<RolekitGlobal['registerStrings']>[] = [];

  const link = (file: number) =>
    new Promise<void>((resolve, reject) => {
      const el = document.createElement('link');
      el.rel = 'modulepreload';
      el.href = href(file);
      el.integrity = integrity[file];
      if (script?.nonce) el.nonce = script.nonce;
      // the module map keeps what a link fetched: the link itself can go
      el.onload = () => resolve(el.remove());
      el.onerror = () => reject(new Error(el.href, { cause: el.remove() }));
      document.head.append(el);
    });
  /** Fetches and checks one file; a failure is tried once more, a moment later. */
  const fetchFile = (file: number) => {
    let done = fetched.get(file);
    if (!done) {
      done = link(file).catch(() => new Promise((r) => setTimeout(r, 300)).then(() => link(file)));
      fetched.set(file, done);
    }
    return done;
  };
  /** A piece: every file it needs fetched and checked, then its first file imported. */
  const piece = <T>(name: string): Promise<T> => {
    let done = imported.get(name);
    if (!done) {
      done = Promise.all(pieces[name].map(fetchFile)).then(() => import(/* @vite-ignore */ href(pieces[name][0])));
      imported.set(name, done);
    }
    return done as Promise<T>;
  };

  // The API piece runs first (every element waits for it), and with it the shared core, where
  // rolekit's Lit reads `litElementHydrateSupport` once: the page's own hook (for its own Lit) is
  // out of the way for just that moment. Then the API fills in `rolekit` and the queue goes in.
  const g = globalThis as { litElementHydrateSupport?: unknown };
  const api = Promise.all(pieces.api.map(fetchFile))
    .then(() => {
      const hostHook = g.litElementHydrateSupport;
      delete g.litElementHydrateSupport;
      return piece('api').finally(() => hostHook !== undefined && (g.litElementHydrateSupport ??= hostHook));
    })
    .then(() => {
      for (const args of queued.splice(0)) rolekit.registerStrings(...args);
      return rolekit as Api;
    });
  /** Hydration support, decided by the first elements found: it must be there before the first element. */
  let hydration: Promise<unknown> | undefined;

  const fail = (tag: string, error: unknown, elements: Element[], t?: Strings) => {
    const file = error instanceof Error ? error.message : String(error);
    console.error(`rolekit ${VERSION}: could not load ${file}: <${tag}> cannot be shown.`, error);
    const message = t ? `${t.error} ${t['error-code']}` : FAILED;
    for (const el of elements) {
      if (!el.shadowRoot) {
        const p = document.createElement('p');
        p.setAttribute('part', 'error');
        p.setAttribute('role', 'alert');
        p.textContent = message;
        el.attachShadow({ mode: 'open' }).append(p);
        el.shadowRoot!.adoptedStyleSheets = [errorSheet()];
      }
      el.dispatchEvent(new CustomEvent('rk-error', { bubbles: true, composed: true, detail: { kind: 'code', problems: [{ path: '', message }], src: file } }));
    }
  };

  /** The catalogue of an element's UI language ("de-AT": `locales/de-at`, else `locales/de`): fetched at once, run after the API; without it, English. */
  const words = (el: Element) => {
    const own = `locales/${el.closest<HTMLElement>('[lang]')?.lang.toLowerCase()}`;
    const name = pieces[own] ? own : own.split('-')[0];
    return pieces[name] && Promise.all(pieces[name].map(fetchFile)).then(() => api).then(() => piece(name)).catch(() => undefined);
  };

  const load = (tag: string, elements: Element[], ssr: boolean): Promise<unknown> => {
    // every file at once (one round trip); only running them waits, in order
    for (const file of pieces[tag]) fetchFile(file).catch(() => undefined);
    hydration ??= ssr ? piece('hydrate') : Promise.resolve();
    return Promise.all([api, hydration, ...elements.map(words)])
      .then(() => piece(tag))
      .catch((error) => api.then((m) => m.stringsFor!(document.documentElement.lang || 'en'), () => undefined).then((t) => fail(tag, error, elements, t as unknown as Strings)));
  };

  let warned = false;
  const discover = (root: ParentNode = document): Promise<unknown> => {
    const found = new Map<string, Element[]>();
    const elements = [...(root instanceof Element && root.matches(SELECTOR) ? [root] : []), ...root.querySelectorAll(SELECTOR)];
    for (const el of elements) {
      const defined = customElements.get(el.localName) as { version?: string } | undefined;
      if (defined) {
        // another copy of rolekit (an npm build) was first: its elements stay, as define.ts says too
        if (defined.version !== VERSION && !warned) {
          warned = true;
          console.warn(`rolekit ${VERSION}: <${el.localName}> is already defined by ${defined.version ? `rolekit ${defined.version}` : 'another script'}; keeping that one. Load rolekit once per page.`);
        }
        continue;
      }
      found.set(el.localName, [...(found.get(el.localName) ?? []), el]);
      if (el.hasAttribute('emit-jsonld') && pieces['jsonld-script']) pieces['jsonld-script'].forEach(fetchFile);
    }
    const ssr = elements.some((el) => el.shadowRoot);
    return Promise.all([...found].map(([tag, els]) => load(tag, els, ssr)));
  };

  const rolekit: RolekitGlobal = {
    VERSION,
    registerStrings: (...args) => void queued.push(args),
    ready: undefined!,
    discover: (root) => void discover(root),
  };
  // space for what has not arrived yet: as much as an element's loading state takes
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:is(${SELECTOR}):not(:defined){display:block;min-block-size:var(--rk-loading-min-height,8em)}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  // settles, never rejects (a page need not listen): what failed is in the console and in rk-error events
  rolekit.ready = Promise.all([api.catch(() => undefined), discover()]).then(() => rolekit);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
  return rolekit;
}

let errorStyles: CSSStyleSheet | undefined;
function errorSheet(): CSSStyleSheet {
  if (!errorStyles) {
    errorStyles = new CSSStyleSheet();
    errorStyles.replaceSync(':host{display:block}[part=error]{margin:0;padding:1em;border:.0625em solid #b3261e;border-radius:.5em}');
  }
  return errorStyles;
}

const other = globalThis.rolekit;
if (other) console.warn(`rolekit ${VERSION}: rolekit ${other.VERSION} is already on this page; keeping that one. Load rolekit once per page.`);
else globalThis.rolekit = start(document.currentScript as HTMLScriptElement | null);
