import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/i18n/locales/ar.js';
import '../../src/i18n/locales/de.js';
import '../../src/i18n/locales/fr.js';
import { syntheticIndex } from '../../scripts/synthetic.js';
import type { Role } from '../../src/schema/role.js';
import { cleanup, fixtureUrl, loadJson, settle, shadow } from '../helpers.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };
const headings = (root: ShadowRoot) => [...root.querySelectorAll('section > :is(h2, h3)')].map((h) => h.textContent!.trim());
const count = (el: Element) => shadow(el).querySelector('[part="count"]')!.textContent!.trim();

describe('UI strings and languages', () => {
  let german: Role;
  let arabic: Role;
  before(async () => {
    german = await loadJson<Role>(fixtureUrl('long-german'));
    arabic = await loadJson<Role>(fixtureUrl('arabic-rtl'));
  });
  afterEach(cleanup);

  it('a German role page on a German page shows German headings, its content marked de-DE', async () => {
    const { el } = await settle<Rendered>(html`<div lang="de"><rk-role-page .data=${german}></rk-role-page></div>`, 'rk-role-page');
    const root = shadow(el);
    expect(headings(root)).to.include.members(['Die Rolle auf einen Blick', 'Aufgaben und Verantwortung', 'Qualifikationen']);
    const base = root.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('de-DE');
    expect(base.getAttribute('dir')).to.equal('ltr');
    // the same language (a region apart): the headings are not marked again
    expect(root.querySelector('section h3 span[lang]')).to.equal(null);
    // the nested FAQ follows the outer element's UI language
    const faq = root.querySelector<Rendered>('rk-faq')!;
    await faq.updateComplete;
    expect(shadow(faq).querySelector('h3')!.textContent!.trim()).to.equal('Häufige Fragen');
  });

  it('a board on a German page counts "10.000 Rollen"; one role is "1 Rolle"', async () => {
    const { el } = await settle<Rendered>(html`<div lang="de"><rk-role-board no-url-sync .data=${syntheticIndex(10_000)}></rk-role-board></div>`, 'rk-role-board');
    expect(count(el)).to.equal('10.000 Rollen');
    expect(shadow(el).querySelector('[part="category"] option')!.textContent!.trim()).to.equal('Alle Bereiche (10.000)');
    const one = await settle<Rendered>(html`<div lang="de"><rk-role-board no-url-sync .data=${syntheticIndex(1)}></rk-role-board></div>`, 'rk-role-board');
    expect(count(one.el)).to.equal('1 Rolle');
  });

  it('an Arabic role page is right-to-left, with Arabic headings', async () => {
    const { el } = await settle<Rendered>(html`<div lang="ar" dir="rtl"><rk-role-page .data=${arabic}></rk-role-page></div>`, 'rk-role-page');
    const root = shadow(el);
    const base = root.querySelector('[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(headings(root)).to.include.members(['الدور في لمحة', 'المهام والمسؤوليات']);
    // the related links' arrows point the way the text reads: mirrored here, not in German
    const arrow = root.querySelector('li .arrow')!;
    expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const ltr = await settle<Rendered>(html`<div lang="de"><rk-role-page .data=${german}></rk-role-page></div>`, 'rk-role-page');
    expect(getComputedStyle(shadow(ltr.el).querySelector('li .arrow')!).transform).to.equal('none');
  });

  it('an Arabic board uses the plural form Intl.PluralRules picks: one, two, few, many', async () => {
    const numbers = new Intl.NumberFormat('ar');
    const expected = [
      [1, 'دور وظيفي واحد'],
      [2, 'دوران وظيفيان'],
      [3, `${numbers.format(3)} أدوار وظيفية`],
      [11, `${numbers.format(11)} دورًا وظيفيًا`],
      [100, `${numbers.format(100)} دور وظيفي`],
    ] as const;
    for (const [n, text] of expected) {
      const { el } = await settle<Rendered>(html`<div lang="ar" dir="rtl"><rk-role-board no-url-sync .data=${syntheticIndex(n)}></rk-role-board></div>`, 'rk-role-board');
      expect(count(el)).to.equal(text);
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('ltr'); // a listing names no language: English content
      cleanup();
    }
  });

  it('the UI follows the closest lang: the element’s own, then its ancestors’; headings in another language than the content carry their lang', async () => {
    const { el } = await settle<Rendered>(html`<div lang="fr"><rk-duties .data=${german}></rk-duties></div>`, 'rk-duties');
    const heading = shadow(el).querySelector('h2')!;
    expect(heading.textContent!.trim()).to.equal('Missions et responsabilités');
    expect(heading.querySelector('span')!.getAttribute('lang')).to.equal('fr');
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('de-DE');

    const own = await settle<Rendered>(html`<div lang="fr"><rk-duties lang="de-AT" .data=${german}></rk-duties></div>`, 'rk-duties');
    expect(shadow(own.el).querySelector('h2')!.textContent!.trim()).to.equal('Aufgaben und Verantwortung');

    // a language without a catalogue: English words, marked so
    const swedish = await settle<Rendered>(html`<div lang="sv"><rk-duties .data=${german}></rk-duties></div>`, 'rk-duties');
    const english = shadow(swedish.el).querySelector('h2')!;
    expect(english.textContent!.trim()).to.equal('Duties and responsibilities');
    expect(english.querySelector('span')!.getAttribute('lang')).to.equal('en');
  });

  it('a page that names no language: the UI follows the content’s', async () => {
    const lang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const { el } = await settle<Rendered>(html`<rk-duties .data=${german}></rk-duties>`, 'rk-duties');
      expect(shadow(el).querySelector('h2')!.textContent!.trim()).to.equal('Aufgaben und Verantwortung');
    } finally {
      if (lang !== null) document.documentElement.setAttribute('lang', lang);
    }
  });
});
