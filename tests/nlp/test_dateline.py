import pytest

from sanderling.nlp.dateline import find_dateline

CASES = [
    ("Moscow, Russia – The foreign ministers arrived.", "Moscow", "Russia"),
    ("BAMAKO, Mali — Troops left the base.", "Bamako", "Mali"),
    ("NIAMEY (Reuters) - The junta said.", "Niamey", ""),
    ("WASHINGTON — The US imposed sanctions.", "Washington", ""),
    ("ABUJA, Nigeria, March 3 — Leaders met.", "Abuja", "Nigeria"),
    ("OUAGADOUGOU, Burkina Faso -- The captain spoke.", "Ouagadougou", "Burkina Faso"),
]


@pytest.mark.parametrize(("text", "place", "country"), CASES)
def test_dateline_is_found_with_place_and_country(text, place, country):
    dateline = find_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.country) == (place, country)
    assert text[dateline.end :][0].isupper()


@pytest.mark.parametrize(
    "text",
    ["The foreign ministers of Mali arrived.", "Mali and Niger - the two neighbours - met.", "In Moscow, talks began."],
)
def test_dateline_is_not_found_in_ordinary_sentences(text):
    assert find_dateline(text) is None
