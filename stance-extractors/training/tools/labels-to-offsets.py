#!/usr/bin/env python3
"""Turns labels made on the shared corpora (evidence copied as text) into the form kept in the project:
article id, actor, position, polarity, date, basis and evidence as character offsets into the article's
text column, never the text itself.

Usage: labels-to-offsets.py SHARED_DIR CORPUS IN.jsonl [IN.jsonl ...] > labels/CORPUS.jsonl
CORPUS: guardian or fakes. Each input line: {"corpus", "id", "stances": [{..., "evidence": ["exact text", ...]}]}.
Every evidence string must occur in the article's text; the first occurrence after the previous one of the
same stance is taken, else the first. A fifth of the articles (by a hash of the id) is marked "final": kept
untouched until the end, to measure the model on labels it was never tuned on."""
import csv, hashlib, json, sys

csv.field_size_limit(10**9)
shared, corpus, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
path = {"guardian": "corpus/guardian-syria-2017-2019/articles.csv",
        "fakes": "corpus/fakes-syria-2011-2018/articles.csv"}[corpus]
texts = {}
with open(f"{shared}/{path}", newline="", encoding="utf-8") as f:
    rows = csv.reader(f)
    header = next(rows)
    for row in rows:
        record = dict(zip(header, row))
        texts[record.get("id") or record.get("")] = record["text"]
out = {}
for name in inputs:
    for line in open(name, encoding="utf-8"):
        if not line.strip():
            continue
        record = json.loads(line)
        if record["corpus"] != corpus:
            continue
        text = texts[record["id"]]
        stances = []
        for s in record["stances"]:
            spans, after = [], 0
            for evidence in s["evidence"]:
                start = text.find(evidence, after)
                if start < 0:
                    start = text.find(evidence)
                if start < 0:
                    sys.exit(f"{record['id']}: evidence not in the text: {evidence!r}")
                spans.append([start, start + len(evidence)])
                after = start + len(evidence)
            stances.append({k: s[k] for k in ("actor", "position", "polarity", "date", "basis")} | {"evidence": spans})
        split = "final" if int(hashlib.sha256(record["id"].encode()).hexdigest(), 16) % 5 == 0 else "train"
        out[record["id"]] = {"id": record["id"], "split": split, "stances": stances}
for aid in sorted(out):
    print(json.dumps(out[aid], ensure_ascii=False, separators=(",", ":")))
