import { render, type TemplateResult } from 'lit';
import { retryPolicy } from '../src/internal/fetch-json.js';
import type { Role } from '../src/schema/role.js';

// automatic retries of transient failures wait milliseconds, not seconds, in tests
// (test/network.test.ts checks the real backoff and Retry-After)
retryPolicy.delay = 5;

/** Fixture files, fetched from the test server: the same files the stories and the demo use. */
export const SEED_URL = '/data/python-web-developer.json';
export const fixtureUrl = (name: string): string => `/data/fixtures/${name}.json`;
export const invalidUrl = (name: string): string => `/data/fixtures/invalid/${name}.json`;

const cache = new Map<string, Promise<string>>();

export function loadText(url: string): Promise<string> {
  if (!cache.has(url)) cache.set(url, fetch(url).then((r) => r.text()));
  return cache.get(url)!;
}

/** A fresh parsed copy of a JSON file, so tests can mutate it. */
export const loadJson = async <T = unknown>(url: string): Promise<T> => JSON.parse(await loadText(url)) as T;

export const loadSeed = (): Promise<Role> => loadJson<Role>(SEED_URL);

/** Every text the seed role's page must show, in document order. */
export function seedTexts(role: Role): string[] {
  const glance = role.atAGlance!;
  return [
    role.title,
    role.summary,
    glance.education!,
    glance.experience!,
    glance.certifications!,
    glance.employerTypes!,
    glance.growthOutlook!,
    glance.aiImpact!.text!,
    ...role.duties!,
    ...role.overview!,
    ...role.qualifications!.flatMap((g) => [g.heading, g.qualifier ?? '', ...g.items]).filter(Boolean),
    ...role.careerOutlook!,
    ...role.faq!.flatMap((f) => [f.question, f.answer]),
  ];
}

/** All text in an element's shadow tree, nested shadow roots included, whitespace collapsed. */
export function deepText(node: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    const root = (n as Element).shadowRoot;
    if (root) walk(root);
    for (const child of n.childNodes) walk(child);
    if (n instanceof HTMLInputElement) out += ` ${n.value} `;
  };
  walk(node);
  return out.replace(/\s+/g, ' ');
}

/** Finds an element in the shadow trees under `root` (depth first). */
export function deepQuery<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = deepQuery<T>(el.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}


const containers: HTMLElement[] = [];

/**
 * Renders `template` into a fresh container on the page and waits until the element inside
 * settles: resolves with the element and its `rk-ready` or `rk-error` event. The listener is in
 * place before the element connects, so no event is missed.
 */
export async function settle<T extends HTMLElement = HTMLElement>(
  template: TemplateResult,
  selector = '*',
): Promise<{ el: T; event: CustomEvent }> {
  const container = document.createElement('div');
  containers.push(container);
  const event = new Promise<CustomEvent>((resolve) => {
    const done = (e: Event) => resolve(e as CustomEvent);
    container.addEventListener('rk-ready', done, { once: true });
    container.addEventListener('rk-error', done, { once: true });
  });
  document.body.append(container);
  render(template, container);
  const el = container.querySelector<T>(selector)!;
  const settled = await Promise.race([
    event,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no rk-ready / rk-error within 3 s')), 3000)),
  ]);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { el, event: settled };
}

/** Renders without waiting for an event (loading and idle states). */
export function mount<T extends HTMLElement = HTMLElement>(template: TemplateResult, selector = '*'): T {
  const container = document.createElement('div');
  containers.push(container);
  document.body.append(container);
  render(template, container);
  return container.querySelector<T>(selector)!;
}

/** Removes what `settle` and `mount` added. Call in afterEach. */
export function cleanup(): void {
  for (const c of containers.splice(0)) c.remove();
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
