// Several lists on one page: each list's search region is a landmark, and two landmarks of one
// kind need different names (axe: landmark-unique). `label` names them.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import { cleanup, settle } from '../helpers.js';
import { LISTING } from '../opening-fixtures.js';

const INDEX_URL = '/data/index.json';

/** Renders `template` and waits until every rolekit element in it has settled. */
async function page(template: ReturnType<typeof html>, count: number): Promise<HTMLElement> {
  const { el } = await settle(html`<main>${template}</main>`, 'main');
  const lists = [...el.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('rk-role-board, rk-openings')];
  expect(lists).to.have.length(count);
  // the other lists' data (a shared request): until each shows its search region, or gives up
  const search = (list: HTMLElement) => list.shadowRoot?.querySelector('[role="search"]');
  for (let i = 0; i < 500 && !lists.every(search); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await Promise.all(lists.map((list) => list.updateComplete));
  for (const list of lists) expect(search(list), list.localName).to.exist;
  return el;
}

describe('several lists on one page', () => {
  afterEach(cleanup);

  it('two boards and an openings list, each labelled: distinct landmarks, axe passes', async () => {
    const el = await page(
      html`<rk-role-board no-url-sync label="Engineering roles" src=${INDEX_URL}></rk-role-board>
        <rk-role-board no-url-sync label="Design roles" src=${INDEX_URL}></rk-role-board>
        <rk-openings no-url-sync .data=${LISTING}></rk-openings>`,
      3,
    );
    const names = [...el.querySelectorAll('rk-role-board, rk-openings')].map((list) => list.shadowRoot!.querySelector('[role="search"]')!.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Engineering roles', 'Design roles', 'Open positions']);
    await expect(el).to.be.accessible();
  });

  it('two openings lists: each takes its label as its heading and its region’s name', async () => {
    const el = await page(
      html`<rk-openings no-url-sync label="Jobs in Germany" .data=${LISTING}></rk-openings>
        <rk-openings no-url-sync label="Python jobs" for-role="python-web-developer" .data=${LISTING}></rk-openings>`,
      2,
    );
    await expect(el).to.be.accessible();
  });

  it('without labels, two boards are two unnamed search landmarks, which axe reports', async () => {
    const el = await page(
      html`<rk-role-board no-url-sync src=${INDEX_URL}></rk-role-board>
        <rk-role-board no-url-sync src=${INDEX_URL}></rk-role-board>`,
      2,
    );
    await expect(el).not.to.be.accessible();
    await expect(el).to.be.accessible({ ignoredRules: ['landmark-unique'] }); // that, and nothing else
  });
});
