import { expect } from '@open-wc/testing';
import {
  describeValue,
  formatPath,
  formatProblem,
  parseRole,
  parseRoleText,
  placeholdersIn,
  slugify,
  splitPlaceholders,
  textDirection,
  uniqueSlugs,
  SAFE_HREF_PATTERN,
  type Role,
} from '../src/schema/index.js';
import { fixtureUrl, invalidUrl, loadJson, loadSeed, loadText } from './helpers.js';

const problemsOf = (input: unknown): string[] => {
  const result = parseRole(input);
  expect(result.ok, 'expected the document to be refused').to.equal(false);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('role schema', () => {
  describe('the seed role (data/python-web-developer.json)', () => {
    it('parses, with every part of the source page', async () => {
      const result = parseRole(await loadSeed());
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      const role: Role = result.value;
      expect(role.title).to.equal('Python Web Developer');
      expect(role.slug).to.equal('python-web-developer');
      expect(role.category?.name).to.equal('Software Engineering');
      expect(role.duties).to.have.length(10);
      const glance = role.atAGlance!;
      const facts = [glance.education, glance.experience, glance.certifications, glance.employerTypes, glance.growthOutlook, glance.aiImpact];
      expect(facts.filter(Boolean)).to.have.length(6);
      expect(glance.aiImpact).to.deep.include({ rating: 'strong-tailwind', horizon: 'through 2030' });
      expect(role.overview).to.have.length(5);
      expect(role.qualifications!.map((g) => g.items.length)).to.deep.equal([3, 5, 4, 3, 3, 4]);
      expect(role.qualifications![1]).to.include({ heading: 'Django expertise', qualifier: 'for Django-focused roles' });
      expect(role.careerOutlook).to.have.length(5);
      const letter = role.coverLetter!;
      expect(letter.greeting).to.equal('Dear Hiring Manager,');
      expect(letter.paragraphs).to.have.length(4);
      expect(letter.closing).to.equal("I'd welcome the chance to discuss what you're building.");
      expect(letter.signature).to.equal('[Your Name]');
      expect(placeholdersIn([letter.greeting, ...letter.paragraphs, letter.signature])).to.deep.equal(['Company', 'Your Name']);
      expect(role.faq).to.have.length(5);
      expect(role.faq![4].question).to.equal('What is WSGI vs. ASGI, and why does it matter?');
      expect(role.relatedLinks![0]).to.include({ label: 'See all Software Engineering jobs' });
    });

    it('drops unknown keys (including $schema) instead of failing', async () => {
      const seed = { ...(await loadSeed()), futureField: { anything: true } };
      const result = parseRole(seed);
      expect(result.ok).to.equal(true);
      if (result.ok) {
        expect(result.value).not.to.have.property('futureField');
        expect(result.value).not.to.have.property('$schema');
      }
    });
  });

  describe('edge-case fixtures', () => {
    it('accepts a minimal role and defaults its language to "en"', async () => {
      const result = parseRole(await loadJson(fixtureUrl('minimal')));
      expect(result.ok).to.equal(true);
      if (result.ok) {
        expect(result.value.language).to.equal('en');
        expect(result.value.duties).to.equal(undefined);
      }
    });

    for (const [name, language] of [
      ['long-german', 'de-DE'],
      ['japanese', 'ja'],
      ['arabic-rtl', 'ar'],
    ] as const) {
      it(`accepts ${name}`, async () => {
        const result = parseRole(await loadJson(fixtureUrl(name)));
        expect(result.ok).to.equal(true);
        if (result.ok) expect(result.value.language).to.equal(language);
      });
    }
  });

  describe('bad input gives the path and a readable message', () => {
    const cases: [string, string][] = [
      ['missing-title', 'title: is required'],
      ['wrong-type', 'faq[2].answer: expected text, got a number'],
      ['unsupported-version', 'schemaVersion: unsupported schemaVersion 99: this version of rolekit reads 1'],
      ['javascript-link', 'relatedLinks[0].href: must be an http(s), mailto or relative link'],
      ['data-link', 'category.href: must be an http(s), mailto or relative link'],
      ['empty-faq-answer', 'faq[1].answer: must not be empty'],
      ['oversized-string', 'summary: is too long (at most 1500 characters, got 2800)'],
    ];
    for (const [name, problem] of cases) {
      it(name, async () => {
        expect(problemsOf(await loadJson(invalidUrl(name)))).to.deep.equal([problem]);
      });
    }

    it('text that is not JSON at all', async () => {
      const result = parseRoleText(await loadText(invalidUrl('not-json')));
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(formatProblem(result.problems[0])).to.match(/^not valid JSON \(.+\)$/);
    });

    it('a document that is not an object', () => {
      expect(problemsOf('Python Web Developer')).to.deep.equal(['expected an object, got text']);
      expect(problemsOf(null)).to.deep.equal(['expected an object, got null']);
      expect(problemsOf([])).to.deep.equal(['expected an object, got a list']);
    });

    it('lists every problem, not just the first', async () => {
      const role = { ...(await loadSeed()), title: 7, slug: 'Not A Slug', updated: '2026-02-30', language: 'english' };
      expect(problemsOf(role)).to.deep.equal([
        'slug: must be kebab-case, like "python-web-developer"',
        'title: expected text, got a number',
        'language: must be a BCP 47 language tag, like "en" or "pt-BR"',
        'updated: must be an ISO date, like "2026-11-24"',
      ]);
    });

    it('an AI impact rating off the scale, and a list that is too long', async () => {
      const seed = await loadSeed();
      seed.atAGlance!.aiImpact!.rating = 'huge' as never;
      seed.faq = Array.from({ length: 101 }, () => ({ question: 'Q?', answer: 'A.' }));
      expect(problemsOf(seed)).to.deep.equal([
        'atAGlance.aiImpact.rating: expected one of "strong-headwind", "headwind", "neutral", "tailwind", "strong-tailwind", got "huge"',
        'faq: too large: 101 items, at most 100',
      ]);
    });

    it('empty lists', async () => {
      const seed = await loadSeed();
      seed.duties = [];
      expect(problemsOf(seed)).to.deep.equal(['duties: must have at least 1 item']);
    });
  });

  describe('links', () => {
    const allowed = ['https://example.com/a?b#c', 'http://example.com', 'HTTPS://EXAMPLE.COM', 'mailto:jobs@example.com', 'MailTo:a@b.c', '/careers/', './x', '../x', 'x/y', '?q=1', '#faq', '//cdn.example.com/x'];
    // every dangerous scheme in every casing, behind every character a browser strips first
    const schemes = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>x</script>', 'DATA:image/svg+xml,x', 'vbscript:x', 'VBScript:x'];
    const strippedFirst = ['', ' ', '  ', '\t', '\n', '\r\n', '\u0000', '\u0001', '\u001f', '\u007f'];
    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'tel:+15550100',
      'blob:https://example.com/x',
      'https://exa mple.com',
      '',
      ...schemes.flatMap((scheme) => strippedFirst.map((prefix) => prefix + scheme)),
      ...schemes.map((scheme) => scheme.replace(':', '\t:')),
    ];
    for (const href of allowed) it(`allows ${JSON.stringify(href)}`, () => expect(SAFE_HREF_PATTERN.test(href)).to.equal(true));
    for (const href of refused) it(`refuses ${JSON.stringify(href)}`, () => expect(SAFE_HREF_PATTERN.test(href)).to.equal(false));
  });
});

describe('text helpers', () => {
  it('slugify makes the FAQ ids a URL hash can name', () => {
    expect(slugify('What is WSGI vs. ASGI, and why does it matter?')).to.equal('what-is-wsgi-vs-asgi-and-why-does-it-matter');
    expect(slugify('Über Größe & Café')).to.equal('uber-große-cafe');
    expect(slugify('リモートワークは可能ですか？')).to.equal('リモートワークは可能ですか');
    expect(slugify('???')).to.equal('item');
    expect(uniqueSlugs(['A b', 'a B', 'c'])).to.deep.equal(['a-b', 'a-b-2', 'c']);
  });

  it('splitPlaceholders keeps placeholders recognisable', () => {
    expect(splitPlaceholders('at [Company] for [N] years')).to.deep.equal([
      'at ',
      { placeholder: 'Company' },
      ' for ',
      { placeholder: 'N' },
      ' years',
    ]);
    expect(splitPlaceholders('no placeholders [] here')).to.deep.equal(['no placeholders [] here']);
  });

  it('textDirection follows the language and an explicit script', () => {
    expect(textDirection('ar')).to.equal('rtl');
    expect(textDirection('he-IL')).to.equal('rtl');
    expect(textDirection('en')).to.equal('ltr');
    expect(textDirection('pa-Arab')).to.equal('rtl');
    expect(textDirection('az-Latn')).to.equal('ltr');
  });

  it('formatPath and describeValue', () => {
    expect(formatPath(['faq', 2, 'answer'])).to.equal('faq[2].answer');
    expect(formatPath(['roles', 0, 'href'])).to.equal('roles[0].href');
    expect([true, 1, {}, undefined].map(describeValue)).to.deep.equal(['true/false', 'a number', 'an object', 'undefined']);
  });
});
