"""A summary that looks like it holds a person's identifying details is flagged: phone
numbers, e-mail addresses, dates of birth, street addresses, names after Mr./Mrs./named."""

import pytest

from ompm_desktop.privacy.personal_details import personal_details, personal_details_warning


@pytest.mark.parametrize(("text", "kind", "found"), [
    ("Call her back at 613-555-0142 tomorrow", "a phone number", "613-555-0142"),
    ("Cell (613) 555 0142", "a phone number", "(613) 555 0142"),
    ("Wrote to jdoe@example.org about it", "an e-mail address", "jdoe@example.org"),
    ("Youth, DOB 2009-04-02, hanging at the lot", "a date of birth", "DOB"),
    ("Complainant lives at 412 Laurier Ave. E.", "a street address", "412 Laurier Ave."),
    ("Noise from apt 12 again", "a street address", "apt 12"),
    ("Spoke with Mrs. Tremblay about the park", "a person's name", "Mrs. Tremblay"),
    ("A man named Kevin was asking for money", "a person's name", "named Kevin"),
])
def test_each_kind_of_detail_is_found(text, kind, found):
    assert [(d.kind, d.text) for d in personal_details(text)] == [(kind, found)]


@pytest.mark.parametrize("text", [
    "Foot patrol of the Gordon St. plaza after dark",
    "Reviewed break-and-enter pattern on Bank St. with the crime analyst",
    "Met the BIA board on 2026-11-03 about 12 shoplifting reports",
    "Bicycle safety talk to the grade 5 classes",
    "Called 911 dispatch about the alarm",
])
def test_what_a_contact_is_about_is_not_flagged(text):
    assert personal_details(text) == []


def test_the_warning_names_what_it_found_in_one_sentence():
    warning = personal_details_warning("Mr. Roy, 613-555-0199")
    assert warning.startswith("This looks like it holds personal details: a person's name "
                              "(Mr. Roy); a phone number (613-555-0199).")
    assert personal_details_warning("Patrol of the park") == ""
