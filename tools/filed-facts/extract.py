#!/usr/bin/env python3
"""Extract the Inline XBRL facts of Cabot Corporation's 2024 proxy statement (DEF 14A) AS FILED.

Run by hand, from the repository root:

    python3 tools/filed-facts/extract.py \\
        /work/shared/reference/cabot-2024/cabot-def14a-2024.ixbrl.htm \\
        tests/FilingForge.Tests/Samples/cabot-2024/filed-facts.tsv

It writes one line per fact (format: see README.md beside this script) and prints a summary (facts per concept,
contexts, units) to standard output. The output is committed; the script is not part of the build or the tests,
and the expected facts come only from the filed document, never from FilingForge's output.

Standard library only (xml.etree.ElementTree: the filed document is XHTML, well-formed XML). It stops with an
error, writing nothing, when a contextRef, unitRef or continuedAt does not resolve, a continuation is reached twice,
a transformation is not one it knows, or the number of facts is not the expected 105.
"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, OrderedDict
from decimal import Decimal

EXPECTED_FACTS = 105

IX = '{http://www.xbrl.org/2013/inlineXBRL}'
XBRLI = '{http://www.xbrl.org/2003/instance}'
XBRLDI = '{http://xbrl.org/2006/xbrldi}'

HEADER = ['concept', 'period', 'dimensions', 'unit', 'decimals', 'value']


def fail(message):
    sys.exit('extract.py: ' + message)


def collapse(text):
    """Whitespace (no-break spaces included, as printed) collapsed to single spaces and trimmed."""
    return re.sub(r'\s+', ' ', text.replace('\xa0', ' ')).strip()


def content(element):
    """The text an ix element holds: every descendant text node in document order, nested facts and continuations
    included, ix:exclude left out (Inline XBRL 1.1, 'content' of ix:nonNumeric and ix:continuation)."""
    parts = [element.text or '']
    for child in element:
        if child.tag != IX + 'exclude':
            parts.append(content(child))
        parts.append(child.tail or '')
    return ''.join(parts)


def contexts_of(root):
    contexts = {}
    for c in root.iter(XBRLI + 'context'):
        period = c.find(XBRLI + 'period')
        instant = period.find(XBRLI + 'instant')
        if instant is not None:
            span = instant.text.strip()
        else:
            start, end = period.find(XBRLI + 'startDate'), period.find(XBRLI + 'endDate')
            if start is None or end is None:
                fail(f'context {c.get("id")}: a period that is neither an instant nor a duration (forever?)')
            span = start.text.strip() + '/' + end.text.strip()
        dimensions = []
        for container in (XBRLI + 'segment', XBRLI + 'scenario'):
            for holder in c.iter(container):
                for m in holder.findall(XBRLDI + 'explicitMember'):
                    dimensions.append(m.get('dimension').strip() + '=' + m.text.strip())
                for m in holder.findall(XBRLDI + 'typedMember'):
                    values = [collapse(''.join(v.itertext())) for v in m]
                    if len(values) != 1:
                        fail(f'context {c.get("id")}: typed member of {m.get("dimension")} without one domain element')
                    dimensions.append(m.get('dimension').strip() + '=' + values[0])
        contexts[c.get('id')] = (span, ';'.join(sorted(dimensions)))
    return contexts


def units_of(root):
    units = {}
    for u in root.iter(XBRLI + 'unit'):
        divide = u.find(XBRLI + 'divide')
        if divide is not None:
            num = '*'.join(m.text.strip() for m in divide.find(XBRLI + 'unitNumerator').findall(XBRLI + 'measure'))
            den = '*'.join(m.text.strip() for m in divide.find(XBRLI + 'unitDenominator').findall(XBRLI + 'measure'))
            units[u.get('id')] = num + '/' + den
        else:
            units[u.get('id')] = '*'.join(m.text.strip() for m in u.findall(XBRLI + 'measure'))
    return units


def plain_number(value):
    """A Decimal as plain digits: no exponent, no trailing zeros after the point, no point for a whole number."""
    text = format(value, 'f')
    if '.' in text:
        text = text.rstrip('0').rstrip('.')
    return '0' if text in ('-0', '') else text


def numeric_value(fact):
    if fact.get('{http://www.w3.org/2001/XMLSchema-instance}nil') == 'true':
        return 'nil'
    printed = collapse(content(fact))
    fmt = fact.get('format')
    if fmt == 'ixt:fixed-zero':
        number = Decimal(0)
    elif fmt == 'ixt:num-dot-decimal':
        digits = printed.replace(',', '').replace(' ', '')
        if not re.fullmatch(r'[0-9]+(\.[0-9]+)?', digits):
            fail(f'{fact.get("name")}: "{printed}" is not ixt:num-dot-decimal')
        number = Decimal(digits)
    elif fmt is None:
        if not re.fullmatch(r'[0-9]+(\.[0-9]+)?', printed):
            fail(f'{fact.get("name")}: "{printed}" without a format is not a plain number')
        number = Decimal(printed)
    else:
        fail(f'{fact.get("name")}: transformation {fmt} is not one this script knows')
    number = number.scaleb(int(fact.get('scale', '0')))
    if fact.get('sign') == '-':
        number = -number
    return plain_number(number)


def text_value(fact, continuations, used):
    parts = [content(fact)]
    next_id = fact.get('continuedAt')
    while next_id:
        if next_id not in continuations:
            fail(f'{fact.get("name")}: continuedAt="{next_id}" names no ix:continuation')
        if next_id in used:
            fail(f'ix:continuation {next_id} is reached twice')
        used.add(next_id)
        parts.append(content(continuations[next_id]))
        next_id = continuations[next_id].get('continuedAt')
    text = collapse(''.join(parts))
    return f'#chars={len(text)}' if fact.get('name').endswith('TextBlock') else text


def extract(root):
    contexts, units = contexts_of(root), units_of(root)
    continuations = {c.get('id'): c for c in root.iter(IX + 'continuation')}
    used = set()
    rows = []
    for fact in root.iter():
        if fact.tag not in (IX + 'nonFraction', IX + 'nonNumeric'):
            continue
        name, context = fact.get('name'), fact.get('contextRef')
        if context not in contexts:
            fail(f'{name}: contextRef="{context}" names no context')
        period, dimensions = contexts[context]
        if fact.tag == IX + 'nonFraction':
            unit = fact.get('unitRef')
            if unit not in units:
                fail(f'{name}: unitRef="{unit}" names no unit')
            rows.append(((name, period, dimensions, units[unit], fact.get('decimals', ''), numeric_value(fact)), context, unit))
        else:
            rows.append(((name, period, dimensions, '', '', text_value(fact, continuations, used)), context, None))
    unreached = sorted(set(continuations) - used)
    if unreached:
        fail('ix:continuation reached from no fact: ' + ', '.join(unreached))
    return rows, contexts, units


def summary(rows, contexts, units):
    lines = [f'{len(rows)} facts.', '', '| concept | facts |', '|---|---|']
    for concept, n in sorted(Counter(r[0][0] for r in rows).items()):
        lines.append(f'| `{concept}` | {n} |')
    used = OrderedDict()
    for r in rows:
        used.setdefault(r[1], 0)
        used[r[1]] += 1
    lines += ['', f'{len(contexts)} contexts declared, {len(used)} used by a fact. By period and dimensions:', '',
              '| period | dimensions | contexts | facts |', '|---|---|---|---|']
    shapes = Counter()
    shape_facts = Counter()
    for cid, n in used.items():
        period, dims = contexts[cid]
        axes = ';'.join(d.split('=')[0] for d in dims.split(';')) if dims else '(none)'
        shapes[(period, axes)] += 1
        shape_facts[(period, axes)] += n
    for (period, axes), n in sorted(shapes.items()):
        lines.append(f'| {period} | {axes} | {n} | {shape_facts[(period, axes)]} |')
    unit_use = Counter(r[2] for r in rows if r[2])
    lines += ['', f'{len(units)} unit(s): ' + ', '.join(f'`{u}` = `{m}` ({unit_use[u]} facts)' for u, m in sorted(units.items()))]
    return '\n'.join(lines)


def main(source, target):
    root = ET.parse(source).getroot()
    rows, contexts, units = extract(root)
    if len(rows) != EXPECTED_FACTS:
        fail(f'{len(rows)} facts found, {EXPECTED_FACTS} expected')
    lines = sorted(r[0] for r in rows)   # every field is the key: identical lines are identical facts
    with open(target, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\t'.join(HEADER) + '\n')
        for line in lines:
            f.write('\t'.join(line) + '\n')
    print(summary(rows, contexts, units))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
