"""kg/store/query_process.execute: results cut to the row limit, counted cheaply but never
cut when they fit."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.store.query_process import execute

#: Five rows of two bound cells each, and one row with none: 6 rows, 14 JSON objects among them.
ROWS = 'SELECT * WHERE { VALUES (?a ?b) { (1 "x") (2 "y{},{") (3 "z") (4 "w") (5 "v") (UNDEF UNDEF) } }'


@pytest.mark.parametrize("limit", [6, 7, 100, None])
def test_json_results_within_the_limit_are_whole(limit: int | None) -> None:
    output = execute(ox.Store(), ROWS, max_rows=limit)
    assert not output.truncated and len(json.loads(output.data)["results"]["bindings"]) == 6


@pytest.mark.parametrize("limit", [1, 5])
def test_json_results_over_the_limit_are_cut_to_it(limit: int) -> None:
    output = execute(ox.Store(), ROWS, max_rows=limit)
    assert output.truncated and output.cut_by == "rows"
    assert len(json.loads(output.data)["results"]["bindings"]) == limit


def test_no_rows_and_one_empty_row_are_told_apart() -> None:
    none = execute(ox.Store(), "SELECT ?x WHERE { FILTER(false) }", max_rows=0)
    assert not none.truncated and json.loads(none.data)["results"]["bindings"] == []
    empty = execute(ox.Store(), "SELECT ?x WHERE { }", max_rows=0)
    assert empty.truncated and json.loads(empty.data)["results"]["bindings"] == []
