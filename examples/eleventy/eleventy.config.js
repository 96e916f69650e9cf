// Eleventy renders each page with rolekit/ssr at build time: the HTML holds the whole role (its
// declarative shadow roots), readable without JavaScript; the script tag then hydrates it.
import { renderElement } from 'rolekit/ssr';

export default function (eleventyConfig) {
  // the script tag and the pieces it loads, from the installed package (same version as the renderer)
  eleventyConfig.addPassthroughCopy({ 'node_modules/rolekit/dist/cdn': 'rolekit' });
  // {% rolekit "rk-faq", role %}: one element, server-rendered, in any Nunjucks or Liquid template
  eleventyConfig.addShortcode('rolekit', (tag, document, options = {}) => renderElement(tag, document, options));
}

export const config = {
  dir: { input: 'src', output: '_site' },
};
