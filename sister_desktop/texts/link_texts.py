"""Words for the linking codes: plan groups, reasons, identifiers, history actions, refusals.

One module so the preview dialog, the detail panel and ``sister-desktop link`` say the same
thing in the operator's language (the Indonesian catalogue translates these English sources).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.links import LinkAction, LinkHistoryEntry
from sister_desktop.domain.matching import Identifier, LinkPlan, MatchGroup, PlanEntry, Reason
from sister_desktop.texts.fill import fill

_CTX = "LinkTexts"


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, disambiguation, n)


def group_label(group: MatchGroup) -> str:
    return {
        MatchGroup.EXACT: _t("Matched"),
        MatchGroup.REVIEW: _t("To check"),
        MatchGroup.NOT_FOUND: _t("Not found"),
    }[group]


def group_hint(group: MatchGroup) -> str:
    return {
        MatchGroup.EXACT: _t("Identifiers and names agree. These are linked when you confirm."),
        MatchGroup.REVIEW: _t(
            "Something does not add up. Tick a row only after checking it; "
            "otherwise use Hubungkan Secara Manual."
        ),
        MatchGroup.NOT_FOUND: _t(
            "SISTER has no one with these identifiers. The nearest names are shown; "
            "link by hand if one is right, or add the person in SISTER first."
        ),
    }[group]


def identifier_label(kind: Identifier | str) -> str:
    return {
        "nuptk": "NUPTK",
        "nidn": "NIDN",
        "nidk": "NIDK",
        "nupn": "NUPN",
        "nip": "NIP",
    }.get(str(kind), str(kind).upper())


def reason_text(reason: Reason | str) -> str:
    texts = {
        Reason.IDENTIFIER_AND_NAME_MATCH: _t("Identifier and name agree"),
        Reason.IDENTIFIERS_CONFLICT: _t("The identifiers point at different people in SISTER"),
        Reason.SDM_CLAIMED_TWICE: _t("Another employee would be linked to the same person"),
        Reason.NAME_DIFFERS: _t("The identifier agrees but the name does not"),
        Reason.SDM_ALREADY_LINKED: _t("This SISTER person is already linked to another employee"),
        Reason.NO_IDENTIFIER_MATCH: _t(
            "No NUPTK, NIDN/NIDK/NUPN or NIP of this employee is in SISTER"
        ),
        Reason.NO_IDENTIFIERS: _t("The employee has no NUPTK, NIDN, NIDK, NUPN or NIP"),
    }
    try:
        return texts[Reason(reason)]
    except ValueError:
        return str(reason)


def entry_explanation(entry: PlanEntry) -> str:
    """The reason of a plan row with its details: which identifier, the name score, typos."""
    parts = [reason_text(r) for r in entry.reasons]
    if entry.matched_by:
        parts.append(
            fill(_t("matched on %1"), ", ".join(identifier_label(m) for m in entry.matched_by))
        )
    if entry.name_score is not None and entry.name_score < 100:
        parts.append(fill(_t("name similarity %1%"), f"{entry.name_score:.0f}"))
    if entry.differs_on:
        parts.append(
            fill(_t("differs: %1"), ", ".join(identifier_label(d) for d in entry.differs_on))
        )
    return "; ".join(parts)


def action_label(entry: LinkHistoryEntry) -> str:
    if entry.method == "undo":
        return _t("Undone")
    return {
        LinkAction.LINK: _t("Linked"),
        LinkAction.RELINK: _t("Relinked"),
        LinkAction.UNLINK: _t("Unlinked"),
    }[entry.action]


def method_label(method: str | None) -> str:
    return {
        "exact": _t("collective"),
        "manual": _t("manual"),
        "undo": _t("undo of a collective link"),
    }.get(method or "", method or "")


def already_linked_text(pegawai_nama: str) -> str:
    return fill(
        _t(
            "This SISTER person is already linked to %1. Unlink that employee first "
            "(Putuskan hubungan) if the link there is wrong."
        ),
        pegawai_nama,
    )


def already_linked_here_text() -> str:
    return _t("This employee is already linked to this SISTER person.")


def disagreement_text() -> str:
    return _t(
        "The birth date or an identifier of this SISTER person differs from the employee's "
        "(rows in red). Link them anyway only if you are sure they are the same person."
    )


def pegawai_gone_text() -> str:
    return _t(
        "This employee no longer exists (deleted in another window or workstation). "
        "Reload the list and try again."
    )


def link_summary_text(plan: LinkPlan, linked_ids: Iterable[int]) -> str:
    """What a collective link did, in the operator's words: "12 pegawai linked, 3 to review,
    2 not found". Cocok rows the operator left unticked count as still to review; the review
    and not-found parts are left out when there are none."""
    linked = set(linked_ids)
    review = sum(1 for entry in (*plan.exact, *plan.review) if entry.pegawai.id not in linked)
    not_found = sum(1 for entry in plan.not_found if entry.pegawai.id not in linked)
    parts = [_t("%n pegawai linked", "", len(linked))]
    if review:
        parts.append(_t("%n to review", "", review))
    if not_found:
        parts.append(_t("%n not found", "", not_found))
    return ", ".join(parts) + "."
