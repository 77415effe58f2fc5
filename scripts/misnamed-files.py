#!/usr/bin/env python3
"""Lists .cs files (outside obj/, bin/, Migrations/ and tests/) whose name matches no type declared in them."""
import pathlib, re, sys

DECL = re.compile(r"^\s*(?:(?:public|internal|private|protected|file|static|sealed|abstract|partial|readonly|ref|unsafe|new)\s+)*"
                  r"(?:class|record(?:\s+(?:class|struct))?|struct|interface|enum|delegate\s+[\w<>\[\],.? ]+?)\s+(\w+)", re.M)
root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
for path in sorted(root.rglob("*.cs")):
    parts = set(path.relative_to(root).parts)
    if parts & {"obj", "bin", "Migrations", "tests"}:
        continue
    types = DECL.findall(path.read_text(encoding="utf-8-sig"))
    if types and path.stem.split(".")[0] not in types:
        print(f"{path.relative_to(root)}: {', '.join(types)}")
