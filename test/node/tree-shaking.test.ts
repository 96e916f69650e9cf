// What one element class costs a user's bundle: importing `RoleCardElement` from the built npm
// package must bring that element's module (and the shared base), not every element. Each row of
// `npm run size:entries` bundles a one-line entry with Rolldown against dist/ (after
// `npm run build`); this checks which of rolekit's element modules each bundle holds. Before the
// npm build kept one module per file (preserveModules), every element lived in one shared chunk
// and each class's bundle held all thirteen.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { ENTRIES, measure } from '../../scripts/size-entries.mjs';

type Entry = { code: string; label: string; note: string };
type Sizes = { modules: Set<string>; packages: Set<string>; gzip: number };

/** The element folders whose templates an element renders with, besides its own (src/elements/<folder>/). */
const USES: Record<string, string[]> = {
  'role-card': ['at-a-glance'], // the AI-impact meter
  'role-page': ['at-a-glance', 'duties', 'qualifications'], // the sections without state, in the page's own shadow root
};

const elements = (ENTRIES as Entry[]).filter((e) => /^export \{ \w+Element \} from 'rolekit';$/.test(e.code));
const bundles = new Map<string, Sizes>();

before(async () => {
  assert.ok(existsSync('dist/index.js'), 'no build in dist/: run `npm run build` first');
  for (const entry of elements) bundles.set(entry.code, (await measure(entry)) as Sizes);
});

describe('one element class from the npm build, in a user bundle', () => {
  test('there is a row for every element class', () => {
    assert.ok(elements.length >= 13, `only ${elements.length} element classes in size-entries`);
  });

  test('holds its own element module and those it renders with, no other element', () => {
    for (const entry of elements) {
      const own = /&lt;rk-([a-z-]+)>/.exec(entry.note)![1]; // <rk-faq>: src/elements/faq/
      const folders = [...new Set([...bundles.get(entry.code)!.modules].filter((m) => m.startsWith('elements/')).map((m) => m.split('/')[1]))].sort();
      assert.deepEqual(folders, [own, ...(USES[own] ?? [])].sort(), `${entry.label} bundles the modules of ${folders.join(', ')}`);
    }
  });

  test('holds nothing of the command line, the server renderer, the ATS adapters or zod', () => {
    for (const entry of elements) {
      const { modules, packages } = bundles.get(entry.code)!;
      // feeds/urls.js is the feed= attribute's URL builder (<rk-openings>); the adapters load on first use
      const stray = [...modules].filter((m) => /^(cli|content|ssr|feeds)[./]/.test(m) && m !== 'feeds/urls.js');
      assert.deepEqual(stray, [], `${entry.label} bundles ${stray.join(', ')}`);
      assert.ok(!packages.has('zod'), `${entry.label} bundles zod`);
    }
  });

  test('a card alone is much smaller than every element together', async () => {
    const card = bundles.get("export { RoleCardElement } from 'rolekit';")!;
    const all = (await measure({ code: "import 'rolekit/define';", label: 'define' })) as Sizes;
    assert.ok(card.modules.size < all.modules.size, 'the card bundles as many modules as every element');
    assert.ok(card.gzip < all.gzip * 0.6, `a card alone is ${card.gzip} B gzip, every element ${all.gzip} B`);
  });
});
