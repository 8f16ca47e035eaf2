import { latinMentions, type Mention } from './mentions';
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
const partsCache = new WeakMap<CheckDoc, Mention[]>();

/** `parts`: hyphenated compounds read as their parts (latinMentions), for the check against the other script. */
export function mentionsOf(doc: CheckDoc, parts = false): Mention[] {
  const c = parts ? partsCache : cache;
  let m = c.get(doc);
  if (!m) {
    m = scriptOfLang(doc.lang) === 'latin' ? latinMentions(doc, parts) : [];
    c.set(doc, m);
  }
  return m;
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
