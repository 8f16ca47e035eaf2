import { describe, expect, it } from 'vitest';
import { align } from '../../src/core/align';
import { segment } from '../../src/core/text/segment';

// A page of a software manual and its Arabic translation, one paragraph per line as a user's
// files: a table of short labels and values between body paragraphs, headings without final
// punctuation, a host name and identifiers left untranslated. Written for these tests.
const EN = `Configuring the directory server
The installer asks a few questions about the directory before it writes the configuration file.
Question
Answer
Server address
ldap.example.org
Manager DN
cn=admin,dc=example,dc=org
Bind credentials
The password of the manager account, stored in /etc/ldap.secret with mode 600.
Example 4.3. Recipient checks
smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination
The first rule lets hosts of the local network send mail anywhere; the second refuses to relay mail for other domains.
Warning
Never store the manager password in a file that other users can read.
`;

const AR = `إعداد خادم الدليل
يطرح برنامج التثبيت بعض الأسئلة عن الدليل قبل أن يكتب ملف الإعدادات.
السؤال
الإجابة
عنوان الخادم
ldap.example.org
Manager DN
cn=admin,dc=example,dc=org
بيانات اعتماد الربط
كلمة مرور حساب المدير، وتُحفظ في الملف /etc/ldap.secret بالصلاحيات 600.
مثال 4.3. التحقق من المستلمين
smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination
تسمح القاعدة الأولى لأجهزة الشبكة المحلية بإرسال البريد إلى أي مكان، وترفض الثانية تمرير البريد إلى النطاقات الأخرى.
تحذير
لا تحفظ كلمة مرور المدير أبدًا في ملف يستطيع المستخدمون الآخرون قراءته.
`;

const doc = (text: string, lang: string) => ({ lang, paragraphs: segment(text, { lang, sentences: false }) });
const linked = (beads: Array<{ a: number[]; b: number[] }>) => beads.filter((b) => b.a.length && b.b.length).map((b) => `${b.a.join(',')}|${b.b.join(',')}`);
const lines = (text: string) => text.trim().split('\n');

describe('short label and table lines', () => {
  it('keeps every line of a one-paragraph-per-line manual its own paragraph, headings and host names included', () => {
    for (const [text, lang] of [[EN, 'en'], [AR, 'ar']] as const) {
      const paras = segment(text, { lang, sentences: false });
      expect(paras.map((p) => p.text)).toEqual(lines(text));
      // The host name inside the text is a table cell, not the page's furniture.
      expect(paras[5]!.kind).not.toBe('boilerplate');
    }
  });

  it('links each label, value and heading to its own counterpart, not to a neighbour', () => {
    const beads = align(doc(EN, 'en'), doc(AR, 'ar'), { sentences: false });
    expect(linked(beads)).toEqual(lines(EN).map((_, i) => `${i}|${i}`));
  });

  it('leaves a label the translation lacks on its own, not merged into a neighbour, and keeps the table in step', () => {
    // The translation drops the "Answer" column header. Nothing but position tells which of
    // the two headers is missing, so either may stay alone; neither may join the paragraph.
    const ar = lines(AR).filter((_, i) => i !== 3).join('\n');
    const beads = align(doc(EN, 'en'), doc(ar, 'ar'), { sentences: false });
    const links = linked(beads);
    expect(links).toContain('1|1');
    expect(beads.filter((b) => b.a.length > 1 || b.b.length > 1)).toEqual([]);
    expect(links.filter((l) => l === '2|2' || l === '3|2')).toHaveLength(1);
    expect(links).toContain('4|3');
    expect(links).toContain('8|7');
    expect(links).toContain('14|13');
  });
});
