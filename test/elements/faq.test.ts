import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import type { FaqElement } from '../../src/elements/faq/faq.js';
import type { Role } from '../../src/schema/role.js';
import { uniqueSlugs } from '../../src/schema/text.js';
import { cleanup, loadSeed, settle, shadow } from '../helpers.js';

const DJANGO = 'what-is-the-difference-between-django-and-fastapi-and-when-should-each-be-used';
const WSGI = 'what-is-wsgi-vs-asgi-and-why-does-it-matter';

/** Resolves after the details' next (asynchronous) toggle event. */
const toggled = (details: HTMLDetailsElement) => new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
/** Resolves after every toggle event queued so far has run (they are tasks), and the render after them. */
const tasks = async (el: FaqElement) => {
  await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
};

describe('<rk-faq>', () => {
  let seed: Role;
  before(async () => (seed = await loadSeed()));
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  const setup = async (multiple = false) => {
    const { el } = await settle<FaqElement>(html`<rk-faq .data=${seed} ?multiple=${multiple}></rk-faq>`);
    const root = shadow(el);
    const items = [...root.querySelectorAll<HTMLDetailsElement>('details[part="item"]')];
    const summaries = items.map((d) => d.querySelector<HTMLElement>(':scope > summary[part="question"]')!);
    const toggleAll = root.querySelector<HTMLButtonElement>('[part="toggle-all"]')!;
    const events: { id: string; question: string; open: boolean }[] = [];
    el.addEventListener('rk-toggle', (e) => events.push(e.detail));
    const open = () => items.map((d) => d.open);
    return { el, root, items, summaries, toggleAll, events, open };
  };

  describe('accessibility (axe)', () => {
    it('collapsed', async () => {
      const { el } = await setup();
      await expect(el).to.be.accessible();
    });

    it('one answer open', async () => {
      const { el, items, summaries } = await setup();
      summaries[0].click();
      await toggled(items[0]);
      await expect(el).to.be.accessible();
    });

    it('all answers open', async () => {
      const { el } = await setup();
      el.expandAll();
      await tasks(el);
      await expect(el).to.be.accessible();
    });

    it('empty: a role without FAQ shows a short message, not a blank area', async () => {
      const { el } = await settle<FaqElement>(html`<rk-faq .data=${{ ...seed, faq: undefined }}></rk-faq>`);
      expect(shadow(el).textContent).to.include('Nothing to show for this role yet.');
      expect(shadow(el).querySelector('details, [part="toggle-all"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  it('renders one native disclosure per question: details > summary > heading, then the answer', async () => {
    const { root, items, summaries, open } = await setup();
    expect(items).to.have.length(5);
    expect(items.map((d) => d.id)).to.deep.equal(uniqueSlugs(seed.faq!.map((f) => f.question)));
    for (const [i, details] of items.entries()) {
      const headingEl = summaries[i].querySelector('[part="question-heading"]')!;
      expect(headingEl.tagName).to.equal('H3');
      expect(headingEl.textContent!.trim()).to.equal(seed.faq![i].question);
      expect(summaries[i]).to.equal(details.firstElementChild, 'the summary is the first child: the one the browser uses');
      expect(details.querySelector('[part="answer"]')!.textContent!.trim()).to.equal(seed.faq![i].answer);
    }
    expect(open()).to.deep.equal([false, false, false, false, false]);
    expect(root.querySelector('h2')!.textContent).to.equal('Frequently asked questions');
    expect(root.querySelector('[aria-expanded], [hidden]')).to.equal(null, 'the browser keeps the state: no ARIA of our own');
  });

  it('closed answers are in the DOM but not shown; the indicator says + or −', async () => {
    const { el, items, summaries } = await setup();
    const answer = items[0].querySelector<HTMLElement>('[part="answer"]')!;
    const indicator = () => getComputedStyle(summaries[0], '::after').content;
    expect(answer.checkVisibility()).to.equal(false);
    expect(indicator()).to.match(/^"\+"/);
    summaries[0].click();
    await toggled(items[0]);
    await el.updateComplete;
    expect(answer.checkVisibility()).to.equal(true);
    expect(answer.getBoundingClientRect().height).to.be.above(0);
    expect(indicator()).to.match(/^"\u2212"/);
  });

  it('click toggles; one open at a time by default; rk-toggle says which, once per change', async () => {
    const { el, items, summaries, events, open } = await setup();
    summaries[0].click();
    await toggled(items[0]);
    expect(open()).to.deep.equal([true, false, false, false, false]);
    summaries[4].click();
    await toggled(items[4]);
    await tasks(el); // the first one's own toggle event, after it was closed for the fifth
    expect(open()).to.deep.equal([false, false, false, false, true]);
    expect(events).to.deep.equal([
      { id: DJANGO, question: seed.faq![0].question, open: true },
      { id: DJANGO, question: seed.faq![0].question, open: false },
      { id: WSGI, question: seed.faq![4].question, open: true },
    ]);
    summaries[4].click();
    await toggled(items[4]);
    expect(events.at(-1)).to.deep.equal({ id: WSGI, question: seed.faq![4].question, open: false });
    expect(events).to.have.length(4);
  });

  it('multiple keeps several open', async () => {
    const { el, items, summaries, open } = await setup(true);
    summaries[0].click();
    summaries[1].click();
    await Promise.all([toggled(items[0]), toggled(items[1])]);
    await tasks(el);
    expect(open()).to.deep.equal([true, true, false, false, false]);
  });

  it('a render between a click and its toggle event does not undo the click', async () => {
    const { el, items, summaries, events } = await setup();
    summaries[2].click(); // the browser opens it now; its toggle event comes later, as a task
    el.requestUpdate();
    await el.updateComplete;
    expect(items[2].open).to.equal(true);
    await toggled(items[2]);
    await el.updateComplete;
    expect(items[2].open).to.equal(true);
    expect(events.map((e) => e.open)).to.deep.equal([true]);
  });

  it('the browser opening a question (find-in-page does) counts as opening it', async () => {
    const { el, items, events, open } = await setup();
    el.expandAll();
    await tasks(el);
    el.collapseAll();
    await tasks(el);
    events.length = 0;
    items[3].open = true; // what find-in-page does to the closed details holding the text it found
    await toggled(items[3]);
    await el.updateComplete;
    expect(open()).to.deep.equal([false, false, false, true, false]);
    expect(events).to.deep.equal([{ id: items[3].id, question: seed.faq![3].question, open: true }]);
  });

  it('Enter and Space on a question toggle it; arrows, Home and End move focus between questions', async () => {
    const { el, root, items, summaries } = await setup();
    summaries[0].focus();
    await sendKeys({ press: 'Enter' });
    await tasks(el);
    expect(items[0].open).to.equal(true);
    await sendKeys({ press: 'Space' });
    await tasks(el);
    expect(items[0].open).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement).to.equal(summaries[1]);
    await sendKeys({ press: 'End' });
    expect(root.activeElement).to.equal(summaries[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement).to.equal(summaries[0], 'ArrowDown wraps to the first');
    await sendKeys({ press: 'ArrowUp' });
    expect(root.activeElement).to.equal(summaries[4], 'ArrowUp wraps to the last');
    await sendKeys({ press: 'Home' });
    expect(root.activeElement).to.equal(summaries[0]);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(summaries[1], 'Tab moves through the questions in order');
    expect(items.map((d) => d.open)).to.deep.equal([false, false, false, false, false], 'moving focus opens nothing');
  });

  it('Expand all / Collapse all: the button, the methods, one rk-toggle per question changed', async () => {
    const { el, toggleAll, events, open } = await setup();
    expect(getComputedStyle(toggleAll).visibility).to.equal('visible', 'with the script running, the button shows');
    expect(toggleAll.textContent!.trim()).to.equal('Expand all');
    toggleAll.click();
    await tasks(el);
    expect(open()).to.deep.equal([true, true, true, true, true], 'expanding all keeps all open, multiple or not');
    expect(toggleAll.textContent!.trim()).to.equal('Collapse all');
    expect(events.map((e) => e.open)).to.deep.equal([true, true, true, true, true], 'once each, not again for the toggle events');
    toggleAll.click();
    await tasks(el);
    expect(open()).to.deep.equal([false, false, false, false, false]);
    expect(toggleAll.textContent!.trim()).to.equal('Expand all');
    expect(events).to.have.length(10);
    el.collapseAll();
    await tasks(el);
    expect(events).to.have.length(10, 'no event when nothing changes');
  });

  it('a single question has no Expand all', async () => {
    const { el } = await settle<FaqElement>(html`<rk-faq .data=${{ ...seed, faq: seed.faq!.slice(0, 1) }}></rk-faq>`);
    expect(shadow(el).querySelector('[part="toggle-all"]')).to.equal(null);
    expect(shadow(el).querySelectorAll('details')).to.have.length(1);
  });

  it('a URL hash naming a question opens it and focuses it — on load and on hashchange', async () => {
    history.replaceState(null, '', `#${WSGI}`);
    const { el, root, summaries, open } = await setup();
    await tasks(el);
    expect(open()).to.deep.equal([false, false, false, false, true]);
    expect(root.activeElement).to.equal(summaries[4]);
    location.hash = '#do-python-web-developers-need-frontend-skills';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await tasks(el);
    expect(open()).to.deep.equal([false, true, false, false, false]);
    expect(root.activeElement).to.equal(summaries[1]);
  });

  it('a hash that names no question changes nothing', async () => {
    history.replaceState(null, '', '#%E0%A4%A'); // a malformed escape, too
    const { el, events, open } = await setup();
    location.hash = '#not-a-question';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await tasks(el);
    expect(open()).to.deep.equal([false, false, false, false, false]);
    expect(events).to.deep.equal([]);
  });
});
