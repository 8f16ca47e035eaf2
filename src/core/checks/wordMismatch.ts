import type { Bead, Flag } from '../model';
import { foldForMatch } from '../text/normalize';
import { linkedBeads } from './beads';
import { makeFlag } from './flag';
import { arabicForms, editDistance, langName, scriptOfLang, tokenize } from './tokens';
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

function arabicHas(words: string[], stems: string[]): string | undefined {
  for (const w of words) {
    for (const f of arabicForms(w)) {
      const bare = f.startsWith('\u0627\u0644') ? f.slice(2) : f;
      if (stems.some((s) => bare.startsWith(foldForMatch(s)))) return w;
    }
  }
  return undefined;
}

function beadFlags(input: CheckInput, bead: Bead, latin: Side): Flag[] {
  const [ld, ad] = latin === 'a' ? [input.a, input.b] : [input.b, input.a];
  const li = latin === 'a' ? bead.a : bead.b;
  const ai = latin === 'a' ? bead.b : bead.a;
  const arabicWords = ai.flatMap((i) => tokenize(ad.paragraphs[i]?.text ?? '').map((t) => t.text));
  const out: Flag[] = [];
  for (const term of TERMS) {
    const source = arabicHas(arabicWords, term.stems);
    if (!source) continue;
    for (const i of li) {
      const p = ld.paragraphs[i]!;
      const tokens = tokenize(p.text);
      if (tokens.some((t) => term.en.includes(t.text.toLowerCase()))) continue;
      for (const t of tokens) {
        const w = t.text.toLowerCase();
        const near = term.en.find((f) => w.length >= 4 && editDistance(w, f) === 1 && !f.startsWith(w) && !w.startsWith(f));
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
  }
  return out;
}

/** The optional near-miss term check over linked beads of a Latin/Arabic-script pair. */
export function checkWordMismatch(input: CheckInput): Flag[] {
  const latin: Side | null =
    scriptOfLang(input.a.lang) === 'latin' && scriptOfLang(input.b.lang) === 'arabic' ? 'a' : scriptOfLang(input.b.lang) === 'latin' && scriptOfLang(input.a.lang) === 'arabic' ? 'b' : null;
  if (!latin) return [];
  return linkedBeads(input.beads).flatMap((b) => beadFlags(input, b, latin));
}
