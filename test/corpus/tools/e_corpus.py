#!/usr/bin/env python3
"""Corpus E (ids e-*): writes test/corpus/specs/<id>.json and test/corpus/judgements/<id>.json from the form
sources in test/corpus/tools/e_forms/e_NN.py, with the same builder as corpus B (b_corpus.build; see its
docstring for the form-source layout); then `node test/corpus/expect.js <id>` writes the expected file.

    python3 test/corpus/tools/e_corpus.py            every e_forms/*.py
    python3 test/corpus/tools/e_corpus.py e-01       only these ids
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b_corpus  # noqa: E402

if __name__ == '__main__':
    b_corpus.main(sys.argv[1:], 'e')
