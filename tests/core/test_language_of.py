"""A PDF made in French in the background speaks French in its own thread alone: the window,
in English, does not change language meanwhile, nor after."""

import threading

from ompm_desktop.i18n import _, current_language, language_of, set_language
from ompm_desktop.model.quadrants import Quadrant


def test_a_language_spoken_in_one_thread_leaves_the_others_alone():
    set_language("en")
    inside, release = threading.Event(), threading.Event()
    seen = {}

    def make_pdf() -> None:
        with language_of("fr"):
            seen["during"] = current_language(), Quadrant.SAFETY.label
            inside.set()
            release.wait(5)
        seen["after"] = current_language()

    worker = threading.Thread(target=make_pdf)
    worker.start()
    assert inside.wait(5)
    assert current_language() == "en"  # the window, meanwhile
    assert Quadrant.SAFETY.label == "Community Safety & Consultation"
    release.set()
    worker.join(5)
    assert seen["during"] == ("fr", "Sécurité communautaire et consultation")
    assert seen["after"] == "en"


def test_language_of_nests_and_gives_back_the_window_s_language():
    set_language("fr")
    try:
        with language_of("en"):
            assert _("Assignments") == "Assignments"
            with language_of("fr"):
                assert _("Assignments") == "Affectations"
            assert current_language() == "en"
        assert current_language() == "fr" and _("Assignments") == "Affectations"
    finally:
        set_language("en")
