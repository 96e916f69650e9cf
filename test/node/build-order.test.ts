// The build must be the same whatever order `cem analyze` lists the modules in: the analyzer reads
// files in the order the file system hands them over, and the pieces, the loader that embeds their
// hashes and the README's script tags are all generated from custom-elements.json. (CI once went
// red because a fresh clone's manifest listed them in another order than the committed README's.)
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import config from '../../custom-elements-manifest.config.mjs';
import { elementsOf } from '../../scripts/build/plugins.js';

type Manifest = { modules: { path: string }[] };
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const dir = mkdtempSync(join(tmpdir(), 'rolekit-order-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** custom-elements.json with its modules in another order. */
function reordered(order: (modules: Manifest['modules']) => Manifest['modules'], name: string): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ ...manifest, modules: order([...manifest.modules]) }));
  return file;
}

describe('the build does not depend on the order of custom-elements.json', () => {
  test('the elements come out by tag, with the same entries, however the modules are listed', () => {
    const reference = [...elementsOf('custom-elements.json')];
    assert.ok(reference.length >= 10, 'the manifest lists the elements');
    assert.deepEqual(reference.map(([tag]) => tag), reference.map(([tag]) => tag).sort());
    const reversed = reordered((m) => m.reverse(), 'reversed.json');
    const rotated = reordered((m) => [...m.slice(7), ...m.slice(0, 7)], 'rotated.json');
    assert.deepEqual([...elementsOf(reversed)], reference);
    assert.deepEqual([...elementsOf(rotated)], reference);
  });

  test('the analyzer config sorts the modules by path before the manifest is written', () => {
    const plugin = config.plugins.find((p: { name: string }) => p.name === 'rolekit:stable-order');
    assert.ok(plugin, 'the stable-order plugin is configured');
    const customElementsManifest = { modules: [{ path: 'src/z.ts' }, { path: 'src/a/b.ts' }, { path: 'src/a.ts' }] };
    plugin.packageLinkPhase!({ customElementsManifest });
    assert.deepEqual(customElementsManifest.modules.map((m) => m.path), ['src/a.ts', 'src/a/b.ts', 'src/z.ts']);
    const written = manifest.modules.map((m) => m.path);
    assert.deepEqual(written, [...written].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'custom-elements.json is in path order');
  });
});
