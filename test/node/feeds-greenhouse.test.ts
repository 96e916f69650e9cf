// The Greenhouse adapter against fixtures written for the project from the Job Board API's
// documented shape (test/fixtures/feeds/greenhouse/): every mapped field, optional fields present
// and absent, the escaped content decoded exactly once, broken jobs, duplicates, unknown shapes, a
// 500-job board, a 1 MB description, and the hostile-strings corpus in every field.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { greenhouse } from '../../src/feeds/greenhouse.js';
import { ADAPTERS } from '../../src/feeds/index.js';
import { HOSTILE } from '../hostile-strings.js';
import { runs } from '../property.js';
import { checkDescriptionsHaveNoTags, checkResult, problemLines, replaceStrings } from './feeds-adapter-checks.js';
import { pathText, setAt, stringPaths } from './feeds-paths.js';

const FILE = 'test/node/feeds-greenhouse.test.ts';
const load = (name: string) => JSON.parse(readFileSync(`test/fixtures/feeds/greenhouse/${name}.json`, 'utf8'));

test('small board: every mapped field of a job that has them all', () => {
  const result = greenhouse(load('small'));
  checkResult(result);
  assert.equal(ADAPTERS.greenhouse, greenhouse);
  assert.deepStrictEqual(result.openings[0], {
    schemaVersion: 1,
    id: 'robotics-software-engineer-4012345',
    title: 'Robotics Software Engineer',
    organization: { name: 'Northwind Robotics' }, // company_name
    department: 'Engineering', // the first of departments
    employmentType: ['full-time'], // the "Employment Type" custom field
    locations: [{ name: 'Berlin, Germany', country: 'DE' }], // location.name; the office's country
    posted: '2026-11-03', // first_published, as written (its own zone)
    applyUrl: 'https://job-boards.greenhouse.io/northwindrobotics/jobs/4012345',
    description: [
      { type: 'paragraph', text: 'Northwind builds the arms that sort parcels in forty warehouses.' },
      { type: 'heading', text: 'What you will do' },
      // escaped twice in the feed ("&amp;lt;script&amp;gt;"): text the author wrote, shown as text
      { type: 'list', items: ['Write motion planning in C++ & Rust', 'Review the <script> of our test rigs'] },
      { type: 'heading', text: 'How we hire' },
      { type: 'list', items: ['A call', 'A pairing session'], ordered: true },
      { type: 'paragraph', text: 'Questions? Write to us.', links: [{ text: 'Write to us', href: 'mailto:jobs@northwind-robotics.example' }] },
      { type: 'paragraph', text: 'We answer within a week.' },
    ],
    language: 'en',
  });
  assert.deepStrictEqual(problemLines(result), ['4012346 jobs[1].offices warning', '4012347 jobs[2].location warning']);
  assert.ok(result.problems.every((p) => p.severity === 'warning'));
});

test('small board: optional fields absent stay absent; updated_at when there is no first_published', () => {
  const [, bare, multi, offices] = greenhouse(load('small'), { organization: { name: 'Northwind' } }).openings;
  assert.deepStrictEqual(bare, {
    schemaVersion: 1,
    id: 'warehouse-technician-4012346',
    title: 'Warehouse Technician',
    organization: { name: 'Northwind' },
    posted: '2026-10-30', // updated_at 23:40 at -07:00: the date as written, not UTC's next day
    applyUrl: 'https://job-boards.greenhouse.io/northwindrobotics/jobs/4012346',
    description: [{ type: 'paragraph', text: 'Keep our sorting arms running on the night shift.' }],
    language: 'en',
  });
  // offices in two countries: no country said for "New York or Toronto"; a careers-site URL kept
  assert.deepStrictEqual(multi.locations, [{ name: 'New York or Toronto' }]);
  assert.deepStrictEqual(multi.employmentType, ['contract']); // the field's name in any case
  assert.equal(multi.applyUrl, 'https://careers.northwind-robotics.example/jobs?gh_jid=4012347');
  assert.equal(multi.posted, '2026-11-10');
  assert.deepStrictEqual(multi.description, [{ type: 'paragraph', text: 'Travel to our customers and fix what breaks.' }], 'empty <div><br></div> and &nbsp; paragraphs dropped');
  // no location: the offices are the places; "Full-time or part-time" is no employment type
  assert.deepStrictEqual(offices.locations, [{ name: 'United Kingdom', country: 'GB' }, { name: 'UK', country: 'GB' }]);
  assert.equal(offices.employmentType, undefined);
  assert.equal(offices.department, undefined);
  for (const o of [bare, multi, offices]) {
    assert.equal(o.workplace, undefined, 'Greenhouse says nothing of remote work');
    assert.equal(o.salary, undefined, 'nor of pay, in the board list');
  }
});

test('the listing: newest first, href from the template; options win over the feed', () => {
  const result = greenhouse(load('small'), { organization: { name: 'NW Robotics GmbH', url: 'https://northwind-robotics.example/' }, language: 'en-GB', hrefTemplate: '/careers/{id}/' });
  checkResult(result);
  assert.deepStrictEqual(result.index.openings.map((e) => [e.posted, e.href]), [
    ['2026-11-10', '/careers/field-service-engineer-4012347/'],
    ['2026-11-03', '/careers/robotics-software-engineer-4012345/'],
    ['2026-11-01', '/careers/operations-analyst-4012348/'],
    ['2026-10-30', '/careers/warehouse-technician-4012346/'],
  ]);
  assert.equal(result.index.language, 'en-GB');
  assert.deepStrictEqual(result.index.openings[1], {
    id: 'robotics-software-engineer-4012345',
    title: 'Robotics Software Engineer',
    organization: 'NW Robotics GmbH',
    department: 'Engineering',
    employmentType: ['full-time'],
    locations: [{ name: 'Berlin, Germany', country: 'DE' }],
    posted: '2026-11-03',
    href: '/careers/robotics-software-engineer-4012345/',
  });
  for (const o of result.openings) {
    assert.deepStrictEqual(o.organization, { name: 'NW Robotics GmbH', url: 'https://northwind-robotics.example/' });
    assert.equal(o.language, 'en-GB');
  }
});

test('hostile board: each broken job a problem at its Greenhouse field, the others come through, HTML reduced to text', () => {
  const result = greenhouse(load('hostile'), { organization: { name: 'Hostile' } });
  checkResult(result);
  assert.deepStrictEqual(problemLines(result), [
    '- jobs[3] error',
    '- jobs[8].id error',
    '5001 jobs[0].location warning',
    '5001 jobs[2] warning', // the same job twice: the first kept
    '5002 jobs[1].title error',
    '5004 jobs[4].content error', // fetched without ?content=true
    '5005 jobs[5].absolute_url error', // javascript: refused
    '5006 jobs[6].updated_at error',
    '5007 jobs[7].content error', // only scripts and styles: no text
    '5009 jobs[9].offices warning',
  ]);
  for (const p of result.problems.filter((p) => p.severity === 'error' && !p.message.startsWith('applyUrl'))) assert.match(p.message, /^Greenhouse: /);
  assert.match(result.problems.find((p) => p.job === '5004')!.message, /content=true/);
  assert.deepStrictEqual(result.openings.map((o) => o.id), ['hostile-description-5001', 'b-lead-b-engineer-script-alert-1-script-5009']);
  const [html, text] = result.openings;
  assert.deepStrictEqual(html.description, [
    // handlers, styles and the javascript: link gone, its text kept; the https link kept
    { type: 'paragraph', text: 'Intro bold a link and another.', links: [{ text: 'another', href: 'https://ok.example/' }] },
    { type: 'paragraph', text: 'Escaped, shown as text: <script>alert(5)</script> and &lt;b&gt; &amp; more' }, // escaped in the author's HTML: text
    { type: 'paragraph', text: 'Label text' }, // a form's label; its input and button gone
    { type: 'list', items: ['one', 'two unclosed', 'three'] },
    { type: 'heading', text: 'Unclosed heading' },
    { type: 'paragraph', text: 'then a paragraph' },
    { type: 'paragraph', text: 'Unclosed bold and italic' },
  ]);
  assert.deepStrictEqual(html.locations, [{ name: 'Remote' }], '"Atlanta, Georgia" is no country; "Remote" is not read as a workplace');
  assert.equal(html.workplace, undefined);
  assert.equal(html.department, '<b>Engineering</b>', 'a department is text: kept as written, rendered as text');
  assert.equal(text.title, '<b>Lead</b> Engineer <script>alert(1)</script>');
  assert.deepStrictEqual(text.employmentType, ['full-time', 'part-time']);
  assert.deepStrictEqual(text.description, [{ type: 'paragraph', text: 'Plain text, no markup at all: a & b' }]);
});

test('unknown shapes: one problem naming Greenhouse, no openings', () => {
  for (const response of [null, undefined, [], 'jobs', 42, {}, { jobs: 'none' }, { jobs: {} }, { status: 404, error: 'Job board not found' }]) {
    const result = greenhouse(response);
    assert.deepStrictEqual(result.openings, []);
    assert.deepStrictEqual(result.index, { openings: [] });
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /^Greenhouse: expected the Job Board API's \{ jobs: \[\.\.\.\] \}/);
    assert.equal(result.problems[0].severity, 'error');
  }
  assert.match(greenhouse({ status: 404, error: 'Job board not found' }).problems[0].message, /it says: Job board not found/);
  assert.deepStrictEqual(greenhouse({ jobs: [], meta: { total: 0 } }), { openings: [], index: { openings: [] }, problems: [] });
  assert.deepStrictEqual(greenhouse({ jobs: [load('small').jobs[0]] }, {}).problems, [], 'company_name is enough of an organization');
  assert.ok(greenhouse(load('small')).openings.every((o) => o.organization.name === 'Northwind Robotics'), "one job's company_name is the board's");
  const noOrg = greenhouse({ jobs: [load('small').jobs[1]] });
  assert.deepStrictEqual(noOrg.problems.map((p) => p.message), ['the feed names no hiring organization: pass `organization` in the options']);
});

/** A board of `n` jobs, each different, in Greenhouse's shape. */
function board(n: number) {
  const [job] = load('small').jobs;
  return {
    jobs: Array.from({ length: n }, (_, i) => ({
      ...job,
      id: 7_000_000 + i,
      title: `${['Robotics', 'Field', 'Data', 'Support'][i % 4]} Engineer ${i}`,
      first_published: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T10:00:00-05:00`,
      absolute_url: `https://job-boards.greenhouse.io/northwindrobotics/jobs/${7_000_000 + i}`,
    })),
    meta: { total: n },
  };
}

test('a large board: 500 jobs, all through, the listing sorted', () => {
  const started = performance.now();
  const result = greenhouse(board(500));
  const elapsed = performance.now() - started;
  checkResult(result);
  assert.equal(result.openings.length, 500);
  assert.equal(new Set(result.openings.map((o) => o.id)).size, 500);
  assert.deepStrictEqual(result.problems, []);
  const posted = result.index.openings.map((e) => e.posted);
  assert.deepStrictEqual(posted, [...posted].sort().reverse());
  assert.ok(elapsed < 15000, `${elapsed} ms`); // well under a second alone
});

test('a 1 MB description: 200 blocks and a warning, the job through', () => {
  const [job] = load('small').jobs;
  const paragraph = '&lt;p&gt;' + 'All work and no play makes a long description. '.repeat(40) + '&lt;/p&gt;';
  const content = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
  assert.ok(content.length >= 1_000_000);
  const result = greenhouse({ jobs: [{ ...job, content }] });
  checkResult(result);
  assert.equal(result.openings.length, 1);
  assert.equal(result.openings[0].description.length, 200);
  assert.deepStrictEqual(problemLines(result), ['4012345 jobs[0].content warning']);
  assert.match(result.problems[0].message, /longer than 200 blocks/);
});

test('the hostile-strings corpus in every field, one at a time and all at once: no throw, valid openings, text kept as text', () => {
  const small = load('small');
  const paths = stringPaths(small);
  for (const text of HOSTILE) {
    const all = greenhouse(replaceStrings(small, text), { organization: { name: 'X' } });
    checkResult(all);
    checkDescriptionsHaveNoTags(all);
    for (const path of paths) {
      const result = greenhouse(setAt(small, path, text), { organization: { name: 'X' } });
      checkResult(result);
      // markup put in a job's content is gone from its description (escaped text in the others stays)
      if (path[path.length - 1] === 'content') checkDescriptionsHaveNoTags({ ...result, openings: result.openings.filter((o) => o.id.endsWith(String(small.jobs[path[1] as number].id))) });
      // a text field takes any text: the job still comes through (only ids, links and dates refuse it)
      const field = path[path.length - 1];
      if (['title', 'name', 'value', 'location', 'company_name', 'requisition_id', 'type'].includes(String(field))) {
        assert.equal(result.openings.length, 4, `${pathText(path)} = ${JSON.stringify(text.slice(0, 40))}: ${JSON.stringify(result.problems.filter((p) => p.severity === 'error'))}`);
      }
    }
  }
});

test('property: any value in any field of a job never throws and gives only valid openings', (t) => {
  const [job] = load('small').jobs;
  const keys = [...Object.keys(job), 'location.name', 'departments.0', 'offices.0.location', 'metadata.0.value'];
  fc.assert(
    fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
      const path = key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      const broken = setAt(job, path, value);
      const result = greenhouse({ jobs: [broken, job] }, { organization: { name: 'X' } });
      checkResult(result);
      assert.ok(result.openings.length >= 1, 'the good job always comes through');
    }),
    runs(500, { file: FILE, name: t.name }),
  );
});

test('property: any content string, escaped once, converts to valid text-only blocks', (t) => {
  const [job] = load('small').jobs;
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (html) => {
      const content = html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const result = greenhouse({ jobs: [{ ...job, content }] });
      checkResult(result);
      checkDescriptionsHaveNoTags(result);
    }),
    runs(300, { file: FILE, name: t.name }),
  );
});
