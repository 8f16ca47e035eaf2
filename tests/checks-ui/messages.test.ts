import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/core/checks';
import type { Flag } from '../../src/core/model';
import { setUiLang } from '../../src/i18n';
import { flagMessage, flagPlace, flagQuote, type MessageContext } from '../../src/ui/checks/messages';
import { seedPair } from '../checks/helpers';

const { a, b, beads, others } = seedPair();
const flags = runChecks({ a, b, beads, others });
const titles: Record<string, string> = { '001': 'Wary US', '002': 'Washington', '004': 'Related' };
const ctx: MessageContext = { a: { id: a.id, lang: 'en' }, b: { id: b.id, lang: 'ar' }, titleOf: (id) => titles[id] ?? id };
const byText = (text: string) => flags.find((f) => f.data?.text === text)!;
const byKind = (kind: string) => flags.find((f) => f.data?.kind === kind)!;

afterAll(() => setUiLang('en'));

describe('flag messages from structured data', () => {
  it('says in English what the core says, with document titles', () => {
    setUiLang('en');
    expect(flagMessage(byText('Zawassi'), ctx)).toBe('The Arabic has زلماي (Zalmay) where the English has “Zawassi”; spelt “Zalmay” in Wary US, Washington');
    expect(flagMessage(byText('Glizmann'), ctx)).toBe('“Glizmann” is one of 4 spellings of one name in this document: Glizmann, Galzman, Glezmann (2×), Galzmann');
    expect(flagMessage(byText('envy'), ctx)).toBe('The Arabic has ومبعوث; the English has “envy”, one letter from “envoy”');
    expect(flagMessage(byText('Walz'), ctx)).toBe('“Waltz” (in Related) is closer to the Arabic والتز (Waltz) than “Walz”');
    expect(flagMessage(byText('August 2021'), ctx)).toBe('The English has August 2021 here; the Arabic has no such number or date');
    expect(flagMessage(byKind('length-ratio'), ctx)).toMatch(/^The English is \d\.\d× shorter than usual for these documents: Arabic text may be missing from it$/);
    expect(flagMessage(byText('خَبَرَيْن'), ctx)).toBe('The site\'s name “خَبَرَيْن” inside the article text');
    expect(flagPlace(byText('Zawassi'), ctx)).toBe('English, paragraph 10');
  });

  it('speaks Arabic with Arabic digits and separators, keeping document text as written', () => {
    setUiLang('ar');
    expect(flagMessage(byText('Zawassi'), ctx)).toBe('في العربية: زلماي (Zalmay)، وفي الإنجليزية: «Zawassi»؛ ويُكتب «Zalmay» في: Wary US، Washington');
    expect(flagMessage(byText('Glizmann'), ctx)).toBe('«Glizmann» إحدى ٤ كتابات لاسم واحد في هذا المستند: Glizmann، Galzman، Glezmann (٢×)، Galzmann');
    expect(flagPlace(byText('Zawassi'), ctx)).toBe('الإنجليزية، الفقرة ١٠');
    expect(flagMessage(byKind('length-ratio'), ctx)).toMatch(/^النص في الإنجليزية أقصر من المعتاد لهذين المستندين بـ[٠-٩]٫[٠-٩] مرة/);
  });

  it('speaks Persian with Persian digits', () => {
    setUiLang('fa');
    expect(flagMessage(byText('Glizmann'), ctx)).toBe('«Glizmann» یکی از ۴ املای یک نام در این سند است: Glizmann، Galzman، Glezmann (۲×)، Galzmann');
    expect(flagPlace(byText('Zawassi'), ctx)).toBe('انگلیسی، بند ۱۰');
    expect(flagMessage(byText('August 2021'), ctx)).toBe('در متن انگلیسی اینجا August 2021 آمده، ولی در متن عربی چنین عدد یا تاریخی نیست');
  });

  it('falls back to the core evidence without data or for an unknown kind', () => {
    setUiLang('ar');
    const f: Flag = { ...byText('Zawassi'), data: undefined };
    expect(flagMessage(f, ctx)).toBe(f.evidence);
    expect(flagMessage({ ...f, data: { kind: 'from-a-later-version' } }, ctx)).toBe(f.evidence);
  });

  it('shortens long quotes (omissions flag whole paragraphs)', () => {
    const omission = byKind('no-counterpart');
    expect(flagQuote(omission, 20)).toHaveLength(20);
    expect(flagQuote(omission, 20).endsWith('…')).toBe(true);
    expect(flagQuote(byText('Zawassi'))).toBe('Zawassi');
  });
});
