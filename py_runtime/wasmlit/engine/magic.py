"""Magic: a bare expression statement is displayed as ``st.write`` would.

This module only rewrites the script: each displayed expression becomes a
call of ``MAGIC_NAME``, which the script's environment binds (``st.write``).
As in Streamlit: calls are not displayed (``foo()`` runs for its effect),
docstrings of modules, functions and classes are not displayed, nor are
``yield`` and ``await`` expressions. A tuple displays its items together.
"""

from __future__ import annotations

import ast

MAGIC_NAME = "__wasmlit_magic__"

_BLOCK_FIELDS = ("body", "orelse", "finalbody")


def add_magic(source: str, filename: str) -> ast.Module:
    tree = ast.parse(source, filename, "exec")
    _rewrite_body(tree.body, parent=tree)
    ast.fix_missing_locations(tree)
    return tree


def _rewrite_body(body: list[ast.stmt], parent: ast.AST) -> None:
    for i, node in enumerate(body):
        if isinstance(node, ast.Expr):
            call = _magic_call(node.value, is_docstring=(i == 0 and _can_have_docstring(parent)))
            if call is not None:
                node.value = call
        elif isinstance(node, ast.ClassDef):
            for inner in node.body:
                if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    _rewrite_body(inner.body, inner)
        else:
            _rewrite_children(node)


def _rewrite_children(node: ast.stmt) -> None:
    for name in _BLOCK_FIELDS:
        block = getattr(node, name, None)
        if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
            _rewrite_body(block, node)
    for handler in getattr(node, "handlers", []) or []:
        _rewrite_body(handler.body, handler)
    for case in getattr(node, "cases", []) or []:
        _rewrite_body(case.body, case)


def _can_have_docstring(parent: ast.AST) -> bool:
    return isinstance(parent, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef))


def _magic_call(value: ast.expr, is_docstring: bool) -> ast.expr | None:
    if isinstance(value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)):
        return None
    if is_docstring and isinstance(value, ast.Constant) and isinstance(value.value, str):
        return None
    args = value.elts if isinstance(value, ast.Tuple) else [value]
    return ast.Call(func=ast.Name(id=MAGIC_NAME, ctx=ast.Load()), args=list(args), keywords=[])
