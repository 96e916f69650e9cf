import type { RkErrorDetail } from '../events/rk-error.js';
import { html, isServer, LitElement, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { addEnglish, baseLanguage, format, stringsFor, type PartialStrings, type Strings } from '../i18n/strings.js';
import { parseRole, formatProblem, type ParseResult } from '../schema/parse.js';
import type { Role, RoleInput } from '../schema/role.js';
import { textDirection } from '../schema/text.js';
import { hostStyles } from '../styles/host.js';
import { clampLevel, heading } from './heading.js';
import { DataSource } from './data-source.js';
import { VERSION } from './define.js';
import { isTransient } from './fetch-json.js';
import type { JsonLdController, JsonLd } from './jsonld-script.js';
import type { JsonLdGraph } from '../schema/jsonld.js';


/**
 * The closest `lang` of `node`: its own or an ancestor's, then those of the host of each shadow
 * root it is in, up to the document's. rolekit's wrappers (`part="base"`, with their content's
 * `lang`) do not count: inside another rolekit element it is the outer element's UI language.
 */
const closestLang = (node: Element | undefined): string =>
  node ? (node.closest<HTMLElement>('[lang]:not([part=base])')?.lang ?? closestLang((node.getRootNode() as ShadowRoot).host)) : '';

/** The JSON-LD controller and builders (src/internal/jsonld-script.ts), loaded on first use. */
const loadJsonLdScript = () => import('./jsonld-script.js');

/** The element classes whose English words are in the catalogue. */
const withWords = new WeakSet<object>();

/** The colour theme: unset follows the host page; `light`, `dark` and `auto` paint a surface. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every rolekit element shares: data in three ways (`src`, a child
 * `<script type="application/json">`, the `.data` property), the loading / error / ready states
 * and their events, `heading-level`, `theme`, and `lang`/`dir` from the document's language.
 *
 * @fires {RkReadyEvent} rk-ready - The data is valid and rendered. `detail.data` is the validated document.
 * @fires {RkErrorEvent} rk-error - The data could not be shown. `detail.kind` is `network`, `timeout`, `http`, `too-large`, `parse`, `invalid` or `render`; `detail.problems` lists each problem with its JSON path.
 * @csspart base - The wrapper around everything the element renders.
 * @csspart heading - The element's heading.
 * @csspart error - The error message, with its Retry button when the request can be retried.
 * @cssprop [--rk-color-accent=#0b57d0 (dark: #a8c7fa)] - Links, buttons and highlights.
 * @cssprop [--rk-color-on-accent=#fff] - Text on an accent background.
 * @cssprop [--rk-color-text=inherit] - Text colour (inherited from the page unless `theme` is set).
 * @cssprop [--rk-color-surface=transparent] - Background (white / near-black when `theme` is set).
 * @cssprop [--rk-color-border=currentColor at 22%] - Borders and dividers.
 * @cssprop [--rk-color-danger=#b3261e] - The error state's border.
 * @cssprop [--rk-radius=0.5em] - Corner radius.
 * @cssprop [--rk-space=1em] - The base spacing unit.
 * @cssprop [--rk-font-family=inherit] - Font family.
 * @cssprop [--rk-font-size=max(1rem, 16px)] - Base text size (page CSS on the element does not change it: set this).
 * @cssprop [--rk-heading-font-family=inherit] - Font family of headings.
 * @cssprop [--rk-line-height=1.5] - Line height of text.
 * @cssprop [--rk-loading-min-height=8em] - Space reserved while loading, so the page does not jump.
 */
export abstract class RoleElement<T extends object = Role> extends LitElement {
  static override styles = [hostStyles];

  /** The rolekit version that defined this element (a second copy on the page names it in its warning). */
  static readonly version = VERSION;

  /** What the element shows: its loading and error states name it ("Loading role…", "Loading open positions…"). */
  protected static noun: 'role' | 'roles' | 'opening' | 'openings' = 'role';

  /**
   * The English groups the element shows besides the loading and error words (src/i18n/en/):
   * added to the English catalogue when the first element of the class is made.
   */
  protected static words: readonly PartialStrings[] = [];

  /** The largest `src` response accepted (1 MB; a role file is typically 10–20 KB). */
  static maxBytes = 2 ** 20;

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
    timeout: { type: Number },
  };

  /**
   * The document as a JS object (validated when set). Takes precedence over inline JSON and
   * `src`. Set a new object to change it; mutating the old one in place is not noticed.
   */
  declare data: RoleInput | T | undefined;
  /** URL of a JSON document. Fetched without credentials, once per URL per page. */
  declare src: string | undefined;
  /** Level of the element's top heading, 1–6 (default 2), so it fits the host page's outline: 1 when the role is the page's main subject. */
  declare headingLevel: number;
  /** `light`, `dark` or `auto` (follows the OS setting) paint a surface; unset inherits the page's colours. */
  declare theme: Theme | undefined;
  /** Milliseconds before a `src` request is abandoned (default 10000). */
  declare timeout: number;

  /** The element's data state; subclasses render `ready`. */
  protected readonly source: DataSource<T>;

  constructor() {
    super();
    const element = this.constructor as typeof RoleElement;
    if (!withWords.has(element)) {
      withWords.add(element);
      for (const words of element.words) addEnglish(words);
    }
    this.headingLevel = 2;
    this.timeout = 10000;
    // the prototype method, not a closure: one parser per class lets elements share validation results
    this.source = new DataSource<T>(this, this.parse, (this.constructor as typeof RoleElement).maxBytes, () => this.#hydrating && !this.hasUpdated);
  }

  /** Set on connecting with a declarative (server-rendered) shadow root that the first update hydrates. */
  #hydrating = false;

  override connectedCallback(): void {
    this.#hydrating = !this.hasUpdated && this.shadowRoot !== null;
    super.connectedCallback();
  }

  /**
   * Applies `change` (state from the page: its URL, its hash) now — or, when the first update
   * hydrates server-rendered DOM, right after it: hydration expects the DOM the server rendered
   * from the data alone, and a different first render would leave it stale.
   */
  protected afterHydration(change: () => void): void {
    if (this.#hydrating && !this.hasUpdated) void this.updateComplete.then(change);
    else change();
  }

  /**
   * Hydration that fails — server HTML from another rolekit version, whose templates differ —
   * must not throw into the page or leave stale DOM: the element renders afresh (keeping the
   * server's styles) and says so once in the console.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!this.#hydrating || this.hasUpdated) throw error;
      this.#hydrating = false;
      console.warn(`rolekit ${VERSION}: <${this.localName}> does not match its server-rendered HTML (another version?); rendered afresh.`, error);
      for (const node of [...this.renderRoot.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
      render(this.render(), this.renderRoot, this.renderOptions);
    }
  }

  /**
   * Validates incoming data; elements that take another document type override this. A parser
   * may answer with a promise (a large listing checked in slices) unless `now` is true.
   */
  protected parse(input: unknown): ParseResult<T> | Promise<ParseResult<T>> {
    return parseRole(input) as ParseResult<T>; // subclasses with another document type override this
  }

  /** The structured data of `emit-jsonld`, for the elements that have it: `updateComplete` waits until it is written. */
  #jsonld?: Promise<{ written: Promise<void> } | undefined>;

  /**
   * For an element with an `emitJsonld` property: keeps its graph in the document head while the
   * property is set and the data is ready (JsonLdController). `inputs` lists what the graph is made
   * of, so it is made again only when one of them changes; `load` loads its builders on first use
   * (default: src/schema/jsonld.ts). The controller's code loads the first time there is a graph
   * to write: a page without `emit-jsonld` never fetches it.
   */
  protected emitsJsonLd<I extends readonly unknown[], B = JsonLd>(inputs: (value: T) => I, graph: (inputs: I, builders: B) => JsonLdGraph, load?: () => Promise<B>): void {
    const on = (): boolean => Boolean((this as { emitJsonld?: boolean }).emitJsonld) && this.source.state.status === 'ready';
    const wanted = (): I | undefined => (on() ? inputs((this.source.state as { value: T }).value) : undefined);
    this.addController({
      hostUpdated: () => {
        if (this.#jsonld || !on()) return;
        this.#jsonld = loadJsonLdScript().then(
          ({ JsonLdController: Controller }) => new Controller<I, B>(this, wanted, graph, load) as JsonLdController<I, B>,
          (error: unknown) => void console.error('rolekit: the JSON-LD code did not load; no structured data added.', error),
        );
      },
    });
  }

  /** Work after a render that the element is not done without (a large listing prepared in slices); undefined when there is none. */
  protected pendingWork(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * Also waits for what finishes later: a large document checked in slices, the element's own
   * pending work (`pendingWork`), and the JSON-LD of `emit-jsonld`, whose builders load on first use.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let p = this.source.parsing ?? this.pendingWork(); p; p = this.source.parsing ?? this.pendingWork()) {
      await p;
      result = await super.getUpdateComplete();
    }
    const jsonld = await this.#jsonld;
    if (jsonld) {
      result = await super.getUpdateComplete(); // the controller's first update, once its code arrived
      await jsonld.written;
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source.resolve();
  }

  /**
   * The language of the element's own words: the closest `lang` (closestLang); on a server, which
   * sees no ancestors, the element's own `lang` (renderPage gives one to an element it nests in a
   * page of another language), else the content's.
   */
  #uiLanguage(content: string): string {
    return (isServer ? this.getAttribute('lang') : closestLang(this)) || content;
  }

  /** The UI's language while it differs from the content's (for section()), else undefined. */
  #uiLang?: string;

  override render(): unknown {
    const { state } = this.source;
    if (state.status === 'ready') {
      // a role and a listing both name their language (a listing may not: English then)
      const language = (state.value as { language?: string }).language ?? 'en';
      // the UI in the closest `lang`, falling back by base language, then to English
      const t = stringsFor(this.#uiLanguage(language));
      this.#uiLang = baseLanguage(t.lang) === baseLanguage(language) ? undefined : t.lang;
      try {
        // the content's language on the whole; when the UI's differs, the sections' headings carry it (section())
        return html`<div part="base" class="base" lang=${language} dir=${textDirection(language)}>
          ${this.renderReady(state.value, t, clampLevel(this.headingLevel))}
        </div>`;
      } catch (error) {
        // a bug, not bad data: still an error state and an rk-error event (announced after this
        // render), never an exception thrown into the host page
        this.source.state = { status: 'error', error: { kind: 'render', problems: [{ path: '', message: String(error) }] } };
      }
    }
    if (state.status === 'idle') return nothing;
    const t = stringsFor(this.#uiLanguage('en'));
    const { noun } = this.constructor as typeof RoleElement;
    const [loading, failed] = noun === 'role' ? (['loading', 'error'] as const) : ([`loading-${noun}`, `error-${noun}`] as const);
    if (state.status === 'loading') {
      return html`<div part="base" class="base loading" aria-busy="true">
        <p class="muted" role="status">${t[loading]}</p>
      </div>`;
    }
    const { error } = this.source.state as { error: RkErrorDetail };
    const { kind, problems, status } = error;
    const retryable = kind === 'timeout' || isTransient(error);
    const message = format(t[`error-${kind}`], { status: status! });
    return html`<div part="base" class="base">
      <div part="error" role="alert">
        <p><strong>${t[failed]}</strong> ${message}</p>
        ${kind === 'invalid' || kind === 'render'
          ? html`<ul>
              ${problems.slice(0, 5).map((p) => html`<li>${formatProblem(p)}</li>`)}
            </ul>`
          : nothing}
        ${retryable ? html`<button @click=${() => this.source.retry()}>${t.retry}</button>` : nothing}
      </div>
    </div>`;
  }

  /** One of the UI's words (a heading), marked with the UI's `lang` when it differs from the content's. */
  protected uiText(text: string): unknown {
    const lang = this.#uiLang;
    return lang ? html`<span lang=${lang}>${text}</span>` : text;
  }

  /** Renders the validated data. `level` is the clamped heading level. */
  protected abstract renderReady(value: T, t: Strings, level: number): TemplateResult;

  /**
   * The element's titled section: heading + body. A plain <section> (not a labelled region):
   * a role page holds eight of them, and landmarks are for a page's few main areas.
   */
  protected section(title: string, level: number, body: unknown): TemplateResult {
    return html`<section>${heading(level, this.uiText(title))} ${body}</section>`;
  }
}
