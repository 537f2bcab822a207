#!/usr/bin/env python3
"""The peer a user would script: load a YAML catalog with PyYAML's C loader and build
the same index we build (records by id, clusters, incoming edges by inversion).

Usage: pyyaml_peer.py CATALOG_DIR  -> prints {"seconds": s, "records": n, "edges": e}
Run by `atlas-bench run`; only when `python3 -c "import yaml"` works and yaml has CSafeLoader.
"""
import json
import os
import sys
import time

import yaml


def load(root):
    records = {}
    clusters = {}
    paths = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.endswith((".yaml", ".yml")) and not name.startswith("."):
                paths.append(os.path.join(folder, name))
    paths.sort()
    for path in paths:
        rel = os.path.relpath(path, root)
        cluster = rel.split(os.sep)[0] if os.sep in rel else "(root)"
        with open(path, "rb") as f:
            for doc in yaml.load_all(f, Loader=yaml.CSafeLoader):
                items = doc if isinstance(doc, list) else [doc]
                for rec in items:
                    if not isinstance(rec, dict) or "id" not in rec or rec["id"] in records:
                        continue
                    records[rec["id"]] = rec
                    clusters.setdefault(cluster, []).append(rec["id"])
    incoming = {}
    edges = 0
    for rid, rec in records.items():
        for edge in rec.get("edges") or []:
            edges += 1
            if edge.get("to") in records:
                incoming.setdefault(edge["to"], []).append((rid, edge.get("kind")))
    return records, clusters, incoming, edges


def main():
    start = time.perf_counter()
    records, _, _, edges = load(sys.argv[1])
    print(json.dumps({"seconds": time.perf_counter() - start, "records": len(records), "edges": edges}))


if __name__ == "__main__":
    main()
