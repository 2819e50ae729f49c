"""How the window says how many problems there are, in one place: the status bar and the Problems list say it alike.

The words are the Problems list's translations (context "ProblemsPanel").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.rules.problem import Severity


def counts_text(counts: dict[Severity, int]) -> str:
    """ "3 error(s), 1 warning(s)", and the misspellings when there are any (editor.rules.problem.severity_counts)."""
    translate = QCoreApplication.translate
    text = (translate("ProblemsPanel", "%n error(s)", "", counts["error"]) + ", "
            + translate("ProblemsPanel", "%n warning(s)", "", counts["warning"]))
    if counts["spelling"]:
        text += ", " + translate("ProblemsPanel", "%n misspelling(s)", "", counts["spelling"])
    return text
