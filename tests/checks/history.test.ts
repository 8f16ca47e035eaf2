import { describe, expect, it } from 'vitest';
import { arabicHits } from '../../src/core/checks/entities';
import { doc } from './helpers';

/**
 * A check's answer is a function of its input alone, whatever was checked before in the same
 * worker. The checks remember work per document object and per spelling, so each memo must be
 * keyed by all that its answer reads.
 */
describe('checks do not depend on what was checked before', () => {
  // Salem and Salim both write سالم equally well: the Arabic word is read as the one the
  // English names first, so the order of the spellings is part of the input.
  const arabic = () => doc('ar', 'ar', ['قال سالم إن الاجتماع كان جيداً.']);
  const read = (pool: string[], d = arabic()) => arabicHits(d, pool).map((h) => `${h.text} ${h.latin}`);

  it('reads an Arabic name the same alone and after the document was read with the spellings in another order', () => {
    expect(read(['Salim', 'Salem'])).toEqual(['سالم salim']);
    const d = arabic();
    expect(read(['Salem', 'Salim'], d)).toEqual(['سالم salem']);
    expect(read(['Salim', 'Salem'], d)).toEqual(['سالم salim']);
  });
});
