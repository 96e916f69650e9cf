// The sample roles written in other languages (data/locales/<lang>/roles/*.json): valid, as
// complete as the English sample they stand beside, in their own language, and kept out of the
// English listing (data/index.json).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseRole, type Role } from '../../src/schema/index.js';
import { textDirection } from '../../src/schema/text.js';

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const ENGLISH = 'data/python-web-developer.json';
const english = read(ENGLISH) as Record<string, unknown>;
const LANGUAGES = readdirSync('data/locales').sort();
const samples = LANGUAGES.flatMap((language) => readdirSync(`data/locales/${language}/roles`).map((file) => ({ language, file: `data/locales/${language}/roles/${file}` })));

/** Every piece of text in a document, with where it is. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
  return [];
}
/** The shape of a document: its keys at every depth, arrays by whether they are empty. */
const shape = (value: unknown): unknown =>
  Array.isArray(value) ? value.length > 0 : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;

describe('sample roles in other languages', () => {
  test('there is one in German and one in Arabic', () => {
    for (const language of ['de', 'ar']) assert.ok(samples.some((s) => s.language === language), `no sample in ${language}`);
  });

  for (const { language, file } of samples) {
    describe(file, () => {
      const raw = read(file) as Record<string, unknown>;
      const result = parseRole(raw);

      test('validates, and names the language of its folder', () => {
        assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
        assert.equal((result.value as Role).language, language);
      });

      test('has every section the English sample has, each filled, and no others', () => {
        const role = raw as typeof english;
        assert.deepEqual(Object.keys(role).sort(), Object.keys(english).sort());
        for (const key of Object.keys(english)) {
          // same fields at every level (lists only need to be filled, not equally long)
          const mine = shape(role[key]);
          const theirs = shape(english[key]);
          if (Array.isArray(english[key])) assert.equal(mine, true, `${key} is empty`);
          else if (typeof english[key] === 'object') assert.deepEqual(Object.keys(mine as object).sort(), Object.keys(theirs as object).sort(), key);
        }
        const letter = (raw.coverLetter as { paragraphs: string[] }).paragraphs;
        assert.equal(letter.length, (english.coverLetter as { paragraphs: string[] }).paragraphs.length);
        assert.equal((raw.faq as unknown[]).length, (english.faq as unknown[]).length);
        assert.equal((raw.qualifications as unknown[]).length, (english.qualifications as unknown[]).length);
      });

      test('is the same role as the English sample (same slug), written anew: no text copied from English', () => {
        assert.equal(raw.slug, english.slug);
        const englishTexts = new Set(texts(english).map(([, text]) => text));
        // links, dates, identifiers and a loanword ("Deployment") may be the same; no phrase may
        const copied = texts(raw).filter(([path, text]) => englishTexts.has(text) && text.includes(' ') && !/href|\$schema|slug|updated|language|rating/.test(path));
        assert.deepEqual(copied, []);
      });

      if (textDirection(language) === 'rtl') {
        test("every sentence is written in the language's own script", () => {
          const prose = texts(raw).filter(([path]) => !/href|\$schema|slug|updated|language|rating/.test(path));
          const latinOnly = prose.filter(([, text]) => !/[\u0590-\u08FF]/.test(text));
          assert.deepEqual(latinOnly, []);
        });
      }

      test('is not in the English listing', () => {
        const index = read('data/index.json') as { roles: { slug: string; title: string }[] };
        assert.ok(!index.roles.some((r) => r.title === raw.title), `${raw.title as string} is in data/index.json`);
      });
    });
  }
});
