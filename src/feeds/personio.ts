/**
 * Personio's XML feed: `GET https://{company}.jobs.personio.de/xml?language=en` →
 * `<workzag-jobs><position>…</position></workzag-jobs>`. It names no posting URL, so this adapter
 * takes the XML with the company's subdomain, `{ board, xml }`, and links each opening to
 * `https://{board}.jobs.personio.de/job/{id}` (a bare XML string gives one problem and no openings).
 *
 * A position: `id`, `name` (the title), `subcompany`, `office` and `additionalOffices/office`,
 * `department`, `jobDescriptions/jobDescription` (`name`, and `value`: HTML in CDATA; each becomes
 * a heading and its blocks), `employmentType` (permanent, intern, trainee, freelance), `schedule`
 * (full-time, part-time), `createdAt` ("2026-05-31T12:14:07+0200"). No salary, no remote flag.
 * Parsed with htmlparser2 in XML mode (CDATA kept as text, entities decoded once; no DTD, so no
 * entity expansion).
 */
import { parseDocument, DomUtils, ElementType } from 'htmlparser2';
import { finish, unknownShape, type Draft } from './finish.js';
import { MAX_BLOCKS } from './html.js';
import { sectionsToBlocks } from './sections.js';
import { employmentTypes, isRecord, openingId, plain, toIsoDate } from './normalize.js';
import type { EmploymentType } from '../schema/opening-constants.js';
import type { Adapter, FeedProblem } from './types.js';

const ATS = 'Personio';

export interface PersonioResponse {
  /** The company's subdomain: `acme` of acme.jobs.personio.de. */
  board: string;
  /** The feed's text. */
  xml: string;
}

/** `employmentType` values that name a type; "permanent" says how long, not how much (that is `schedule`). */
const EMPLOYMENT: Readonly<Record<string, EmploymentType>> = { intern: 'intern', trainee: 'intern', freelance: 'contract' };

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { name: string; attribs: unknown }>;
const isElement = (node: ChildNode): node is Element => ElementType.isTag(node);
const children = (node: Element, name: string): Element[] => node.children.filter(isElement).filter((c) => c.name === name);
const child = (node: Element, name: string): Element | undefined => children(node, name)[0];
/** An element's text (CDATA included, entities decoded by the parser). */
const textOf = (node: Element | undefined): string | undefined => (node ? DomUtils.textContent(node) : undefined);

function description(position: Element) {
  const sections = children(child(position, 'jobDescriptions') ?? position, 'jobDescription');
  return sectionsToBlocks(sections.map((section) => ({ title: textOf(child(section, 'name')), html: textOf(child(section, 'value')) ?? '' })));
}

function employment(position: Element): EmploymentType[] | undefined {
  const kind = textOf(child(position, 'employmentType'))?.trim().toLowerCase();
  const types = [employmentTypes(textOf(child(position, 'schedule')))?.[0], kind ? EMPLOYMENT[kind] : undefined].filter((t) => t !== undefined);
  return types.length > 0 ? [...new Set(types)] : undefined;
}

function locations(position: Element) {
  const offices = [child(position, 'office'), ...children(child(position, 'additionalOffices') ?? position, 'office')];
  const names = [...new Set(offices.map((o) => plain(textOf(o))).filter((n) => n !== undefined))];
  return names.length > 0 ? names.map((name) => ({ name })) : undefined;
}

export const personio: Adapter = (response, options) => {
  if (typeof response === 'string') return unknownShape(ATS, 'give { board, xml }: the feed names no posting URL, so the company\'s subdomain is needed to link each opening');
  if (!isRecord(response) || typeof response.xml !== 'string' || typeof response.board !== 'string' || !/^[A-Za-z0-9-]+$/.test(response.board)) {
    return unknownShape(ATS, 'expected { board, xml }: the company\'s subdomain and the XML feed\'s text');
  }
  const board = response.board.toLowerCase();
  const root = parseDocument(response.xml, { xmlMode: true }).children.filter(isElement);
  if (root.length !== 1 || root[0].name !== 'workzag-jobs') {
    return unknownShape(ATS, `expected XML with one <workzag-jobs> element${root[0] ? `, not <${root[0].name.slice(0, 40)}>` : ''}`, 'workzag-jobs');
  }
  const problems: FeedProblem[] = [];
  const drafts: Draft[] = [];
  const seen = new Map<string, string>();
  children(root[0], 'position').forEach((position, i) => {
    const path = `position[${i}]`;
    const job = plain(textOf(child(position, 'id')));
    const name = plain(textOf(child(position, 'name')));
    const id = openingId(job, name);
    if (!job || !id || !/^[A-Za-z0-9_-]+$/.test(job)) return problems.push({ path: `${path}.id`, message: `${ATS}: the position has no id`, severity: 'error' });
    if (seen.has(job)) return problems.push({ job, path, message: `${ATS}: position ${job} is listed twice (also at ${seen.get(job)}): left out here`, severity: 'warning' });
    seen.set(job, path);
    const { blocks, clipped } = description(position);
    if (clipped) problems.push({ job, path: `${path}.jobDescriptions`, message: `${ATS}: the description is longer than ${MAX_BLOCKS} blocks: the rest is left out`, severity: 'warning' });
    const subcompany = plain(textOf(child(position, 'subcompany')));
    drafts.push({
      job,
      path,
      fields: {
        id: 'id',
        title: 'name',
        organization: 'subcompany',
        department: 'department',
        employmentType: 'schedule',
        locations: 'office',
        posted: 'createdAt',
        applyUrl: 'id',
        description: 'jobDescriptions',
      },
      draft: {
        schemaVersion: 1,
        id,
        title: name,
        organization: subcompany ? { name: subcompany } : undefined,
        department: plain(textOf(child(position, 'department'))),
        employmentType: employment(position),
        locations: locations(position),
        posted: toIsoDate(textOf(child(position, 'createdAt'))?.trim()) ?? textOf(child(position, 'createdAt')),
        applyUrl: `https://${board}.jobs.personio.de/job/${job}`,
        description: blocks.length > 0 ? blocks : undefined,
      },
    });
  });
  return finish(drafts, problems, options);
};
