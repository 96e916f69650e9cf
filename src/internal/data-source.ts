import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RkErrorEvent, type RkErrorDetail } from '../events/rk-error.js';
import { RkReadyEvent } from '../events/rk-ready.js';
import { parseJson, type ParseResult } from '../schema/parse.js';
import { fetchJson, isLoadError } from './fetch-json.js';

export type SourceState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: RkErrorDetail };

/**
 * A parser: a result at once, or — for a large document, checked in slices so that no task is
 * long — a promise of one, during which the element shows its loading state.
 */
export type Parser<T> = (input: unknown, now?: boolean) => ParseResult<T> | Promise<ParseResult<T>>;

/** What a host element exposes: the three ways data comes in. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src?: string;
  /** Milliseconds before a `src` request is given up. */
  timeout: number;
  /** Where the data is fetched from when not from `src` (a list's ATS `feed`). */
  readonly dataSrc?: string;
  /** Turns what was fetched into the document (an ATS's response into a listing), or says why it cannot. */
  convert?(fetched: unknown): Promise<ParseResult<unknown>>;
}

/**
 * Validation results by input object and parser, shared by every element on the page: elements
 * showing one fetched document, or a page passing its validated role to its sections, parse it
 * once. The parser is part of the key: a role that passed as a role is not a valid listing.
 */
const validated = new WeakMap<object, [parse: unknown, state: SourceState<object>]>();

const IDLE = { status: 'idle' } as const;
const LOADING = { status: 'loading' } as const;

/**
 * Turns an element's data sources into one state — idle, loading, ready or error — and fires
 * `rk-ready` / `rk-error` when it settles. Precedence: the `.data` property, then a child
 * `<script type="application/json">`, then `src`.
 *
 * `resolve()` is pure (no DOM, no fetch) so it runs on a server; fetching and reading the
 * light DOM happen only in the connected/updated callbacks, which run in a browser.
 */
export class DataSource<T extends object> implements ReactiveController {
  state: SourceState<T> = IDLE;
  /** A parse that answers later (a large listing, checked in slices), while it runs. */
  parsing?: Promise<unknown>;
  readonly #host: DataHost;
  readonly #parse: Parser<T>;
  readonly #maxBytes: number;
  readonly #now: () => boolean;
  #inline?: string;
  #observer?: MutationObserver;
  /** The last settled `src` load and the state it led to. */
  #loaded?: { src: string; state: SourceState<T> };
  #last?: { input: unknown; state: SourceState<T> };
  #request?: { url: string; controller: AbortController };
  #announced?: SourceState<T>;

  /**
   * `maxBytes`: the largest `src` response accepted; larger ones end in a `too-large` error.
   * `now()`: whether the result is needed at once (hydration renders what the server did, from
   * the data alone), so the parser must not answer later.
   */
  constructor(host: DataHost, parse: Parser<T>, maxBytes: number, now: () => boolean = () => false) {
    this.#host = host;
    this.#parse = parse;
    this.#maxBytes = maxBytes;
    this.#now = now;
    host.addController(this);
  }

  hostConnected(): void {
    this.#readInline();
    this.#observer ??= new MutationObserver(() => this.#readInline());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#abort();
  }

  /** Called from the host's `willUpdate`: derives the state from the current sources. */
  resolve(): void {
    const { data } = this.#host;
    const src = this.#src();
    if (data !== undefined && data !== null) this.state = this.#memo(data, () => this.#validate(data, undefined, data));
    else if (this.#inline !== undefined) {
      const text = this.#inline;
      this.state = this.#memo(text, () => {
        const json = parseJson(text);
        return json.ok ? this.#validate(json.value, undefined, text) : { status: 'error', error: { kind: 'parse', problems: json.problems } };
      });
    } else if (src && this.#loaded?.src === src) this.state = this.#loaded.state;
    else this.state = src ? LOADING : IDLE;
  }

  /** Called after each render: starts or aborts requests, announces settled states. */
  hostUpdated(): void {
    const src = this.#src();
    // resolved against the page, so "roles/x.json" and "/roles/x.json" share a request; a src
    // that is no URL at all ("http://[") fails like an unreachable one, in #load
    let wanted: string | undefined;
    try {
      wanted = this.state === LOADING && src ? new URL(src, document.baseURI).href : undefined;
    } catch {
      wanted = src;
    }
    if (this.#request?.url !== wanted) {
      this.#abort();
      if (wanted && src) void this.#load(src, wanted);
    }
    const state = this.state;
    if (state === this.#announced || state.status === 'idle' || state.status === 'loading') return;
    this.#announced = state;
    this.#host.dispatchEvent(state.status === 'ready' ? new RkReadyEvent(state.value) : new RkErrorEvent(state.error));
  }

  /** The URL the data comes from: the host's `dataSrc` (a feed), or its `src`. */
  #src(): string | undefined {
    return this.#host.dataSrc ?? this.#host.src;
  }

  /** Loads `src` again after a failure (the error state's Retry button). */
  retry(): void {
    this.#loaded = undefined;
    this.#host.requestUpdate();
  }

  /** The same input gives the same state object, so a re-render does not announce it again. */
  #memo(input: unknown, compute: () => SourceState<T>): SourceState<T> {
    const last = this.#last;
    if (last && last.input === input) return last.state;
    const state = compute();
    this.#last = { input, state };
    return state;
  }

  /**
   * The state for a parsed input. A parser that answers later (a large listing, checked in
   * slices) gives a loading state now; when its result comes, it becomes the state of `memo`
   * (the input `resolve()` remembers it by) if that is still the input, and the host updates.
   */
  #validate(input: unknown, src?: string, memo?: unknown): SourceState<T> {
    const key = typeof input === 'object' && input !== null ? input : undefined;
    const cached = key && validated.get(key);
    if (cached?.[0] === this.#parse) return cached[1] as SourceState<T>;
    const result = this.#parse(input, this.#now());
    if (result instanceof Promise) {
      const loading: SourceState<T> = { status: 'loading' };
      const parsing = (this.parsing = result.then((settled) => {
        if (this.parsing === parsing) this.parsing = undefined;
        const state = this.#settle(settled, key, src);
        if (this.#last?.state === loading && this.#last.input === memo) this.#last = { input: memo, state };
        if (this.#loaded?.state === loading) this.#loaded = { src: this.#loaded.src, state };
        this.#host.requestUpdate();
      }));
      return loading;
    }
    return this.#settle(result, key, src);
  }

  #settle(result: ParseResult<T>, key: object | undefined, src?: string): SourceState<T> {
    const state: SourceState<T> = result.ok
      ? { status: 'ready', value: result.value }
      : { status: 'error', error: { kind: 'invalid', problems: result.problems, src } };
    if (key) validated.set(key, [this.#parse, state]);
    // the validated value is valid as it stands: passing it on (e.g. to a child element) skips a second parse
    if (state.status === 'ready') validated.set(state.value, [this.#parse, state]);
    return state;
  }

  async #load(src: string, url: string): Promise<void> {
    const controller = new AbortController();
    this.#request = { url, controller };
    let state: SourceState<T>;
    try {
      const fetched = await fetchJson(url, controller.signal, this.#host.timeout, this.#maxBytes);
      const converted = this.#host.convert ? await this.#host.convert(fetched) : { ok: true as const, value: fetched };
      if (controller.signal.aborted) return;
      state = converted.ok ? this.#validate(converted.value, url) : { status: 'error', error: { kind: 'invalid', problems: converted.problems, src: url } };
    } catch (error) {
      if (controller.signal.aborted) return;
      state = {
        status: 'error',
        error: isLoadError(error) ? error : { kind: 'network', src: url, problems: [{ path: '', message: String(error) }] },
      };
    }
    this.#loaded = { src, state };
    if (this.#request?.controller === controller) this.#request = undefined;
    this.#host.requestUpdate();
  }

  #abort(): void {
    this.#request?.controller.abort();
    this.#request = undefined;
  }

  #readInline(): void {
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text !== this.#inline) {
      this.#inline = text;
      this.#host.requestUpdate();
    }
  }
}
