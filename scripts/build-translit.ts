/**
 * Builds src/core/checks/translit-table.json, the letter-group model of how names cross
 * between Latin and Arabic script, from the TRAIN splits of corpora/translit only:
 * wd_arabic_64.tsv (Wikidata personal names, CC0) and google-ar2en-train.txt (Wikipedia-mined
 * romanisations, Apache 2.0). `npx tsx scripts/build-translit.ts`.
 *
 * 1. EM over all segmentations of each pair into letter groups (Latin 0-3 letters, Arabic
 *    1-2), a unigram joint model (the many-to-many aligner of the transliteration-mining
 *    literature), five rounds.
 * 2. Each pair's best segmentation under it; Persian spellings are added by writing the
 *    groups whose Latin side asks for a Persian letter with it (p → پ, g → گ, ch → چ, zh → ژ),
 *    since the training pairs are Arabic.
 * 3. Group bigram counts (rare groups and bigrams pruned) for the Witten-Bell model that
 *    src/core/checks/translitModel.ts reads.
 * 4. Steps 1-3 again, with name pairs from the development half of NTREX-128's news added
 *    (newsPairs, chosen by the model of steps 1-3): news spells names more loosely than the
 *    name lists, and the table learns those spellings too. The held-out half is not read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNtrex } from '../bench/corpus';
import { crossMatch } from '../src/core/checks/match';
import { bestGap } from '../src/core/checks/modelMatch';
import { arabicLetters, latinLetters, MAX_ARABIC, MAX_LATIN, useTranslitTable, type TranslitTable } from '../src/core/checks/translitModel';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'corpora/translit');

export function trainingPairs(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const line of readFileSync(join(DIR, 'wd_arabic_64.tsv'), 'utf8').split('\n')) {
    const [en, ar] = line.split('\t');
    if (en && ar) out.push([latinLetters(en), arabicLetters(ar.replace(/ /g, ''))]);
  }
  for (const line of readFileSync(join(DIR, 'google-ar2en-train.txt'), 'utf8').split('\n')) {
    const [ar, en] = line.split('\t');
    if (en && ar) out.push([latinLetters(en), arabicLetters(ar)]);
  }
  // Pairs whose lengths cannot be segmented, or are implausible, teach nothing.
  return out.filter(([l, a]) => l.length >= 2 && a.length >= 1 && l.length <= 24 && l.length <= MAX_LATIN * a.length && a.length <= MAX_ARABIC * l.length + 2);
}

type Units = Map<string, number>;

function unitsOf(l: string, a: string, i: number, j: number): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = [];
  for (let dl = 0; dl <= MAX_LATIN && i + dl <= l.length; dl++) {
    for (let da = 1; da <= MAX_ARABIC && j + da <= a.length; da++) out.push([`${l.slice(i, i + dl)}|${a.slice(j, j + da)}`, dl, da]);
  }
  return out;
}

/** One EM round: expected counts of every group under the current probabilities. */
function emRound(pairs: Array<[string, string]>, p: Units): Units {
  const counts: Units = new Map();
  for (const [l, a] of pairs) {
    const L = l.length;
    const A = a.length;
    const alpha = Array.from({ length: L + 1 }, () => new Float64Array(A + 1));
    const beta = Array.from({ length: L + 1 }, () => new Float64Array(A + 1));
    alpha[0]![0] = 1;
    for (let i = 0; i <= L; i++)
      for (let j = 0; j <= A; j++) {
        const v = alpha[i]![j]!;
        if (!v) continue;
        for (const [u, dl, da] of unitsOf(l, a, i, j)) alpha[i + dl]![j + da]! += v * (p.get(u) ?? 0);
      }
    const z = alpha[L]![A]!;
    if (!z) continue;
    beta[L]![A] = 1;
    for (let i = L; i >= 0; i--)
      for (let j = A; j >= 0; j--) {
        if (i === L && j === A) continue;
        let s = 0;
        for (const [u, dl, da] of unitsOf(l, a, i, j)) s += (p.get(u) ?? 0) * beta[i + dl]![j + da]!;
        beta[i]![j] = s;
      }
    for (let i = 0; i <= L; i++)
      for (let j = 0; j <= A; j++) {
        const v = alpha[i]![j]!;
        if (!v) continue;
        for (const [u, dl, da] of unitsOf(l, a, i, j)) {
          const pu = p.get(u);
          if (!pu) continue;
          const c = (v * pu * beta[i + dl]![j + da]!) / z;
          if (c > 1e-9) counts.set(u, (counts.get(u) ?? 0) + c);
        }
      }
  }
  return counts;
}

function normalise(c: Units): Units {
  let total = 0;
  for (const v of c.values()) total += v;
  const out: Units = new Map();
  for (const [k, v] of c) out.set(k, v / total);
  return out;
}

/** Best segmentation under the unigram model, as group strings. */
function viterbi(l: string, a: string, p: Units): string[] | null {
  const L = l.length;
  const A = a.length;
  const best = Array.from({ length: L + 1 }, () => new Float64Array(A + 1).fill(-Infinity));
  const back: Array<Array<[number, number, string] | null>> = Array.from({ length: L + 1 }, () => Array(A + 1).fill(null));
  best[0]![0] = 0;
  for (let i = 0; i <= L; i++)
    for (let j = 0; j <= A; j++) {
      const v = best[i]![j]!;
      if (v === -Infinity) continue;
      for (const [u, dl, da] of unitsOf(l, a, i, j)) {
        const pu = p.get(u);
        if (!pu) continue;
        const s = v + Math.log(pu);
        if (s > best[i + dl]![j + da]!) {
          best[i + dl]![j + da] = s;
          back[i + dl]![j + da] = [i, j, u];
        }
      }
    }
  if (best[L]![A] === -Infinity) return null;
  const out: string[] = [];
  for (let i = L, j = A; i > 0 || j > 0; ) {
    const [pi, pj, u] = back[i]![j]!;
    out.push(u);
    [i, j] = [pi, pj];
  }
  return out.reverse();
}

/** The Persian writing of a group, when its Latin side asks for a Persian letter. */
function persian(u: string): string {
  const [l, a] = u.split('|') as [string, string];
  let b = a;
  if (/p/.test(l)) b = b.replace('\u0628', '\u067e'); // ب → پ
  if (/g/.test(l) && !/gh/.test(l)) b = b.replace(/[\u063a\u062c\u0643\u0642]/, '\u06af'); // غ ج ك ق → گ
  if (/ch/.test(l)) b = b.replace(/\u062a\u0634|\u0634/, '\u0686'); // تش ش → چ
  if (/zh/.test(l)) b = b.replace(/\u062c|\u0632/, '\u0698'); // ج ز → ژ
  if (/v/.test(l)) b = b.replace('\u0641', '\u0648'); // ف → و
  return `${l}|${b}`;
}

export function train(pairs: Array<[string, string]>, rounds = 5, log: (s: string) => void = () => {}): TranslitTable {
  // Start uniform over every group that occurs in some pair's lattice.
  let p: Units = new Map();
  for (const [l, a] of pairs) for (let i = 0; i <= l.length; i++) for (let j = 0; j <= a.length; j++) for (const [u] of unitsOf(l, a, i, j)) p.set(u, 1);
  p = normalise(p);
  for (let r = 0; r < rounds; r++) {
    p = normalise(emRound(pairs, p));
    // Drop groups with almost no mass: they only slow the next round.
    for (const [k, v] of p) if (v < 1e-7) p.delete(k);
    log(`EM round ${r + 1}: ${p.size} groups`);
  }
  const seqs: string[][] = [];
  for (const [l, a] of pairs) {
    const s = viterbi(l, a, p);
    if (!s) continue;
    seqs.push(s);
    const fa = s.map(persian);
    if (fa.some((u, k) => u !== s[k])) seqs.push(fa);
  }
  const uni = new Map<string, number>();
  for (const s of seqs) for (const u of ['^|', ...s, '$|']) uni.set(u, (uni.get(u) ?? 0) + 1);
  // Keep groups seen twice or more (plus start and end); the rest are alignment noise.
  const units = ['^|', '$|', ...[...uni.entries()].filter(([u, c]) => c >= 2 && u !== '^|' && u !== '$|').sort((x, y) => y[1] - x[1]).map(([u]) => u)];
  const id = new Map(units.map((u, i) => [u, i]));
  const counts = units.map((u) => uni.get(u)!);
  const bi = new Map<number, number>();
  const n = units.length;
  for (const s of seqs) {
    const ids = ['^|', ...s, '$|'].map((u) => id.get(u));
    for (let k = 1; k < ids.length; k++) {
      const [x, y] = [ids[k - 1], ids[k]];
      if (x === undefined || y === undefined) continue;
      bi.set(x * n + y, (bi.get(x * n + y) ?? 0) + 1);
    }
  }
  const followers = new Array<number>(n).fill(0);
  for (const k of bi.keys()) followers[Math.floor(k / n)]!++;
  const bigrams: number[] = [];
  for (const [k, c] of [...bi.entries()].sort((x, y) => x[0] - y[0])) if (c >= 2) bigrams.push(Math.floor(k / n), k % n, c);
  return { units, counts, followers, bigrams };
}

/**
 * How many times each news name pair counts beside one pair of the name lists: the lists are
 * many and varied, the news pairs few, and they carry the loose spellings news text uses.
 */
const NEWS_WEIGHT = Number(process.env.NEWS_WEIGHT ?? 5);
/** A news pair is kept when the model already reads it within this gap (nats)... */
const NEWS_KEEP_GAP = 20;
/** ...and no other word of the line comes within this much of it. */
const NEWS_MARGIN = 5;

/**
 * Name pairs from real news translations: in the development half of NTREX-128 (even-numbered
 * documents; the checks benchmark holds the odd ones out), each English word capitalised
 * inside a sentence and never written in lower case, paired with the Arabic or Persian word of
 * the same line that the model trained on the name lists already reads closest to it, when it
 * reads it within NEWS_KEEP_GAP, the skeletons agree, and no other word comes close. The name
 * lists spell names as reference works do; news writes them more loosely ("Howard" هوارد,
 * "September" سپتامبر), and the model learns those spellings from these pairs.
 */
export function newsPairs(): Array<[string, string]> {
  const docs = loadNtrex().filter((d) => d.en.length >= 4);
  const lower = new Set<string>();
  for (const d of docs) for (const l of d.en) for (const m of l.matchAll(/\b[a-z]{3,}\b/g)) lower.add(m[0]);
  const out = new Map<string, [string, string]>();
  // NEWS_QUARTER=1 mines only every other development document (n % 4 = 0), NEWS_QUARTER=2 the
  // others (n % 4 = 2), so that the rest of the development half can be measured with a table
  // that never saw its names.
  const quarter = Number(process.env.NEWS_QUARTER ?? 0);
  const every = quarter ? 4 : 2;
  const first = quarter === 2 ? 2 : 0;
  docs.forEach((d, n) => {
    if (n % every !== first) return;
    for (const side of ['ar', 'fa'] as const)
      d.en.forEach((line, k) => {
        const arabic = (d[side][k] ?? '').split(/[\s.,،؛:"«»()!?؟]+/).filter((x) => /[\u0600-\u06ff]/.test(x));
        [...line.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)].forEach((m, w) => {
          const text = m[0];
          if (w === 0 || !/^[A-Z][a-z]{2,}$/.test(text) || lower.has(text.toLowerCase())) return;
          const scored = arabic
            .filter((a) => crossMatch(text, [a]).distance <= 2)
            .map((a) => bestGap(text, [a]))
            .sort((x, y) => x.gap - y.gap);
          const best = scored[0];
          if (!best || best.gap > NEWS_KEEP_GAP || !crossMatch(text, [best.form]).close) return;
          const second = scored.find((s) => arabicLetters(s.form) !== arabicLetters(best.form));
          if (second && second.gap - best.gap < NEWS_MARGIN) return;
          const pair: [string, string] = [latinLetters(text), arabicLetters(best.form)];
          out.set(pair.join('|'), pair);
        });
      });
  });
  return [...out.values()];
}

if (process.argv[1] && /build-translit\.ts$/.test(process.argv[1])) {
  const pairs = trainingPairs();
  console.log(`${pairs.length} training pairs`);
  const base = train(pairs, 5, console.log);
  // The news pairs are chosen by the model the name lists alone make.
  useTranslitTable(base);
  const news = newsPairs();
  console.log(`${news.length} news name pairs, each counted ${NEWS_WEIGHT} times`);
  const t = train([...pairs, ...Array.from({ length: NEWS_WEIGHT }, () => news).flat()], 5, console.log);
  const out = process.env.TRANSLIT_OUT ?? join(ROOT, 'src/core/checks/translit-table.json');
  writeFileSync(out, JSON.stringify(t) + '\n');
  console.log(`${t.units.length} groups, ${t.bigrams.length / 3} bigrams → ${out}`);
}
