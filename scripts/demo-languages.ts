/**
 * The demo's role page in three languages: the sample role in English (the page `rolekit build`
 * wrote, /roles/python-web-developer/), German (/de/roles/…/) and Arabic (/ar/roles/…/), from
 * data/locales/<lang>/roles/. Each page names its language and direction on `<html>`, lists the
 * others as `<link rel="alternate" hreflang>`, and has a language switcher: a nav of links, each
 * with `hreflang` and the language's name in that language, `aria-current="page"` on its own.
 * The site's header and footer stay English (marked `lang="en"` on the other pages).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { renderPage as RenderPage } from '../src/ssr/ssr.js';
import { roleHref } from '../src/content/build-pages.js';
import { textDirection } from '../src/schema/text.js';

/** The languages the demo's role page is in: the tag, the language's own name, its data, and the switcher's label. */
export const DEMO_LANGUAGES = [
  { lang: 'en', name: 'English', data: 'data/python-web-developer.json', label: 'Language', back: '← All roles' },
  { lang: 'de', name: 'Deutsch', data: 'data/locales/de/roles/python-web-developer.json', label: 'Sprache', back: '← Alle Rollen (auf Englisch)' },
  { lang: 'ar', name: 'العربية', data: 'data/locales/ar/roles/python-web-developer.json', label: 'اللغة', back: '→ جميع الأدوار (بالإنجليزية)' },
] as const;
export const DEMO_SLUG = 'python-web-developer';

/** Where the role page in `lang` lives: English at the site's root, the others under /<lang>/. */
export const languageHref = (lang: string): string => `${lang === 'en' ? '' : `/${lang}`}${roleHref(DEMO_SLUG)}`;

const STYLE = `<style>
.languages { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.languages a[aria-current='page'] { font-weight: bold; text-decoration-thickness: 2px; }
/* the header's English links, right to left: spaced as items, not as one left-to-right run of words */
[dir='rtl'] .site-header nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
[dir='rtl'] .site-header nav a + a { margin: 0; }
</style>
`;

/** The switcher for the page in `current`, in that page's language. Trusted text only. */
export function languageSwitcher(current: string): string {
  const here = DEMO_LANGUAGES.find((l) => l.lang === current)!;
  const links = DEMO_LANGUAGES.map(
    ({ lang, name }) => `<li><a href="${languageHref(lang)}" hreflang="${lang}" lang="${lang}"${lang === current ? ' aria-current="page"' : ''}>${name}</a></li>`,
  );
  return `<nav class="languages-nav" aria-label="${here.label}"><ul class="languages" role="list">${links.join('')}</ul></nav>\n`;
}

/** The head's alternates: every language's page, and x-default (English). */
const alternates = (origin: string) =>
  [...DEMO_LANGUAGES.map(({ lang }) => [lang, languageHref(lang)]), ['x-default', languageHref('en')]]
    .map(([lang, href]) => `<link rel="alternate" hreflang="${lang}" href="${new URL(href, origin).href}">\n`)
    .join('');

/** `<html lang="…">` with the direction of its language (renderPage writes only `lang`). */
const withDir = (html: string, lang: string) => html.replace(/<html lang="([^"]*)"(?! dir=)/, `<html lang="$1" dir="${textDirection(lang)}"`);

export interface LanguageSite {
  origin: string;
  outDir: string;
  siteName: string;
  head: string;
  header: string;
  footer: string;
  /** The script tag's file (rolekit.js) as the site serves it. */
  scriptSrc: string;
  renderPage: typeof RenderPage;
}

/**
 * Adds the switcher to the English role page the build wrote, and writes the German and Arabic
 * ones beside it. Returns how many pages it wrote (the English one is rewritten, not counted).
 */
export function writeLanguagePages(site: LanguageSite): number {
  const file = (lang: string) => `${site.outDir}${languageHref(lang)}index.html`;
  const english = readFileSync(file('en'), 'utf8');
  const back = (lang: string) => `<p><a href="/careers/">${DEMO_LANGUAGES.find((l) => l.lang === lang)!.back}</a></p>\n`;
  const marker = back('en');
  if (!english.includes(marker)) throw new Error(`demo-languages: ${file('en')} has no back link to put the switcher before`);
  writeFileSync(
    file('en'),
    withDir(english, 'en')
      .replace('</head>', `${alternates(site.origin)}${STYLE}</head>`)
      .replace(marker, `${languageSwitcher('en')}${marker}`),
  );
  let written = 0;
  const listed: string[] = [];
  for (const { lang, data } of DEMO_LANGUAGES.slice(1)) {
    const role = JSON.parse(readFileSync(data, 'utf8')) as { language: string; updated: string };
    if (role.language !== lang) throw new Error(`demo-languages: ${data} says language ${role.language}, not ${lang}`);
    // the site's own chrome is English: marked so, a screen reader reads it as English
    const english = (markup: string) => markup.replace(/^(\s*<(?:header|footer)\b)/, '$1 lang="en"');
    const html = site.renderPage(role, {
      canonicalUrl: new URL(languageHref(lang), site.origin).href,
      siteName: site.siteName,
      scriptSrc: site.scriptSrc,
      head: `${site.head}${alternates(site.origin)}${STYLE}`,
      header: english(site.header),
      footer: english(site.footer),
      before: `${languageSwitcher(lang)}${back(lang)}`,
      // the site's open positions (in English) under the summary, their UI words in the page's language
      openings: JSON.parse(readFileSync('data/openings/index.json', 'utf8')),
      openingsHref: '/jobs/',
    });
    mkdirSync(`${site.outDir}${languageHref(lang)}`, { recursive: true });
    writeFileSync(file(lang), withDir(html, lang));
    listed.push(`  <url><loc>${new URL(languageHref(lang), site.origin).href}</loc><lastmod>${role.updated}</lastmod></url>\n`);
    written++;
  }
  // and in the build's sitemap.xml, beside the English page
  const sitemap = `${site.outDir}/sitemap.xml`;
  writeFileSync(sitemap, readFileSync(sitemap, 'utf8').replace('</urlset>', `${listed.join('')}</urlset>`));
  return written;
}
