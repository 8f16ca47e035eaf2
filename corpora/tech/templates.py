#!/usr/bin/env python3
"""Turns Debian packages' debconf templates (their questions and explanations, English with the
Arabic or Persian translation the package ships) into document pairs, one paragraph per line.

Run once by hand (see README.md in this folder). Usage: templates.py LANG NAME=TEMPLATES_FILE...
Prints TSV rows as extract.py does: document, line index, English text, translated text.
"""
import re, sys

def stanzas(text):
    """Each template as a dict of field name to its raw value (continuation lines kept)."""
    out = []
    for block in re.split(r'\n\s*\n', text):
        fields, name = {}, None
        for line in block.split('\n'):
            if line.startswith((' ', '\t')) and name:
                fields[name] += '\n' + line
            elif ':' in line:
                name, value = line.split(':', 1)
                fields[name] = value.strip()
        if fields: out.append(fields)
    return out

def paragraphs(value):
    """The short description, then the extended description's paragraphs (a " ." line parts
    them; lines are joined as the frontend wraps them)."""
    first, *rest = value.split('\n')
    out, cur = [first.strip()], []
    for line in rest:
        line = line.strip()
        if line == '.':
            if cur: out.append(' '.join(cur)); cur = []
        elif line:
            cur.append(line)
    if cur: out.append(' '.join(cur))
    return [p for p in out if p]

def main():
    lang = sys.argv[1]
    rows = []
    for arg in sys.argv[2:]:
        name, path = arg.split('=', 1)
        for t in stanzas(open(path, encoding='utf8').read()):
            tr = t.get(f'Description-{lang}.UTF-8') or t.get(f'Description-{lang}')
            if not tr or 'Description' not in t: continue
            en, other = paragraphs(t['Description']), paragraphs(tr)
            # A translation that lags its template has another number of paragraphs: left out.
            if len(en) != len(other): continue
            rows += [(name, a, b) for a, b in zip(en, other) if re.search(r'[\u0600-\u06ff]', b)]
    # One document of all the templates, in the order of the packages given.
    docs = max(1, round(len(rows) / 30))
    size = -(-len(rows) // docs)
    for d in range(docs):
        for i, (_, en, tr) in enumerate(rows[d * size:(d + 1) * size]):
            print(f'{lang}/debconf/{d:02d}\t{i}\t{en}\t{tr}')

main()
