#!/usr/bin/env python3
"""Corpus B (ids b-*): writes test/corpus/specs/<id>.json and test/corpus/expected/<id>.expected.json
from the form sources in test/corpus/tools/b_forms/<id>.py.

A form source holds the transcription (rows exactly as published, as they would sit in Excel) and, on each
indicator row, the reviewer's judgement written by hand: verdict (ok / error / either), completion
(met / not_met / partial / pending / invalid / None) and a note. Nothing here is taken from the engine.

    python3 test/corpus/tools/b_corpus.py            every b_forms/*.py
    python3 test/corpus/tools/b_corpus.py b-03       only these ids

Form source layout (a module defining FORM):
  FORM = {
    'id', 'source': {...},
    'sheets': [ {
      'name', 'width': n columns,
      'rows': [ [cells...] | J(cells, verdict, completion, note) ...],   # row 1 first; J marks an indicator row
      'merges': [...],              # explicit merges (title, header block, …)
      'mergeDown': {'table': (firstRow, lastRow), 'cols': ['B', 'C']},   # HTML rowspans: a filled cell
                                    # merges down over the following empty cells of its column, inside the table
      'formats': {...},
      'table': {'l1': 'B', 'l2': 'C', 'l3': 'D', 'target': 'E', 'actual': 'F', 'weight': 'G', ...},
      'forms': [ {expected form fields} ],
    } ]
  }
"""
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)


class J(list):
    """An indicator row: the cells plus the reviewer's judgement."""

    def __init__(self, cells, verdict, completion=None, note=None):
        super().__init__(cells)
        self.verdict = verdict
        self.completion = completion
        self.note = note


def col_num(c):
    n = 0
    for ch in c:
        n = n * 26 + ord(ch) - 64
    return n


def col_name(n):
    s = ''
    while n > 0:
        n, m = divmod(n - 1, 26)
        s = chr(65 + m) + s
    return s


def fmt_number(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer()):
        return str(int(v))
    return repr(v)


def displayed(cell):
    """What a person sees in the cell (only the formats this corpus uses)."""
    if cell is None:
        return ''
    if isinstance(cell, dict):
        if 'error' in cell:
            return cell['error']
        v, f = cell['v'], cell.get('fmt')
        if f is None or f == 'General':
            return fmt_number(v) if not isinstance(v, str) else v
        m = re.fullmatch(r'0(?:\.(0+))?%', f)
        if m:
            dp = len(m.group(1) or '')
            return f'{v * 100:.{dp}f}%'
        m = re.fullmatch(r'0\.(0+)', f)
        if m:
            return f'{v:.{len(m.group(1))}f}'
        if f == '@':
            return str(v)
        raise ValueError(f'format {f} not rendered by this tool')
    if isinstance(cell, (int, float)):
        return fmt_number(cell)
    return cell


def nows(s):
    return re.sub(r'\s+', '', s or '')


def build(form):
    spec = {'id': form['id'], 'source': form['source'], 'sheets': []}
    exp = {'file': f"{form['id']}.xlsx", 'forms': [], 'indicators': [], 'hierarchyErrors': [], 'mergedRanges': []}
    for sh in form['sheets']:
        width = sh['width']
        rows = []
        for r in sh['rows']:
            r = list(r)
            if len(r) > width:
                raise ValueError(f"{form['id']}: row wider than {width}: {r}")
            rows.append(r + [None] * (width - len(r)))
        merges = list(sh.get('merges', []))
        md = sh.get('mergeDown')
        if md:
            first, last = md['table']
            for c in md['cols']:
                ci = col_num(c) - 1
                r = first
                while r <= last:
                    if rows[r - 1][ci] not in (None, ''):
                        e = r
                        while e + 1 <= last and rows[e][ci] in (None, '') and not md.get('stop', lambda _r: False)(e + 1):
                            e += 1
                        if e > r:
                            merges.append(f'{c}{r}:{c}{e}')
                        r = e + 1
                    else:
                        r += 1
        # strip trailing empty columns is not done: width is the form's width
        sheet = {'name': sh['name'], 'rows': rows, 'merges': merges}
        if sh.get('formats'):
            sheet['formats'] = sh['formats']
        if sh.get('widths'):
            sheet['widths'] = sh['widths']
        spec['sheets'].append(sheet)
        for m in merges:
            exp['mergedRanges'].append({'sheet': sh['name'], 'range': m})

        # merged-cell values as a reader resolves them
        def value_at(row, col):
            for m in merges:
                a, b = m.split(':')
                ra = re.fullmatch(r'([A-Z]+)(\d+)', a)
                rb = re.fullmatch(r'([A-Z]+)(\d+)', b)
                c1, r1, c2, r2 = col_num(ra.group(1)), int(ra.group(2)), col_num(rb.group(1)), int(rb.group(2))
                if r1 <= row <= r2 and c1 <= col <= c2:
                    return rows[r1 - 1][c1 - 1]
            return rows[row - 1][col - 1]

        for t in sh['tables']:
            cols = t['cols']
            l1 = l2 = ''
            for rn in range(t['first'], t['last'] + 1):
                raw = sh['rows'][rn - 1]
                c = lambda k: value_at(rn, col_num(cols[k])) if k in cols else None
                v1 = nows(displayed(c('l1')))
                v2 = nows(displayed(c('l2')))
                if v1:
                    if v1 != l1:
                        l2 = ''
                    l1 = v1
                if v2:
                    l2 = v2
                if not isinstance(raw, J):
                    continue
                ind = {
                    'sheet': sh['name'],
                    'cell': f"{cols['target']}{rn}",
                    'row': rn,
                    'level1': t.get('l1Override', {}).get(rn, l1),
                    'level2': l2,
                    'level3': nows(displayed(c('l3'))),
                    'target': displayed(c('target')),
                    'verdict': raw.verdict,
                }
                if 'actual' in cols:
                    a = displayed(c('actual'))
                    ind['actual'] = a if a != '' else None
                    ind['actualCell'] = f"{cols['actual']}{rn}"
                    ind['completion'] = raw.completion
                else:
                    ind['actual'] = None
                    ind['completion'] = None
                if 'weight' in cols:
                    w = c('weight')
                    if isinstance(w, dict):
                        w = w['v']
                    if isinstance(w, (int, float)):
                        ind['weight'] = w
                    elif isinstance(w, str) and re.fullmatch(r'\d+(\.\d+)?', w.strip()):
                        ind['weight'] = float(w) if '.' in w else int(w)
                if raw.note:
                    ind['note'] = raw.note
                exp['indicators'].append(ind)
        for he in sh.get('hierarchyErrors', []):
            exp['hierarchyErrors'].append({'sheet': sh['name'], 'row': he[0], 'why': he[1]})
        for f in sh['forms']:
            f = dict(f)
            f['sheet'] = sh['name']
            exp['forms'].append(f)
    verdicts, completion = {}, {}
    for i in exp['indicators']:
        verdicts[i['verdict']] = verdicts.get(i['verdict'], 0) + 1
        if i['completion'] is not None:
            completion[i['completion']] = completion.get(i['completion'], 0) + 1
    exp['counts'] = {
        'forms': len(exp['forms']),
        'indicators': len(exp['indicators']),
        'verdicts': dict(sorted(verdicts.items())),
        'completion': dict(sorted(completion.items())),
        'hierarchyErrors': len(exp['hierarchyErrors']),
    }
    # the form's indicatorCount must agree with the indicator rows written
    per_sheet = {}
    for i in exp['indicators']:
        per_sheet[i['sheet']] = per_sheet.get(i['sheet'], 0) + 1
    for sh in form['sheets']:
        n = sum(f['indicatorCount'] for f in sh['forms'])
        if n != per_sheet.get(sh['name'], 0):
            raise ValueError(f"{form['id']} {sh['name']}: forms count {n} indicators, rows say {per_sheet.get(sh['name'], 0)}")
    return spec, exp


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3].replace('-', '_'), path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules['b_corpus'] = sys.modules[__name__]
    spec.loader.exec_module(mod)
    return mod.FORM


def main(ids):
    src = os.path.join(HERE, 'b_forms')
    files = sorted(f for f in os.listdir(src) if f.startswith('b_') and f.endswith('.py'))
    for f in files:
        form = load(os.path.join(src, f))
        if ids and form['id'] not in ids:
            continue
        spec, exp = build(form)
        os.makedirs(os.path.join(CORPUS, 'specs'), exist_ok=True)
        os.makedirs(os.path.join(CORPUS, 'expected'), exist_ok=True)
        with open(os.path.join(CORPUS, 'specs', f"{form['id']}.json"), 'w', encoding='utf8') as fh:
            json.dump(spec, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        with open(os.path.join(CORPUS, 'expected', f"{form['id']}.expected.json"), 'w', encoding='utf8') as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        print(form['id'], exp['counts'])


if __name__ == '__main__':
    main(sys.argv[1:])
