import type { Problem } from '../schema/parse.js';

/**
 * Why data could not be shown:
 * `network` (the request failed), `timeout`, `http` (an error status), `too-large` (a response
 * over the size limit), `parse` (not JSON), `invalid` (JSON that breaks the schema; `problems`
 * lists each with its path), `render` (valid data rolekit failed to show: a bug, please report it),
 * `code` (the script tag could not load the element's code: `src` names the file).
 */
export type RkErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'parse' | 'invalid' | 'render' | 'code';

export interface RkErrorDetail {
  kind: RkErrorKind;
  /** What went wrong, one entry per problem (one for network, HTTP and JSON errors). */
  problems: Problem[];
  /** The HTTP status, for `http`. */
  status?: number;
  /** The URL that was loaded, when the data came from `src` (for `code`: the file that did not load). */
  src?: string;
}

/**
 * The element could not show its data and now shows its error state. The page keeps working;
 * listen for this to log or report the problem.
 */
export class RkErrorEvent extends CustomEvent<RkErrorDetail> {
  constructor(detail: RkErrorDetail) {
    super('rk-error', { bubbles: true, composed: true, detail });
  }
}
