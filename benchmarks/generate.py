"""A large, realistic document for the benchmarks: ~3,000 clauses over 100 resolutions.

Deterministic (seeded), so every benchmark and every run measures the same
document.  Each resolution is a MOD proposal with the usual sections, some
sub-items, and a few tracked changes.
"""

from __future__ import annotations

import io
import random
import re
import zipfile

from editor.languages import load as load_language
from editor.model import Clause, Cover, Document, Inline, Mark, Proposal, Resolution, Section, Span
from editor.rules.wording import wording

WORDS = ["the", "standardization", "sector", "study", "groups", "recommendations", "collaboration", "organizations", "telecommunication", "development", "member", "states", "sector", "members", "resolution", "assembly", "director", "bureau", "coordination", "conformance", "interoperability", "programme", "activities", "international", "procedures", "alignment", "technical", "committee"]

#: The words of the French and Arabic documents (the same document in the language's keywords and marks).
LANGUAGE_WORDS = {
    "en": WORDS,
    "fr": ["la", "normalisation", "secteur", "étude", "commissions", "recommandations", "collaboration", "organisations",
           "télécommunications", "développement", "Etats", "Membres", "résolution", "assemblée", "directeur", "bureau",
           "coordination", "conformité", "interopérabilité", "programme", "activités", "internationales", "procédures",
           "alignement", "technique", "comité"],
    "ar": ["قطاع", "تقييس", "الاتصالات", "دراسة", "لجان", "التوصيات", "التعاون", "المنظمات", "التنمية", "الدول", "الأعضاء",
           "أعضاء", "القرار", "الجمعية", "مدير", "مكتب", "التنسيق", "المطابقة", "قابلية", "التشغيل", "البيني", "برنامج",
           "الأنشطة", "الدولية", "الإجراءات", "التقنية", "اللجنة"],
}
PLACES = {"en": ("Geneva", "Helsinki", "Montreal", "Hammamet"), "fr": ("Genève", "Helsinki", "Montréal", "Hammamet"),
          "ar": ("جنيف", "هلسنكي", "مونتريال", "الحمامات")}
TITLES = {"en": "Resolution on ", "fr": "Résolution sur ", "ar": "قرار بشأن "}
REASONS = {"en": "To keep the text up to date.", "fr": "Pour tenir le texte à jour.", "ar": "لتحديث النص."}
COVERS = {
    "en": ("World Telecommunication Standardization Assembly", "Geneva, 1-9 March 2022", "Benchmark Administrations",
           "Proposals for the work of the assembly"),
    "fr": ("Assemblée mondiale de normalisation des télécommunications", "Genève, 1-9 mars 2022", "Administrations du banc d'essai",
           "Propositions pour les travaux de l'assemblée"),
    "ar": ("الجمعية العالمية لتقييس الاتصالات", "جنيف، 1-9 مارس 2022", "إدارات الاختبار", "مقترحات لأعمال الجمعية"),
}


def _sentence(rng: random.Random, n: int, words: list[str] = WORDS) -> str:
    return " ".join(rng.choice(words) for _ in range(n))


def large_document(resolutions: int = 100, clauses: int = 30, seed: int = 7, language: str = "en") -> Document:
    """`resolutions` MOD proposals of about `clauses` clauses each, in `language` (en, fr or ar): its keywords
    and clause endings from the language data, the same shape in every language."""
    rng = random.Random(seed)
    data, w, words = load_language(language), wording(language), LANGUAGE_WORDS[language]
    forms = data.keyword_forms("WTSA")

    def keyword_form(concept: str) -> str:
        return next(f.text for f in forms if f.concept == concept)

    opener = (data.words("clause_openers") or ("",))[0]
    geneva, *before = PLACES[language]
    history = w.history_separator.join([w.spot_text(before[0], "1993"), w.spot_text(geneva, "1996"), w.spot_text(before[1], "2000"),
                                        w.spot_text(before[2], "2016"), w.spot_text(geneva, "2022")])
    mark_id = 0
    proposals = []
    for r in range(1, resolutions + 1):
        sections = []
        layout = [(keyword_form("considering"), "preambular", clauses // 3), (keyword_form("noting"), "preambular", clauses // 6),
                  (keyword_form("recognizing"), "preambular", clauses // 6),
                  (keyword_form("resolves"), "operative", clauses - clauses // 3 - 2 * (clauses // 6))]
        for si, (keyword, kind, count) in enumerate(layout):
            items = []
            for c in range(count):
                label = chr(ord("a") + c) + ")" if kind == "preambular" else str(c + 1)
                last_section = si == len(layout) - 1
                end = w.clause[0] if c < count - 1 else (w.final[0] if last_section else w.section[0])
                text = opener + " " + _sentence(rng, rng.randint(12, 40), words) + end
                spans = [Span(text)]
                if rng.random() < 0.1:
                    mark_id += 1
                    cut = text.index(" ", 10)
                    spans = [Span(text[:cut]), Span(" " + _sentence(rng, 3, words), mark=Mark("ins", "Bench", "2022-01-01T00:00:00Z", mark_id)), Span(text[cut:])]
                subs = []
                if rng.random() < 0.08:
                    subs = [Clause("–", _sentence(rng, 10, words) + (w.clause[0] if k < 2 else w.section[0])) for k in range(3)]
                items.append(Clause(label, Inline(spans), subs))
            sections.append(Section(keyword, kind, items))  # type: ignore[arg-type]
        res = Resolution(
            number=str(r),
            adoption=w.adoption_text(True, geneva, "2022"),
            title=TITLES[language] + _sentence(rng, 6, words),
            history=history,
            preamble=data.bodies["WTSA"].enacting.text.replace("{place}", geneva).replace("{year}", "2022"),
            sections=sections,
        )
        proposals.append(Proposal("MOD", f"BEN/1A1/{r}", res, reasons=REASONS[language]))
    conference, place_dates, source, title = COVERS[language]
    cover = Cover(conference=conference, acronym="WTSA-20", place_dates=place_dates, document="1", addendum="1", source=source,
                  title=title)
    return Document(proposals, cover, language=language)


def clause_count(doc: Document) -> int:
    return sum(1 for n in doc.walk() if isinstance(n, Clause) and n.level == 0)


def without_styles(data: bytes) -> bytes:
    """The .docx with every w:pStyle taken off its main part: a drafter's file in Normal, read by the text recogniser."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info.filename)
            target.writestr(info, re.sub(rb'<w:pStyle w:val="[^"]*"/>', b"", part) if info.filename == "word/document.xml" else part)
    return out.getvalue()
