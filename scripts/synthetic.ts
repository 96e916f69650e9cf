/**
 * A seeded generator of large, clearly synthetic role indexes — for benchmarks and scale tests
 * only, never sample content. Same seed, same index. DOM-free: tests, stories and the benchmark
 * import it.
 */
import type { RoleIndex } from '../src/schema/role-index.js';

/** mulberry32: a tiny, good-enough seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['Software Engineering', 'Data', 'Design', 'Product', 'Operations', 'Security', 'Sales', 'People'];
const LEVELS = ['Junior', 'Associate', 'Senior', 'Staff', 'Principal', 'Lead'];
const SUBJECTS = ['Platform', 'Café Systems', 'Payments', 'Search', 'Mobile', 'Analytics', 'Infrastructure', 'Growth', 'Support', 'Risk', 'Über Logistics', 'Python Web'];
const JOBS = ['Engineer', 'Developer', 'Analyst', 'Designer', 'Manager', 'Specialist', 'Researcher', 'Administrator'];
const WORDS = 'synthetic benchmark placeholder role used only to measure rendering and search speed with many entries'.split(' ');

/** `count` synthetic roles, titled "Synthetic: …" so they can never pass for real content. */
export function syntheticIndex(count: number, seed = 42): RoleIndex {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const roles = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(6, '0');
    const title = `Synthetic: ${pick(LEVELS)} ${pick(SUBJECTS)} ${pick(JOBS)} ${n}`;
    const words = Array.from({ length: 14 }, () => pick(WORDS)).join(' ');
    const day = 1 + Math.floor(next() * 28);
    const month = 1 + Math.floor(next() * 12);
    return {
      slug: `synthetic-${n}`,
      title,
      category: pick(CATEGORIES),
      summary: `Synthetic entry ${n}: ${words}.`,
      href: `/roles/synthetic-${n}/`,
      updated: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    };
  });
  return { roles };
}
