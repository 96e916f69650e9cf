import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import type { CoverLetterElement } from '../../src/elements/cover-letter/cover-letter.js';
import type { Role } from '../../src/schema/role.js';
import { cleanup, loadSeed, settle, shadow } from '../helpers.js';

describe('<rk-cover-letter>', () => {
  let seed: Role;
  const realClipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  before(async () => (seed = await loadSeed()));
  afterEach(() => {
    cleanup();
    Object.defineProperty(Navigator.prototype, 'clipboard', realClipboard);
  });

  const stubClipboard = (writeText: (text: string) => Promise<void>) =>
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });

  const setup = async () => {
    const { el } = await settle<CoverLetterElement>(html`<rk-cover-letter .data=${seed}></rk-cover-letter>`);
    return { el, root: shadow(el) };
  };

  it('renders the whole letter with its placeholders highlighted', async () => {
    const { el, root } = await setup();
    const letter = root.querySelector('[part="letter"]')!;
    const paragraphs = [...letter.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    const { greeting, paragraphs: body, closing, signature } = seed.coverLetter!;
    expect(paragraphs).to.deep.equal([greeting, ...body, closing, signature]);
    const marks = [...letter.querySelectorAll('mark[part~="placeholder"]')].map((m) => m.textContent);
    expect(marks).to.deep.equal(['[Company]', '[Company]', '[Your Name]']);
    await expect(el).to.be.accessible();
  });

  it('one labelled input per placeholder fills it everywhere, live', async () => {
    const { el, root } = await setup();
    const inputs = [...root.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.map((i) => i.closest('label')!.textContent!.trim())).to.deep.equal(['Company', 'Your Name']);
    inputs[0].focus();
    await sendKeys({ type: 'Acme Ltd' });
    await el.updateComplete;
    const filled = [...root.querySelectorAll('mark.filled')].map((m) => m.textContent);
    expect(filled).to.deep.equal(['Acme Ltd', 'Acme Ltd']);
    expect(el.letterText).to.include('Python Web Developer position at Acme Ltd.');
    expect(el.letterText).to.match(/\[Your Name\]$/);
    await expect(el).to.be.accessible();
  });

  it('Copy puts the filled letter on the clipboard as plain text, confirms it and fires rk-copy', async () => {
    let copied = '';
    stubClipboard(async (text) => void (copied = text));
    const { el, root } = await setup();
    const input = root.querySelectorAll<HTMLInputElement>('input')[1];
    input.value = 'Sam Lee';
    input.dispatchEvent(new InputEvent('input'));
    const event = new Promise<CustomEvent>((resolve) => el.addEventListener('rk-copy', (e) => resolve(e), { once: true }));
    root.querySelector<HTMLButtonElement>('[part="copy"]')!.click();
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.ok).to.equal(true);
    expect(copied).to.equal(detail.text);
    const { greeting, paragraphs, closing } = seed.coverLetter!;
    expect(copied).to.equal([greeting, ...paragraphs, closing, 'Sam Lee'].join('\n\n'));
    const status = root.querySelector('[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('Letter copied to the clipboard.');
    await expect(el).to.be.accessible();
  });

  it('when the clipboard refuses, says so and fires rk-copy with ok: false', async () => {
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const { el, root } = await setup();
    const ok = await el.copy();
    await el.updateComplete;
    expect(ok).to.equal(false);
    expect(root.querySelector('[part="status"]')!.textContent).to.equal('Copying failed: select the letter and copy it by hand.');
  });

  it('editing after a copy clears the confirmation', async () => {
    stubClipboard(async () => {});
    const { el, root } = await setup();
    await el.copy();
    const input = root.querySelector<HTMLInputElement>('input')!;
    input.value = 'X';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(root.querySelector('[part="status"]')!.textContent).to.equal('');
  });

  it('the inputs and Copy need the script: shown once it runs; before, hidden in the space they will take', async () => {
    const { el, root } = await setup();
    const controls = ['[part="fields"]', '[part="copy"]'];
    for (const selector of controls) expect(getComputedStyle(root.querySelector(selector)!).visibility).to.equal('visible', selector);
    // the same shadow tree and styles in a host that is not (yet) a defined element: server HTML before the script
    const early = document.createElement('rk-cover-letter-not-defined');
    const earlyRoot = early.attachShadow({ mode: 'open' });
    earlyRoot.adoptedStyleSheets = root.adoptedStyleSheets;
    earlyRoot.append(root.querySelector('[part="base"]')!.cloneNode(true));
    el.after(early);
    expect(early.matches(':defined')).to.equal(false);
    for (const selector of controls) {
      const [now, before] = [root, earlyRoot].map((r) => r.querySelector<HTMLElement>(selector)!);
      expect(getComputedStyle(before).visibility).to.equal('hidden', selector);
      expect(before.getBoundingClientRect().height).to.equal(now.getBoundingClientRect().height, `${selector} keeps its space`);
      expect(now.getBoundingClientRect().height).to.be.above(0);
    }
    expect(getComputedStyle(earlyRoot.querySelector('[part="letter"]')!).visibility).to.equal('visible', 'the letter itself reads');
  });

  it('a role without a letter shows a short message', async () => {
    const { el } = await settle<CoverLetterElement>(html`<rk-cover-letter .data=${{ ...seed, coverLetter: undefined }}></rk-cover-letter>`);
    expect(shadow(el).textContent).to.include('Nothing to show for this role yet.');
    expect(el.letterText).to.equal('');
  });
});
