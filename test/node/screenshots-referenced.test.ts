// The README's pictures (`npm run screenshots`, committed in docs/screenshots/): every image the
// README names exists, is a PNG and stays small. Until README.md shows pictures from
// docs/screenshots/, the text waiting to be merged (docs/pending/pictures.md) is checked instead.
// Paths are read from the repository root, as README.md resolves them.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** What one picture may weigh (the README loads them all). */
const MAX_BYTES = 160 * 1024;

/** The local images a Markdown text names: `![alt](path)`, `<img src>`, `<source srcset>` (remote ones left out). */
export function imagesIn(markdown: string): string[] {
  const found = [
    ...[...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...markdown.matchAll(/<(?:img|source)\b[^>]*?\s(?:src|srcset)="([^"]+)"/g)].flatMap((m) => m[1].split(',').map((s) => s.trim().split(/\s+/)[0])),
  ];
  return [...new Set(found.filter((path) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)).map((path) => path.replace(/^\.\//, '')))];
}

test('imagesIn finds Markdown and HTML images, not remote ones', () => {
  const text = '![a](docs/a.png) <img alt="b" src="./docs/b.png"> <source media="x" srcset="docs/c.png 1x, docs/d.png 2x"> ![e](https://x.example/e.png)';
  assert.deepEqual(imagesIn(text).sort(), ['docs/a.png', 'docs/b.png', 'docs/c.png', 'docs/d.png']);
});

test('every picture the README (or its pending text) names exists and is a small PNG', () => {
  const readme = readFileSync('README.md', 'utf8');
  const source = readme.includes('docs/screenshots/') ? 'README.md' : 'docs/pending/pictures.md';
  assert.ok(existsSync(source), `${source} is missing: neither README.md nor the pending text shows the pictures`);
  const images = imagesIn(readFileSync(source, 'utf8')).filter((path) => path.startsWith('docs/screenshots/'));
  assert.ok(images.length >= 8, `${source} names only ${images.length} pictures from docs/screenshots/`);
  for (const image of images) {
    assert.ok(existsSync(image), `${source} names ${image}, which does not exist (npm run screenshots)`);
    assert.ok(readFileSync(image).subarray(0, 8).equals(PNG), `${image} is not a PNG`);
    const bytes = statSync(image).size;
    assert.ok(bytes <= MAX_BYTES, `${image} weighs ${(bytes / 1024).toFixed(0)} KB (at most ${MAX_BYTES / 1024} KB)`);
  }
});
