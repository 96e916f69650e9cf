import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, stringsFor } from '../../src/i18n/en.js';
import { plural, registerStrings, type Plural } from '../../src/i18n/strings.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { de } from '../../src/i18n/locales/de.js';
import { es } from '../../src/i18n/locales/es.js';
import { fr } from '../../src/i18n/locales/fr.js';
import { he } from '../../src/i18n/locales/he.js';
import { ja } from '../../src/i18n/locales/ja.js';
import { nl } from '../../src/i18n/locales/nl.js';
import { pl } from '../../src/i18n/locales/pl.js';
import { ptBR } from '../../src/i18n/locales/pt-BR.js';
import { zhCN } from '../../src/i18n/locales/zh-CN.js';

const BUILT_IN: Record<string, Record<string, unknown>> = { en, de, fr, es, 'pt-BR': ptBR, nl, pl, ar, he, ja, 'zh-CN': zhCN };
const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (message: unknown): message is Plural => typeof message === 'object' && message !== null;
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the built-in catalogues are the eleven languages of issue 17', () => {
  assert.deepEqual(Object.keys(BUILT_IN).sort(), ['ar', 'de', 'en', 'es', 'fr', 'he', 'ja', 'nl', 'pl', 'pt-BR', 'zh-CN']);
});

for (const [language, catalogue] of Object.entries(BUILT_IN)) {
  test(`${language}: exactly the keys English has, each a message of the same kind`, () => {
    const missing = Object.keys(en).filter((key) => !(key in catalogue));
    const extra = Object.keys(catalogue).filter((key) => !(key in en));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
    for (const [key, message] of Object.entries(catalogue)) {
      assert.equal(isPlural(message), isPlural(en[key as keyof typeof en]), `${language}.${key}: plural in one catalogue and not the other`);
      if (!isPlural(message)) assert.ok(typeof message === 'string' && message.trim(), `${language}.${key} is empty`);
    }
  });

  test(`${language}: every plural message has every form Intl.PluralRules lists, and only CLDR's forms`, () => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(catalogue)) {
      if (!isPlural(message)) continue;
      const lacking = needed.filter((form) => typeof message[form] !== 'string');
      assert.deepEqual(lacking, [], `${language}.${key} lacks ${lacking.join(', ')}`);
      for (const form of Object.keys(message)) assert.ok(CATEGORIES.has(form), `${language}.${key}.${form} is not a plural category`);
    }
  });

  test(`${language}: each message fills the slots English fills ({count} may be spelled out in a plural form)`, () => {
    for (const [key, message] of Object.entries(catalogue)) {
      const english: unknown = en[key as keyof typeof en];
      const expected = slots(isPlural(english) ? english.other : (english as string));
      for (const text of isPlural(message) ? Object.values(message) : [message as string]) {
        const found = slots(text);
        for (const slot of found) assert.ok(expected.includes(slot), `${language}.${key}: unknown slot {${slot}} in "${text}"`);
        if (!isPlural(message)) assert.deepEqual(found, expected, `${language}.${key}: "${text}"`);
      }
    }
  });
}

test('plural() picks the form by Intl.PluralRules and formats the count by Intl.NumberFormat', () => {
  assert.equal(plural(en.roles, 1), '1 role');
  assert.equal(plural(en.roles, 10000), '10,000 roles');
  assert.equal(plural(de.roles, 10000, 'de'), '10.000 Rollen');
  assert.equal(plural(de.openings, 1, 'de'), '1 offene Stelle');
  assert.equal(plural(fr.roles, 0, 'fr'), '0 métier');
  assert.equal(plural(fr.roles, 1000000, 'fr'), '1\u202f000\u202f000 de métiers');
  assert.deepEqual([1, 2, 5, 22, 25, 112].map((n) => plural(pl.openings, n, 'pl')), ['1 oferta pracy', '2 oferty pracy', '5 ofert pracy', '22 oferty pracy', '25 ofert pracy', '112 ofert pracy']);
  assert.deepEqual([0, 1, 2, 3, 11, 100].map((n) => plural(ar.roles, n, 'ar')), ['لا توجد أدوار وظيفية', 'دور وظيفي واحد', 'دوران وظيفيان', '3 أدوار وظيفية', '11 دورًا وظيفيًا', '100 دور وظيفي']);
  assert.equal(plural(ja.openings, 1, 'ja'), '1 件の求人');
  // a plain string is one form for every count, with the number formatted
  assert.equal(plural(de.allCategories, 1234, 'de'), 'Alle Bereiche (1.234)');
});

test('stringsFor falls back by base language, then to English, and says which language its words are in', () => {
  registerStrings('de', de);
  assert.equal(stringsFor('de').atAGlance, 'Die Rolle auf einen Blick');
  assert.equal(stringsFor('de-AT').atAGlance, 'Die Rolle auf einen Blick');
  assert.equal(stringsFor('de-AT').lang, 'de-AT');
  assert.equal(stringsFor('sv').atAGlance, 'Role at a glance');
  assert.equal(stringsFor('sv').lang, 'en');
});

test('registerStrings: a site overrides a few words, a plural message with one string or with its forms; a tag Intl refuses counts in English', () => {
  registerStrings('x-site', { atAGlance: 'Quick facts', roles: '{count} jobs', openings: { one: 'A single opening', other: '{count} openings' } });
  const t = stringsFor('x-site');
  assert.equal(t.atAGlance, 'Quick facts');
  assert.equal(t.faq, en.faq);
  assert.equal(plural(t.roles, 1, t.lang), '1 jobs');
  assert.equal(plural(t.roles, 3000, t.lang), '3,000 jobs');
  assert.equal(plural(t.openings, 1, t.lang), 'A single opening');
  assert.equal(plural(t.openings, 2, t.lang), '2 openings');
});
