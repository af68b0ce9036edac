"""The window reaches the records through the core's services and use cases only: nothing in
ui/ takes the database handle off a desk (or a service's context) to write or read on its
own, so every write stays one validated, audited transaction of the core."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _owner(node: ast.expr) -> str:
    """The name `.db` is taken from: 'desk' in self.desk.db, 'context' in desk.context.db."""
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def database_handles(source: str) -> list[int]:
    """Lines that take `.db` off a desk or a service's context, use anything's `.db.`, or
    ask getattr for a desk's db (a command line's `args.db`, a path, is not one)."""
    tree = ast.parse(source)
    used = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "db":
            owner = _owner(node.value).lower()
            if "desk" in owner or "context" in owner or id(node) in used:
                lines.append(node.lineno)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "getattr" and len(node.args) > 1
              and isinstance(node.args[1], ast.Constant) and node.args[1].value == "db"):
            lines.append(node.lineno)
    return lines


def test_the_check_finds_a_window_opening_a_transaction_itself():
    assert database_handles("with self.desk.db.atomic():\n    pass\n") == [1]
    assert database_handles("rows = desk.context.db.execute('SELECT 1')\n") == [1]
    assert database_handles("handle = getattr(self.desk, 'db')\n") == [1]
    assert database_handles("self.db.table('partner').insert(row)\n") == [1]
    assert database_handles("self.desk.partners.update(partner_id, changes)\n") == []
    assert database_handles("path = Path(args.db)\n") == []


def test_nothing_in_the_window_touches_the_database_handle():
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for line in database_handles(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(ROOT)}:{line}")
    assert found == [], ("The window must call a core service or use case, not the "
                         "database: " + ", ".join(found))
