// A Cloudflare Worker (module syntax; Deno runs it too) that renders a role page per request.
import { renderPage } from 'rolekit/ssr';
import { roles } from './roles.js';

const page = (status, html, cache) =>
  new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': cache } });

export default {
  fetch(request) {
    const url = new URL(request.url);
    const slug = /^\/roles\/([a-z0-9-]+)\/?$/.exec(url.pathname)?.[1];
    const role = slug && Object.hasOwn(roles, slug) ? roles[slug] : undefined;
    if (!role) return page(404, '<!doctype html><title>Not found</title><h1>No such role</h1>', 'public, max-age=60');
    try {
      return page(200, renderPage(role, { canonicalUrl: `${url.origin}/roles/${slug}/` }), 'public, max-age=300, s-maxage=86400');
    } catch (error) {
      console.error(`/roles/${slug}: ${error}`);
      return page(500, '<!doctype html><title>Unavailable</title><h1>This role cannot be shown right now</h1>', 'no-store');
    }
  },
};
