#!/usr/bin/env python3
"""The corpora written as Python (ids b-*, c-*, d-*, e-*, f-*): writes test/corpus/specs/<id>.json and
test/corpus/judgements/<id>.json from the form sources in test/corpus/tools/<x>_forms/<x>_NN.py; then
`node test/corpus/expect.js <id>` writes the expected file. (Named b_corpus for the first of them: the form sources
import J from it.)

A form source holds the transcription (rows exactly as published, as they would sit in Excel) and, on each
indicator row, the reviewer's judgement written by hand: verdict (ok / error / either), completion
(met / not_met / partial / pending / invalid / None) and a note. Nothing here is taken from the engine.

    python3 test/corpus/tools/b_corpus.py            every <x>_forms/*.py
    python3 test/corpus/tools/b_corpus.py c          every c_forms/*.py
    python3 test/corpus/tools/b_corpus.py b-03 e-04  only these ids

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
    """The spec, and the judgements in the format test/corpus/expect.js reads (README: Judgement format)."""
    spec = {'id': form['id'], 'source': form['source'], 'sheets': []}
    judged = {'forms': [], 'rows': {}, 'completion': {}, 'hierarchyErrors': []}
    first_sheet = form['sheets'][0]['name']
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
                        while e + 1 <= last and rows[e][ci] in (None, ''):
                            e += 1
                        if e > r:
                            merges.append(f'{c}{r}:{c}{e}')
                        r = e + 1
                    else:
                        r += 1
        sheet = {'name': sh['name'], 'rows': rows, 'merges': merges}
        if sh.get('formats'):
            sheet['formats'] = sh['formats']
        if sh.get('widths'):
            sheet['widths'] = sh['widths']
        spec['sheets'].append(sheet)
        key = lambda addr: addr if sh['name'] == first_sheet else f"{sh['name']}!{addr}"
        for fi, f in enumerate(sh['forms']):
            f = dict(f)
            f['sheet'] = sh['name']
            tables = []
            for t in sh['tables']:
                if t.get('form', 0) != fi:
                    continue
                cols = t['cols']
                skip = []
                for rn in range(t['first'], t['last'] + 1):
                    raw = sh['rows'][rn - 1]
                    row = rows[rn - 1]
                    if isinstance(raw, J):
                        addr = f"{cols['target']}{rn}"
                        if raw.verdict != 'ok' or raw.note:
                            judged['rows'][key(addr)] = {'verdict': raw.verdict, **({'note': raw.note} if raw.note else {})}
                        if 'actual' in cols:
                            if raw.completion is None:
                                raise ValueError(f"{form['id']} {addr}: no completion judged")
                            judged['completion'][key(addr)] = raw.completion
                        continue
                    l3 = displayed(row[col_num(cols['l3']) - 1]).strip()
                    tg = displayed(row[col_num(cols['target']) - 1]).strip()
                    if l3 or tg:
                        skip.append(rn)
                tt = {'rows': [t['first'], t['last']]}
                for role, k in (('level1', 'l1'), ('level2', 'l2'), ('level3', 'l3'), ('target', 'target'), ('actual', 'actual'), ('weight', 'weight')):
                    if k in cols:
                        tt[role] = cols[k]
                if skip:
                    tt['skip'] = skip
                tables.append(tt)
            f['tables'] = tables
            f.pop('indicatorCount', None)
            judged['forms'].append(f)
        for he in sh.get('hierarchyErrors', []):
            judged['hierarchyErrors'].append({'sheet': sh['name'], 'row': he[0], 'why': he[1]})
    return spec, judged


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3].replace('-', '_'), path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules['b_corpus'] = sys.modules[__name__]
    spec.loader.exec_module(mod)
    return mod.FORM


def main(ids, letter='b'):
    """Writes the specs and judgements of every <letter>_forms/<letter>_NN.py (or only `ids`)."""
    src = os.path.join(HERE, f'{letter}_forms')
    files = sorted(f for f in os.listdir(src) if f.startswith(f'{letter}_') and f.endswith('.py'))
    for f in files:
        form = load(os.path.join(src, f))
        if ids and form['id'] not in ids:
            continue
        spec, judged = build(form)
        for d, obj in (('specs', spec), ('judgements', judged)):
            os.makedirs(os.path.join(CORPUS, d), exist_ok=True)
            with open(os.path.join(CORPUS, d, f"{form['id']}.json"), 'w', encoding='utf8') as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=1)
                fh.write('\n')
        print('wrote', form['id'])


def letters_of(args):
    """The corpora to build: the letters named (`c`), else those of the ids named (`c-03`), else every <x>_forms."""
    named = [a for a in args if re.fullmatch(r'[a-z]', a)]
    if named:
        return named
    of_ids = sorted({a.split('-')[0] for a in args if re.fullmatch(r'[a-z]-\d+', a)})
    if of_ids:
        return of_ids
    return sorted(d[0] for d in os.listdir(HERE) if re.fullmatch(r'[a-z]_forms', d))


if __name__ == '__main__':
    args = sys.argv[1:]
    ids = [a for a in args if not re.fullmatch(r'[a-z]', a)]
    for letter in letters_of(args):
        main(ids, letter)
