/**
 * The URL structured data describes: the page's canonical URL, or its address without the
 * fragment and without the query `parameters` the element itself writes (a board's filters).
 */
export function pageUrl(parameters: readonly string[] = []): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  const url = new URL(canonical?.href || location.href);
  url.hash = '';
  for (const name of parameters) url.searchParams.delete(name);
  return url.href;
}
