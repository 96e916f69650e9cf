import { expect } from '@open-wc/testing';
import * as rolekit from '../src/index.js';

describe('registration', () => {
  it("import 'rolekit' registers nothing", () => {
    expect(rolekit.RolePageElement).to.be.a('function');
    for (const tag of ['rk-role-page', 'rk-role-card', 'rk-faq', 'rk-at-a-glance', 'rk-duties', 'rk-cover-letter']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it("import 'rolekit/define' registers every element, and importing it again is harmless", async () => {
    const { ELEMENTS } = await import('../src/define.js');
    for (const [tag, element] of Object.entries(ELEMENTS)) expect(customElements.get(tag)).to.equal(element);
    expect(Object.keys(ELEMENTS)).to.have.length(13);
  });

  it('a tag already taken by someone else is left alone, with one console warning', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Other extends HTMLElement {}
      customElements.define('rk-taken-a', Other);
      customElements.define('rk-taken-b', class extends HTMLElement {});
      expect(() => rolekit.defineElement('rk-taken-a', class extends rolekit.DutiesElement {})).not.to.throw();
      expect(() => rolekit.defineElement('rk-taken-b', class extends rolekit.FaqElement {})).not.to.throw();
      expect(customElements.get('rk-taken-a')).to.equal(Other);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.match(/^rolekit .+: <rk-taken-a> is already defined/);
    } finally {
      console.warn = warn;
    }
  });

  it('a site with a clashing tag can register its own name', async () => {
    rolekit.defineElement('acme-role-card', class extends rolekit.RoleCardElement {});
    const el = document.createElement('acme-role-card') as rolekit.RoleCardElement;
    el.data = { schemaVersion: 1, slug: 'a', title: 'Acme role', summary: 'S.' };
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('Acme role');
    el.remove();
  });

  it('UI strings come from one catalogue per language, with fallbacks', () => {
    rolekit.registerStrings('de', { faq: 'Häufige Fragen' });
    expect(rolekit.stringsFor('de-AT').faq).to.equal('Häufige Fragen');
    expect(rolekit.stringsFor('de-AT').retry).to.equal('Try again');
    expect(rolekit.stringsFor('fr').faq).to.equal('Frequently asked questions');
  });
});
