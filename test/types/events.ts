// Compiled by `npm run typecheck` (tsc -p .), never run: each `@ts-expect-error` line must fail to
// type-check, or tsc reports the directive as unused — so these prove the event types bite.
import type { RoleIndex, Role, RkReadyEvent, DocumentOf, OpeningIndex } from '../../src/index.js';
import type { RoleBoardElement, RolePageElement, RoleCardElement, OpeningsElement, FaqElement } from '../../src/elements/index.js';
import '../../src/define.js';

declare const page: RolePageElement;
declare const board: RoleBoardElement;
declare const openings: OpeningsElement;

// a role element's rk-ready carries a Role, a board's a RoleIndex: no cast
page.addEventListener('rk-ready', (event) => {
  const role: Role = event.detail.data;
  void role.title;
  // @ts-expect-error a Role is not a listing
  void event.detail.data.roles;
});
board.addEventListener('rk-ready', (event) => {
  const index: RoleIndex = event.detail.data;
  void index.roles;
  // @ts-expect-error a listing has no title of its own
  void event.detail.data.slug;
});
openings.addEventListener('rk-ready', (event) => {
  const index: OpeningIndex = event.detail.data;
  void index;
});

// a listener typed with the element's event is accepted; one for another element's data is not
const onRole = (event: RkReadyEvent<Role>): void => void event.detail.data.title;
page.addEventListener('rk-ready', onRole);
page.removeEventListener('rk-ready', onRole);
// @ts-expect-error a board's rk-ready carries a RoleIndex, not a Role
board.addEventListener('rk-ready', onRole);

// the same through querySelector (HTMLElementTagNameMap) and `this`
document.querySelector('rk-role-card')?.addEventListener('rk-ready', function (event) {
  void (this satisfies RoleCardElement);
  void event.detail.data.title;
});
document.querySelector('rk-role-board')?.addEventListener('rk-ready', (event) => void event.detail.data.roles);

// rk-error and the DOM's own events keep their types; an unknown name falls back to Event
page.addEventListener('rk-error', (event) => {
  const kind: 'network' | 'timeout' | 'http' | 'too-large' | 'parse' | 'invalid' | 'render' | 'code' = event.detail.kind;
  void kind;
});
page.addEventListener('click', (event) => void event.clientX);
page.addEventListener('something-else', (event) => {
  // @ts-expect-error a plain Event has no detail
  void event.detail;
});
// element-specific events from the global map
document.querySelector<FaqElement>('rk-faq')?.addEventListener('rk-toggle', (event) => void event.detail.open);
board.addEventListener('rk-select', (event) => void event.detail.slug);

// DocumentOf names an element's document type
const listing: DocumentOf<RoleBoardElement> = { roles: [] } as unknown as RoleIndex;
void listing;
// @ts-expect-error a role page's document is a Role, not a listing
const wrong: DocumentOf<RolePageElement> = listing;
void wrong;
