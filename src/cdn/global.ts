import type { registerStrings, stringsFor } from '../i18n/strings.js';
import type { parseRole } from '../schema/parse.js';

/** `window.rolekit`, the one global the script tag adds. */
export interface RolekitGlobal {
  /** The version of the script that added it. */
  VERSION: string;
  /** Adds or extends a language's UI strings; safe to call at once (queued until the code arrives). */
  registerStrings: typeof registerStrings;
  /** Validates a role document (there once `ready` has resolved; at once with rolekit.all.js). */
  parseRole?: typeof parseRole;
  /** A language's UI strings (English for what a catalogue lacks: the words of the elements loaded so far). */
  stringsFor?: typeof stringsFor;
  /**
   * Resolves (with this object) once the API and the elements on the page at start have loaded —
   * or failed to: it never rejects; a failure shows in the console and as `rk-error` events.
   */
  ready: Promise<RolekitGlobal>;
  /** Loads the elements used under `root` — for shadow roots, which the loader does not watch. */
  discover(root?: ParentNode): void;
}

declare global {
  var rolekit: RolekitGlobal | undefined;
}
