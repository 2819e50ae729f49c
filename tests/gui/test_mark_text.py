"""A mark's date reads as the reader's locale writes it, in local time, never as the stored ISO string."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale

from editor.gui import mark_text
from editor.model.marks import Mark


def _local(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()


def test_the_date_in_english_and_in_french() -> None:
    stored = "2022-02-01T10:00:00Z"
    here = _local(stored)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert mark_text.when(stored, english) == f"{here.day} {here.strftime('%B')} {here.year}, {here:%H:%M}"
    assert mark_text.when(stored, french) == f"{here.day} février 2022, {here:%H:%M}"  # 1 February 10:00 UTC is February everywhere
    assert "T" not in mark_text.when(stored, english) and "Z" not in mark_text.when(stored, english)


def test_a_date_that_is_not_one_is_shown_as_written() -> None:
    assert mark_text.when("yesterday") == "yesterday"


def test_the_tooltip_names_the_author_and_the_date() -> None:
    mark = Mark("del", "ARB", datetime(2022, 2, 1, 10, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), 3)
    assert mark_text.describe(mark) == f"Deleted by ARB, {mark_text.when(mark.date)}"
    assert mark_text.describe(Mark("ins", "", mark.date, 4)).startswith("Inserted by an unknown author, ")
