import type { ReactiveController, ReactiveControllerHost } from 'lit';
// This module is itself loaded on first use (RoleElement.emitsJsonLd), with the builders beside it:
// a page without `emit-jsonld` fetches neither.
import { jsonLdText, toItemList, toJsonLd, type JsonLdGraph, type JsonLdNode } from '../schema/jsonld.js';

/** The role's and the board's JSON-LD builders (src/schema/jsonld.ts). */
const BUILDERS = { toJsonLd, toItemList };
export type JsonLd = typeof BUILDERS;
const loadJsonLd = (): Promise<JsonLd> => Promise.resolve(BUILDERS);

/** The nodes of a JSON-LD value: the top-level objects (one, or a list) and the members of their `@graph`. */
const nodesOf = (value: unknown): JsonLdNode[] =>
  [value].flat().flatMap((node) => (node && typeof node === 'object' ? [node as JsonLdNode, ...[(node as JsonLdNode)['@graph'] ?? []].flat()] : [])) as JsonLdNode[];

/** Whether another JSON-LD script on the page already describes `node` (same `@type` and `@id`). */
function describedElsewhere(node: JsonLdNode): boolean {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // the page's own broken markup: not ours to judge
    }
    if (nodesOf(value).some((other) => other['@id'] === node['@id'] && other['@type'] === node['@type'])) return true;
  }
  return false;
}

type Policy = { createScript(text: string): unknown };
/**
 * Trusted Types: a page that requires them refuses a script element's text unless it is a
 * TrustedScript — even a JSON-LD one. The `rolekit-jsonld` policy, made on first use, passes
 * only JSON. null: the page does not allow that policy name, so no script is added at all.
 */
let policy: Policy | null | undefined;
function trustedText(text: string): unknown {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
  if (!tt) return text;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('rolekit-jsonld', { createScript: (json) => (JSON.parse(json), json) });
    } catch {
      policy = null;
    }
  }
  return policy?.createScript(text);
}

/** Every connected controller: when one's script goes, the others look again (one may add it). */
const live = new Set<{ recheck(): void }>();

/**
 * Keeps one `<script type="application/ld+json">` in the document head in step with a host's
 * graph: added after an update, replaced when the graph changes, removed when there is none or
 * the host disconnects. Never a duplicate: when another script already describes the graph's
 * first node (a server-rendered page, a second element), the host adds none — and looks again
 * when that other element's script goes.
 *
 * `inputs()` lists what the graph is made from (undefined: no graph); `graph(inputs, builders)` is
 * called again only when one of them changes, so a keystroke in a board costs nothing here. The
 * builders (src/schema/jsonld.ts) load on first use: a page without `emit-jsonld` never fetches them.
 * Browser only: Lit's server rendering runs no `hostConnected` / `hostUpdated`.
 */
export class JsonLdController<I extends readonly unknown[], B = JsonLd> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #inputs: () => I | undefined;
  readonly #graph: (inputs: I, builders: B) => JsonLdGraph;
  readonly #load: () => Promise<B>;
  #last?: I;
  /** Counts graph requests: only the latest one's result is written. */
  #run = 0;
  #script?: HTMLScriptElement;
  /** Settles when the latest graph is written (or found stale): hosts await it in `getUpdateComplete`. */
  written: Promise<void> = Promise.resolve();

  /** `load` fetches the builders `graph` uses (default: the role's and the board's, src/schema/jsonld.ts). */
  constructor(host: ReactiveControllerHost, inputs: () => I | undefined, graph: (inputs: I, builders: B) => JsonLdGraph, load: () => Promise<B> = loadJsonLd as () => Promise<B>) {
    this.#host = host;
    this.#inputs = inputs;
    this.#graph = graph;
    this.#load = load;
    host.addController(this);
  }

  hostConnected(): void {
    live.add(this);
    this.recheck(); // Lit does not update a host moved in the page: its script must come back
  }

  hostDisconnected(): void {
    live.delete(this);
    this.#last = undefined;
    this.#remove(true);
  }

  /** Computes the graph again at the next update, even if its inputs are the same. */
  recheck(): void {
    this.#last = undefined;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (!live.has(this)) return; // updated after leaving the page (a recheck in flight): nothing to add
    const inputs = this.#inputs();
    const last = this.#last;
    if (inputs && last && inputs.length === last.length && inputs.every((value, i) => value === last[i])) return;
    this.#last = inputs;
    this.#remove(!inputs);
    const run = ++this.#run;
    if (!inputs) return;
    this.written = this.#load().then((own) => {
      if (run !== this.#run || !live.has(this)) return; // newer inputs, or gone: this graph is stale
      const graph = this.#graph(inputs, own);
      if (!graph['@graph'].length || describedElsewhere(graph['@graph'][0])) return;
      const text = trustedText(jsonLdText(graph));
      if (!text) return; // Trusted Types without the rolekit-jsonld policy: nothing, not a violation
      const script = (this.#script = document.createElement('script'));
      script.type = 'application/ld+json';
      script.textContent = text as string;
      document.head.append(script);
    }, (error: unknown) => console.error('rolekit: the JSON-LD code did not load; no structured data added.', error));
  }

  /** Removes this host's script; `others`: and lets the other elements look again. */
  #remove(others: boolean): void {
    if (!this.#script) return;
    this.#script.remove();
    this.#script = undefined;
    if (others) for (const other of live) if (other !== this) other.recheck();
  }
}
