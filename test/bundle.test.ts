// The BUILT one-file build (dist/cdn/rolekit.all.js, from `npm run build`) in a classic <script>:
// it must run as shipped — the source passing its tests is not enough. The script tag's loader
// (dist/cdn/rolekit.js) is tested in test/node/loader.test.ts: this runner's server rewrites the
// modules it serves, which their integrity hashes rightly refuse.
import { expect } from '@open-wc/testing';
import { deepText, SEED_URL } from './helpers.js';

const loadScript = (src: string) =>
  new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load — run \`npm run build\` first`));
    document.head.append(script);
  });

type Global = { rolekit?: { VERSION: string; parseRole: (x: unknown) => { ok: boolean } } };

describe('dist/cdn/rolekit.all.js', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);

  before(async () => {
    window.addEventListener('error', onError);
    await loadScript('/dist/cdn/rolekit.all.js');
  });
  after(() => window.removeEventListener('error', onError));

  it('runs as a classic script and adds one global, window.rolekit', () => {
    expect(errors).to.deep.equal([]);
    const { rolekit } = window as unknown as Global;
    expect(rolekit!.VERSION).to.match(/^\d+\.\d+\.\d+/);
    expect(rolekit!.parseRole({}).ok).to.equal(false);
  });

  it('defines every element', () => {
    for (const tag of ['rk-role-page', 'rk-role-card', 'rk-at-a-glance', 'rk-faq', 'rk-duties', 'rk-qualifications', 'rk-overview', 'rk-career-outlook', 'rk-cover-letter']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('renders the seed role from src', async () => {
    const el = document.createElement('rk-role-page');
    el.setAttribute('src', SEED_URL);
    const ready = new Promise((resolve) => el.addEventListener('rk-ready', resolve, { once: true }));
    document.body.append(el);
    await ready;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = deepText(el);
    expect(text).to.include('Python Web Developer');
    expect(text).to.include('What is WSGI vs. ASGI, and why does it matter?');
    el.remove();
  });

  it('loading it a second time throws nothing and warns once', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await loadScript('/dist/cdn/rolekit.all.js?again');
    } finally {
      console.warn = warn;
    }
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
  });
});
