// `rolekit` itself: --help lists every command with what it does; an unknown or missing command is a usage error (exit 2).
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';

const collect = () => {
  let text = '';
  return { write: (chunk: string) => (text += chunk), get text() { return text; } };
};

test('rolekit --help lists every command, each with a line saying what it does', async () => {
  const out = collect();
  assert.equal(await main(['--help'], out, collect()), 0);
  for (const name of ['new', 'import', 'validate', 'build', 'feed', 'render']) assert.match(out.text, new RegExp(`^  ${name} +\\S.{20,}$`, 'm'), name);
  assert.match(out.text, /--help for its options and an example/);
});

test('an unknown command, or none, is a usage error with the list of commands', async () => {
  for (const argv of [['bulid'], []]) {
    const err = collect();
    assert.equal(await main(argv, collect(), err), 2);
    assert.match(err.text, /Commands:\n {2}new /);
    if (argv.length) assert.match(err.text, /^unknown command 'bulid'/);
  }
});
