import { describe, expect, it } from 'vitest';
import { checkUntranslated, untranslatedIn } from '../../src/core/checks';
import { doc, oneToOne } from './helpers';

describe('untranslated and leftover text (check 6)', () => {
  it('flags a paragraph in the wrong script', () => {
    const en = doc('en', 'en', ['The talks went on in Kabul for weeks.', 'طالبان تسعى لعلاقات رسمية مع إدارة ترامب الجديدة.']);
    const flags = untranslatedIn(en, 'a');
    expect(flags.map((f) => [f.data?.kind, f.span?.paragraph, f.data?.found])).toEqual([['wrong-script', 1, 'ar']]);
    const ar = doc('ar', 'ar', ['استمرت المحادثات في كابول لأسابيع.', 'The Taliban seek official relations with the Trump administration.']);
    expect(untranslatedIn(ar, 'b').map((f) => f.data?.kind)).toEqual(['wrong-script']);
  });

  it('flags a Persian paragraph in an Arabic document and the reverse', () => {
    const ar = doc('ar', 'ar', ['استمرت المحادثات في كابول لأسابيع.', 'گفتگوها در کابل چند هفته ادامه پیدا کرد و گروه پیشنهاد گشایش دفتر را داد.']);
    expect(untranslatedIn(ar, 'a').map((f) => [f.data?.kind, f.data?.found])).toEqual([['wrong-language', 'fa']]);
    const fa = doc('fa', 'fa', ['گفتگوها در کابل ادامه پیدا کرد.', 'قالت الحركة إن العلاقة مهمة، وإن الولاية المقبلة ستكون حاسمة للمنطقة كلها والمكتبة.']);
    expect(untranslatedIn(fa, 'a').map((f) => f.data?.found)).toEqual(['ar']);
  });

  it('flags a run of untranslated words but not a name or a code', () => {
    const fa = doc('fa', 'fa', [
      'مقام آمریکایی در گفتگو با خبرنگاران گفت that this is step by step و سپس جلسه را ترک کرد.',
      'هواپیمای C-17 در فرودگاه Kabul نشست.',
    ]);
    const flags = untranslatedIn(fa, 'a');
    expect(flags.map((f) => [f.data?.kind, f.span?.paragraph, f.data?.text])).toEqual([['foreign-run', 0, 'that this is step by step']]);
  });

  it('flags the site name and furniture inside the article, and furniture linked to text', () => {
    const ar = doc('ar', 'ar', [
      ['خَبَرَيْن logo', 'boilerplate'],
      'تسعى طالبان لإعادة بناء علاقاتها. ماذا يعني هذا؟ خَبَرَيْن.',
      'استمرت المحادثات في كابول. Loading... وتابع المسؤول حديثه.',
      ['Loading...', 'boilerplate'],
    ]);
    const en = doc('en', 'en', ['x', 'The Taliban seek to rebuild relations.', 'Talks went on in Kabul.', 'Loading the next part of the story now.']);
    const flags = checkUntranslated({ a: en, b: ar, beads: oneToOne(4) });
    const kinds = flags.map((f) => [f.span?.side, f.span?.paragraph, f.data?.found]);
    expect(kinds).toContainEqual(['b', 1, 'site-name']);
    expect(kinds).toContainEqual(['b', 3, 'boilerplate']);
    expect(kinds).toContainEqual(['b', 2, 'placeholder']);
  });

  it('leaves names and code the translation carries over from its source, and still flags English left in it', () => {
    const en = doc('en', 'en', [
      'Error from StartDoc',
      'Number of rows in newly created terminal windows. Has no effect if use_custom_default_size is not enabled.',
      'Examples of supported MIME types: image/jpeg, image/png, application/pdf',
      'The Sun raster image format',
      'Could not open the file. Check that the disk is mounted and try again.',
      'The file is too large to open.',
    ]);
    const ar = doc('ar', 'ar', [
      'خطأ من StartDoc',
      'عدد الصفوف في نوافذ الطرفية الجديدة. لا تأثير له إذا كان use_custom_default_size مُفعّلا.',
      'أمثلة على أنواع MIME المدعومة: image/jpeg، image/png، application/pdf',
      'صيغة صور Sun raster',
      'تعذّر فتح الملف المطلوب لأن القرص غير موصول بالحاسوب حاليا. Check that the disk is mounted and try again.',
      'The file is too large to open.',
    ]);
    const flags = checkUntranslated({ a: en, b: ar, beads: oneToOne(6) });
    expect(flags.map((f) => [f.span?.paragraph, f.data?.kind, f.data?.text])).toEqual([
      [4, 'foreign-run', 'Check that the disk is mounted and try again'],
      [5, 'wrong-script', 'The file is too large to open.'],
    ]);
    // Read alone, without the source, the same names and code are English.
    expect(untranslatedIn(ar, 'b').map((f) => f.span?.paragraph)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('takes a line that is a site address for the site name, and a label with an ellipsis for none', () => {
    const en = doc('en', 'en', ['Comments...', 'Comments are shown beside the page.', 'afgazad.com', 'News from afgazad today.']);
    const flags = untranslatedIn(en, 'a');
    expect(flags.map((f) => [f.span?.paragraph, f.data?.found, f.data?.text])).toEqual([
      [2, 'site-name', 'afgazad'],
      [3, 'site-name', 'afgazad'],
    ]);
  });

  it('leaves lower-case terms and commands carried over from the source, not English words', () => {
    const en = doc('en', 'en', ['framebuffer only', 'Enable the flag with cdrecord', 'The framebuffer is not supported on this system.']);
    const fa = doc('fa', 'fa', ['فقط framebuffer', 'فعال کردن پرچم با cdrecord', 'The framebuffer is not supported on this system.']);
    const flags = checkUntranslated({ a: en, b: fa, beads: oneToOne(3) });
    expect(flags.map((f) => [f.span?.paragraph, f.data?.kind])).toEqual([[2, 'wrong-script']]);
  });

  it('leaves quoted words carried over from the source as literal values, not an unquoted English phrase', () => {
    const en = doc('en', 'en', ['Start up mode: either ‘updates’, ‘updated’, ‘installed’ or ‘overview’', 'Start up mode: the updates are installed and shown in the overview']);
    const ar = doc('ar', 'ar', ["وضع البدء: واحدٌ من 'updates'، أو 'updated'، أو 'installed' أو 'overview'", 'وضع البدء: the updates are installed and shown in the overview']);
    const flags = checkUntranslated({ a: en, b: ar, beads: oneToOne(2) });
    expect(flags.map((f) => [f.span?.paragraph, f.data?.kind])).toEqual([[1, 'wrong-script']]);
  });
});
