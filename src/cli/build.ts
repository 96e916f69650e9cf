/// <reference types="node" />
/**
 * npx rolekit build <dir…> --out <site> --base-url <url> [--site-name …] [--language …] [--theme …]
 *   [--header header.html] [--footer footer.html] [--head head.html]
 *
 * Builds the whole static careers site from a folder of role and opening files (JSON, YAML,
 * Markdown). Any invalid file fails the build with every problem listed (file:line:col) and
 * leaves the previous site untouched. The header, footer and head files are the site owner's own
 * markup: trusted, written into every page as they are.
 */
import { readFileSync } from 'node:fs';
import { commandArgs, type Writable } from './command.js';
import { buildSite, BuildError } from '../content/build.js';
import { formatLocated } from '../content/build-input.js';

const USAGE = `Usage: rolekit build <dir|file…> --out <site> --base-url <url> [--site-name <name>] [--language <tag>]
         [--theme light|dark|auto] [--header <file.html>] [--footer <file.html>] [--head <file.html>]
Builds the static careers site from role and opening files (.json, .yaml, .yml, .md; folders searched
recursively): /careers/, /roles/<slug>/, /jobs/, /jobs/<id>/, their JSON, sitemap.xml, robots.txt,
404.html and rolekit's script files. Nothing is replaced unless every file is valid.
  --out        the site folder (replaced as a whole when the build succeeds)
  --base-url   where the site is served, e.g. https://careers.example.com (canonical URLs, sitemap)
  --site-name  shown in every page title (default "Careers")
  --language   language of the site's own pages (default "en"; each role keeps its own)
  --theme      light, dark or auto for every element
  --header, --footer, --head   your own markup for every page: before <main>, after it, in <head>.
               Trusted: written as is (a link to the page itself gets aria-current="page")
Example: rolekit build roles/ --out site --base-url https://careers.example.com --site-name "Northwind Careers"`;

const THEMES = ['light', 'dark', 'auto'] as const;

export async function build(argv: string[], out: Writable, err: Writable): Promise<number> {
  const args = commandArgs(
    argv,
    {
      out: { type: 'string' },
      'base-url': { type: 'string' },
      'site-name': { type: 'string' },
      language: { type: 'string' },
      theme: { type: 'string' },
      header: { type: 'string' },
      footer: { type: 'string' },
      head: { type: 'string' },
      workers: { type: 'string' },
    },
    USAGE,
    out,
    err,
  );
  if (args.exit !== undefined) return args.exit;
  const { values, positionals, usage } = args;
  if (!positionals.length) return usage('which folder? give the folder of role files to build');
  if (!values.out) return usage('where to? give --out <site folder>');
  if (!values['base-url']) return usage('give --base-url, where the site will be served (e.g. https://careers.example.com): canonical URLs and the sitemap need it');
  let base: URL;
  try {
    base = new URL(values['base-url']);
  } catch {
    return usage(`--base-url ${values['base-url']} is not a URL: write it like https://careers.example.com`);
  }
  if (!/^https?:$/.test(base.protocol) || base.pathname !== '/' || base.search || base.hash) {
    return usage(`--base-url must be an http(s) origin, like https://careers.example.com: the site is served at its root`);
  }
  if (values.theme !== undefined && !(THEMES as readonly string[]).includes(values.theme)) return usage(`unknown --theme '${values.theme}': use ${THEMES.join(', ')}`);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers > 0)) return usage('--workers must be a whole number above 0');
  const markup: Record<'header' | 'footer' | 'head', string | undefined> = { header: undefined, footer: undefined, head: undefined };
  for (const key of ['header', 'footer', 'head'] as const) {
    const file = values[key];
    if (file === undefined) continue;
    try {
      markup[key] = readFileSync(file, 'utf8');
    } catch (error) {
      err.write(`${file}: cannot read the --${key} file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check the path\n`);
      return 1;
    }
  }

  const progress = err.isTTY
    ? (done: number, total: number) => {
        const width = 30;
        const filled = Math.round((done / total) * width);
        err.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} pages`);
        if (done === total) err.write('\n');
      }
    : undefined;
  let result;
  try {
    result = await buildSite({
      inputs: positionals,
      out: values.out,
      baseUrl: base.origin,
      siteName: values['site-name'],
      language: values.language,
      theme: values.theme as (typeof THEMES)[number] | undefined,
      ...markup,
      workers,
      onProgress: progress,
    });
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    err.write(`${error.message}\n`);
    return 1;
  }
  for (const w of result.warnings) err.write(`${formatLocated(w)}\n`);
  if (!result.ok) {
    for (const p of result.problems) err.write(`${formatLocated(p)}\n`);
    const files = new Set(result.problems.map((p) => p.file)).size;
    err.write(`build failed: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; fix them and build again (${values.out} is untouched)\n`);
    return 1;
  }
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  out.write(`built ${count(result.roles, 'role', 'roles')}, ${count(result.openings, 'opening', 'openings')}, ${count(result.pages, 'page', 'pages')} in ${result.seconds.toFixed(1)} s → ${values.out}\n`);
  return 0;
}
