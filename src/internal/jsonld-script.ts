import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonLdText, type JsonLdGraph, type JsonLdNode } from '../schema/jsonld.js';

const SELECTOR = 'script[type="application/ld+json"]';

/** The URL structured data describes: the page's canonical URL, or its address without the fragment. */
export function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  return (canonical?.href || location.href).split('#')[0];
}

/** Every node of a JSON-LD value: top-level objects, arrays, and the members of each `@graph`. */
function nodesOf(value: unknown): JsonLdNode[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (!value || typeof value !== 'object') return [];
  const node = value as JsonLdNode;
  return [node, ...nodesOf(node['@graph'])];
}

/** Whether another JSON-LD script on the page already describes `node` (same `@type` and `@id`). */
function describedElsewhere(node: JsonLdNode): boolean {
  for (const script of document.querySelectorAll(SELECTOR)) {
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

/**
 * Keeps one `<script type="application/ld+json">` in the document head in step with a host's
 * graph: added after an update, replaced when the graph changes, removed when there is none or
 * the host disconnects. Never a duplicate: when another script already describes the graph's
 * first node (a server-rendered page, a second element), the host adds none.
 *
 * `inputs()` lists what the graph is made from (undefined: no graph); `graph(inputs)` is
 * called again only when one of them changes, so a keystroke in a board costs nothing here.
 * Browser only: Lit's server rendering runs no `hostUpdated`.
 */
export class JsonLdController<I extends readonly unknown[]> implements ReactiveController {
  readonly #inputs: () => I | undefined;
  readonly #graph: (inputs: I) => JsonLdGraph;
  #last?: I;
  #script?: HTMLScriptElement;

  constructor(host: ReactiveControllerHost, inputs: () => I | undefined, graph: (inputs: I) => JsonLdGraph) {
    this.#inputs = inputs;
    this.#graph = graph;
    host.addController(this);
  }

  hostUpdated(): void {
    const inputs = this.#inputs();
    const last = this.#last;
    if (inputs && last && inputs.length === last.length && inputs.every((value, i) => value === last[i])) return;
    this.#last = inputs;
    this.#remove();
    const graph = inputs && this.#graph(inputs);
    if (!graph?.['@graph'].length || describedElsewhere(graph['@graph'][0])) return;
    const script = (this.#script = document.createElement('script'));
    script.type = 'application/ld+json';
    // a text node, not `.textContent =`: a script's text is a Trusted Types sink, a new child is not
    script.append(document.createTextNode(jsonLdText(graph)));
    document.head.append(script);
  }

  hostDisconnected(): void {
    this.#last = undefined;
    this.#remove();
  }

  #remove(): void {
    this.#script?.remove();
    this.#script = undefined;
  }
}
