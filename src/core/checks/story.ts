import { latinMentions, mentionsAndLowered, type Mention } from './mentions';
import { scriptOfLang } from './tokens';
import { latinKey } from './translit';
import type { CheckDoc } from './types';

/**
 * The Latin spellings a story uses, with the documents that use them: the pool suggestions
 * are drawn from ("001 and 002 write Zalmay"). Mentions are cached per document object,
 * because several checks read the same documents in one run.
 */

export interface StorySpelling {
  text: string;
  key: string;
  docIds: string[];
  count: number;
}

const cache = new WeakMap<CheckDoc, Mention[]>();
const partsCache = new WeakMap<CheckDoc, { mentions: Mention[]; lowered: Mention[] }>();

/** `parts`: hyphenated compounds read as their parts (latinMentions), for the check against the other script. */
export function mentionsOf(doc: CheckDoc, parts = false): Mention[] {
  if (parts) return partsReading(doc).mentions;
  let m = cache.get(doc);
  if (!m) {
    m = scriptOfLang(doc.lang) === 'latin' ? latinMentions(doc) : [];
    cache.set(doc, m);
  }
  return m;
}

/** loweredCapitals of the document read in parts, found with its mentions in parts (mentionsAndLowered). */
export function loweredOf(doc: CheckDoc): Mention[] {
  return partsReading(doc).lowered;
}

function partsReading(doc: CheckDoc): { mentions: Mention[]; lowered: Mention[] } {
  let r = partsCache.get(doc);
  if (!r) {
    r = scriptOfLang(doc.lang) === 'latin' ? mentionsAndLowered(doc, true) : { mentions: [], lowered: [] };
    partsCache.set(doc, r);
  }
  return r;
}

/** Every Latin spelling in the documents, most documents first, then most mentions. */
export function storySpellings(docs: CheckDoc[]): StorySpelling[] {
  const byKey = new Map<string, StorySpelling>();
  for (const doc of docs) {
    for (const m of withPairs(mentionsOf(doc))) {
      const key = latinKey(m.text);
      let s = byKey.get(key);
      if (!s) {
        s = { text: m.text, key, docIds: [], count: 0 };
        byKey.set(key, s);
      }
      s.count++;
      if (!s.docIds.includes(doc.id)) s.docIds.push(doc.id);
    }
  }
  return [...byKey.values()].sort((x, y) => y.docIds.length - x.docIds.length || y.count - x.count || (x.key < y.key ? -1 : 1));
}

/** Mentions plus each two adjacent mentions of a run, so "Siraj Din" can answer سراج الدين. */
function withPairs(mentions: Mention[]): Array<{ text: string }> {
  const out: Array<{ text: string }> = [...mentions];
  for (let i = 1; i < mentions.length; i++) {
    const [x, y] = [mentions[i - 1]!, mentions[i]!];
    if (x.run === y.run && x.paragraph === y.paragraph) out.push({ text: `${x.text} ${y.text}` });
  }
  return out;
}
