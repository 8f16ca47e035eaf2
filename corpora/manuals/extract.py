#!/usr/bin/env python3
"""Turns translated software manuals into one-paragraph-per-line text pairs with gold links.

Run once by hand (see README.md in this folder); the bench reads only the .tsv it writes.
Sources: Mallard pages (GNOME application help, C/ and a translation made with itstool) and
DocBook HTML (the Debian installation guide, English and a translation made with po4a).
A translation keeps the source's element structure, so the gold pairs the leaf blocks
(titles, paragraphs, list items, table cells, code) with the same element path. A page is
kept only when both sides have the same paths in the same order.

Usage: extract.py mallard C_DIR TR_DIR PREFIX  |  extract.py docbook EN_DIR TR_DIR PREFIX
Prints TSV rows: page, line index, English text, translated text.
"""
import os, re, sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

WS = re.compile(r'\s+')
def clean(s): return WS.sub(' ', s).strip()

M = '{http://projectmallard.org/1.0/}'
M_BLOCK = {'title', 'subtitle', 'desc', 'p', 'screen', 'code', 'td', 'th', 'item'}
M_CONTAINER = {'page', 'section', 'item', 'td', 'th', 'note', 'listing', 'example', 'figure', 'terms', 'list', 'steps', 'tree', 'synopsis', 'links'}

def m_blocks(root):
    out = []
    def is_block(el, parent):
        tag = el.tag.replace(M, '')
        if tag == 'code': return parent is not None and parent.tag.replace(M, '') in M_CONTAINER
        return tag in M_BLOCK
    def walk(el, parent, path):
        tag = el.tag.replace(M, '')
        if tag == 'info': return False
        kids = list(el)
        found = False
        for k, ch in enumerate(kids):
            if walk(ch, el, path + [f'{ch.tag.replace(M, "")}{k}']): found = True
        if not found and is_block(el, parent):
            out.append(('/'.join(path), clean(''.join(el.itertext()))))
            return True
        return found
    walk(root, None, ['page'])
    return out

H_BLOCK = {'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'td', 'th', 'pre', 'caption'}
H_SKIP = {'navheader', 'navfooter', 'toc', 'footnotes'}
VOID = {'br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr'}

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.kids = tag, dict(attrs), parent, []

class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('root', [], None); self.cur = self.root
    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur); self.cur.kids.append(n)
        if tag not in VOID: self.cur = n
    def handle_endtag(self, tag):
        c = self.cur
        while c is not None and c.tag != tag: c = c.parent
        if c is not None and c.parent is not None: self.cur = c.parent
    def handle_data(self, data): self.cur.kids.append(data)

def h_text(n):
    return ''.join(k if isinstance(k, str) else h_text(k) for k in n.kids)

def h_blocks(html):
    t = Tree(); t.feed(html)
    out = []
    def walk(n, path):
        cls = set((n.attrs.get('class') or '').split())
        if cls & H_SKIP or n.tag in ('head', 'script', 'style'): return False
        found = False
        for k, ch in enumerate(n.kids):
            if isinstance(ch, Node) and walk(ch, path + [f'{ch.tag}{k}']): found = True
        if not found and n.tag in H_BLOCK:
            text = clean(h_text(n))
            if text: out.append(('/'.join(path), text))
            return True
        return found
    walk(t.root, [])
    return out

def main():
    kind, en_dir, tr_dir, prefix = sys.argv[1:5]
    kept = skipped = 0
    for f in sorted(os.listdir(en_dir)):
        ext = '.page' if kind == 'mallard' else '.html'
        tr = os.path.join(tr_dir, f)
        if not f.endswith(ext) or not os.path.exists(tr): continue
        if kind == 'mallard':
            a, b = m_blocks(ET.parse(os.path.join(en_dir, f)).getroot()), m_blocks(ET.parse(tr).getroot())
        else:
            a = h_blocks(open(os.path.join(en_dir, f), encoding='utf8').read())
            b = h_blocks(open(tr, encoding='utf8').read())
        if [p for p, _ in a] != [p for p, _ in b]:
            skipped += 1; continue
        rows = [(x, y) for (_, x), (_, y) in zip(a, b) if x and y]
        if len(rows) < 8: continue
        kept += 1
        for i, (x, y) in enumerate(rows):
            print(f'{prefix}{f.rsplit(".", 1)[0]}\t{i}\t{x}\t{y}')
    print(f'kept {kept} pages, skipped {skipped} whose structure differs', file=sys.stderr)

main()
