import { describe, expect, it } from 'vitest';
import '../../src/core/checks/translitTable';
import { knownNeighbours, knownSlip } from '../../src/core/checks/knownSlip';

describe('knownSlip: a real name one letter away that writes the source far better', () => {
  it('finds Revlon for "Revlo" against ريفلون', () => {
    expect(knownNeighbours('Revlo')).toContain('revlon');
    expect(knownSlip('Revlo', ['قالت', 'ريفلون'])).toMatchObject({ text: 'revlon', word: 1 });
  });

  it('undoes a confused letter group ("Chrithtine" for كريستين)', () => {
    expect(knownSlip('Chrithtine', ['كريستين'])).toMatchObject({ text: 'christine' });
  });

  it('needs the source to tell them apart: "Londn" is a slip of London only where the source reads london', () => {
    // News spells لندن as London, and the table learnt it from news name pairs too.
    expect(knownSlip('Londn', ['لندن'])).toMatchObject({ text: 'london' });
    expect(knownSlip('Londn', ['باريس'])).toBeNull();
  });

  it('does not take a silent letter away from a real spelling', () => {
    // Kavanagh writes كافانا better, but "Kavanaugh" differs only by a vowel beside a vowel.
    expect(knownNeighbours('Kavanaugh')).not.toContain('kavanagh');
    expect(knownNeighbours('Zinke')).not.toContain('zink');
    expect(knownNeighbours('Chuuk')).not.toContain('chuck');
    expect(knownNeighbours('Koreas')).not.toContain('korea');
  });

  it('keeps the name as written when it writes the source as well', () => {
    expect(knownSlip('London', ['لندن'])).toBeNull();
  });

  it('knows the larger towns of GeoNames: "Crodon" is a slip of Croydon (كرويدون)', () => {
    expect(knownNeighbours('Crodon')).toContain('croydon');
    expect(knownSlip('Crodon', ['في', 'كرويدون'])).toMatchObject({ text: 'croydon', word: 1 });
  });
});
