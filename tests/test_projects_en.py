"""English projects: the noun-phrase shapes English names its undertakings with."""
from __future__ import annotations

from briefcli import brief


def _projects(text: str) -> list[str]:
    return [p.name for p in brief(text, lang="en").projects]


def test_a_date_after_the_cue_is_no_complement():
    """'on' opens a topic ("the law on data") or a date ("on Friday"): the date says when, it names nothing."""
    assert _projects("Congress approved the stimulus package on Friday.") == ["stimulus package"]
