"""The tables of docs/languages.md, made from the language data (run `python -m tests.languages_doc` to rewrite them)."""

from __future__ import annotations

from pathlib import Path

from editor.languages import CODES, KeywordForm, WordList, load

PAGE = Path(__file__).resolve().parents[1] / "docs" / "languages.md"
HEADING = "## The entries, and which are unverified"


def tables() -> str:
    out = [HEADING, "", "Generated from the data files (`python -m tests.languages_doc`); `✓` verified, `–` unverified,",
           "with the source tag.", ""]
    for code in CODES:
        language = load(code, Path("/nonexistent"))
        out += [f"### {language.name} (`{code}`)", "", "| entry | value | verified | source |", "|---|---|---|---|"]
        shown = 0
        unverified = 0
        for key, entry in language.entries():
            if isinstance(entry, WordList):
                if not entry.words:
                    continue
                value = ", ".join(entry.words)
                value = value if len(value) <= 80 else value[:77] + "…"
            elif isinstance(entry, KeywordForm):
                value = entry.text + (f" ({entry.gender})" if entry.gender else "") + f" — {entry.kind}"
            else:
                value = entry.text
            value = value.replace("|", "\\|")
            out.append(f"| {key} | {value} | {'✓' if entry.verified else '–'} | {entry.source} |")
            shown += 1
            unverified += not entry.verified
        out += ["", f"{unverified} of {shown} entries unverified.", ""]
    return "\n".join(out)


def page_with_tables() -> str:
    text = PAGE.read_text(encoding="utf-8")
    return text[:text.index(HEADING)] + tables()


if __name__ == "__main__":
    PAGE.write_text(page_with_tables(), encoding="utf-8")
