// Openings for the node tests: a small valid one to break in one place at a time, and the sample files.
import { readFileSync } from 'node:fs';
import { OPENING_FILES } from '../../scripts/openings-index.js';

/** A small valid opening (onsite in Berlin: it gets a JobPosting). */
export const MINIMAL = {
  schemaVersion: 1,
  id: 'python-web-developer-berlin',
  title: 'Python Web Developer',
  organization: { name: 'Fernhill Labs' },
  workplace: 'onsite',
  locations: [{ city: 'Berlin', country: 'DE' }],
  posted: '2026-11-03',
  applyUrl: 'https://fernhill.example/apply',
  description: [{ type: 'paragraph', text: 'Build the Routing API.' }],
};

/** A sample opening file by id, as JSON. */
export const sampleJson = (id: string): Record<string, unknown> => JSON.parse(readFileSync(`data/openings/${id}.json`, 'utf8'));

/** Every sample opening file, as JSON. */
export const sampleFiles = (): { file: string; json: unknown }[] => OPENING_FILES.map((file) => ({ file, json: JSON.parse(readFileSync(file, 'utf8')) }));
