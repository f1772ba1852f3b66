#!/usr/bin/env python3
"""Corpus C (ids c-*): writes test/corpus/specs/<id>.json and test/corpus/judgements/<id>.json from the form
sources in test/corpus/tools/c_forms/c_NN.py, with the same builder as corpus B (b_corpus.build; see its
docstring for the form-source layout); then `node test/corpus/expect.js <id>` writes the expected file.

    python3 test/corpus/tools/c_corpus.py            every c_forms/*.py
    python3 test/corpus/tools/c_corpus.py c-03       only these ids
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b_corpus  # noqa: E402

CORPUS = os.path.dirname(HERE)


def main(ids):
    src = os.path.join(HERE, 'c_forms')
    for f in sorted(x for x in os.listdir(src) if x.startswith('c_') and x.endswith('.py')):
        form = b_corpus.load(os.path.join(src, f))
        if ids and form['id'] not in ids:
            continue
        spec, judged = b_corpus.build(form)
        for d, obj in (('specs', spec), ('judgements', judged)):
            with open(os.path.join(CORPUS, d, f"{form['id']}.json"), 'w', encoding='utf8') as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=1)
                fh.write('\n')
        print('wrote', form['id'])


if __name__ == '__main__':
    main(sys.argv[1:])
