import pytest

from ompm_desktop.errors import ValidationError
from ompm_desktop.services.fields import Field, choice, text


def test_required_text_names_the_field():
    with pytest.raises(ValidationError, match="Last name is required") as caught:
        text("Last name", required=True).clean("last_name", "   ")
    assert caught.value.field == "last_name"


def test_numbers_accept_thousands_separators_and_refuse_words():
    population = Field("Population", "int", minimum=0)
    assert population.clean("population", "4,200") == 4200
    with pytest.raises(ValidationError, match="whole number"):
        population.clean("population", "lots")
    with pytest.raises(ValidationError, match="at least 0"):
        population.clean("population", -3)


def test_dates_say_how_to_write_them():
    due = Field("Follow-up due", "date")
    assert due.clean("d", "2026-12-01") == "2026-12-01"
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        due.clean("d", "1st of December")


def test_local_times_are_stored_in_utc_across_daylight_saving():
    when = Field("When", "datetime")
    assert when.clean("w", "2026-07-01 12:00") == "2026-07-01T16:00:00+00:00"  # EDT
    assert when.clean("w", "2026-12-01 12:00") == "2026-12-01T17:00:00+00:00"  # EST


def test_choices_match_without_regard_to_case():
    kind = choice("Kind", ("Agency", "School"))
    assert kind.clean("kind", "school") == "School"
    with pytest.raises(ValidationError, match="one of: Agency, School"):
        kind.clean("kind", "Bakery")


def test_booleans_read_yes_and_oui():
    flag = Field("Active", "bool")
    assert flag.clean("a", "oui") == 1 and flag.clean("a", "No") == 0


def test_a_whole_number_too_large_to_keep_is_refused_not_a_crash(memory_desk):
    field = Field("Count", "int")
    with pytest.raises(ValidationError, match="Count is too large a number to keep"):
        field.clean("count", 10**20)
    with pytest.raises(ValidationError, match="Population must be at most 10,000,000"):
        memory_desk.neighbourhoods.create({"name": "Vanier", "population": 10**20})
    assert memory_desk.neighbourhoods.count() == 0
