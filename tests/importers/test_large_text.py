"""Large text is imported in bounded time and memory, or refused with one sentence (issue 12, item 5).

Memory is the peak that tracemalloc sees during the import, against the text's
own size; no time is asserted (the import benchmark prints the figures).
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

import pytest

from editor.importers.plaintext import ImportResult, import_text
from editor.xmlio.errors import DocumentError


def peak(run: Callable[[], object]) -> tuple[int, DocumentError | None]:
    """The peak memory allocated while `run` runs, and the refusal it raised (None when it did not).

    A small import first loads what every import shares once (the language data, the word lists),
    so that only what grows with the text is measured.
    """
    import_text("considering\na)\tthat the word lists are loaded,\nconsidérant\nconsiderando")
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1], None
    except DocumentError as exc:
        return tracemalloc.get_traced_memory()[1], exc
    finally:
        tracemalloc.stop()


def one_line(size: int) -> str:
    return ("the work of the sector and its groups, " * (size // 39 + 1))[:size]


def one_clause(size: int) -> str:
    body = ("the work goes on " * (size // 17 + 1))[:size]
    return f"RESOLUTION 1\nT\nThe World Telecommunication Standardization Assembly (Geneva, 2022),\nresolves\n1\tthat {body};\n"


@pytest.mark.parametrize("make", [one_line, one_clause], ids=["one line", "one clause"])
def test_megabytes_on_one_line_import_within_ten_times_their_size(make: Callable[[int], str]) -> None:
    text = make(2_000_000)
    results: list[ImportResult] = []
    used, refused = peak(lambda: results.append(import_text(text)))
    assert refused is None and used < 10 * len(text)
    assert results[0].document.proposals  # imported, not refused


def test_many_short_lines_are_refused_with_one_sentence_before_the_work() -> None:
    text = "that it be done;\n" * 350_000  # 6 MB of short lines
    used, refused = peak(lambda: import_text(text, "big.txt"))
    assert used < 10 * len(text)
    assert str(refused).startswith("big.txt: holds 350,000 paragraphs; an import reads at most 100,000")


def test_very_many_very_short_paragraphs_are_a_list_not_a_resolution() -> None:
    with pytest.raises(DocumentError, match="a list or a table rather than the text of resolutions"):
        import_text("\n".join(f"item {i}" for i in range(20_000)))


def test_more_than_sixteen_million_characters_are_refused() -> None:
    with pytest.raises(DocumentError, match="million characters of text"):
        import_text("x" * (16 * 1024 * 1024 + 1))


def test_one_line_that_would_split_into_too_many_paragraphs_is_refused() -> None:
    text = "; ".join(f"{chr(97 + i % 26)}) that item {i}" for i in range(120_000))  # 2.3 MB, every clause inline
    used, refused = peak(lambda: import_text(text))
    assert refused is not None and "paragraphs; an import reads at most 100,000" in str(refused)
    assert used < 10 * len(text)
