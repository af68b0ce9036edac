"""`_` is the translation function: a function that also uses `_` as a throwaway name
(`name, _, kind = text.partition(" ")`) makes every `_("...")` in it fail at run time, on
the very path that shows a message. Found twice while the core's words were marked."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NEW_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
              ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def own_nodes(scope: ast.AST):
    """The nodes of a function's own scope (not those of functions or comprehensions in it)."""
    for child in ast.iter_child_nodes(scope):
        yield child
        if not isinstance(child, NEW_SCOPES):
            yield from own_nodes(child)


def shadowing(source: str) -> list[str]:
    found = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        binds = any(isinstance(node, ast.Name) and node.id == "_"
                    and isinstance(node.ctx, ast.Store) for node in own_nodes(function))
        binds |= any(arg.arg == "_" for arg in ast.walk(function.args)
                     if isinstance(arg, ast.arg))
        calls = any(isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "_" for node in ast.walk(function))
        if binds and calls:
            found.append(f"{function.name} (line {function.lineno})")
    return found


def test_the_check_finds_a_throwaway_underscore_beside_a_translation():
    assert shadowing("def f(t):\n    a, _, b = t.partition(' ')\n    return _('x')\n") == [
        "f (line 1)"]
    assert shadowing("def f(t):\n    n = [1 for _ in t]\n    return _('x')\n") == []


def test_no_function_hides_the_translation_function():
    found = {}
    for folder in ("ompm_desktop", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            names = shadowing(path.read_text(encoding="utf-8"))
            if names:
                found[str(path.relative_to(ROOT))] = names
    assert found == {}
