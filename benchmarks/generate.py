"""A large, realistic document for the benchmarks: ~3,000 clauses over 100 resolutions.

Deterministic (seeded), so every benchmark and every run measures the same
document.  Each resolution is a MOD proposal with the usual sections, some
sub-items, and a few tracked changes.
"""

from __future__ import annotations

import random

from editor.model import Clause, Cover, Document, Inline, Mark, Proposal, Resolution, Section, Span

WORDS = ["the", "standardization", "sector", "study", "groups", "recommendations", "collaboration", "organizations", "telecommunication", "development", "member", "states", "sector", "members", "resolution", "assembly", "director", "bureau", "coordination", "conformance", "interoperability", "programme", "activities", "international", "procedures", "alignment", "technical", "committee"]


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def large_document(resolutions: int = 100, clauses: int = 30, seed: int = 7) -> Document:
    """`resolutions` MOD proposals of about `clauses` clauses each."""
    rng = random.Random(seed)
    mark_id = 0
    proposals = []
    for r in range(1, resolutions + 1):
        sections = []
        layout = [("considering", "preambular", clauses // 3), ("noting", "preambular", clauses // 6),
                  ("recognizing", "preambular", clauses // 6), ("resolves", "operative", clauses - clauses // 3 - 2 * (clauses // 6))]
        for si, (keyword, kind, count) in enumerate(layout):
            items = []
            for c in range(count):
                label = chr(ord("a") + c) + ")" if kind == "preambular" else str(c + 1)
                last_section = si == len(layout) - 1
                end = ";" if c < count - 1 else ("." if last_section else ",")
                text = "that " + _sentence(rng, rng.randint(12, 40)) + end
                spans = [Span(text)]
                if rng.random() < 0.1:
                    mark_id += 1
                    cut = text.index(" ", 10)
                    spans = [Span(text[:cut]), Span(" " + _sentence(rng, 3), mark=Mark("ins", "Bench", "2022-01-01T00:00:00Z", mark_id)), Span(text[cut:])]
                subs = []
                if rng.random() < 0.08:
                    subs = [Clause("–", _sentence(rng, 10) + (";" if k < 2 else ",")) for k in range(3)]
                items.append(Clause(label, Inline(spans), subs))
            sections.append(Section(keyword, kind, items))  # type: ignore[arg-type]
        res = Resolution(
            number=str(r),
            adoption="Rev. Geneva, 2022",
            title="Resolution on " + _sentence(rng, 6),
            history="Helsinki, 1993; Geneva, 1996; Montreal, 2000; Hammamet, 2016; Geneva, 2022",
            preamble="The World Telecommunication Standardization Assembly (Geneva, 2022),",
            sections=sections,
        )
        proposals.append(Proposal("MOD", f"BEN/1A1/{r}", res, reasons="To keep the text up to date."))
    cover = Cover(conference="World Telecommunication Standardization Assembly", acronym="WTSA-20",
                  place_dates="Geneva, 1-9 March 2022", document="1", addendum="1", source="Benchmark Administrations",
                  title="Proposals for the work of the assembly")
    return Document(proposals, cover)


def clause_count(doc: Document) -> int:
    return sum(1 for n in doc.walk() if isinstance(n, Clause) and n.level == 0)
