"""sidebar.js: the state the sidebar starts in (Streamlit 1.67's rules)."""

from __future__ import annotations

from .node_eval import node_json


def test_first_state_from_the_stored_choice_the_initial_state_and_the_screen() -> None:
    got = node_json("""
        const { startsCollapsed } = await import(src + "sidebar.js");
        const cases = [
            ["auto", null, false], ["auto", null, true], ["expanded", null, true], ["collapsed", null, false],
            ["auto", "true", false], ["collapsed", "false", false], ["expanded", "true", true],
            ["locked", "true", false], ["locked", null, true], ["locked", "false", true],
        ];
        console.log(JSON.stringify(cases.map(([state, stored, narrow]) => startsCollapsed(state, stored, narrow))));
    """)
    assert got == [
        False, True, False, True,  # no stored choice: "auto" collapses on a narrow screen only
        True, False, True,  # the user's last choice wins
        False, True, False,  # "locked" stays open on a wide screen; on a narrow one it acts as "auto"
    ]
