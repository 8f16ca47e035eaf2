import { memoPerWord } from '../text/memo';
import { foldForMatch } from '../text/normalize';

/**
 * Arabic and Persian words that are never part of a name: prepositions, conjunctions,
 * pronouns, reporting verbs and titles. A name's neighbour on the Arabic side is compared
 * with the Latin spelling only when it is not one of these. Folded forms (ی → ي, ک → ك).
 */
const ARABIC_SCRIPT_STOP = new Set(
  (
    // Arabic
    'في من على الى إلى عن مع او أو ثم الذي التي الذين اللذين قال وقال قالت ان إن أن انه أنه إنه كان كانت ' +
    'هذا هذه ذلك تلك عند بعد قبل حول منذ ضد دون غير بين حتى كل لدى لقد قد لم لن لا ما هو هي هم نحو ' +
    'وزير رئيس الرئيس المبعوث مبعوث السفير سفير السيد السيدة الشيخ الجنرال النائب نائب المتحدث زعيم قائد ' +
    'عضو الكونجرس الكونغرس حركة تنظيم شبكة جماعة مطار ولاية مدينة قناة اجتماع السابق الأمريكي الامريكي ' +
    // Persian
    'در از به با كه اين آن را براي تا يا و هم نيز بر وزير رييس رئيس آقاي خانم سفير فرستاده سخنگوي'
  )
    .split(' ')
    .map((w) => foldForMatch(w)),
);

/** Asked for every word of every bead by several checks: remembered per word. */
export const isArabicStopword: (word: string) => boolean = memoPerWord((word) => {
  const f = foldForMatch(word);
  return ARABIC_SCRIPT_STOP.has(f.replace(/^[\u0648\u0641]/, '')) || ARABIC_SCRIPT_STOP.has(f);
});

/** Starts with the article ال (possibly after و ف ب ل ك): a noun phrase, rarely a given name. */
export const hasArticle: (word: string) => boolean = memoPerWord((word) => {
  const f = foldForMatch(word);
  return /^[\u0648\u0641]?[\u0628\u0644\u0643]?\u0627\u0644/.test(f) || f.startsWith('\u0644\u0644');
});
