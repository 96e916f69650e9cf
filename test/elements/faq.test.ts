import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import type { FaqElement } from '../../src/elements/faq/faq.js';
import type { Role } from '../../src/schema/role.js';
import { cleanup, loadSeed, settle, shadow } from '../helpers.js';

const WSGI = 'what-is-wsgi-vs-asgi-and-why-does-it-matter';

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
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part="question"]')];
    const panel = (b: HTMLButtonElement) => root.getElementById(b.getAttribute('aria-controls')!)!;
    return { el, root, buttons, panel };
  };

  it('renders the APG accordion structure: a button in a heading for each question', async () => {
    const { root, buttons, panel } = await setup();
    expect(buttons).to.have.length(5);
    for (const [i, button] of buttons.entries()) {
      expect(button.parentElement!.tagName).to.equal('H3');
      expect(button.textContent!.trim()).to.equal(seed.faq![i].question);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel(button).textContent!.trim()).to.equal(seed.faq![i].answer);
    }
    expect(root.querySelector('h2')!.textContent).to.equal('Frequently asked questions');
  });

  it('collapsed answers stay in the DOM, hidden until found', async () => {
    const { buttons, panel } = await setup();
    const region = panel(buttons[0]);
    expect(region.getAttribute('hidden')).to.equal('until-found');
    expect(getComputedStyle(region).contentVisibility).to.equal('hidden');
    expect(region.getBoundingClientRect().height).to.equal(0);
  });

  it('find-in-page (beforematch) opens the answer it found', async () => {
    const { el, buttons, panel } = await setup();
    panel(buttons[3]).dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(buttons[3].getAttribute('aria-expanded')).to.equal('true');
  });

  it('click toggles; one open at a time by default; rk-toggle says which', async () => {
    const { el, buttons, panel } = await setup();
    const toggles: { id: string; open: boolean }[] = [];
    el.addEventListener('rk-toggle', (e) => toggles.push({ id: e.detail.id, open: e.detail.open }));
    buttons[0].click();
    await el.updateComplete;
    expect(buttons[0].getAttribute('aria-expanded')).to.equal('true');
    expect(panel(buttons[0]).hasAttribute('hidden')).to.equal(false);
    await expect(el).to.be.accessible();
    buttons[4].click();
    await el.updateComplete;
    expect(buttons[0].getAttribute('aria-expanded')).to.equal('false');
    expect(buttons[4].getAttribute('aria-expanded')).to.equal('true');
    expect(toggles).to.deep.equal([
      { id: 'what-is-the-difference-between-django-and-fastapi-and-when-should-each-be-used', open: true },
      { id: 'what-is-the-difference-between-django-and-fastapi-and-when-should-each-be-used', open: false },
      { id: WSGI, open: true },
    ]);
  });

  it('multiple keeps several open', async () => {
    const { el, buttons } = await setup(true);
    buttons[0].click();
    buttons[1].click();
    await el.updateComplete;
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'false', 'false', 'false']);
  });

  it('Enter and Space toggle; arrows, Home and End move focus between questions', async () => {
    const { el, root, buttons } = await setup();
    buttons[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(buttons[0].getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(buttons[0].getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(root.activeElement).to.equal(buttons[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement).to.equal(buttons[0], 'ArrowDown wraps to the first');
    await sendKeys({ press: 'ArrowUp' });
    expect(root.activeElement).to.equal(buttons[4], 'ArrowUp wraps to the last');
    await sendKeys({ press: 'Home' });
    expect(root.activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(buttons[1], 'Tab moves through the questions in order');
  });

  it('Expand all / Collapse all', async () => {
    const { el, root, buttons } = await setup();
    const toggleAll = root.querySelector<HTMLButtonElement>('[part="toggle-all"]')!;
    expect(toggleAll.textContent!.trim()).to.equal('Expand all');
    toggleAll.click();
    await el.updateComplete;
    expect(buttons.every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(toggleAll.textContent!.trim()).to.equal('Collapse all');
    await expect(el).to.be.accessible();
    toggleAll.click();
    await el.updateComplete;
    expect(buttons.every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('a URL hash naming a question opens it and focuses it — on load and on hashchange', async () => {
    history.replaceState(null, '', `#${WSGI}`);
    const { el, root, buttons } = await setup();
    await new Promise((resolve) => setTimeout(resolve));
    expect(buttons[4].getAttribute('aria-expanded')).to.equal('true');
    expect(root.activeElement).to.equal(buttons[4]);
    location.hash = '#do-python-web-developers-need-frontend-skills';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(buttons[1].getAttribute('aria-expanded')).to.equal('true');
    expect(buttons[4].getAttribute('aria-expanded')).to.equal('false');
  });

  it('a role without FAQ shows a short message, not a blank area', async () => {
    const { el } = await settle<FaqElement>(html`<rk-faq .data=${{ ...seed, faq: undefined }}></rk-faq>`);
    expect(shadow(el).textContent).to.include('Nothing to show for this role yet.');
    await expect(el).to.be.accessible();
  });
});
