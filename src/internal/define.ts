declare const __ROLEKIT_VERSION__: string;

/** This copy's version (replaced at build time). */
export const VERSION: string = typeof __ROLEKIT_VERSION__ === 'string' ? __ROLEKIT_VERSION__ : 'dev';

let warned = false;

/**
 * Registers `tag` unless it is taken. A second copy of rolekit on the page (the script-tag bundle
 * loaded twice, or next to an npm build) never throws: the first copy's elements stay, and this
 * copy says so once in the console.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned) {
    warned = true;
    const other = (existing as { version?: string }).version;
    console.warn(
      `rolekit ${VERSION}: <${tag}> is already defined by ${other ? `rolekit ${other}` : 'another script'}; keeping that one. Load rolekit once per page.`,
    );
  }
}
