"""Dates and identity of a resolution (conventions §2.1, §3.3, §4.2 items 2 and 3).

Three spots carry the place and year of the assembly that adopts the text:
the number line "(Rev. Place, Year)", the last entry of the history line and
the preamble "(Place, Year),".  In a MOD or ADD proposal all three must name
the conference of the contribution (taken from the cover's place and
dates); in a standalone text they must agree with the number line.  "Rev."
marks a revised text and is absent from a new one; "No." never precedes a
resolution number.

The patterns are the document language's (editor.rules.wording): "(Rév.
Genève, 2022)", "(Хаммамет, 2016 г.)", "（2016年，哈马马特，修订版）".
"""

from __future__ import annotations

import re
from functools import lru_cache

from editor.model.inline import markup_offset
from editor.model.nodes import Adoption, Cover, Proposal, Resolution
from editor.model.session import EditSession
from editor.rules.context import ProposalRef, language_of, report
from editor.rules.editing import change_final
from editor.rules.problem import Problem
from editor.rules.wording import Wording, wording

RULES = ("dates.missing", "dates.mismatch", "dates.conference", "dates.rev", "dates.number")

_YEAR = re.compile(r"\d{4}")
_ENTRIES = re.compile(r"[;；؛]")
_COMMAS = re.compile(r"[,，،]")
_NUMBER_PREFIX = re.compile(r"^\s*No\.?\s*(?=\d)")


def conference(cover: Cover | None) -> Adoption | None:
    """Place and year of the conference, from the cover's "Geneva, 1-9 March 2022"."""
    return _conference(cover.place_dates) if cover is not None else None


@lru_cache(maxsize=64)
def _conference(place_dates: str) -> Adoption | None:
    place = _COMMAS.split(place_dates)[0].strip()
    years = _YEAR.findall(place_dates)
    return Adoption(False, place, years[-1]) if place and years else None


def _history_spot(entry: str, w: Wording) -> Adoption | None:
    """An entry of the history line in the language's pattern, or read loosely as "Place …, Year"."""
    found = w.parse_spot(entry)
    if found is not None:
        return found
    years = _YEAR.findall(entry)
    return _spot(_COMMAS.split(entry)[0], years[-1]) if years and _COMMAS.search(entry) else None


def history_entries(res: Resolution) -> list[str]:
    """The final history line split into its entries (at ";", or the language's "؛" or "；")."""
    return [e.strip() for e in _ENTRIES.split(res.history.text("final")) if e.strip()]


def spots(res: Resolution) -> dict[str, Adoption | None]:
    """The spots present in the final view ("number", "history", "preamble"), None where unreadable."""
    w = wording(language_of(res))
    out: dict[str, Adoption | None] = {}
    if res.adoption.text("final").strip():
        adoption = w.parse_adoption(res.adoption.text("final"))
        out["number"] = _spot(adoption.place, adoption.year) if adoption else None
    entries = history_entries(res)
    if entries:
        out["history"] = _history_spot(entries[-1], w)
    preamble = res.preamble.text("final")
    if preamble.strip():
        found = w.preamble_spots(preamble)
        out["preamble"] = _spot(found[-1].group("place"), found[-1].group("year")) if found else None
    return out


_RUN_TOGETHER = re.compile(r"[^(),;\d]+,\s*\d{4}\s*[^(),;\d]+,\s*\d{4}")


def _run_together(text: str) -> str | None:
    """The stretch where two place-and-year dates follow each other with no separator ("Hammamet, 2016Geneva, 2022")."""
    found = _RUN_TOGETHER.search(text)
    return " ".join(found.group(0).split()).removeprefix("Rev. ") if found else None  # "Rev." is the line's, not a date's


def _spot(place: str, year: str) -> Adoption | None:
    """A spot, or None when the place holds a year too (two dates run together, as a flattened MOD shows them)."""
    place = place.strip()
    return Adoption(False, place, year) if place and not _YEAR.search(place) else None


_SPOT_NAMES = {"number": "the number line", "history": "the history line", "preamble": "the preamble", "conference": "the conference"}


def reference(res: Resolution, proposal: Proposal | None, cover: Cover | None) -> tuple[Adoption | None, str]:
    """The place and year the spots must show, and where it comes from."""
    conf = conference(cover) if proposal is not None and proposal.action in ("MOD", "ADD") else None
    if conf is not None:
        return conf, "conference"
    found = spots(res)
    for key in ("number", "preamble", "history"):
        if found.get(key) is not None:
            return found[key], key
    return None, ""


def revised(res: Resolution, proposal: Proposal | None) -> bool | None:
    """Whether the text is a revision (None when nothing tells)."""
    if res.draft or (proposal is not None and proposal.action == "ADD"):
        return False
    if proposal is not None and proposal.action == "MOD":
        return True
    entries = history_entries(res)
    if len(entries) == 1 and _earlier_editions(res):
        return True
    return len(entries) > 1 if entries else None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _earlier_editions(res: Resolution) -> bool:
    """Whether the history line cites a footnote listing earlier editions: a long history moved to a footnote
    ("(Hammamet, 2016)" with "Previously published (Geneva, 1956 …)", conventions §2.1, Resolution 1)."""
    for span in res.history.spans:
        note = res.footnote(span.footnote) if span.footnote is not None else None
        if note is not None and _YEAR.search(note.text.text("final")):
            return True
    return False


_SPOT_FIELDS = {"number": "adoption", "history": "history", "preamble": "preamble"}
"""The field of the resolution each spot is typed in."""


def spot_offset(res: Resolution, key: str) -> int:
    """Markup offset where spot `key` starts in its field: the last history entry, the preamble's "(Place, Year)"."""
    inline = getattr(res, _SPOT_FIELDS[key])
    text = inline.text("final")
    if key == "history":
        at = text.rfind(history_entries(res)[-1]) if history_entries(res) else -1
    elif key == "preamble":
        found = wording(language_of(res)).preamble_spots(text)
        at = found[-1].start() if found else len(text.rstrip().rstrip(","))
    else:
        at = 0
    return markup_offset(inline, max(at, 0))


def _shown(spot: Adoption | None, w: Wording) -> str:
    return w.spot_text(spot.place, spot.year) if spot is not None else ""


def check(res: Resolution, proposal: Proposal | None, cover: Cover | None, name: ProposalRef) -> list[Problem]:
    if proposal is not None and proposal.action in ("SUP", "NOC"):
        return []
    out: list[Problem] = []

    def add(rule: str, message: str, fix: str | None, spot: str = "number") -> None:
        field = "number" if rule == "dates.number" else _SPOT_FIELDS[spot]
        offset = 0 if rule == "dates.number" else spot_offset(res, spot)
        out.append(report((name, "final"), "error", rule, message, node=res, fix=fix, field=field, offset=offset))

    number = res.number.text("final")
    if _NUMBER_PREFIX.match(number):
        add("dates.number", f"the number line reads \"{number.strip()}\": a resolution number is not preceded by \"No.\"", "remove \"No.\"")
    ref, source = reference(res, proposal, cover)
    w = wording(language_of(res))
    found = spots(res)
    missing = [key for key in ("number", "preamble") if key in found and found[key] is None]
    if not res.adoption.text("final").strip() and not res.draft:
        missing.insert(0, "number")
    if "preamble" not in found:
        missing.append("preamble")
    fixable = f"bring the dates into line with {_SPOT_NAMES.get(source, source)}" if ref is not None else None
    for key in missing:
        opening, closing = w.brackets
        what = opening + (w.adoption_text(True, "Place", "Year") if key == "number" else w.spot_text("Place", "Year")) + closing
        present = key in found or key == "number"  # an absent preamble is the drafter's to write, not the fix's
        text = (res.adoption if key == "number" else res.preamble).text("final")
        both = _run_together(text)
        message = (f"{_SPOT_NAMES[key]} runs two dates together (\"{both}\"), as a copy of a MOD without its marks does, where it should give one {what}"
                   if both else f"{_SPOT_NAMES[key]} does not give the place and year as {what}")
        add("dates.missing", message, fixable if present else None, key)
    if ref is not None:
        wrong = [key for key, spot in found.items() if spot is not None and key != source and (spot.place, spot.year) != (ref.place, ref.year)]
        if wrong:
            listed = "; ".join(f"{_SPOT_NAMES[k]} has {_shown(found[k], w)}" for k in wrong)
            if source == "conference":
                add("dates.conference", f"the dates must name the conference ({_shown(ref, w)}): {listed}", "bring the dates into line with the conference", wrong[0])
            else:
                add("dates.mismatch", f"the dates disagree with {_SPOT_NAMES[source]} ({_shown(ref, w)}): {listed}", f"bring the dates into line with {_SPOT_NAMES[source]}", wrong[0])
    is_revised = revised(res, proposal)
    has_rev = w.revised_text(res.adoption.text("final"))
    if is_revised is True and not has_rev and res.adoption.text("final").strip():
        add("dates.rev", f"the number line lacks \"{w.rev}\" although the text is a revision", f"add \"{w.rev}\"")
    elif is_revised is False and has_rev:
        add("dates.rev", f"the number line has \"{w.rev}\" although the text is new", f"remove \"{w.rev}\"")
    return out


def align(session: EditSession, res: Resolution, proposal: Proposal | None, cover: Cover | None) -> None:
    """Write the reference place and year into every spot, in the language's patterns (and "Rev." as the text needs)."""
    ref, source = reference(res, proposal, cover)
    if ref is None:
        return
    w = wording(language_of(res))
    rev = revised(res, proposal)
    on = rev if rev is not None else w.revised_text(res.adoption.text("final"))
    if res.adoption.text("final").strip() or not res.draft:
        change_final(session, res.adoption, _adoption(w, on, ref, res.adoption.text("final")))
    spot = w.spot_text(ref.place, ref.year)
    entries = history_entries(res)
    if entries or source == "conference":
        last = _history_spot(entries[-1], w) if entries else None
        if last is None or (last.place, last.year) != (ref.place, ref.year):
            if last is not None and last.year < ref.year:
                entries.append(spot)
            elif entries:
                entries[-1] = spot
            else:
                entries = [spot]
            change_final(session, res.history, w.history_separator.join(entries))
    preamble = res.preamble.text("final")
    if preamble.strip():
        change_final(session, res.preamble, dated_preamble(preamble, w, ref))


def dated_preamble(preamble: str, w: Wording, spot: Adoption) -> str:
    """An enacting formula giving `spot`'s place and year in the language's pattern: its last "(Place, Year)" spot
    rewritten, or one added before its final comma ("The Council" + " (Geneva, 2022),")."""
    found = w.preamble_spots(preamble)
    opening, closing = w.brackets
    dated = f"{opening}{w.spot_text(spot.place, spot.year)}{closing}"
    if found:
        m = found[-1]
        return preamble[: m.start()] + dated + preamble[m.end():]
    body = preamble.rstrip().rstrip(",،，")
    space = " " if w.spaced else ""
    return f"{body}{space}{dated}{w.section[0]}"


def _adoption(w: Wording, revised_text: bool, spot: Adoption, typed: str) -> str:
    """The number line's bracketed text for `spot`, keeping a leading "Rev." as typed (a no-break space after it)."""
    kept = re.match(rf"\s*{re.escape(w.rev)}\s*", typed) if w.rev and w.edition.startswith("{rev}") else None
    if revised_text and kept is not None:
        return kept.group(0).lstrip() + w.adoption_text(False, spot.place, spot.year)
    return w.adoption_text(revised_text, spot.place, spot.year)


def fix_rev(session: EditSession, res: Resolution, proposal: Proposal | None) -> None:
    w = wording(language_of(res))
    found = w.parse_adoption(res.adoption.text("final"))
    if found is not None:
        change_final(session, res.adoption, _adoption(w, bool(revised(res, proposal)), found, res.adoption.text("final")))
    elif revised(res, proposal):
        change_final(session, res.adoption, f"{w.rev} " + res.adoption.text("final").lstrip())
    else:
        change_final(session, res.adoption, res.adoption.text("final").replace(w.rev, "", 1).strip())


def fix_number(session: EditSession, res: Resolution) -> None:
    change_final(session, res.number, _NUMBER_PREFIX.sub("", res.number.text("final")))
