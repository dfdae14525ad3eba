#!/usr/bin/env python3
"""Validates every shipped content JSON file against the JSON Schema it names in "$schema".

Usage: check_content.py CONTENT_DIR
Exits 1 and lists file: path: message for every violation; 0 when all files are valid.
Uses only Debian's python3-jsonschema, so editors and this test read the same schemas.
"""
import json
import os
import sys
import warnings

import jsonschema

warnings.filterwarnings("ignore", category=DeprecationWarning)


def load_schemas(schema_dir):
    store = {}
    for name in sorted(os.listdir(schema_dir)):
        if name.endswith(".schema.json"):
            with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
                store[name] = json.load(f)
    return store


def main():
    content = sys.argv[1] if len(sys.argv) > 1 else "content"
    schema_dir = os.path.join(content, "schemas")
    store = load_schemas(schema_dir)
    checked = 0
    failures = 0
    for root, dirs, files in os.walk(content):
        dirs.sort()
        # schemas/ holds the schemas; arkiv/ holds frozen snapshots (published as they are, checked by their manifests).
        if os.path.abspath(root) == os.path.abspath(schema_dir):
            continue
        # ... except the register of pins directly in arkiv/, which is content like the rest.
        if os.path.relpath(root, content).split(os.sep)[0] == "arkiv":
            dirs[:] = []
            files = [f for f in files if f == "pins.json" and os.path.relpath(root, content) == "arkiv"]
        for name in sorted(files):
            if not name.endswith(".json"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
            ref = doc.get("$schema") if isinstance(doc, dict) else None
            if not ref:
                print(f"{path}: error: no \"$schema\" reference")
                failures += 1
                continue
            schema_path = os.path.normpath(os.path.join(root, ref))
            schema_name = os.path.basename(schema_path)
            if os.path.dirname(schema_path) != os.path.normpath(schema_dir) or schema_name not in store:
                print(f"{path}: error: \"$schema\" {ref} does not name a schema in {schema_dir}")
                failures += 1
                continue
            schema = store[schema_name]
            resolver = jsonschema.RefResolver(base_uri=schema_name, referrer=schema, store=store)
            validator = jsonschema.Draft202012Validator(schema, resolver=resolver)
            for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
                where = "/".join(str(p) for p in err.absolute_path)
                print(f"{path}: /{where}: {err.message[:300]}")
                failures += 1
            checked += 1
    print(f"checked {checked} content files against their schemas: {failures} problems")
    if checked == 0:
        print("error: no content files found")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
