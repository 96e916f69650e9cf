import type { RoleElement } from '../internal/role-element.js';
import type { Role } from '../schema/role.js';
import type { RkErrorEvent } from './rk-error.js';
import type { RkReadyEvent } from './rk-ready.js';

/**
 * The events of a rolekit element whose document type is `T`, with the DOM's own: `rk-ready`
 * carries the validated document (a `Role` on a role element, a `RoleIndex` on a board, an
 * `OpeningIndex` on a list of openings), so a listener needs no cast.
 */
export interface RoleElementEventMap<T extends object = Role> extends HTMLElementEventMap {
  'rk-ready': RkReadyEvent<T>;
  'rk-error': RkErrorEvent;
}

// merged into the class (as Lit and Shoelace type their events): `el.addEventListener('rk-ready',
// (e) => e.detail.data.title)` on a <rk-role-page> knows `data` is a Role
declare module '../internal/role-element.js' {
  interface RoleElement<T extends object = Role> {
    addEventListener<K extends keyof RoleElementEventMap<T>>(
      type: K,
      listener: (this: this, event: RoleElementEventMap<T>[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof RoleElementEventMap<T>>(
      type: K,
      listener: (this: this, event: RoleElementEventMap<T>[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}

/** The document type of a rolekit element: `DocumentOf<RoleBoardElement>` is `RoleIndex`. */
export type DocumentOf<E> = E extends RoleElement<infer T> ? T : never;
