import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash53, runChecks } from '../../src/core/checks';
import { flagIdIn, makeFlag } from '../../src/core/checks/flag';
import { doc, oneToOne } from './helpers';

const parts = (start: number, text: string, evidence = 'e') => ({
  check: 'name-mismatch' as const,
  docId: 'd',
  span: { side: 'a' as const, paragraph: 3, start, end: start + text.length },
  text,
  paragraphs: { a: [3], b: [4] },
  evidence,
  data: { kind: 'source-differs' },
});

describe('flag ids', () => {
  it('depend on check, position and text, not on evidence or suggestion', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.string({ minLength: 1 }), fc.string(), (start, text, ev) => {
        const x = makeFlag(parts(start, text));
        expect(makeFlag(parts(start, text, ev)).id).toBe(x.id);
        expect(makeFlag(parts(start + 1, text)).id).not.toBe(x.id);
      }),
    );
  });

  it('hash53 is deterministic and spreads Arabic and Persian text too', () => {
    expect(hash53('زلماي')).toBe(hash53('زلماي'));
    expect(hash53('خلیل‌زاد')).not.toBe(hash53('خلیلزاد'));
  });

  it('runChecks returns unique, sorted, reproducible flags', () => {
    const a = doc('en', 'en', ['Zawassi Khalilzad said 2,400 people left.', 'Glezmann and Glizmann and Glezmann.']);
    const b = doc('ar', 'ar', ['قال زلماي خليل زاد إن 2,500 شخص غادروا.', 'غليزمان.']);
    const one = runChecks({ a, b, beads: oneToOne(2) });
    // Reading order: paragraph, then offset ("Zawassi" at 0 before "2,400" at 23).
    expect(one.map((f) => f.check)).toEqual(['name-mismatch', 'number-mismatch', 'omission', 'name-variants']);
    expect(runChecks({ a, b, beads: oneToOne(2) })).toEqual(one);
  });
});

describe('flag ids under another document id', () => {
  it('are recomputed from the span in the same text: every check, both sides, both directions', async () => {
    const { seedPair } = await import('./helpers');
    const { a, b, beads, others } = seedPair();
    const forward = runChecks({ a, b, beads, others });
    const backward = runChecks({ a: b, b: a, beads: beads.map((x) => ({ ...x, a: x.b, b: x.a })), others });
    const docs = new Map([a, b].map((d) => [d.id, d]));
    const all = [...forward, ...backward].filter((f) => f.span && f.docId);
    expect(new Set(all.map((f) => f.check)).size).toBeGreaterThanOrEqual(5);
    for (const f of all) {
      const text = docs.get(f.docId!)!.paragraphs[f.span!.paragraph]!.text;
      expect(flagIdIn({ check: f.check, span: f.span!, kind: String(f.data?.kind) }, f.docId!, text), `${f.check} ${f.data?.text}`).toBe(f.id);
      expect(flagIdIn({ check: f.check, span: f.span!, kind: String(f.data?.kind) }, 'another-id', text)).not.toBe(f.id);
    }
  });
});
