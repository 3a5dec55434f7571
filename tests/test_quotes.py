"""The quotes stage on sentences written for these tests: cues, content spans and speakers."""

from __future__ import annotations

import pytest

from sitrep.model import Document, Extraction, Quote


def run(extractor, text: str) -> Extraction:  # type: ignore[no-untyped-def]
    x: Extraction = extractor.extract(Document(text=text))
    return x


def speaker(x: Extraction, q: Quote) -> str | None:
    actor = x.actor(q.speaker)
    return actor.name if actor else None


def test_a_quotation_interrupted_by_its_attribution_is_one_quote(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "“The bridge will hold,” said Tomas Brandt, the city engineer. “We checked every bolt.”")
    direct = [q for q in x.quotes if q.direct]
    assert len(direct) == 1
    assert "bridge will hold" in direct[0].text and "every bolt" in direct[0].text
    assert speaker(x, direct[0]) == "Tomas Brandt"


def test_reported_clause_before_its_cue_keeps_its_time_phrase(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The harvest will start late next spring, Ms. Okafor said.")
    q = next(q for q in x.quotes if not q.direct)
    assert q.text == "The harvest will start late next spring"
    assert speaker(x, q) is not None and "Okafor" in speaker(x, q)  # type: ignore[operator]


def test_a_pronoun_speaker_is_the_latest_named_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Mayor Anna Kowal said the school would reopen in May. Builders praised the new roof. "
                       "She said the repairs would take a month.")
    q = next(q for q in x.quotes if "repairs would take a month" in q.text)
    assert speaker(x, q) == "Anna Kowal"


def test_an_infinitive_after_a_pledge_is_the_content(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The dockworkers' union vowed to strike again next week.")
    q = next(q for q in x.quotes if q.cue == "vowed")
    assert q.text == "to strike again next week"
    assert speaker(x, q) is not None


def test_a_call_for_something_is_attributed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Senator Ruth Adler called for an independent inquiry into the contracts.")
    q = next(q for q in x.quotes if q.cue == "called")
    assert q.text == "an independent inquiry into the contracts"
    assert speaker(x, q) == "Ruth Adler"


def test_a_short_quoted_phrase_without_a_cue_is_not_a_quote(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The so-called “green deal” was debated for hours in the council chamber.")
    assert not [q for q in x.quotes if q.direct]


def test_an_unnamed_speaker_becomes_an_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A senior official said the convoy had been delayed at the border.")
    q = next(q for q in x.quotes if not q.direct)
    assert "convoy had been delayed" in q.text
    assert "official" in (speaker(x, q) or "")


def test_quoted_words_inside_reported_speech_are_not_a_separate_quote(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Marta Lind said the new rules were “a gift to smugglers and nobody else” and would fail.")
    assert len(x.quotes) == 1
    assert not x.quotes[0].direct and "gift to smugglers" in x.quotes[0].text


def test_a_straight_quotation_left_open_does_not_pair_a_close_with_the_next_open(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ('The report, titled "Water First, came out on Monday. Lena Ortiz called it "a failure." '
            'Councillor Ines Varga said the budget was "far too thin."')
    x = run(extractor, text)
    quoted = [x_text for q in x.quotes if (x_text := text[q.start:q.end])]
    assert not any("Councillor" in t for t in quoted)
    assert any("far too thin" in t for t in quoted)


def test_a_paragraph_opening_with_a_closing_mark_is_still_a_quotation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "”The river has never been this low. We are worried about the harvest.” ― Petra Lund")
    assert any(q.direct and "river has never been this low" in q.text for q in x.quotes)


def test_a_participle_after_a_preposition_takes_the_main_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Governor Ada Mbeki, despite admitting that the dam had leaked, said the town was safe.")
    q = next(q for q in x.quotes if q.cue == "admitting")
    assert "Mbeki" in (speaker(x, q) or "")


def test_likening_one_thing_to_another_is_attributed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Senator Omar Haddad likened the new tariff to a tax on every family.")
    q = next(q for q in x.quotes if q.cue == "likened")
    assert "a tax on every family" in q.text
    assert speaker(x, q) == "Omar Haddad"


def test_a_pronoun_returns_to_the_person_who_last_spoke_not_one_named_in_a_quotation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Harbour master Lena Dahl told reporters the pier was unsafe.\n\n"
                       "“We need a new pier,” she said. “Oskar Brenner built this one in 1950.”\n\n"
                       "“The tide is rising every year,” she added.")
    q = next(q for q in x.quotes if "tide is rising" in q.text)
    assert speaker(x, q) == "Lena Dahl"


def test_a_quotation_hanging_from_a_verb_that_is_not_speech_is_its_subjects(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Governor Ines Varga named the new dam “a monument to our stubborn valley farmers.”")
    q = next(q for q in x.quotes if q.direct)
    assert speaker(x, q) == "Ines Varga"


def test_a_time_stamp_glued_to_the_first_sentence_is_not_its_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Briefing: Ferry strike widens\n4:15 p.m.\nUnion leader Piet Molenaar is again "
                       "warning that the ferries will stay in port through the holiday weekend.")
    q = next(q for q in x.quotes if "ferries will stay" in q.text)
    assert speaker(x, q) == "Piet Molenaar"


def test_a_quotation_after_an_attribution_sentence_is_not_joined_to_the_one_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'The coach called the loss "a wake-up call." Club chairman Rui Falcao said the squad was '
                       '"tired and badly prepared."')
    direct = [q for q in x.quotes if "wake-up call" in q.text]
    assert direct and all("tired" not in q.text for q in direct)


def test_reported_speech_runs_to_the_end_of_its_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Councillor Ines Varga said the new toll would hurt commuters, forcing many to drive "
                       "through the old town instead.")
    q = next(q for q in x.quotes if q.cue == "said")
    assert q.text.endswith("drive through the old town instead")


def test_reported_speech_stops_where_another_speaker_starts(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Mayor Tomas Brandt said the ferry would run all winter, and harbour master Lena Dahl "
                       "said the pier could not take the weight.")
    q = next(q for q in x.quotes if "ferry would run" in q.text)
    assert "Dahl" not in q.text and "pier" not in q.text


def test_an_attribution_in_the_middle_of_a_sentence_takes_the_whole_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The old mill, Mayor Ann Toll said, would become a library after the repairs.")
    q = next(q for q in x.quotes if q.cue == "said")
    assert q.text.startswith("The old mill") and q.text.endswith("after the repairs")
    assert speaker(x, q) == "Ann Toll"


def test_a_title_in_an_interrupting_attribution_does_not_split_the_quotation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"The valley will never be the same, and that is good," said the Rev. Paul Marsh, of '
                       'Hill Street Chapel. "What seemed normal was normal only for some."')
    direct = [q for q in x.quotes if q.direct]
    assert len(direct) == 1 and "normal only for some" in direct[0].text


def test_a_quoted_show_name_is_not_speech(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Senator Omar Haddad told “Harbor Morning Report” that the budget was late.")
    assert not [q for q in x.quotes if q.direct]
    assert any("budget was late" in q.text for q in x.quotes)


def test_a_quotation_picked_up_mid_clause_keeps_its_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'Skipping the audit "was a smart move," Ivo Marsh said on Monday.')
    q = next(q for q in x.quotes if q.direct)
    assert q.text.startswith("Skipping the audit")
    assert speaker(x, q) == "Ivo Marsh"


def test_according_to_with_an_appositive_source(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "According to Ivo Marsh, a lawyer for the family, the deputies fired first.")
    q = next(q for q in x.quotes if q.cue == "According")
    assert q.text == "the deputies fired first"
    assert speaker(x, q) == "Ivo Marsh"


def test_according_to_is_kept_beside_a_cue_inside_its_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "According to police, deputies saw a man leave the car with a rifle, and they ordered "
                       "him to drop it.")
    q = next(q for q in x.quotes if q.cue == "According")
    assert q.text.startswith("deputies saw a man")


def test_an_aside_after_a_subordinate_clause_takes_the_rest_of_the_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Though the first merger went smoothly, Ivo Marsh said, a second one would be far harder.")
    q = next(q for q in x.quotes if q.cue == "said")
    assert q.text.startswith("Though the first merger") and q.text.endswith("far harder")


def test_the_owner_of_a_statement_is_its_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The harbour authority's statement said the dam would be inspected every month.")
    q = next(q for q in x.quotes if q.cue == "said")
    assert "statement" not in (speaker(x, q) or "statement")


def test_an_attribution_that_opens_the_next_quotation_does_not_join_it_to_the_last(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'Mayor Anna Kowal said the ferry was "the slowest in the region." She added, "We will '
                       'buy a new one next year."')
    q = next(q for q in x.quotes if q.direct and "new one next year" in q.text)
    assert "slowest" not in q.text


def test_reported_speech_stops_before_a_quotation_with_its_own_cue(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'The agency said pensioners would not qualify, and when pressed on the reason, the '
                       'minister replied, "The fund is simply too small for everyone."')
    q = next(q for q in x.quotes if q.cue == "said")
    assert "too small" not in q.text
    assert any(d.direct and "too small" in d.text for d in x.quotes)


def test_reported_speech_nested_in_reported_speech_is_one_attribution(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Mayor Anna Kowal said she believes the new ferry will cut crossing times by half.")
    assert len(x.quotes) == 1
    assert x.quotes[0].cue == "said" and "ferry will cut" in x.quotes[0].text


def test_a_quotation_takes_its_cue_from_its_own_paragraph(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Both skippers say the harbour board has never told them where to moor.\n\n"
                       "''I have never once been fined for it,'' Captain Oskar Brenner, 71, told me.")
    q = next(q for q in x.quotes if q.direct)
    assert q.cue == "told" and speaker(x, q) == "Oskar Brenner"


def test_reported_speech_stringing_quoted_fragments_together_is_kept_whole(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'Senator Ruth Adler acknowledged that there are still "a few holdouts" who oppose the '
                       'bridge, "but not many at all."')
    q = next(q for q in x.quotes if q.cue == "acknowledged")
    assert "a few holdouts" in q.text and "not many" in q.text
    assert len(x.quotes) == 1


def test_an_as_aside_attributes_the_clause_it_hangs_from(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "As several engineers have pointed out, the old bridge cannot carry the new trams.")
    q = next(q for q in x.quotes if q.cue == "pointed")
    assert q.text == "the old bridge cannot carry the new trams"
    assert "engineers" in (speaker(x, q) or "")
    x = run(extractor, "The ferry will stop running in May, as the mayor noted.")
    q = next(q for q in x.quotes if q.cue == "noted")
    assert q.text == "The ferry will stop running in May"


def test_words_after_a_colon_run_to_the_end_of_their_paragraph(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The governor added: It is typical of the council. They know nothing about the river.\n\n"
                       "The vote is on Monday.")
    q = next(q for q in x.quotes if q.cue == "added")
    assert q.text.endswith("nothing about the river") and "Monday" not in q.text


def test_a_gerund_put_forward_and_a_one_word_object_are_positions(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Senator Omar Haddad proposed dropping the harbour levy. The dockworkers' union endorsed "
                       "Haddad.")
    assert any(q.cue == "proposed" and q.text == "dropping the harbour levy" for q in x.quotes)
    assert any(q.cue == "endorsed" and q.text == "Haddad" for q in x.quotes)


def test_a_quotation_with_no_cue_and_no_speaker_is_not_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'The festival opened on Friday.\n\n"Follow the river trail to the old mill for the best view."')
    assert not [q for q in x.quotes if q.direct]


def test_a_headline_claim_without_a_verb_is_attributed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Mayor says ferry 'too slow' for the islanders.\n\nThe ferry runs twice a day.")
    q = next(q for q in x.quotes if q.cue == "says")
    assert q.text == "ferry 'too slow' for the islanders"


def test_an_owned_pledge_takes_its_infinitive(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The mayor's pledge to rebuild the pier was welcomed by the fishermen.")
    q = next(q for q in x.quotes if q.cue == "pledge")
    assert q.text == "to rebuild the pier"
    assert "mayor" in (speaker(x, q) or "")


def test_a_bare_compared_with_participle_is_not_an_attribution(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ferry fares rose 12 percent last year, compared with 3 percent for buses.")
    assert not [q for q in x.quotes if q.cue == "compared"]


def test_a_curly_quotation_closed_by_a_straight_mark_is_still_a_quotation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'The mayor, Ana Ruiz, said: “We will rebuild the bridge before winter."')
    quote = next(q for q in x.quotes if "rebuild the bridge" in q.text)
    speaker = x.actor(quote.speaker) if quote.speaker else None
    assert speaker is not None and speaker.name in ("mayor", "Ana Ruiz")


def test_a_cue_the_parser_joined_to_a_verb_inside_the_quote_speaks_for_the_name_after_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extractor.extract(Document(text="\"Each time the regime is afraid, it invents a plot. Then the arrests begin, "
                                        "and they never stop at soldiers,\" the party's secretary-general, Amadou "
                                        "Kone Traore, told AFP.", published="2025-03-07"))
    quote = next(q for q in x.quotes if q.text.startswith("Each time"))
    speaker = x.actor(quote.speaker) if quote.speaker else None
    assert speaker is not None and speaker.name == "Amadou Kone Traore"


def test_words_a_named_speaker_told_are_his_whatever_record_they_are_according_to(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extractor.extract(Document(text="The chief mediator, Paul Mwangi Otieno, opened the session. \"Every week "
                                        "without a deal is another week of funerals,\" Otieno told the delegates, "
                                        "according to a copy of his speech seen by Reuters.", published="2025-03-07"))
    quote = next(q for q in x.quotes if "funerals" in q.text)
    speaker = x.actor(quote.speaker) if quote.speaker else None
    assert speaker is not None and speaker.name == "Paul Mwangi Otieno"


def test_quoted_words_framed_by_an_accusation_are_the_accusers(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extractor.extract(Document(text="The SDF accused \"undisciplined factions\" of opening fire on its patrol.",
                                   published="2025-03-07"))
    assert [x.actor(q.speaker).name for q in x.quotes if q.speaker] == ["SDF"]  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "opening", "who"), [
    # "she said" passes over a crew that attacked someone: a deed, not speech
    ("Foreign Ministry spokeswoman Lena Varga said the boats had been fishing legally and rejected the account "
     "that the crew had attacked the officers. \"The use of force against unarmed fishermen is unacceptable,\" "
     "she said.", "The use of force", "Lena Varga"),
    # a mother who shares only her son's surname speaks for herself
    ("The teenager, identified by prosecutors as Brayan Olivas Quezada, was shot near the fence. \"He had nothing "
     "in his hands,\" his mother, Rosa Quezada, 44, said outside the morgue.", "He had nothing", "Rosa Quezada"),
])
def test_a_quote_goes_to_the_person_who_said_it_not_a_namesake_or_a_doer(extractor, text: str,  # type: ignore[no-untyped-def]
                                                                        opening: str, who: str) -> None:
    x = run(extractor, text)
    q = next(q for q in x.quotes if q.text.startswith(opening))
    assert speaker(x, q) == who


def test_a_double_barrelled_surname_alone_is_the_person_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The mission, led by former foreign minister Hawa Kamara-Sesay, met officials on Monday. "
                       "\"No one should die for an opinion,\" Kamara-Sesay told reporters. She urged the security "
                       "forces \"to show maximum restraint.\"")
    assert not any(a.name == "Kamara-Sesay" for a in x.actors)
    assert {speaker(x, q) for q in x.quotes} == {"Hawa Kamara-Sesay"}


def test_a_name_between_commas_after_an_office_is_its_holder(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The agency's chief electoral officer, Marc-Andre Tessier, said every voter had been told. "
                       "\"Canadians can vote with confidence,\" he said. The ship's manager, Straitline Marine "
                       "Management, denied the claim.")
    q = next(q for q in x.quotes if q.text.startswith("Canadians"))
    assert speaker(x, q) == "Marc-Andre Tessier"
    assert not any(a.kind == "person" and "Management" in a.name for a in x.actors)


def test_a_speaking_body_the_tagger_cut_short_is_a_body_not_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SAO PAULO — The Federal Highway Police said it had cleared 37 blockades by Tuesday evening.")
    body = next(a for a in x.actors if a.name.endswith("Police"))
    assert body.kind == "organization"


def test_a_body_first_named_as_a_speaker_takes_the_reports_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ULAANBAATAR (Reuters) - Mongolian truck drivers blocked the road to the Chinese border for a "
                       "third day on Monday, Mongolian officials said. \"We cannot wait any longer,\" the drivers' "
                       "association said in a statement.")
    speakers = {a.name: a.country for a in x.actors if any(q.speaker == a.id for q in x.quotes)}
    assert speakers and all(country == "MNG" for country in speakers.values())


@pytest.mark.parametrize("said", ["The statement said the army had harassed villagers.",
                                  "The group's statement said the army had harassed villagers."])
def test_a_statement_that_speaks_speaks_for_its_author(extractor, said: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "IMPHAL, India (Reuters) - A rebel group, the Hill Peoples Front, said in a statement that it "
                       f"carried out the attack. {said}")
    speakers = {a.name for a in x.actors if any(q.speaker == a.id for q in x.quotes)}
    assert speakers and not any("statement" in name.lower() for name in speakers)
