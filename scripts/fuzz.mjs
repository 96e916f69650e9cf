// npm run fuzz [-- --rounds N] [-- --node-only]: the wide random search that `npm test` leaves out.
// Runs every property test (the files that import test/property.ts) with FC_FUZZ=1: a fresh
// random seed per round and 20× the runs (FC_RUNS_FACTOR to change). A failure prints the
// fast-check report and the one-line command that replays it; the exit code is non-zero.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || (args.includes('--rounds') ? 1 : 3);
const nodeOnly = args.includes('--node-only');

const testFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? testFiles(join(dir, d.name)) : d.name.endsWith('.test.ts') ? [join(dir, d.name)] : [],
  );
const properties = testFiles('test').filter((file) => /from '(\.\.?\/)+property\.js'/.test(readFileSync(file, 'utf8')));
const nodeFiles = properties.filter((file) => file.startsWith('test/node/'));
const browserFiles = properties.filter((file) => !file.startsWith('test/node/'));

const randomSeed = () => String(Math.floor(Math.random() * 2 ** 31));
const run = (label, command, argv, seed) => {
  console.log(`\n==> ${label}: seed ${seed}`);
  const env = { ...process.env, FC_FUZZ: '1', FC_SEED: seed };
  return spawnSync(command, argv, { stdio: 'inherit', env }).status === 0;
};

const failed = [];
for (let round = 1; round <= rounds; round++) {
  const seed = randomSeed();
  if (!run(`node properties, round ${round}/${rounds}`, 'node', ['--import', 'tsx', '--test', ...nodeFiles], seed)) failed.push(`node round ${round} (seed ${seed})`);
}
if (!nodeOnly && browserFiles.length) {
  const seed = randomSeed();
  if (!run('browser properties', 'npx', ['wtr', ...browserFiles], seed)) failed.push(`browser (seed ${seed})`);
}

console.log(
  failed.length
    ? `\nfuzz: ${failed.length} run(s) failed: ${failed.join(', ')}. Each failure above ends with "Replay it: …".`
    : `\nfuzz: ${rounds} node round(s)${nodeOnly ? '' : ' and one browser round'} over ${properties.length} files, no failure.`,
);
process.exit(failed.length ? 1 : 0);
