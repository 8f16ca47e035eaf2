import { describe, expect, it } from 'vitest';
import { latinVariants } from '../../src/core/checks/match';
import { mentionsOf, storySpellings } from '../../src/core/checks/story';
import { deletionForms, VariantIndex } from '../../src/core/checks/variantIndex';
import { seedPair } from './helpers';

describe('the variant index', () => {
  it('finds exactly the spellings a scan with latinVariants finds, in the same order', () => {
    const { a, others } = seedPair();
    const story = storySpellings([a, ...others]);
    const index = new VariantIndex(story);
    const names = [...new Set([a, ...others].flatMap((d) => mentionsOf(d).map((m) => m.text))), 'Glizman', 'Khwrasan', 'Kabol'];
    let found = 0;
    for (const name of names) {
      const scan = story.filter((s) => latinVariants(name, s.text));
      expect(index.variantsOf(name), name).toEqual(scan);
      found += scan.length;
    }
    // The seeds spell several names many ways: the comparison is not of empty lists.
    expect(found).toBeGreaterThan(10);
  });

  it('lists every form with up to two letters deleted', () => {
    expect([...deletionForms('KBL')].sort()).toEqual(['B', 'BL', 'K', 'KB', 'KBL', 'KL', 'L'].sort());
  });
});
