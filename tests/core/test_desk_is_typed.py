"""The seam between the windows and the core is typed: every `desk` a function takes or a
class declares is a `Desk` (or a Desk | None, a callable giving one), so mypy checks each
service call made on it and a renamed service method fails `make lint`, not a sergeant's
click."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def untyped_desks(source: str, where: str) -> list[str]:
    tree = ast.parse(source)
    in_lambdas = {id(arg) for node in ast.walk(tree) if isinstance(node, ast.Lambda)
                  for arg in node.args.args}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and id(node) not in in_lambdas:
            name, annotation = node.arg, node.annotation
        elif isinstance(node, ast.AnnAssign):
            name, annotation = ast.unparse(node.target), node.annotation
        else:
            continue
        if name not in ("desk", "self.desk"):
            continue
        shown = ast.unparse(annotation) if annotation is not None else "no annotation"
        if not re.search(r"\bDesk\b", shown):
            found.append(f"{where}:{node.lineno} {name}: {shown}")
    return found


def test_every_desk_in_the_core_and_the_windows_is_a_desk():
    files = [*sorted((ROOT / "ompm_desktop").rglob("*.py")), *sorted((ROOT / "ui").rglob("*.py"))]
    assert len(files) > 100
    assert [line for path in files
            for line in untyped_desks(path.read_text(encoding="utf-8"),
                                      str(path.relative_to(ROOT)))] == []


def test_an_untyped_desk_is_found():
    source = ("class Page:\n"
              "    desk: object\n"
              "    def show(self, desk: Any, n: int) -> None: ...\n"
              "    def open(self, desk: Desk | None) -> None: ...\n"
              "f = lambda desk: desk\n")
    assert untyped_desks(source, "page.py") == ["page.py:2 desk: object", "page.py:3 desk: Any"]
