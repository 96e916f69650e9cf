import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/i18n/locales/ar.js';
import '../../src/i18n/locales/de.js';
import { syntheticIndex } from '../../scripts/synthetic.js';
import { formatNumber } from '../../src/i18n/strings.js';
import { syntheticOpenings } from '../opening-fixtures.js';
import { cleanup, settle, shadow } from '../helpers.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

/** A select's options but its first ("All … (n)"): each as its value and the count in its brackets. */
const counted = (select: HTMLSelectElement) =>
  [...select.options].slice(1).map((option) => ({ value: option.value, count: /\(([^()]+)\)$/.exec(option.textContent!.trim())?.[1] }));

/** How many of `items` have each key. */
const tally = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('filter option counts in the UI language', () => {
  afterEach(cleanup);

  it('formatNumber: digits and grouping of the language; a tag Intl refuses counts in English, never throws', () => {
    expect(formatNumber(10_000, 'de')).to.equal(new Intl.NumberFormat('de').format(10_000));
    expect(formatNumber(10_000, 'de')).to.not.equal(formatNumber(10_000, 'en'));
    expect(formatNumber(1234, 'ar')).to.equal(new Intl.NumberFormat('ar').format(1234));
    expect(formatNumber(1234, 'en_US')).to.equal('1,234');
    expect(formatNumber(1234)).to.equal('1,234');
  });

  for (const lang of ['de', 'ar', 'en']) {
    it(`the board's category options count in ${lang}`, async () => {
      const index = syntheticIndex(10_000);
      const { el } = await settle<Rendered>(html`<div lang=${lang}><rk-role-board no-url-sync .data=${index}></rk-role-board></div>`, 'rk-role-board');
      const options = counted(shadow(el).querySelector<HTMLSelectElement>('[part="category"]')!);
      const byName = tally(index.roles, (role) => role.category);
      const names = [...shadow(el).querySelector<HTMLSelectElement>('[part="category"]')!.options].slice(1).map((o) => o.textContent!.trim().replace(/ \([^()]+\)$/, ''));
      expect(options.length).to.equal(byName.size);
      // large enough that grouping shows ("1.250" in German)
      expect([...byName.values()].some((n) => n >= 1000)).to.equal(true);
      options.forEach(({ count }, i) => expect(count, names[i]).to.equal(new Intl.NumberFormat(lang).format(byName.get(names[i])!)));
    });
  }

  for (const lang of ['de', 'ar']) {
    it(`the openings' filter options count in ${lang}`, async () => {
      const index = syntheticOpenings(6000);
      const { el } = await settle<Rendered>(html`<div lang=${lang}><rk-openings no-url-sync .data=${index}></rk-openings></div>`, 'rk-openings');
      const select = (name: string) => shadow(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
      const format = new Intl.NumberFormat(lang);
      // workplaces: 2,000 each; departments: 1,000 each
      const workplaces = tally(index.openings, (o) => o.workplace!);
      expect(counted(select('workplace'))).to.have.deep.members([...workplaces].map(([value, n]) => ({ value, count: format.format(n) })));
      const departments = tally(index.openings, (o) => o.department!);
      expect(counted(select('department')).map((o) => o.count).sort()).to.deep.equal([...departments.values()].map((n) => format.format(n)).sort());
      expect(format.format(2000)).to.not.equal('2000'); // the check above would not tell otherwise
    });
  }
});
