"""Fast headless tests of the to-do app with AppTest (no browser)."""
from wasmlit.testing import AppTest


def test_starts_empty():
    at = AppTest.from_file("app.py").run()
    assert at.title[0].value == "To-do"
    assert at.markdown[0].value == "**0** of 0 left"


def test_typing_a_todo_adds_it():
    at = AppTest.from_file("app.py").run()
    at.text_input(key="new_todo").set_value("Buy milk").run()
    assert [c.label for c in at.checkbox] == ["Buy milk"]
    assert at.text_input(key="new_todo").value == ""
    assert at.markdown[0].value == "**1** of 1 left"


def test_checking_a_todo_marks_it_done():
    at = AppTest.from_file("app.py").run()
    at.text_input(key="new_todo").set_value("Buy milk").run()
    at.checkbox(key="todo-0").check().run()
    assert at.markdown[0].value == "**0** of 1 left"
    assert at.session_state.todos == [{"text": "Buy milk", "done": True}]
