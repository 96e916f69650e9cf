/**
 * The sections of an imported page (import.ts reads the header above them): each known section
 * heading starts a section, whose blocks are read by its own rule. A heading the layout does not
 * have starts a section that is not imported, reported with its lines.
 */
import { AI_IMPACT_RATINGS } from '../schema/constants.js';
import type { AtAGlance, CoverLetter, FaqEntry, QualificationGroup } from '../schema/role.js';
import { en } from '../i18n/en.js';
import { clip, type Block, type ImportNote } from './import-blocks.js';

/** The layout's section headings (a trailing colon allowed). */
const SECTIONS = {
  atAGlance: /^role at a glance$/i,
  duties: /^(?:duties and responsibilities|duties|responsibilities)$/i,
  overview: /^overview$/i,
  qualifications: /^qualifications$/i,
  careerOutlook: /^career outlook$/i,
  coverLetter: /^(?:sample )?cover letter$/i,
  faq: /^(?:frequently asked questions|faqs?)$/i,
} as const;
type SectionKey = keyof typeof SECTIONS;
const KEYS = Object.keys(SECTIONS) as SectionKey[];

/** The closing link: "See all Software Engineering jobs →". */
const RELATED = /^see all (.+?) jobs\s*(?:→|->|»|›)?$/i;

/** The at-a-glance labels of the layout, by field ("AI impact (through 2030)" carries the horizon). */
const FACTS: [keyof Omit<AtAGlance, 'aiImpact' | 'extra'>, RegExp][] = [
  ['education', /^(?:typical )?education$/i],
  ['experience', /^(?:typical )?experience$/i],
  ['certifications', /^(?:key )?certifications$/i],
  ['employerTypes', /^(?:top )?employer types$/i],
  ['growthOutlook', /^growth outlook$/i],
];
const AI_IMPACT = /^ai impact(?:\s*\((.+)\))?$/i;
/** "Strong tailwind — demand is expanding…": a rating's name, a dash or colon, the reason. */
const RATING = new RegExp(`^(${AI_IMPACT_RATINGS.map((r) => en[r]).sort((a, b) => b.length - a.length).join('|')})\\b\\s*(?:[—–:-]\\s*(.*))?$`, 'i');

export interface Sections {
  /** Index of the first section heading (blocks before it are the page's header). */
  start: number;
  atAGlance?: AtAGlance;
  duties?: string[];
  overview?: string[];
  qualifications?: QualificationGroup[];
  careerOutlook?: string[];
  coverLetter?: CoverLetter;
  faq?: FaqEntry[];
  /** The categories of the closing "See all … jobs" links. */
  related: string[];
}

const headingText = (text: string): string => text.replace(/\s*:\s*$/, '');
const sectionOf = (b: Block): SectionKey | undefined =>
  b.kind === 'heading' || b.kind === 'line' ? KEYS.find((k) => SECTIONS[k].test(headingText(b.text))) : undefined;
/** A short line that ends in no punctuation: in plain text, how a heading looks. */
const looksLikeHeading = (text: string): boolean => text.length <= 80 && !/[.!?,;:"”’)]$/.test(text);

export function readSections(blocks: Block[], warnings: ImportNote[], lines: Map<string, number>): Sections {
  const warn = (b: Block, message: string) => warnings.push({ line: b.line, message });
  const start = blocks.findIndex((b) => sectionOf(b));
  const result: Sections = { start: start < 0 ? blocks.length : start, related: [] };
  const found: Partial<Record<SectionKey, Block[]>> = {};
  let current: SectionKey | undefined;
  let level = 0;
  let unknown: { first: Block; last: Block } | undefined;
  const endUnknown = () => {
    if (unknown) warn(unknown.first, `"${clip(unknown.first.text)}" is not a section of the layout: lines ${unknown.first.line}–${unknown.last.line} not imported`);
    unknown = undefined;
  };
  for (let i = result.start; i < blocks.length; i++) {
    const b = blocks[i];
    const key = sectionOf(b);
    if (key) {
      endUnknown();
      if (found[key]) warn(b, `a second "${headingText(b.text)}" section: its content is added to the first`);
      current = key;
      level = b.level ?? 0;
      found[key] ??= [];
      continue;
    }
    const related = RELATED.exec(b.text);
    if (related && b.kind !== 'heading') {
      result.related.push(related[1]);
      lines.set(`relatedLinks[${result.related.length - 1}]`, b.line);
      continue;
    }
    const next = blocks[i + 1];
    const headingHere =
      (b.kind === 'heading' && (level === 0 || b.level! <= level)) ||
      (b.kind === 'line' && looksLikeHeading(b.text) && (current === 'duties' || current === 'overview' || current === 'careerOutlook' || current === 'faq' || (current === 'qualifications' && next?.kind !== 'item')));
    if (headingHere) {
      endUnknown();
      unknown = { first: b, last: b };
      continue;
    }
    if (unknown) unknown.last = b;
    else found[current!]!.push(b);
  }
  endUnknown();
  if (found.atAGlance) result.atAGlance = atAGlance(found.atAGlance, warn, lines);
  if (found.duties) result.duties = items('duties', found.duties, warn, lines);
  if (found.overview) result.overview = paragraphs('overview', found.overview, warn, lines);
  if (found.qualifications) result.qualifications = qualifications(found.qualifications, warn, lines);
  if (found.careerOutlook) result.careerOutlook = paragraphs('careerOutlook', found.careerOutlook, warn, lines);
  if (found.coverLetter) result.coverLetter = coverLetter(found.coverLetter, warn, lines);
  if (found.faq) result.faq = faq(found.faq, warn, lines);
  return result;
}

type Warn = (b: Block, message: string) => void;
const orUndefined = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);

/** Label and value pairs: `<dt>`/`<dd>`, or in text a label line and its value on the next. */
function atAGlance(blocks: Block[], warn: Warn, lines: Map<string, number>): AtAGlance | undefined {
  const facts: Record<string, unknown> = {};
  const extra: { label: string; value: string }[] = [];
  const pairs: [Block, Block][] = [];
  const rest = blocks.filter((b) => (b.kind === 'item' ? (warn(b, `a list item in "Role at a glance": not imported`), false) : true));
  for (let i = 0; i < rest.length; i++) {
    const label = rest[i];
    const value = rest[i + 1];
    if (!value || label.kind === 'definition' || value.kind === 'term') {
      warn(label, `"${clip(label.text)}" in "Role at a glance" has no ${label.kind === 'definition' ? 'label' : 'value'}: not imported`);
      continue;
    }
    pairs.push([label, value]);
    i++;
  }
  for (const [label, value] of pairs) {
    const name = headingText(label.text);
    const fact = FACTS.find(([, pattern]) => pattern.test(name))?.[0];
    const ai = AI_IMPACT.exec(name);
    const rating = ai ? RATING.exec(value.text) : null;
    const key = fact ?? (rating ? 'aiImpact' : undefined);
    if (key && facts[key] !== undefined) {
      warn(label, `a second "${name}" in "Role at a glance": not imported`);
    } else if (fact) {
      facts[fact] = value.text;
      lines.set(`atAGlance.${fact}`, value.line);
    } else if (ai && rating) {
      const ratingKey = AI_IMPACT_RATINGS.find((r) => en[r].toLowerCase() === rating[1].toLowerCase())!;
      facts.aiImpact = { rating: ratingKey, ...(ai[1] ? { horizon: ai[1].trim() } : {}), ...(rating[2] ? { text: rating[2].trim() } : {}) };
      lines.set('atAGlance.aiImpact', value.line);
    } else {
      if (ai) warn(value, `"${clip(value.text)}" does not start with a rating (${AI_IMPACT_RATINGS.map((r) => en[r]).join(', ')}): kept as an extra fact`);
      lines.set(`atAGlance.extra[${extra.length}]`, label.line);
      extra.push({ label: name, value: value.text });
    }
  }
  if (extra.length) facts.extra = extra;
  return Object.keys(facts).length ? (facts as AtAGlance) : undefined;
}

function items(path: string, blocks: Block[], warn: Warn, lines: Map<string, number>): string[] | undefined {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind !== 'item') {
      warn(b, `"${clip(b.text)}" in a list section is not a list item: not imported`);
      continue;
    }
    lines.set(`${path}[${out.length}]`, b.line);
    out.push(b.text);
  }
  return orUndefined(out);
}

function paragraphs(path: string, blocks: Block[], warn: Warn, lines: Map<string, number>): string[] | undefined {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'item' || b.kind === 'heading') {
      warn(b, `"${clip(b.text)}" (a ${b.kind === 'item' ? 'list item' : 'subheading'}) in a section of paragraphs: not imported`);
      continue;
    }
    lines.set(`${path}[${out.length}]`, b.line);
    out.push(b.text);
  }
  return orUndefined(out);
}

/** Groups written "Heading (qualifier):" (or as subheadings), each with its bullets. */
function qualifications(blocks: Block[], warn: Warn, lines: Map<string, number>): QualificationGroup[] | undefined {
  const groups: (QualificationGroup & { block: Block })[] = [];
  for (const b of blocks) {
    if (b.kind !== 'item') {
      const [, heading, qualifier] = /^(.*?)\s*(?:\(([^()]+)\))?$/.exec(headingText(b.text))!;
      groups.push({ heading: heading || b.text, ...(qualifier ? { qualifier: qualifier.trim() } : {}), items: [], block: b });
      continue;
    }
    const group = groups.at(-1);
    if (!group) warn(b, `"${clip(b.text)}" in "Qualifications" comes before any group heading: not imported`);
    else group.items.push(b.text);
  }
  const kept = groups.filter(({ items, block }) => (items.length ? true : (warn(block, `"${clip(block.text)}" in "Qualifications" has no list items: not imported`), false)));
  return orUndefined(
    kept.map(({ block, ...group }, g) => {
      lines.set(`qualifications[${g}]`, block.line);
      return group;
    }),
  );
}

/** Greeting, paragraphs, an optional one-sentence closing line, the signature. */
function coverLetter(blocks: Block[], warn: Warn, lines: Map<string, number>): CoverLetter | undefined {
  const text = blocks.filter((b) => (b.kind === 'item' || b.kind === 'heading' ? (warn(b, `"${clip(b.text)}" in "Sample cover letter" is not a paragraph: not imported`), false) : true));
  if (text.length < 3) {
    for (const b of text) warn(b, `"Sample cover letter" needs a greeting, a paragraph and a signature: "${clip(b.text)}" not imported`);
    return undefined;
  }
  const [greeting, ...body] = text;
  const signature = body.pop()!;
  const last = body.at(-1)!;
  const closing = body.length > 1 && last.text.length <= 200 && !/[.!?]\s+\S/.test(last.text) ? body.pop() : undefined;
  lines.set('coverLetter.greeting', greeting.line).set('coverLetter.signature', signature.line).set('coverLetter.paragraphs', body[0].line);
  if (closing) lines.set('coverLetter.closing', closing.line);
  return { greeting: greeting.text, paragraphs: body.map((b) => b.text), ...(closing ? { closing: closing.text } : {}), signature: signature.text };
}

/** Questions (a subheading, a term, or a short line ending in "?") each with the paragraphs after it as the answer. */
function faq(blocks: Block[], warn: Warn, lines: Map<string, number>): FaqEntry[] | undefined {
  const entries: { question: Block; answer: Block[] }[] = [];
  for (const b of blocks) {
    const open = entries.at(-1);
    // a question is short; an answer that happens to end in "?" is a paragraph
    const question = b.kind === 'heading' || b.kind === 'term' || (b.kind === 'line' && b.text.endsWith('?') && b.text.length <= 250);
    if (question) entries.push({ question: b, answer: [] });
    else if (!open) warn(b, `"${clip(b.text)}" in "Frequently asked questions" comes before any question: not imported`);
    else if (b.kind === 'item') warn(b, `"${clip(b.text)}" (a list item) in an answer: not imported`);
    else open.answer.push(b);
  }
  const out: FaqEntry[] = [];
  for (const { question, answer } of entries) {
    if (!answer.length) {
      warn(question, `the question "${clip(question.text)}" has no answer: not imported`);
      continue;
    }
    lines.set(`faq[${out.length}].question`, question.line).set(`faq[${out.length}].answer`, answer[0].line);
    out.push({ question: question.text, answer: answer.map((b) => b.text).join(' ') });
  }
  return orUndefined(out);
}
