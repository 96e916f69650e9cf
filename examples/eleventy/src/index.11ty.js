// The role's whole page (title, meta, Open Graph, JSON-LD, the rendered <rk-role-page>, the
// script that hydrates it), from the role in _data/role.json.
import { renderPage } from 'rolekit/ssr';

export const data = { permalink: 'index.html' };

export function render({ role }) {
  return renderPage(role, {
    scriptSrc: '/rolekit/rolekit.js',
    canonicalUrl: `https://careers.example/roles/${role.slug}/`,
    siteName: 'Example Careers',
    head: '<link rel="icon" href="data:,">',
    header: '<header><p>Example Careers</p></header>',
    footer: '<footer><p><a href="/faq/">Questions about this role</a></p></footer>',
  });
}
