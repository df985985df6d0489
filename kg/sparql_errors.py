"""SPARQL syntax errors said for people: where (line and column of the text they wrote) and
what was expected, in words.

The engine's own message names grammar rules and character ranges ("expected CONSTRUCT",
``['A' ..= 'Z' | ...]``) and points where its parser gave up, which is often past the
mistake. So the common mistakes are found first on the text's tokens
(:mod:`kg.store.lexer`): text that is no token, a bracket that does not match, a word that
is no keyword (with the closest keyword, by rapidfuzz), a prefix nobody declared, a triple
pattern that stops short. Only then is the engine's message translated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from kg.store.lexer import CLOSE, OPEN, LexError, Token, tokens

#: Every bare word SPARQL 1.1 reads (keywords and built-in functions), with Oxigraph's
#: extensions (LATERAL, RDF-star); any other bare word is a mistake.
KEYWORDS = frozenset({
    "BASE", "PREFIX", "SELECT", "CONSTRUCT", "DESCRIBE", "ASK", "DISTINCT", "REDUCED", "AS", "FROM", "NAMED",
    "WHERE", "ORDER", "BY", "ASC", "DESC", "LIMIT", "OFFSET", "VALUES", "UNDEF", "GROUP", "HAVING", "OPTIONAL",
    "UNION", "MINUS", "GRAPH", "SERVICE", "SILENT", "FILTER", "BIND", "EXISTS", "NOT", "IN", "A", "TRUE",
    "FALSE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "TO", "INTO", "INSERT", "DELETE", "DATA",
    "WITH", "USING", "DEFAULT", "ALL", "STR", "LANG", "LANGMATCHES", "DATATYPE", "BOUND", "IRI", "URI", "BNODE",
    "RAND", "ABS", "CEIL", "FLOOR", "ROUND", "CONCAT", "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI", "CONTAINS",
    "STRSTARTS", "STRENDS", "STRBEFORE", "STRAFTER", "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS",
    "TIMEZONE", "TZ", "NOW", "UUID", "STRUUID", "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "COALESCE", "IF",
    "STRLANG", "STRDT", "SAMETERM", "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "REGEX", "SUBSTR",
    "REPLACE", "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "SEPARATOR", "LATERAL", "TRIPLE",
    "SUBJECT", "PREDICATE", "OBJECT", "ISTRIPLE", "ADJUST", "VERSION", "LANGDIR", "HASLANG", "HASLANGDIR",
    "STRLANGDIR",
})
#: The keywords a "did you mean" may propose (the ones people type at the start of a clause).
_PROPOSED = sorted(KEYWORDS - {"A", "TZ", "IF", "IN", "AS", "BY", "TO"})
_TERMS = frozenset({"var", "iri", "pname", "string", "number", "bnode"})
_ENGINE = re.compile(r"error at (\d+):(\d+): expected (?:one of )?(.*)", re.DOTALL)
_NAMES = {"(": "'('", ")": "')'", "{": "'{'", "}": "'}'", "[": "'['", "]": "']'", ".": "'.'", ",": "','",
          ";": "';'", "*": "'*'"}


@dataclass(frozen=True)
class SyntaxProblem:
    """What is wrong with a SPARQL text, where (1-based, in the user's own lines)."""

    message: str
    line: int | None = None
    column: int | None = None


def explain(text: str, engine_message: str, added_lines: int = 0, predeclared: frozenset[str] = frozenset()) -> \
        SyntaxProblem:
    """The mistake in ``text`` (the user's text, before any predeclared prefixes were added)
    that made the engine say ``engine_message`` about the text with ``added_lines`` more
    lines at the top."""
    try:
        found = list(tokens(text))
    except LexError as error:
        line, column = _place(text, error.offset)
        if text[error.offset] in "\"'":
            return SyntaxProblem(f"the string opened at line {line}, column {column} is never closed", line, column)
        return SyntaxProblem(f"cannot read {text[error.offset]!r} at line {line}, column {column}: it starts "
                             "no SPARQL term (a string needs quotes, an IRI <angle brackets>)", line, column)
    for check in (_brackets, _keywords, _prefixes, _clauses, _patterns):
        problem = check(text, found, predeclared)
        if problem is not None:
            return problem
    return _engine(text, found, engine_message, added_lines)


def shifted(message: str, added_lines: int) -> str:
    """A message's ``line N`` positions moved up by the lines added above the user's text."""
    return re.sub(r"\bline (\d+)", lambda m: f"line {max(1, int(m.group(1)) - added_lines)}", message)


def _place(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _at(text: str, token: Token) -> tuple[str, int, int]:
    line, column = _place(text, token.start)
    return f"line {line}, column {column}", line, column


def _brackets(text: str, found: list[Token], predeclared: frozenset[str]) -> SyntaxProblem | None:
    pairs = {")": "(", "}": "{", "]": "[", ">>": "<<"}
    opened: list[Token] = []
    for token in found:
        if token.kind != "punct":
            continue
        if token.text in OPEN:
            opened.append(token)
        elif token.text in CLOSE:
            where, line, column = _at(text, token)
            if not opened:
                return SyntaxProblem(f"{token.text!r} at {where} closes nothing", line, column)
            if opened[-1].text != pairs[token.text]:
                before, _, _ = _at(text, opened[-1])
                return SyntaxProblem(f"{token.text!r} at {where} does not match {opened[-1].text!r} at {before}",
                                     line, column)
            opened.pop()
    if opened:
        where, line, column = _at(text, opened[-1])
        return SyntaxProblem(f"{opened[-1].text!r} at {where} is never closed", line, column)
    return None


def _keywords(text: str, found: list[Token], predeclared: frozenset[str]) -> SyntaxProblem | None:
    for previous, token in zip([None, *found], found, strict=False):
        if token.kind == "word" and token.keyword not in KEYWORDS:
            where, line, column = _at(text, token)
            if previous is not None and previous.kind == "word" and previous.start > 0 and "<" in \
                    text[text.rfind(" ", 0, previous.start) + 1:previous.start]:
                return SyntaxProblem(f"an IRI cannot hold spaces ({where}); write <...> without them or use "
                                     "a prefixed name", line, column)
            message = f"unknown keyword {token.text} at {where}"
            close = process.extractOne(token.keyword, _PROPOSED, scorer=fuzz.ratio, score_cutoff=70)
            if close is not None:
                message += f"; did you mean {close[0]}?"
            else:
                message += " (a variable starts with ?, a string needs quotes)"
            return SyntaxProblem(message, line, column)
    return None


def _prefixes(text: str, found: list[Token], predeclared: frozenset[str]) -> SyntaxProblem | None:
    declared = set(predeclared)
    for index, token in enumerate(found):
        if token.keyword == "PREFIX" and index + 1 < len(found) and found[index + 1].kind == "pname":
            declared.add(found[index + 1].text[:-1])
            continue
        if token.kind == "pname" and (index == 0 or found[index - 1].keyword != "PREFIX"):
            prefix = token.text.partition(":")[0]
            if prefix not in declared:
                where, line, column = _at(text, token)
                return SyntaxProblem(f"prefix {prefix}: is not declared ({where}); add "
                                     f"PREFIX {prefix}: <...> at the top", line, column)
    return None


def _clauses(text: str, found: list[Token], predeclared: frozenset[str]) -> SyntaxProblem | None:
    """A keyword without what must follow it: LIMIT 1.5, GRAPH {, OPTIONAL ?s, BIND(... AS ?x)
    for a variable the group already has."""
    for index, token in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        shown = repr(following.text) if following is not None else "the end"
        where, line, column = _at(text, following or token)
        if token.keyword in ("LIMIT", "OFFSET") and (following is None or not following.text.isdigit()):
            return SyntaxProblem(f"{token.keyword} needs a whole number at {where}; found {shown}", line, column)
        if token.keyword == "GRAPH" and following is not None and following.text == "{":
            return SyntaxProblem(f"GRAPH needs a graph name (a variable or an IRI) before '{{' at {where}",
                                 line, column)
        if token.keyword in ("OPTIONAL", "MINUS") and (following is None or following.text != "{"):
            return SyntaxProblem(f"{token.keyword} needs a group in braces at {where}: {token.keyword} {{ ... }}; "
                                 f"found {shown}", line, column)
        if token.keyword == "AS" and following is not None and following.kind == "var" and _bound_before(found, index):
            return SyntaxProblem(f"BIND cannot assign {following.text} at {where}: the group already uses it "
                                 "before the BIND; choose a new variable", line, column)
    return None


def _bound_before(found: list[Token], as_index: int) -> bool:
    """Is the variable after ``AS`` of a BIND already in the group before the BIND?"""
    bind = next((i for i in range(as_index - 1, -1, -1) if found[i].keyword == "BIND"), None)
    if bind is None or found[bind + 1:bind + 2] == [] or found[bind + 1].text != "(":
        return False  # a SELECT (... AS ?x): the engine's own message
    if any(found[i].depth < found[bind + 1].depth + 1 for i in range(bind + 2, as_index)):
        return False
    group = next((i for i in range(bind - 1, -1, -1) if found[i].text == "{" and found[i].depth < found[bind].depth),
                 None)
    name = found[as_index + 1].text[1:]
    return group is not None and any(t.kind == "var" and t.text[1:] == name for t in found[group:bind])


def _patterns(text: str, found: list[Token], predeclared: frozenset[str]) -> SyntaxProblem | None:
    """A triple pattern of plain terms that ends before its object (or its predicate), or
    that has a fourth term."""
    wanted = ("a subject", "a predicate (a variable, an IRI or 'a')", "an object (a variable, an IRI or a literal)")
    state: int | None = 0  # the next term expected: 0 subject, 1 predicate, 2 object, 3 none (a pattern ended)
    values: int | None = None  # the depth of a VALUES block being skipped
    for previous, token in zip([None, *found], found, strict=False):
        where, line, column = _at(text, token)
        if values is not None or token.keyword == "VALUES":
            values = token.depth if values is None else values
            if token.text == "}" and token.depth == values:
                values, state = None, 0
        elif token.text in ("{", "}", ".") and token.kind == "punct":
            if state in (1, 2) and previous is not None and previous.text != ";":  # "?s ?p ?o ; ." is allowed
                return SyntaxProblem(f"at {where}: expected {wanted[state]}; found {token.text!r}", line, column)
            state = 0
        elif token.text in (";", ","):
            state = {3: 1 if token.text == ";" else 2}.get(state) if state is not None else None
        elif state is not None and (token.kind in _TERMS or token.keyword in ("A", "TRUE", "FALSE")):
            if state == 3:
                return SyntaxProblem(f"at {where}: expected '.', ';', ',' or '}}' after a subject, a predicate and "
                                     f"an object; found a fourth term, {token.text!r}", line, column)
            state = None if token.keyword == "A" and state != 1 else state + 1
        else:
            state = None
    return None


#: Sentences the engine puts among the expected things, said for people.
_SENTENCES = {
    "Prefix not found": "a declared prefix",
    "IRI parsing failed": "a valid IRI",
    "The SELECT contains a variable that is unbound": None,
}
_UNGROUPED = ("a selected variable is neither grouped nor bound: with COUNT, SUM or another aggregate, every "
              "other selected variable must be in GROUP BY (or inside an aggregate such as SAMPLE)")


def _engine(text: str, found: list[Token], message: str, added_lines: int) -> SyntaxProblem:
    """The engine's message with its position in the user's lines and its expectations in words."""
    match = _ENGINE.match(message.strip())
    if match is None:
        return SyntaxProblem(message)
    line, column = int(match.group(1)) - added_lines, int(match.group(2))
    near = ""
    lines = text.split("\n")
    if 1 <= line <= len(lines):
        offset = sum(len(each) + 1 for each in lines[:line - 1]) + column - 1
        before = [t for t in found if t.start < offset]
        if before and len(before[-1].text) <= 40:
            near = f" (after {before[-1].text!r})"
    if "The SELECT contains a variable that is unbound" in match.group(3):
        return SyntaxProblem(f"at line {line}, column {column}: {_UNGROUPED}", line, column)
    expected = _in_words(match.group(3))
    said = f": expected {expected}" if expected else ": this does not fit there"
    return SyntaxProblem(f"cannot read the text at line {line}, column {column}{near}{said}", line, column)


def _in_words(expected: str) -> str:
    """The engine's list of expected things, as words: keywords and symbols kept, character
    classes and internal names turned into what they stand for."""
    words: list[str] = []
    for item in re.findall(r'"(?:[^"\\]|\\.)*"|\[[^\]]*\]|[A-Za-z][A-Za-z_ ]*', expected):
        item = item.strip()
        if item.startswith("["):
            continue  # character classes: spelled out by the rule around them
        if item.startswith('"'):
            symbol = item[1:-1].encode().decode("unicode_escape")
            words.append({"?": "a variable", "$": "a variable", "<": "an IRI", ":": "an IRI"}.get(
                symbol, _NAMES.get(symbol, repr(symbol))))
        elif _SENTENCES.get(item):
            words.append(str(_SENTENCES[item]))
        elif item.isupper() and item.upper() in KEYWORDS:
            words.append(item)
    if {"ABS", "STR"} & set(words) or {"AVG", "SUM"} <= set(words):
        return "an expression: a variable, a literal, an IRI or a function call"
    unique = list(dict.fromkeys(w for w in words if w not in ("IF", "TZ") or len(words) < 3))
    if not unique:
        return ""
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " or " + unique[-1]
