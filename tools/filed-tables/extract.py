#!/usr/bin/env python3
"""Extract the tables of Cabot Corporation's 2024 proxy statement (DEF 14A) AS FILED.

Run once, by hand:

    python3 tools/filed-tables/extract.py \\
        /work/shared/reference/cabot-2024/cabot-def14a-2024.ixbrl.htm \\
        tests/FilingForge.Tests/Samples/cabot-2024/filed-tables

It writes one <table-id>.tsv per table (format: see README.md in the output
folder). The output is committed and reviewed by hand; the script is not part
of the build or the tests, and the expected rows come only from the filed
document, never from FilingForge's output.

Standard library only (html.parser). Each table is found by the text of one
of its header cells; header rows are the rows with the filing's red header
background; body rows follow. Cells the filing splits ("$", "%", ")") are
merged into the adjacent number, spacer columns (empty in every body row) are
dropped, superscripts (footnote markers) are removed.
"""
import os
import re
import sys
from html.parser import HTMLParser

SOURCE = 'cabot-def14a-2024.ixbrl.htm'
HEADER_BG = '#ba0f11'          # background of every header row in this filing
NAME = re.compile(r'\s*'.join('CABOT') + r'\s+' + r'\s*'.join('CORPORATION'))   # footers split it: "CAB O T"
FOOTER = re.compile(r'(?:CABOT CORPORATION ([A-Z]-)?(\d+)|(?:^| )([A-Z]-)?(\d+) CABOT CORPORATION)$')


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\xa0', ' ')).strip()


class Cell:
    def __init__(self, colspan, rowspan):
        self.colspan, self.rowspan, self.paras = colspan, rowspan, ['']

    @property
    def text(self):
        return norm(' '.join(self.paras))

    @property
    def lines(self):
        return [t for t in (norm(p) for p in self.paras) if t]


class Doc(HTMLParser):
    """Collects every <table> (rows of Cells), its page and the text before it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.open, self.hidden, self.sup = [], [], 0, 0
        self.page, self.page_text, self.footers = 0, [], {}
        self.text = []   # all visible text so far, for title checks

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        style = (a.get('style') or '').replace(' ', '').lower()
        if 'page-break-before:always' in style:
            self.end_page()
        if tag == 'ix:header':
            self.hidden += 1
        elif tag == 'sup':
            self.sup += 1
        elif tag == 'table':
            t = {'rows': [], 'page': self.page, 'before': norm(''.join(self.text[-400:]))}
            self.tables.append(t)
            self.open.append(t)
        elif tag == 'tr' and self.open:
            self.open[-1]['rows'].append({'header': HEADER_BG in style, 'cells': []})
        elif tag in ('td', 'th') and self.open:
            row = self.open[-1]['rows'][-1]
            row['header'] |= HEADER_BG in style
            row['cells'].append(Cell(int(a.get('colspan', 1)), int(a.get('rowspan', 1))))
        if tag in ('p', 'div', 'br', 'td', 'tr'):
            self.text.append(' ')
            if self.cell() and tag != 'td':
                self.cell().paras.append('')

    def handle_endtag(self, tag):
        if tag == 'ix:header':
            self.hidden -= 1
        elif tag == 'sup':
            self.sup -= 1
        elif tag == 'table' and self.open:
            self.open.pop()

    def cell(self):
        if self.open and self.open[-1]['rows'] and self.open[-1]['rows'][-1]['cells']:
            return self.open[-1]['rows'][-1]['cells'][-1]
        return None

    def handle_data(self, data):
        if self.hidden:
            return
        self.page_text.append(data)
        self.text.append(data)
        if self.cell() and not self.sup:
            self.cell().paras[-1] += data

    def end_page(self):
        m = FOOTER.search(NAME.sub('CABOT CORPORATION', norm(''.join(self.page_text))))
        if m:
            self.footers[self.page] = (m.group(1) or m.group(3) or '') + (m.group(2) or m.group(4))
        self.page, self.page_text = self.page + 1, []

    def close(self):
        super().close()
        self.end_page()


def grid(table):
    """Body rows as lists of (column, text, lines, continued) with rowspans expanded."""
    rows, spans, started = [], {}, False
    for tr in table['rows']:
        col, out = 0, []
        cells = list(tr['cells'])
        while cells or any(c >= col for c in spans):
            if col in spans:
                cell, left = spans[col]
                out.append((col, cell.text, cell.lines, True))
                spans[col] = (cell, left - 1)
                if left - 1 == 0:
                    del spans[col]
                col += cell.colspan
                continue
            if not cells:
                col += 1
                continue
            cell = cells.pop(0)
            out.append((col, cell.text, cell.lines, False))
            if cell.rowspan > 1:
                spans[col] = (cell, cell.rowspan - 1)
            col += cell.colspan
        if tr['header']:
            rows, started = [], True     # body starts after the last header row
        elif started:
            rows.append(out)
    return rows


def merge_symbols(row):
    """Fold "$" into the next cell and "%" / ")" into the previous one."""
    row = [list(c) for c in row]
    filled = [i for i, c in enumerate(row) if c[1]]
    for k, i in enumerate(filled):
        text = row[i][1]
        if text == '$' and k + 1 < len(filled):
            j = filled[k + 1]
            row[j][1] = '$' + row[j][1]
            row[j][2] = ['$' + row[j][2][0]] + row[j][2][1:]
            row[i][1], row[i][2] = '', []
        elif text in ('%', ')', ')%') and k > 0:
            j = max((x for x in filled[:k] if row[x][1]), default=i)
            if j == i:
                continue
            row[j][1] += text
            row[j][2] = row[j][2][:-1] + [row[j][2][-1] + text]
            row[i][1], row[i][2] = '', []
    return row


def body(table, first_line=False):
    """Body rows as lists of cell texts in the data columns; a row with a single
    filled cell (a sub-heading) becomes a one-cell list. Each row is returned as
    (cells, lines) so stacked cells can be split by the caller."""
    rows = [merge_symbols(r) for r in grid(table)]
    rows = [r for r in rows if any(c[1] and not c[3] for c in r)]       # drop spacer rows
    cols = sorted({c[0] for r in rows for c in r if c[1]})
    out = []
    for r in rows:
        by_col = {c[0]: c for c in r if c[1]}
        if len(by_col) == 1 and not next(iter(by_col.values()))[3]:
            c = next(iter(by_col.values()))
            out.append(([c[1]], [c[2]]))
            continue
        cells = [by_col.get(k, (k, '', [], False)) for k in cols]
        texts = [c[1] for c in cells]
        if first_line and cells[0][2]:
            texts[0] = cells[0][2][0]
        out.append((texts, [c[2] for c in cells]))
    return out


# ---- table-specific shaping -------------------------------------------------

def plain(rows):
    return [cells for cells, _ in rows]


def fill_down(rows):
    """The name is printed once per officer: repeat it on the officer's other rows."""
    out, name = [], ''
    for cells in rows:
        if len(cells) > 1:
            name = cells[0] or name
            cells = [name] + cells[1:]
        out.append(cells)
    return out


def name_rows_as_prefix(rows):
    """A one-cell row is the officer's name: put it in front of each row below it."""
    out, name = [], ''
    for cells in rows:
        if len(cells) == 1:
            name = cells[0]
        else:
            out.append([name] + cells)
    return out


def split_stacked(rows):
    """A cell stacks a name and plan lines; the value cells stack one line per plan."""
    out = []
    for cells, lines in rows:
        name, plans = lines[0][0], lines[0][1:]
        for i, plan in enumerate(plans):
            out.append([name, plan] + [ls[i] if i < len(ls) else '' for ls in lines[1:]])
    return out


def fold_addresses(rows):
    """One-cell rows under a holder are address lines: join them into a second cell."""
    out = []
    for cells in rows:
        if len(cells) == 1 and out and len(out[-1]) > 1:
            out[-1][1] = norm(out[-1][1] + ' ' + cells[0])
        elif len(cells) == 1:
            out.append(cells)
        else:
            out.append([cells[0], ''] + cells[1:])
    return out


def split_at(rows, heading):
    i = next(k for k, cells in enumerate(rows) if cells == [heading])
    return rows[:i], rows[i:]


# ---- the tables -------------------------------------------------------------

def find(doc, marker, count=1, row=None):
    """The tables whose header rows contain `marker` (and whose body has a row `row`)."""
    def has(t, text, header):
        return any(text in norm(' '.join(c.text for c in r['cells'])) for r in t['rows'] if r['header'] == header)
    hits = [t for t in doc.tables if has(t, marker, True) and (row is None or has(t, row, False))]
    if len(hits) != count:
        sys.exit(f'{len(hits)} tables have a header "{marker}", expected {count}')
    return hits


def heading(doc, title, tables):
    """The first comment line: title and the printed page number(s) of the table(s)."""
    pages = []
    for t in tables:
        p = doc.footers[t['page']]
        if p not in pages:
            pages.append(p)
    return f'{title}, from {SOURCE} (page {"-".join(pages)})'


def check_title(table, title):
    if title not in table['before'][-1500:]:
        sys.exit(f'title "{title}" not found before its table')


def extract(doc):
    """Yield (table-id, [(comment-lines, rows)]) for every fixture."""
    def one(tid, title, marker, shape=plain, filed_title=None, row=None, note=None, **kw):
        t = find(doc, marker, row=row)[0]
        check_title(t, filed_title or title)
        return tid, [([heading(doc, title, [t])] + ([note] if note else []), shape(body(t, **kw)))]

    yield one('summary-compensation-2022', 'Summary Compensation Table', 'Name and Principal Position',
              first_line=True)
    yield one('all-other-compensation',
              'All Other Compensation (the table in footnote 6 to the Summary Compensation Table)',
              'Company Contributions to 401(k) Plan', filed_title='in the “All Other Compensation” column')
    yield one('grants-of-plan-based-awards', 'Grant of Plan-Based Awards Table', 'Estimated Future Payouts',
              shape=lambda r: name_rows_as_prefix(plain(r)),
              note='The filed Name column prints the officer once, then one row per award labelled TSU, PSU, '
                   'Options or STI; here the name is the first cell and the award label the second.')
    yield one('outstanding-equity-awards', 'Outstanding Equity Awards at Fiscal Year-End Table',
              'Option Exercise Price', shape=lambda r: fill_down(plain(r)),
              note='An empty field is a blank cell of the filed table (option columns of a PSU line, '
                   'stock columns of an option-only line).')
    yield one('option-exercises-and-stock-vested', 'Option Exercises and Stock Vested Table',
              'Value Realized on Exercise')
    yield one('pension-benefits', 'Pension Benefits Table', 'Present Value of Accumulated Benefit')
    yield one('nonqualified-deferred-compensation', 'Nonqualified Deferred Compensation Table',
              'Executive Contributions in Last FY', shape=split_stacked,
              note='The filed table stacks each officer\'s plans in one table row (name, then one line per plan, '
                   'each value cell one line per plan); here each plan line is a row: name, plan, values.')
    yield one('potential-payments', 'Potential Payments Upon Termination or Change in Control Table',
              'Severance Pay', note='One filed table; the one-cell rows are its sub-headings (the officer).')
    yield one('director-compensation-2022', 'Director Compensation Table', 'Fees Earned or Paid in Cash')
    yield one('pay-versus-performance', 'Pay Versus Performance Table', 'Compensation Actually Paid to PEO')

    for table_id, title, marker, filed in [
            ('cap-reconciliation-peo', 'PEO SCT CAP Reconciliation', 'Reported Summary Compensation Table Total for PEO', None),
            ('cap-adjustments-peo', 'PEO equity award adjustments (the table in footnote (c) to the PEO SCT CAP Reconciliation)',
             'Total Equity Award Adjustments', 'The equity award adjustments for each applicable year'),
            ('cap-reconciliation-other-neos', 'Average Non-PEO SCT CAP Reconciliation',
             'Average Reported Summary Compensation Table Total for Non-PEO NEOs', None),
            ('cap-adjustments-other-neos', 'Average Non-PEO equity award adjustments (the table in footnote (c) to the Average Non-PEO '
             'SCT CAP Reconciliation)', 'Total Average Equity Award Adjustments',
             'are provided in the table below')]:
        t = find(doc, marker)[0]
        check_title(t, filed or title)
        yield table_id, [([heading(doc, title, [t])], plain(body(t)))]

    yield one('equity-compensation-plans', 'Equity Compensation Plan Information', 'Plan category')
    yield one('share-overhang', 'Background Information (Proposal 3; the table has no caption of its own)',
              'As a percentage of Cabot common stock outstanding', row='Total shares subject to outstanding awards',
              filed_title='Background Information')

    tables = find(doc, 'Percent of Class', count=2)
    title = ('Beneficial Stock Ownership of Directors, Executive Officers and Persons Owning '
             'More Than Five Percent of Common Stock')
    check_title(tables[0], title)
    rows = plain(body(tables[0])) + plain(body(tables[1]))
    holders, management = split_at(rows, 'Directors and Executive Officers')
    yield 'principal-holders', [([heading(doc, title, tables[:1]),
                                  'The filing prints each address on its own lines under the name; '
                                  'here the address lines are joined into the second cell.'],
                                 fold_addresses(holders))]
    yield 'management-ownership', [([heading(doc, title, tables),
                                     'The filed table (five-percent holders first) continues on the next page '
                                     'under a repeated header row.'], management)]
    yield one('auditor-fees-2022', 'Audit Fees', 'Fiscal 2023', row='Audit-Related Fees')


def main(source, outdir):
    doc = Doc()
    with open(source, encoding='utf-8') as f:
        doc.feed(f.read())
    doc.close()
    os.makedirs(outdir, exist_ok=True)
    for tid, sections in extract(doc):
        lines = []
        for comments, rows in sections:
            lines += ['# ' + c for c in comments] + ['\t'.join(r) for r in rows]
        with open(os.path.join(outdir, tid + '.tsv'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(lines) + '\n')
        print(f'{tid}.tsv: {sum(len(r) for _, r in sections)} rows')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
