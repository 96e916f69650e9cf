// Work in slices (src/internal/slices.ts): the sort in slices is the native stable sort, however
// it is run; `runInSlices` gives the page tasks in between and stops when told to.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { runInSlices, runNow, sortInSlices, type Work } from '../../src/internal/slices.js';
import { runs } from '../property.js';

const FILE = 'test/node/slices.test.ts';
const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

test('sortInSlices gives exactly the native stable sort (runs of 4,096 merged), at any length', (t) => {
  const item = fc.record({ key: fc.integer({ min: 0, max: 40 }), at: fc.nat() });
  // lengths around the run size and its multiples, where merging starts and ends
  const length = fc.oneof(fc.nat({ max: 50 }), fc.constantFrom(4095, 4096, 4097, 8192, 8193, 12_289, 20_000));
  fc.assert(
    fc.property(length, fc.array(item, { minLength: 1, maxLength: 64 }), (n, pool) => {
      const items = Array.from({ length: n }, (_, i) => ({ ...pool[i % pool.length], at: i }));
      const expected = items.slice().sort(byKey);
      const sorted = runNow(sortInSlices(items, byKey));
      assert.equal(sorted, items, 'sorted in place');
      assert.deepEqual(sorted, expected);
    }),
    runs(60, { file: FILE, name: t.name }),
  );
});

test('runInSlices runs the work between other tasks, and stops when cancelled', async () => {
  let steps = 0;
  function* slow(): Work<string> {
    for (let i = 0; i < 40; i++) {
      const until = performance.now() + 1;
      while (performance.now() < until) steps++; // 1 ms of work per step: 40 ms in all
      yield;
    }
    return 'done';
  }
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  const result = await runInSlices(slow());
  clearInterval(timer);
  assert.equal(result, 'done');
  assert.ok(ticks >= 2, `other tasks ran between the slices (${ticks})`);

  let cancel = false;
  const work = slow();
  const stopped = runInSlices(work, () => cancel);
  cancel = true;
  assert.equal(await stopped, undefined);
  assert.equal(work.next().done, true, 'the work was ended');
  assert.ok(steps > 0);
});
