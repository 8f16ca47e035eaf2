import manifest from '../../../seeds/manifest.json';
import type { SeedManifest, SeedReader } from '../../db/seeds';

// The seed texts are bundled as separate lazy chunks: the first visit stores them in
// IndexedDB and later visits never load them again.
const files = import.meta.glob('../../../seeds/*.txt', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

export const seedManifest = manifest as SeedManifest;

export const readBundledSeed: SeedReader = async (file) => {
  const load = files[`../../../seeds/${file}`];
  if (!load) throw new Error(`Seed file ${file} is not bundled`);
  return load();
};
