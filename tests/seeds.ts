import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedManifest } from '../src/db/seeds';

export const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds');
export const manifest: SeedManifest = JSON.parse(readFileSync(join(SEEDS_DIR, 'manifest.json'), 'utf8'));

/** A seed's text by its number ('000'..'004'). */
export function seed(num: string): string {
  const entry = manifest.documents.find((d) => d.file.startsWith(`${num}_`));
  if (!entry) throw new Error(`no seed ${num}`);
  return readFileSync(join(SEEDS_DIR, entry.file), 'utf8');
}

export const readSeed = async (file: string) => readFileSync(join(SEEDS_DIR, file), 'utf8');
