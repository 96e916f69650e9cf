import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { AtAGlanceElement } from '../../src/elements/at-a-glance/at-a-glance.js';
import { AI_IMPACT_RATINGS, type Role } from '../../src/schema/role.js';
import { cleanup, loadSeed, settle, shadow } from '../helpers.js';

describe('<rk-at-a-glance>', () => {
  let seed: Role;
  before(async () => (seed = await loadSeed()));
  afterEach(cleanup);

  it('is a definition list of the six facts, in the seed’s order and words', async () => {
    const { el } = await settle<AtAGlanceElement>(html`<rk-at-a-glance .data=${seed}></rk-at-a-glance>`);
    const root = shadow(el);
    const dl = root.querySelector('dl')!;
    const terms = [...dl.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(terms).to.deep.equal([
      'Typical education',
      'Typical experience',
      'Key certifications',
      'Top employer types',
      'Growth outlook',
      'AI impact (through 2030)',
    ]);
    const values = [...dl.querySelectorAll('dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim());
    const glance = seed.atAGlance!;
    expect(values.slice(0, 5)).to.deep.equal([glance.education, glance.experience, glance.certifications, glance.employerTypes, glance.growthOutlook]);
    expect(values[5]).to.equal(`Strong tailwind — ${glance.aiImpact!.text}`);
    await expect(el).to.be.accessible();
  });

  it('shows AI impact on a scale and in words, never by colour alone', async () => {
    for (const [i, rating] of AI_IMPACT_RATINGS.entries()) {
      const role = { ...seed, atAGlance: { aiImpact: { rating } } };
      const { el } = await settle<AtAGlanceElement>(html`<rk-at-a-glance .data=${role}></rk-at-a-glance>`);
      const root = shadow(el);
      const words = { 'strong-headwind': 'Strong headwind', headwind: 'Headwind', neutral: 'Neutral', tailwind: 'Tailwind', 'strong-tailwind': 'Strong tailwind' }[rating];
      // the words are what assistive technology reads; the meter shows the same position and is hidden from it
      expect(root.querySelector('[part="rating"] strong')!.textContent).to.equal(words);
      const meter = root.querySelector('meter')!;
      expect(meter.getAttribute('aria-hidden')).to.equal('true');
      expect([meter.min, meter.max, meter.value], rating).to.deep.equal([1, 5, i + 1]);
      // below "neutral" is the browser's poor region (red), above it the optimum (green)
      expect(meter.value < meter.low || meter.value > meter.high || meter.value === 3, rating).to.equal(true);
      await expect(el).to.be.accessible();
    }
  });

  it('extra labelled facts follow the standard ones', async () => {
    const role = { ...seed, atAGlance: { ...seed.atAGlance, extra: [{ label: 'Work model', value: 'Hybrid' }] } };
    const { el } = await settle<AtAGlanceElement>(html`<rk-at-a-glance .data=${role}></rk-at-a-glance>`);
    const terms = [...shadow(el).querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(terms.at(-1)).to.equal('Work model');
  });

  it('a role without facts shows a short message', async () => {
    const { el } = await settle<AtAGlanceElement>(html`<rk-at-a-glance .data=${{ ...seed, atAGlance: undefined }}></rk-at-a-glance>`);
    expect(shadow(el).textContent).to.include('Nothing to show for this role yet.');
    await expect(el).to.be.accessible();
  });
});
