#!/usr/bin/env python3
"""Fills translations in a Qt .ts file from tab-separated lines on stdin: SOURCE<TAB>TRANSLATION.

    cmake --build build --target update_translations      # lupdate: new strings appear unfinished
    python3 translations/translate.py translations/prilavok_ru.ts < my-strings.tsv
    python3 translations/translate.py --missing translations/prilavok_ru.ts   # list what is left

A source matches in every context. Escape a tab or newline inside a field as \\t or \\n.
A plural (%n) message takes its forms separated by " | " (Russian: one | few | many); a single
form is used for all of them. A line starting with "#<TAB>" is the source "#", not a comment.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace('\\n', '\n').replace('\\t', '\t')


def missing(root):
    for message in root.iter('message'):
        translation = message.find('translation')
        if translation is None or translation.get('type') == 'unfinished':
            yield message.findtext('source')
        elif message.get('numerus') == 'yes' and translation.findall('numerusform'):
            if not all((f.text or '').strip() for f in translation.findall('numerusform')):
                yield message.findtext('source')
        elif not (translation.text or '').strip():
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
        if not line.strip() or (line.startswith('#') and not line.startswith('#\t')):
            continue
        source, _, translation = line.partition('\t')
        table[unescape(source)] = unescape(translation)
    done = 0
    for message in root.iter('message'):
        source = message.findtext('source')
        if source in table:
            translation = message.find('translation')
            translation.attrib.pop('type', None)
            forms = translation.findall('numerusform')
            if message.get('numerus') == 'yes' and forms:
                parts = table[source].split(' | ')
                translation.text = None
                for i, form in enumerate(forms):
                    form.text = parts[min(i, len(parts) - 1)]
            else:
                translation.text = table[source]
            done += 1
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding='unicode'))
        out.write('\n')
    print(f'{path}: {done} translations set, {len(list(missing(root)))} still missing', file=sys.stderr)
    return 0


sys.exit(main())
