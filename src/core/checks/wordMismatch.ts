import type { Bead, Flag } from '../model';
import { foldForMatch } from '../text/normalize';
import { linkedBeads } from './beads';
import { makeFlag } from './flag';
import { arabicForms, editDistance, langName, scriptOfLang, type Token } from './tokens';
import { tokensOf } from './docTokens';
import { memoPerWord } from '../text/memo';
import type { CheckInput, Side } from './types';

/**
 * Optional check, "envoy became envy": a small lexicon of news terms with their Arabic and
 * Persian stems. When the Arabic side of a linked bead has a term (مبعوث) and the English
 * side lacks every form of it but has a word one letter away ("envy"), that word is likely a
 * misspelt or mis-chosen term. Cheap and narrow on purpose: real words one letter from a term
 * are rare, so each hit is worth a look.
 */

interface Term {
  en: string[];
  /** Folded Arabic-script stems (ی → ي, ک → ك); a word matches when it starts with one. */
  stems: string[];
}

const TERMS: Term[] = [
  { en: ['envoy', 'envoys'], stems: ['مبعوث', 'فرستاده'] },
  { en: ['ambassador', 'ambassadors'], stems: ['سفير', 'سفراء'] },
  { en: ['embassy', 'embassies'], stems: ['سفاره', 'سفارت'] },
  { en: ['minister', 'ministers', 'ministry'], stems: ['وزير', 'وزاره', 'وزارت'] },
  { en: ['prisoner', 'prisoners'], stems: ['سجين', 'سجناء', 'اسير', 'اسري', 'زنداني'] },
  { en: ['hostage', 'hostages'], stems: ['رهينه', 'رهاين', 'گروگان'] },
  { en: ['sanction', 'sanctions'], stems: ['عقوبات', 'تحريم'] },
  { en: ['troops', 'soldiers'], stems: ['جنود', 'سربازان'] },
  { en: ['reward', 'rewards', 'bounty'], stems: ['مكافا', 'جايزه'] },
  { en: ['negotiations', 'talks'], stems: ['مفاوضات', 'مذاكرات'] },
  { en: ['mechanic'], stems: ['ميكانيكي'] },
  { en: ['missile', 'missiles'], stems: ['صاروخ', 'صواريخ', 'موشك'] },
  { en: ['drone'], stems: ['مسيره', 'پهپاد'] },
];

/** The terms' stems folded once, not once per word that is compared with them. */
const FOLDED: string[][] = TERMS.map((t) => t.stems.map((s) => foldForMatch(s)));

/** Each term's stems under their first letter: a word's forms meet only the stems that can fit. */
const STEMS_BY_FIRST = new Map<string, Array<{ term: number; stem: string }>>();
FOLDED.forEach((stems, term) => {
  for (const stem of stems) {
    const list = STEMS_BY_FIRST.get(stem[0]!);
    if (list) list.push({ term, stem });
    else STEMS_BY_FIRST.set(stem[0]!, [{ term, stem }]);
  }
});

const NO_TERMS: readonly number[] = Object.freeze([]);

/**
 * The terms a word may write: one of its forms, clitics and article off, starts with one of
 * the term's stems. Remembered per word, so a book's words are read once, not once per bead.
 */
const termsOf = memoPerWord((word: string): readonly number[] => {
  let out: number[] | undefined;
  for (const form of arabicForms(word)) {
    const bare = form.startsWith('\u0627\u0644') ? form.slice(2) : form;
    for (const { term, stem } of STEMS_BY_FIRST.get(bare[0] ?? '') ?? []) if (bare.startsWith(stem) && !out?.includes(term)) (out ??= []).push(term);
  }
  return out ?? NO_TERMS;
});

/** For each term, the first of the words that may write it, if any. */
function termSources(words: string[]): Array<string | undefined> {
  const out: Array<string | undefined> = new Array<string | undefined>(TERMS.length).fill(undefined);
  for (const word of words) for (const term of termsOf(word)) if (out[term] === undefined) out[term] = word;
  return out;
}

function beadFlags(input: CheckInput, bead: Bead, latin: Side): Flag[] {
  const [ld, ad] = latin === 'a' ? [input.a, input.b] : [input.b, input.a];
  const li = latin === 'a' ? bead.a : bead.b;
  const ai = latin === 'a' ? bead.b : bead.a;
  const arabicWords: string[] = [];
  // From the document's token table: each word the same string wherever it stands, so termSources' memo knows it at once.
  for (const i of ai) for (const t of tokensOf(ad, i)) arabicWords.push(t.text);
  const sources = termSources(arabicWords);
  const latinTokens = new Map<number, Token[]>();
  const out: Flag[] = [];
  TERMS.forEach((term, ti) => {
    const source = sources[ti];
    if (!source) return;
    for (const i of li) {
      const p = ld.paragraphs[i]!;
      let tokens = latinTokens.get(i);
      if (!tokens) latinTokens.set(i, (tokens = tokensOf(ld, i)));
      if (tokens.some((t) => term.en.includes(t.text.toLowerCase()))) continue;
      for (const t of tokens) {
        const w = t.text.toLowerCase();
        // One edit apart needs lengths at most one apart.
        const near = term.en.find((f) => w.length >= 4 && Math.abs(w.length - f.length) <= 1 && editDistance(w, f) === 1 && !f.startsWith(w) && !w.startsWith(f));
        if (!near) continue;
        out.push(
          makeFlag({
            check: 'word-mismatch',
            docId: ld.id,
            span: { side: latin, paragraph: i, start: t.start, end: t.end },
            text: t.text,
            paragraphs: { a: bead.a, b: bead.b },
            evidence: `${langName(ad.lang)} has ${source} (${term.en[0]}); ${langName(ld.lang)} has “${t.text}”, one letter from “${near}”`,
            suggestion: near,
            data: { kind: 'near-miss-word', text: t.text, sourceText: source, suggestion: near, suggestionFrom: 'lexicon' },
          }),
        );
      }
    }
  });
  return out;
}

/** The optional near-miss term check over linked beads of a Latin/Arabic-script pair. */
export function checkWordMismatch(input: CheckInput): Flag[] {
  const latin: Side | null =
    scriptOfLang(input.a.lang) === 'latin' && scriptOfLang(input.b.lang) === 'arabic' ? 'a' : scriptOfLang(input.b.lang) === 'latin' && scriptOfLang(input.a.lang) === 'arabic' ? 'b' : null;
  if (!latin) return [];
  return linkedBeads(input.beads).flatMap((b) => beadFlags(input, b, latin));
}
