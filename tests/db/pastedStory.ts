import type { TarjumanDB } from '../../src/db/schema';
import { storiesRepo } from '../../src/db/stories';
import { documentsRepo } from '../../src/db/documents';
import type { Document } from '../../src/core/model';

/** A new story with an Arabic and a Persian text pasted into it, as a user would (its own ids). */
export async function pastedStory(db: TarjumanDB, arText: string, faText: string) {
  const story = await storiesRepo(db).create('S');
  const ar = await documentsRepo(db).add({ storyId: story.id, text: arText, source: { type: 'paste' } });
  const fa = await documentsRepo(db).add({ storyId: story.id, text: faText, lang: 'fa', source: { type: 'paste' } });
  return { story, ar, fa };
}

/** UTF-16 offsets of the nth occurrence of a word in a paragraph of a stored document. */
export function at(doc: Document, paragraph: number, word: string, nth = 0) {
  const text = doc.paragraphs[paragraph]!.text;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(word, start + 1);
  return { docId: doc.id, paragraph, start, end: start + word.length };
}
