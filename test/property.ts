// Settings for the property-based tests (fast-check), in node and in the browser alike.
//
// `npm test` is deterministic: every property runs from one fixed seed, so the same commit gives
// the same verdict. `npm run fuzz` (scripts/fuzz.mjs) sets FC_FUZZ=1: a fresh random seed and
// many more runs. Either way a failure prints the one command that replays it.
//
// Node reads the settings from the environment; the browser from `window.__RK_FC__`, which
// web-test-runner.config.mjs writes into each test page from the same variables.
import fc from 'fast-check';

interface Settings {
  /** The seed every property starts from. */
  seed: number;
  /** A replay path from a failure report: runs just the failing case. */
  path?: string;
  /** Multiplies each property's number of runs. */
  factor: number;
  fuzz: boolean;
  /** The one property (by its full test name) that `seed` and `path` replay; the others run as usual. */
  only?: string;
}

/** The seed `npm test` uses unless FC_SEED says otherwise. */
export const FIXED_SEED = 20261201;

declare global {
  var __RK_FC__: Partial<Settings> | undefined;
}

function fromEnvironment(): Partial<Settings> {
  if (globalThis.__RK_FC__) return globalThis.__RK_FC__;
  const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
  return {
    seed: env.FC_SEED ? Number(env.FC_SEED) : undefined,
    path: env.FC_PATH || undefined,
    factor: env.FC_RUNS_FACTOR ? Number(env.FC_RUNS_FACTOR) : undefined,
    fuzz: env.FC_FUZZ === '1',
    only: env.FC_ONLY || undefined,
  };
}

const given = fromEnvironment();
const fuzz = given.fuzz ?? false;
export const settings: Settings = {
  fuzz,
  seed: given.seed ?? (fuzz ? Math.floor(Math.random() * 2 ** 31) : FIXED_SEED),
  path: given.path,
  factor: given.factor ?? (fuzz ? 20 : 1),
  only: given.only,
};

let announced = false;

/** Where a property lives, so its failure can name the command that replays it. */
export interface Where {
  /** The test file, from the repository root: 'test/node/validator.test.ts'. */
  file: string;
  /** The test's full name as the runner prints it. */
  name: string;
}

const shellQuote = (text: string) => `'${text.replace(/'/g, () => `'\\''`)}'`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`);

/** The one-line command that runs just this failing case again. */
export function replayCommand(where: Where, seed: number, path: string): string {
  const env = `FC_SEED=${seed} FC_PATH=${shellQuote(path)}`;
  const pattern = shellQuote(escapeRegExp(where.name));
  return where.file.startsWith('test/node/')
    ? `${env} node --import tsx --test --test-name-pattern=${pattern} ${where.file}`
    : `${env} FC_ONLY=${shellQuote(where.name)} npx wtr ${where.file}`;
}

/**
 * fast-check parameters for one property: the shared seed (or replay path), `numRuns` scaled for
 * fuzzing, and a reporter whose failure message ends with the command that replays it.
 */
export function runs<T>(numRuns: number, where: Where): fc.Parameters<T> {
  if (!announced) {
    announced = true;
    console.log(`fast-check seed ${settings.seed}${settings.fuzz ? ' (fuzzing: random seed, more runs)' : ' (fixed; FC_SEED=n to change, npm run fuzz for random seeds)'}`);
  }
  const replaying = settings.only === undefined || settings.only === where.name;
  return {
    seed: replaying ? settings.seed : FIXED_SEED,
    numRuns: Math.round(numRuns * settings.factor),
    ...(settings.path && replaying ? { path: settings.path } : {}),
    reporter(details) {
      if (!details.failed) return;
      const replay = replayCommand(where, details.seed, details.counterexamplePath ?? '');
      throw new Error(`${fc.defaultReportMessage(details)}\n\nReplay it: ${replay}`);
    },
  };
}
