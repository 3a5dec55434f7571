"""A wire report moves its scene with an opening such as "In Libreville,": police, crowds and soldiers told
right after it with no place of their own act there, and belong to that country, not to the one the
report is filed from.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow

STORY = ("MALABO, Equatorial Guinea (Reuters) - Equatorial Guinea and Gabon signed a fishing accord in Malabo on "
         "Tuesday, ending a dispute over the waters around Corisco Bay, officials in Malabo and Bata said.\n\n"
         "In Libreville, several hundred opposition supporters tried to march on the national assembly, calling "
         "the accord a betrayal. Police fired tear gas to disperse them, the interior ministry said.\n\n"
         "Officials in Bata said the signing passed without incident.")
#: The same report with the police told in a paragraph of their own, after the scene's paragraph has ended.
APART = STORY.replace(" Police fired tear gas to disperse them, the interior ministry said.", "").replace(
    "\n\nOfficials in Bata", "\n\nPolice fired tear gas at a rally, the interior ministry said. Officials in Bata")


def test_police_told_after_a_scene_opening_belong_to_that_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, STORY)
    police = [a for a in x.actors if a.name.lower().endswith("police")]
    assert police and all(a.country == "GAB" for a in police)


def test_a_scene_does_not_carry_past_its_paragraph(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, APART)
    police = [a for a in x.actors if a.name.lower().endswith("police")]
    assert police and all(a.country != "GAB" for a in police)
