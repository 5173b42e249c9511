"""QA for the generated notes service, runnable without FastAPI installed.

Checks that the file compiles, and that it declares the five CRUD routes of the design with the
expected methods and paths. Writes a JSON report; exits 1 if anything is missing.
"""
import ast
import json
import pathlib
import sys

EXPECTED = {
    ("post", "/notes"),
    ("get", "/notes"),
    ("get", "/notes/{note_id}"),
    ("put", "/notes/{note_id}"),
    ("delete", "/notes/{note_id}"),
}


def routes(tree: ast.AST) -> set[tuple[str, str]]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for dec in node.decorator_list:
                if (isinstance(dec, ast.Call) and isinstance(dec.func, ast.Attribute)
                        and isinstance(dec.func.value, ast.Name) and dec.func.value.id == "app"
                        and dec.args and isinstance(dec.args[0], ast.Constant)):
                    found.add((dec.func.attr, dec.args[0].value))
    return found


def main() -> int:
    source_path, report_path = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    source = source_path.read_text()
    tree = ast.parse(source, filename=str(source_path))
    compile(tree, str(source_path), "exec")
    found = routes(tree)
    missing = sorted(f"{m.upper()} {p}" for m, p in EXPECTED - found)
    report = {
        "file": str(source_path),
        "routes": sorted(f"{m.upper()} {p}" for m, p in found),
        "missing": missing,
        "passed": not missing,
    }
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(json.dumps(report, indent=2) + "\n")
    print(f"qa: {len(found)} routes, {len(missing)} missing")
    for m in missing:
        print(f"qa: missing route {m}", file=sys.stderr)
    return 0 if not missing else 1


if __name__ == "__main__":
    sys.exit(main())
