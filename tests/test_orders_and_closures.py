"""Orders given ("ordered the crowd to disperse", "ordered the evacuation of 14 villages") are the giver's
COERCE of those ordered; a border closed is closed on the country beyond it.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run
from sitrep.model import Event, Extraction

pytestmark = pytest.mark.slow


def _read(x: Extraction, types: tuple[str, ...], triggers: tuple[str, ...]) -> list[Event]:
    """The events of X of one of TYPES, read from one of the TRIGGERS words."""
    return [e for e in x.events if e.type in types and e.trigger in triggers]


def test_an_evacuation_ordered_by_its_noun_is_a_coercion_by_the_authorities(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LISBON — A wildfire spread across the hills of central Portugal on Sunday, and the "
                       "civil protection authority ordered the evacuation of 12 villages near Guarda.")
    ordered = _read(x, ("COERCE",), ("ordered",))
    assert ordered and countries(x, ordered[0].source) == {"PRT"}


def test_workers_ordered_back_to_work_are_coerced_by_the_minister(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "OTTAWA — Canada's labour minister on Monday ordered striking rail workers back to work "
                       "and sent the dispute to binding arbitration.")
    ordered = _read(x, ("COERCE",), ("ordered",))
    assert ordered and countries(x, ordered[0].source) == {"CAN"}


def test_a_crowd_ordered_to_disperse_is_dispersed_by_the_police_not_by_itself(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MBABANE — Riot police in Eswatini surrounded the square on Tuesday and ordered the "
                       "crowd to disperse.")
    dispersal = _read(x, ("COERCE",), ("disperse", "ordered"))
    assert dispersal and all("crowd" not in " ".join(names(x, e.source)).lower() for e in dispersal)


def test_a_side_of_a_crossing_closed_in_a_two_country_story_is_closed_on_the_other_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BAGHDAD — Thousands of Syrians fled fighting in Deir ez-Zor province on Sunday, Syria's "
                       "state news agency said, as government troops and Kurdish-led fighters clashed for a third "
                       "day. Syria's foreign ministry asked Iraq to keep its border open. Iraq closed its side of "
                       "the Al-Qaim crossing to trade on Monday.")
    closed = _read(x, ("COERCE", "SANCTION"), ("closed",))
    assert closed and countries(x, closed[0].source) == {"IRQ"} and countries(x, closed[0].target) == {"SYR"}


def test_police_surrounding_an_embassy_coerce_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MANAGUA — Nicaraguan police surrounded Panama's embassy in Managua on Tuesday after "
                       "Panama granted asylum to a journalist.")
    ringed = _read(x, ("COERCE",), ("surrounded",))
    assert ringed and countries(x, ringed[0].source) == {"NIC"} and countries(x, ringed[0].target) == {"PAN"}


def test_hills_surrounding_a_village_are_no_encirclement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Lesotho, a mountainous kingdom surrounded by South Africa, earns millions from water "
                       "sales. Militants fired at houses in a village from surrounding hills.")
    assert not [e for e in x.events if e.trigger in ("surrounded", "surrounding")]


def test_barring_people_from_leaving_the_country_is_a_coercion(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KYIV — Ukraine has barred most men of military age from leaving the country since the war "
                       "began, the border guard service said.")
    assert _read(x, ("COERCE",), ("barred",))


def test_vaccine_doses_sent_to_an_outbreak_are_aid(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "JUBA — The health minister said the government had sent 15,000 doses of oral cholera "
                       "vaccine to Malakal after 30 people died.")
    assert _read(x, ("AID",), ("sent",))


def test_those_ordered_with_no_country_are_the_ordering_states_own(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "CHISINAU, Moldova (AP) — Moldova declared an energy emergency on Monday after gas "
                       "supplies were cut. Most industrial plants were ordered to stop work.")
    ordered = _read(x, ("COERCE",), ("ordered",))
    assert ordered and countries(x, ordered[0].target) == {"MDA"}


def test_a_border_bridge_closed_after_a_shooting_is_closed_on_the_other_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TERMEZ, Uzbekistan (AP) — Uzbek border guards fired on a boat on the Amu Darya river on "
                       "Monday, killing five Afghan fishermen, the Taliban said. Afghanistan's Taliban government "
                       "summoned Uzbekistan's envoy in Kabul. Hours after the shooting, Uzbek authorities closed the "
                       "Friendship Bridge between Termez and Hairatan.")
    closed = _read(x, ("COERCE", "SANCTION"), ("closed",))
    assert closed and countries(x, closed[0].target) == {"AFG"}
