"""examples/toggle_and_cart.py: seed 000, 'Common Patterns at a Glance' toggle and cart rows (rules 3, 4, 24)."""

from wasmlit.testing import AppTest

APP = "../../examples/toggle_and_cart.py"


def _click(at, label):
    next(b for b in at.button if b.label == label).click().run()


def test_rule_04_flag_shows_and_hides_the_chart_across_reruns():
    at = AppTest.from_file(APP).run()
    assert not at.subheader
    _click(at, "Show chart")
    assert not at.exception
    assert at.subheader[0].value == "Sales"
    at.run()
    assert at.subheader[0].value == "Sales"  # the flag survives a plain rerun
    _click(at, "Hide chart")
    assert not at.subheader


def test_rule_24_cart_accumulates_items_by_in_place_append():
    at = AppTest.from_file(APP).run()
    assert at.markdown[0].value == "Cart (0 items):"
    _click(at, "Add to cart")
    at.selectbox[0].select("milk").run()
    _click(at, "Add to cart")
    _click(at, "Add to cart")
    assert at.session_state.cart == ["apple", "milk", "milk"]
    assert at.markdown[0].value == "Cart (3 items): apple, milk, milk"
