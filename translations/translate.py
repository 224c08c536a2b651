#!/usr/bin/env python3
"""Fills translations in a Qt .ts file from tab-separated lines on stdin: SOURCE<TAB>TRANSLATION.

    cmake --build build --target update_translations      # lupdate: new strings appear unfinished
    python3 translations/translate.py translations/prilavok_ru.ts < my-strings.tsv
    python3 translations/translate.py --missing translations/prilavok_ru.ts   # list what is left

A source matches in every context. Escape a tab or newline inside a field as \\t or \\n.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace('\\n', '\n').replace('\\t', '\t')


def missing(root):
    for message in root.iter('message'):
        translation = message.find('translation')
        if translation is None or translation.get('type') == 'unfinished' or not (translation.text or '').strip():
            yield message.findtext('source')


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    list_only = args[0] == '--missing'
    path = args[-1]
    tree = ET.parse(path)
    root = tree.getroot()
    if list_only:
        left = list(missing(root))
        for source in left:
            print(source)
        return 1 if left else 0

    table = {}
    for line in sys.stdin:
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        source, _, translation = line.partition('\t')
        table[unescape(source)] = unescape(translation)
    done = 0
    for message in root.iter('message'):
        source = message.findtext('source')
        if source in table:
            translation = message.find('translation')
            translation.text = table[source]
            translation.attrib.pop('type', None)
            done += 1
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding='unicode'))
        out.write('\n')
    print(f'{path}: {done} translations set, {len(list(missing(root)))} still missing', file=sys.stderr)
    return 0


sys.exit(main())
