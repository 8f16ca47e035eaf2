#!/usr/bin/env python3
"""Turns compiled gettext catalogues (.mo) of Debian packages into English ↔ Arabic and
English ↔ Persian document pairs, one string per paragraph.

Run once by hand (see README.md in this folder); the bench reads only the .tsv it writes.
Usage: extract.py CATALOGUE_LIST > pairs.tsv
CATALOGUE_LIST has rows `name <tab> package <tab> lang <tab> path/to/file.mo`.
Prints TSV rows: document, line index, English text, translated text.
"""
import html, math, re, struct, sys

def read_mo(path):
    """(msgid, msgstr) pairs of a .mo file; a plural entry pairs the English plural with the
    last plural form (Arabic's 'other', Persian's only or second), context dropped."""
    data = open(path, 'rb').read()
    magic = struct.unpack('<I', data[:4])[0]
    end = '<' if magic == 0x950412de else '>'
    _, n, oo, to = struct.unpack(end + '4I', data[4:20])
    out = []
    for i in range(n):
        ol, oa = struct.unpack(end + '2I', data[oo + 8 * i: oo + 8 * i + 8])
        tl, ta = struct.unpack(end + '2I', data[to + 8 * i: to + 8 * i + 8])
        mid = data[oa: oa + ol].decode('utf8', 'replace')
        mstr = data[ta: ta + tl].decode('utf8', 'replace')
        if not mid: continue  # the header
        if '\x04' in mid: mid = mid.split('\x04', 1)[1]
        ids, strs = mid.split('\x00'), mstr.split('\x00')
        out.append((ids[-1], strs[-1]))
    return out

MARKUP = re.compile(r'</?(?:b|i|u|s|tt|big|small|sub|sup|span|a|markup|br|p|em|strong|code)\b[^>]*>', re.I)
MNEMONIC_PAREN = re.compile(r'\s*\(_[^\s)]\)')
WS = re.compile(r'\s+')
LETTERS = re.compile(r'[A-Za-z]')
ARABIC = re.compile(r'[\u0600-\u06ff]')
# A desktop file's search keywords ("disk;drive;volume;"): a list for a search box, not text.
KEYWORDS = re.compile(r'^(?:[^;\s][^;]*;){3,}[^;]*$')

def clean(s):
    """As text extraction from a running program would show it: no markup tags, no mnemonic
    underscore ("_Open", "فتح (_O)"), entities read, whitespace collapsed. Format placeholders
    (%s, %d, {0}) stay."""
    s = MARKUP.sub('', s)
    s = MNEMONIC_PAREN.sub('', s)
    if s.count('_') == 1 and (len(s.split()) <= 6 or re.search(r'(?<!\w)_\w', s)): s = re.sub(r'_(?=\w)', '', s)
    if '&' in s: s = html.unescape(s)
    return WS.sub(' ', s).strip()

def words(s): return len(re.findall(r'[A-Za-z]{2,}', s))

def select(pairs, cap_long, cap_short):
    """The translated strings (a translation with no Arabic-script letter is a string the
    translator copied, not translated), less the translator-credits slot and keyword lists;
    of these, sentence-like strings (4 or more English words) first, spread evenly through the
    catalogue up to cap_long, and every fourth short label up to cap_short, in catalogue order."""
    seen, kept = set(), []
    for en, tr in pairs:
        en, tr = clean(en), clean(tr)
        if not LETTERS.search(en) or not ARABIC.search(tr) or en in seen or len(en) > 1200: continue
        if en == 'translator-credits' or (KEYWORDS.match(en) and '. ' not in en): continue
        seen.add(en); kept.append((en, tr))
    long_ = [i for i, (en, _) in enumerate(kept) if words(en) >= 4]
    short = [i for i, (en, _) in enumerate(kept) if words(en) < 4][::4]
    def spread(ix, cap):
        if len(ix) <= cap: return ix
        return [ix[math.floor(k * len(ix) / cap)] for k in range(cap)]
    keep = sorted(set(spread(long_, cap_long)) | set(spread(short, cap_short)))
    return [kept[i] for i in keep]

def main():
    rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf8') if l.strip() and not l.startswith('#')]
    for name, _pkg, lang, path in rows:
        strings = select(read_mo(path), 180, 45)
        if len(strings) < 8: continue
        docs = max(1, round(len(strings) / 30))
        size = math.ceil(len(strings) / docs)
        for d in range(docs):
            part = strings[d * size:(d + 1) * size]
            for i, (en, tr) in enumerate(part):
                print(f'{lang}/{name}/{d:02d}\t{i}\t{en}\t{tr}')

main()
