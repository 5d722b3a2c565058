"""The page's own JavaScript and CSS without comments or indentation, for a built site.

The sources are written to be read: about a third of their compressed size is
comments (JSDoc types, the why of each step), which a visitor downloads and
the browser skips. ``wasmlit build`` ships them stripped; ``wasmlit run``
serves them as written, for debugging. Nothing else changes: no renaming, no
reordering, every line break between two tokens is kept (so automatic
semicolon insertion reads the code as before).

The scanner knows what can hold a ``//`` or ``/*`` that is not a comment:
strings, template literals (with ``${}`` nested to any depth) and regular
expression literals, told apart from a division by the token before them.
"""

from __future__ import annotations

from collections.abc import Callable

#: After these words a ``/`` starts a regular expression, not a division.
_REGEX_AFTER_WORDS = frozenset({
    "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
    "yield", "await",
})
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")


class _Scanner:
    """One pass over JavaScript source; ``out`` collects what is kept."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.out: list[str] = []
        #: Open template literals: the ``{`` depth of each one's current ``${`` expression.
        self.templates: list[int] = []
        #: What the last token was: "word:<name>", "value" (number, string, ``)`` ``]`` ``}``), or "punct".
        self.last = "punct"
        self.line_start = True

    def emit(self, s: str) -> None:
        self.out.append(s)
        if s:
            self.line_start = s.endswith("\n")

    def newline(self) -> None:
        # Blank lines go: one line break stands for any number of them.
        if not self.line_start:
            self.emit("\n")

    def run(self) -> str:
        t, n = self.text, len(self.text)
        while self.i < n:
            c = t[self.i]
            nxt = t[self.i + 1] if self.i + 1 < n else ""
            if c == "\n":
                self.newline()
                self.i += 1
            elif c in " \t\r":
                if not self.line_start:
                    self.emit(c)
                self.i += 1
            elif c == "/" and nxt == "/":
                end = t.find("\n", self.i)
                self.i = n if end < 0 else end
                self._drop_trailing_space()
            elif c == "/" and nxt == "*":
                end = t.find("*/", self.i + 2)
                if end < 0:
                    raise ValueError("an unterminated /* comment")
                had_newline = "\n" in t[self.i:end]
                self.i = end + 2
                if had_newline:
                    self._drop_trailing_space()
                    self.newline()
                elif not self.line_start:
                    self.emit(" ")  # keeps a/**/b two tokens
            elif c in "'\"":
                self._string(c)
                self.last = "value"
            elif c == "`":
                self.emit("`")
                self.i += 1
                self._template()
            elif c == "/":
                if self.last == "value" or (self.last.startswith("word:") and self.last[5:] not in _REGEX_AFTER_WORDS):
                    self.emit("/")
                    self.i += 1
                    self.last = "punct"
                else:
                    self._regex()
                    self.last = "value"
            elif c in _WORD_CHARS or ord(c) > 127:
                j = self.i
                while j < n and (t[j] in _WORD_CHARS or ord(t[j]) > 127):
                    j += 1
                word = t[self.i:j]
                self.emit(word)
                self.i = j
                self.last = "value" if word[0].isdigit() else f"word:{word}"
            elif c == "{":
                if self.templates:
                    self.templates[-1] += 1
                self.emit(c)
                self.i += 1
                self.last = "punct"
            elif c == "}":
                if self.templates and self.templates[-1] == 0:
                    self.templates.pop()  # the end of a ${} expression: back in the template's text
                    self.emit(c)
                    self.i += 1
                    self._template()
                    continue
                if self.templates:
                    self.templates[-1] -= 1
                self.emit(c)
                self.i += 1
                self.last = "value"
            else:
                self.emit(c)
                self.i += 1
                self.last = "value" if c in ")]" else "punct"
        return "".join(self.out)

    def _drop_trailing_space(self) -> None:
        while self.out and self.out[-1] in (" ", "\t", "\r"):
            self.out.pop()
        self.line_start = not self.out or self.out[-1].endswith("\n")

    def _string(self, quote: str) -> None:
        t, j = self.text, self.i + 1
        while True:
            if j >= len(t) or t[j] == "\n":
                raise ValueError(f"an unterminated string at offset {self.i}")
            if t[j] == "\\":
                j += 2  # an escape, or a line continuation
            elif t[j] == quote:
                break
            else:
                j += 1
        self.emit(t[self.i:j + 1])
        self.i = j + 1

    def _template(self) -> None:
        """From inside a template's text to its end or to a ``${`` (whose expression is scanned as code)."""
        t, j = self.text, self.i
        while True:
            if j >= len(t):
                raise ValueError("an unterminated template literal")
            if t[j] == "\\":
                j += 2
            elif t[j] == "`":
                self.emit(t[self.i:j + 1])
                self.i = j + 1
                self.last = "value"
                return
            elif t.startswith("${", j):
                self.emit(t[self.i:j + 2])
                self.i = j + 2
                self.templates.append(0)
                self.last = "punct"
                return
            else:
                j += 1

    def _regex(self) -> None:
        t, j, in_class = self.text, self.i + 1, False
        while True:
            if j >= len(t) or t[j] == "\n":
                raise ValueError(f"an unterminated regular expression at offset {self.i}")
            ch = t[j]
            if ch == "\\":
                j += 2
                continue
            if ch == "[":
                in_class = True
            elif ch == "]":
                in_class = False
            elif ch == "/" and not in_class:
                break
            j += 1
        j += 1
        while j < len(t) and t[j] in _WORD_CHARS:  # flags
            j += 1
        self.emit(t[self.i:j])
        self.i = j


def strip_js(text: str) -> str:
    """``text`` without comments, indentation or blank lines; ValueError if it does not scan."""
    return _Scanner(text).run()


def strip_css(text: str) -> str:
    """A stylesheet without comments, indentation or blank lines (CSS has no ``//`` comments)."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise ValueError("an unterminated /* comment")
            i = end + 2
        elif c in "'\"":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    lines = (line.strip() for line in "".join(out).splitlines())
    return "\n".join(line for line in lines if line) + "\n"


#: How each kind of the page's own files loses its comments.
STRIPPERS: dict[str, Callable[[str], str]] = {".js": strip_js, ".css": strip_css}


def stripped(text: str, suffix: str) -> str:
    """``text`` (a ``.js`` or ``.css`` file's) without comments, or as written if it
    does not scan: a syntax the scanner does not know costs bytes, never correctness."""
    try:
        return STRIPPERS[suffix](text)
    except ValueError:
        return text
