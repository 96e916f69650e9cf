// The search helpers the board and the card share: DOM-free, so a server renders the same marks and snippets.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { ELLIPSIS, markMatches, markSnippet, SUMMARY_VISIBLE, termsOf } from '../../src/internal/search.js';
import type { RoleIndex } from '../../src/schema/role-index.js';

const DJANGO = 'Python Web Developers build and maintain web applications and APIs using Python web frameworks. They work on Django or FastAPI backends, connect to relational databases.';
const search = (text: string, query: string, shown = '') => markSnippet(text, termsOf(query), shown);
/** The runs' matches. */
const marks = (parts: string[]) => parts.filter((_, i) => i % 2);
/** The runs as text, without a leading ellipsis. */
const body = (parts: string[]) => parts.join('').replace(new RegExp(`^${ELLIPSIS}`), '');

describe('termsOf and markMatches', () => {
  test('terms are folded and split on white space', () => {
    assert.deepEqual(termsOf('  Café\tÜBER  ｐｙｔｈｏｎ '), ['cafe', 'uber', 'python']);
    assert.deepEqual(termsOf(' \n '), []);
  });

  test('matches are marked on the original characters, accents and case kept', () => {
    assert.deepEqual(markMatches('Le Café, un cafe', ['cafe']), ['Le ', 'Café', ', un ', 'cafe']);
    assert.deepEqual(markMatches('Python', ['py']), ['', 'Py', 'thon']);
    assert.deepEqual(markMatches('text', []), ['text']);
    assert.deepEqual(markMatches('', ['x']), ['']);
  });

  test('a decomposed "é" is marked whole, its accent included', () => {
    assert.deepEqual(markMatches('Cafe\u0301 noir', ['cafe']), ['', 'Cafe\u0301', ' noir']);
  });
});

describe('markSnippet', () => {
  test('no terms: the whole text, untouched (and no work done)', () => {
    assert.deepEqual(markSnippet(DJANGO, []), [DJANGO]);
  });

  test('a match at the start: the whole text, the match marked, no ellipsis', () => {
    const parts = search(DJANGO, 'python');
    assert.equal(parts.join(''), DJANGO);
    assert.deepEqual(marks(parts), ['Python', 'Python']);
  });

  test('a match far in: "…" and a window from a word shortly before it', () => {
    const parts = search(DJANGO, 'django');
    assert.equal(parts[0], `${ELLIPSIS}They work on `);
    assert.equal(parts[1], 'Django');
    assert.ok(DJANGO.endsWith(body(parts)));
    assert.ok(body(parts).length < DJANGO.length);
  });

  test('accents: "cafe" finds "Café" late in the text', () => {
    const text = `${'A quiet role in a small office, with long and careful reviews of ledgers. '.repeat(2)}Breaks at the Café downstairs.`;
    const parts = search(text, 'CAFE');
    assert.equal(parts[0], `${ELLIPSIS}Breaks at the `);
    assert.deepEqual(marks(parts), ['Café']);
  });

  test('several terms: a snippet only for a term not seen, placed at the earliest such match', () => {
    // python is seen at the start; django is not
    assert.equal(search(DJANGO, 'python django')[0], `${ELLIPSIS}They work on `);
    // both hidden: the window starts before the first of them, whatever the query order
    for (const query of ['relational fastapi', 'fastapi relational']) assert.equal(search(DJANGO, query)[0], `${ELLIPSIS}work on Django or `, query);
    // every term seen near the start: no snippet
    assert.equal(search(DJANGO, 'web build').join(''), DJANGO);
    // a term that is not in the text at all (it matched the title or category): nothing to show here
    assert.equal(search(DJANGO, 'engineering').join(''), DJANGO);
  });

  test('a term the title or category already shows needs no snippet', () => {
    assert.equal(search(DJANGO, 'django', 'Django Developer Software Engineering').join(''), DJANGO);
    assert.equal(search(DJANGO, 'django', 'Python Web Developer Software Engineering')[0], `${ELLIPSIS}They work on `);
  });

  test('the safely visible part is measured in letter widths: wide characters and emoji count double', () => {
    const latin = `${'a'.repeat(SUMMARY_VISIBLE - 'python'.length - 1)} python`;
    assert.equal(search(latin, 'python').join(''), latin);
    assert.equal(search(`${latin}x`, 'pythonx')[0].startsWith(ELLIPSIS), true);
    const cjk = `${'職'.repeat(SUMMARY_VISIBLE / 2 - 1)}python`; // 27 wide characters: 54 widths before the match
    assert.ok(search(cjk, 'python')[0].startsWith(ELLIPSIS));
    assert.equal(search(cjk, 'python')[1], 'python');
  });

  test('surrogate pairs and emoji are never cut', () => {
    const snakes = `${'🐍 '.repeat(30)}python`;
    const parts = search(snakes, 'python');
    assert.ok(parts[0].startsWith(ELLIPSIS));
    assert.equal(parts[1], 'python');
    // a match inside a joined emoji starts the window on the whole emoji
    const coders = `${'x'.repeat(80)}👩‍💻👩🏽‍💻`;
    for (const query of ['💻', '\u{1F3FD}', '\u200d💻']) {
      const start = body(search(coders, query));
      assert.ok(start.startsWith('👩'), `${query}: ${JSON.stringify(start)}`);
    }
    // a lone low surrogate in the query still leaves whole characters
    const lone = body(search(`${'x'.repeat(80)}🐍`, '\udc0d'));
    assert.equal(lone, '🐍');
  });

  test('very long words: the window starts at the match, or not at all when the match starts near the start', () => {
    const word = `${'x'.repeat(200)}python${'y'.repeat(200)}`;
    const parts = search(`Intro ${word}`, 'python');
    assert.deepEqual(parts.slice(0, 2), [ELLIPSIS, 'python']);
    const long = 'z'.repeat(100);
    assert.deepEqual(search(`A ${long} b`, long), ['A ', long, ' b']); // moving it would show nothing more
  });

  test('hostile strings stay text, and the ellipsis is never marked', () => {
    const text = `${'Filler words for a summary. '.repeat(4)}<img src=x onerror=alert(1)> ... $& (.*) \u0000 end`;
    for (const query of ['<img', '...', '$&', '(.*)', '\u0000', 'end']) {
      const parts = search(text, query);
      assert.ok(parts[0].startsWith(ELLIPSIS), query);
      assert.ok(text.endsWith(body(parts)), query);
      assert.ok(marks(parts).every((m) => !m.includes(ELLIPSIS)), query);
    }
    assert.deepEqual(search('', 'x'), ['']);
    const rtl = `${'مطور ويب يبني تطبيقات الويب وواجهات البرمجة '.repeat(2)}باستخدام جانغو`;
    assert.equal(search(rtl, 'جانغو')[1], 'جانغو');
    assert.ok(search(rtl, 'جانغو')[0].startsWith(ELLIPSIS));
  });

  test('every sample summary: a word only past the visible part gets a snippet that shows it', () => {
    const index = JSON.parse(readFileSync('data/index.json', 'utf8')) as RoleIndex;
    for (const { summary } of index.roles) {
      const last = summary.split(/\s+/).at(-1)!.replace(/\W+$/, '');
      const parts = search(summary, last);
      assert.ok(parts[0].startsWith(ELLIPSIS), last);
      assert.ok(parts[0].length <= 22, `${last}: ${parts[0]}`); // the match within the first line
    }
  });

  test('properties: the runs are a suffix of the text, a word or whole character after the ellipsis, matches hold a term', () => {
    const char = fc.oneof(fc.constantFrom('a', 'é', 'E\u0301', ' ', '🐍', '👩‍💻', '職', '\udc0d', '.', '…'), fc.string({ unit: 'binary', maxLength: 1 }));
    const text = fc.array(char, { maxLength: 120 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.constantFrom('a', 'cafe', 'e', '🐍', '💻', '職', '\udc0d', '...', 'aé'), { maxLength: 3 }), (text, words) => {
        const terms = termsOf(words.join(' '));
        const parts = markSnippet(text, terms);
        const joined = parts.join('');
        if (joined !== text) {
          assert.ok(joined.startsWith(ELLIPSIS));
          const rest = joined.slice(ELLIPSIS.length);
          assert.ok(text.endsWith(rest) && rest.length < text.length);
          assert.ok(!/^[\udc00-\udfff\u200d\p{M}]/u.test(rest), JSON.stringify(rest));
        }
        for (const m of marks(parts)) assert.ok(terms.some((t) => m.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().includes(t)), m);
      }),
      { numRuns: 2000 },
    );
  });
});
