/// <reference types="node" />
/**
 * Renders a build's pages in parallel: worker threads, each loading rolekit's built renderer
 * (dist/ssr.js) once, rendering batches of pages and writing them into the site folder. The
 * worker is a few lines of plain JavaScript (no module of its own to find in the npm build); what
 * it does is renderPage, the script tag's integrity and a write.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageJob } from './build-pages.js';

// CommonJS (an eval worker), importing the ES module renderer by its file: URL.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { renderer, site, script, pinned } = workerData;
import(renderer).then(({ renderPage }) => {
  parentPort.on('message', (batch) => {
    try {
      for (const job of batch) {
        const html = renderPage(job.document, job.options);
        if (!html.includes(script)) throw new Error(job.file + ': no script tag to pin');
        const file = join(site, job.file);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html.replace(script, pinned));
      }
      parentPort.postMessage({ done: batch.length });
    } catch (error) {
      parentPort.postMessage({ error: String(error && error.stack || error) });
    }
  });
  parentPort.postMessage({ ready: true });
}, (error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

export interface RenderSetup {
  /** file: URL of dist/ssr.js. */
  renderer: string;
  /** The folder the pages are written into. */
  site: string;
  /** Where rolekit.js is served, and its sha384: the pages' script tag carries it. */
  scriptSrc: string;
  integrity: string;
  /** Worker threads (default: one per core, no more than the batches). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 40;

/** Renders and writes every page (emptying `pages` as it goes); rejects with the first failure (the caller discards the folder). */
export async function renderPages(pages: PageJob[], setup: RenderSetup): Promise<void> {
  // the batches own the pages from here: each is let go once a worker has its copy (memory for 10,000 pages)
  const total = pages.length;
  const batches: (PageJob[] | undefined)[] = [];
  for (let i = 0; i < pages.length; i += BATCH) batches.push(pages.slice(i, i + BATCH));
  pages.length = 0;
  const count = Math.max(1, Math.min(setup.workers ?? availableParallelism(), batches.length));
  const workerData = {
    renderer: setup.renderer,
    site: setup.site,
    script: `<script src="${setup.scriptSrc}" defer></script>`,
    pinned: `<script src="${setup.scriptSrc}" integrity="${setup.integrity}" defer></script>`,
  };
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: count }, () =>
        new Promise<void>((resolve, reject) => {
          // resourceLimits: a runaway page fails its worker, not the machine
          const worker = new Worker(WORKER, { eval: true, workerData, resourceLimits: { maxOldGenerationSizeMb: 256 } });
          workers.push(worker);
          const feed = () => {
            if (next >= batches.length) {
              resolve();
              return;
            }
            const batch = batches[next];
            batches[next++] = undefined;
            worker.postMessage(batch);
          };
          worker.on('message', (message: { ready?: true; done?: number; error?: string }) => {
            if (message.error) return reject(new Error(`rendering failed: ${message.error}`));
            if (message.done) {
              done += message.done;
              setup.onProgress?.(done, total);
            }
            feed();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => code !== 0 && reject(new Error(`a render worker stopped (exit code ${code})`)));
        }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
