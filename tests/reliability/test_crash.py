"""SIGKILL at random moments during a first start, an upgrade and edits: nothing confirmed is lost."""

from __future__ import annotations

import os

import pytest

from tests.reliability.harness import campaign

RUNS = 120  # 40 first starts, 40 upgrades, 40 edit streams; `make crash` runs more


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="the harness forks its workers (POSIX only)")
def test_no_kill_loses_a_confirmed_edit_or_leaves_a_broken_database(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = campaign(RUNS)
    with capsys.disabled():
        print("\n" + report.summary())
    assert report.problems == []
    assert (report.lost, report.integrity_failures) == (0, 0)
    assert sum(report.runs.values()) == RUNS and report.confirmed > 400
    # kills landed while the work ran (most; some after it ended), and left nothing between
    assert report.found["first-start: no database yet"] and report.found["upgrade: not upgraded"]
    assert not [state for state in report.found if "half" in state or "unreadable" in state]
