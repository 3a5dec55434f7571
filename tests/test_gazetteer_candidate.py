"""The pieces of a fast first-time lookup: packed entries, fast-built Candidates, the key filter, name keys."""

from __future__ import annotations

import dataclasses

import pytest

from sitrep.gazetteer.candidate import (
    Candidate,
    Feature,
    make_candidate,
    pack_candidates,
    unpack_candidates,
    with_exact,
)
from sitrep.gazetteer.keyfilter import build_filter, may_hold
from sitrep.gazetteer.normalise import name_key

CITY: Feature = "city"
FIELDS = (-42, "Nordvik", "NOR", "Vestland", 60.5, 5.25, CITY, 1_250, False, "PPL", True)


def test_a_fast_built_candidate_is_a_candidate_equal_to_the_constructed_one() -> None:
    fast = make_candidate(*FIELDS)
    slow = Candidate(*FIELDS)
    assert type(fast) is Candidate
    assert fast == slow and hash(fast) == hash(slow)
    assert dataclasses.astuple(fast) == dataclasses.astuple(slow) == FIELDS
    assert repr(fast) == repr(slow)


def test_a_fast_built_candidate_stays_frozen() -> None:
    fast = make_candidate(*FIELDS)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.name = "Sorvik"  # type: ignore[misc]


def test_with_exact_changes_only_the_exact_flag() -> None:
    loose = with_exact(make_candidate(*FIELDS), False)
    assert not loose.exact
    assert dataclasses.astuple(loose)[:-1] == FIELDS[:-1]
    assert loose == dataclasses.replace(Candidate(*FIELDS), exact=False)


def test_packed_entries_unpack_in_order_with_flags_as_bools_and_unknown_features_as_other() -> None:
    rows: list[tuple[object, ...]] = [(7, "Ostby", "SWE", None, 59.0, 18.0, "city", 900, 1, "PPLC", 0),
            (-8, "Ostby", None, None, 10, 20, "river", 0, 0, "STM", 1)]
    unpacked = unpack_candidates(pack_candidates(rows))
    assert [c.geonameid for c in unpacked] == [7, -8]
    assert unpacked[0].is_capital is True and unpacked[0].exact is False
    assert unpacked[1].feature == "other" and unpacked[1].exact is True
    assert isinstance(unpacked[1].lat, float)
    assert all(type(c) is Candidate for c in unpacked)


def test_no_entries_pack_to_an_empty_answer() -> None:
    assert unpack_candidates(pack_candidates([])) == ()


def test_a_key_filter_holds_every_key_it_was_built_from() -> None:
    keys = [f"testplace {n}" for n in range(2_000)] + ["ostby", "nordvik vestland", ""]
    bits = build_filter(keys)
    assert all(may_hold(bits, key) for key in keys)


def test_a_key_filter_turns_away_keys_it_was_not_built_from() -> None:
    bits = build_filter(["ostby", "nordvik"])
    absent = [f"not a place {n}" for n in range(1_000)]
    assert sum(may_hold(bits, key) for key in absent) <= 5


def test_name_keys_of_single_words_and_of_phrases_follow_the_same_rules() -> None:
    assert name_key("Nordvik") == "nordvik" == name_key("NORDVIK")
    assert name_key("Nord-Vik's  (Old).") == "nord viks old"
    assert name_key("Nørdvík") == "nordvik"
