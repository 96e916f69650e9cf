import type { AiImpactRating } from '../schema/role.js';
import type { en } from './en.js';
import { coreWords } from './en/core.js';

/**
 * A message that names a count: one text per plural category its language has (CLDR's `zero`,
 * `one`, `two`, `few`, `many`, `other`; English needs `one` and `other`, Arabic all six, Japanese
 * only `other`). `{count}` is the count, formatted for the language ("10,000", "10.000").
 */
export type Plural = { readonly [C in Intl.LDMLPluralRule]?: string } & { readonly other: string };

// One small catalogue per language. English (src/i18n/en.ts) is complete and is the fallback for
// anything a catalogue lacks; it comes in groups (src/i18n/en/), and each element adds the ones it
// shows (RoleElement's `words`), so a page pays only for its own elements' words. The other
// built-in languages are modules of their own (`rolekit/locales/de`), loaded by the pages that show them.

/** English has a string or a plural message for every key, and a word for every AI-impact rating. */
type Checked<T extends Record<string, string | Plural> & Record<AiImpactRating, string>> = T;
export type English = Checked<typeof en>;

/** A language's catalogue: every key English has; the counted ones are plural messages. */
export type Catalogue = { [K in keyof English]: English[K] extends string ? string : Plural };
export type StringKey = keyof Catalogue;
/** What the elements render with: a catalogue and `lang`, the language its words are in (unset: English). */
export type Strings = Catalogue & { readonly lang?: string };

/**
 * What a site may register: any catalogue keys; a plural message may also be one string for
 * every count. (0.x's `oneRole`, `oneOpening` and `seeOneOpening` are now the `one` forms of
 * `roles`, `openings` and `seeAllOpenings`.)
 */
export type PartialStrings = { [K in StringKey]?: Catalogue[K] | string };

const catalogues = new Map<string, Partial<Catalogue>>([['en', coreWords]]);

/**
 * Adds or extends the catalogue for a language ("de", "pt-BR"). Missing keys fall back to the
 * base language ("pt" for "pt-BR"), then to English. A built-in catalogue (`rolekit/locales/de`,
 * or the one the script tag loads) goes in with `builtIn` — under what the site registered for
 * that language, whichever came first: the site's own wording wins.
 */
export function registerStrings(language: string, strings: PartialStrings, builtIn?: boolean): void {
  const key = language.toLowerCase();
  const had = catalogues.get(key);
  catalogues.set(key, (builtIn ? { ...strings, ...had } : { ...had, ...strings }) as Partial<Catalogue>);
}

/** Adds a group of English strings (src/i18n/en/) under what the site registered for English. */
export const addEnglish = (words: PartialStrings): void => registerStrings('en', words, true);

/** A language tag's base language, lower case: "pt" for "pt-BR" — a language's words are the same under any region ("de", "de-AT"). */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0];

/**
 * The strings for a language: "pt-BR" looks in "pt-br", then "pt", then "en" (the English groups
 * the page's elements added, or all of them with the npm build's main entry). `lang` is the
 * language asked for when it or its base has a catalogue, else "en".
 */
export function stringsFor(language = 'en'): Strings & { readonly lang: string } {
  const tag = language.toLowerCase();
  const base = catalogues.get(baseLanguage(tag));
  const own = catalogues.get(tag);
  return { ...catalogues.get('en'), ...base, ...own, lang: (base ?? own) ? language : 'en' } as Strings & { readonly lang: string };
}


/**
 * A counted message in `language`: the form `Intl.PluralRules` picks for `count`, with `{count}`
 * formatted by `Intl.NumberFormat` — plural(t.roles, 10000, 'de') is "10.000 Rollen". A plain
 * string is one form for every count.
 */
export function plural(message: Plural | string, count: number, language = 'en'): string {
  try {
    const forms: Plural = typeof message === 'string' ? { other: message } : message;
    return format(forms[new Intl.PluralRules(language).select(count)] ?? forms.other, { count: formatNumber(count, language) });
  } catch {
    return plural(message, count); // a tag Intl refuses ("x-site", "en_US") counts in English
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in `language`'s digits and grouping: formatNumber(10000, 'de') is "10.000"; a tag Intl refuses counts in English. */
export function formatNumber(value: number, language = 'en'): string {
  let numbers = numberFormats.get(language);
  if (!numbers) {
    try {
      numbers = new Intl.NumberFormat(language);
    } catch {
      numbers = new Intl.NumberFormat('en');
    }
    numberFormats.set(language, numbers);
  }
  return numbers.format(value);
}

/** Fills `{name}` slots: format('Last updated {date}', { date }) */
export const format = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
