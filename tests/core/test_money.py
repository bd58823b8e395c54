from decimal import Decimal

import pytest

from iasante_desktop.core.money import AmountError, format_amount, is_placeholder, parse_amount


@pytest.mark.parametrize(
    "typed, amount",
    [
        ("2 000", "2000"),
        ("2 000,00 €", "2000.00"),
        ("2\u202f000,50\u00a0€", "2000.50"),
        ("2000", "2000"),
        ("1 500 €", "1500"),
        ("1.500", "1500"),
        ("1.500,25", "1500.25"),
        ("1,500.25", "1500.25"),
        ("2000.5", "2000.5"),
        ("0,5", "0.5"),
        ("-300", "-300"),
        ("1 500 euros", "1500"),
        ("12 000 € HT", "12000"),
    ],
)
def test_french_amounts_are_read(typed, amount):
    assert parse_amount(typed) == Decimal(amount)


@pytest.mark.parametrize("typed", ["", "   ", "xxxxxxx€", "………", "XXXX €"])
def test_empty_cells_and_the_annex_placeholder_mean_no_amount(typed):
    assert is_placeholder(typed)
    assert parse_amount(typed) is None


@pytest.mark.parametrize("typed", ["deux mille", "2,000", "12,5,0", "1 500,123", "€€", "2000 $"])
def test_unreadable_or_ambiguous_amounts_explain_themselves_in_french(typed):
    with pytest.raises(AmountError) as caught:
        parse_amount(typed)
    assert caught.value.message("fr")
    assert caught.value.message("en")
    assert "écrivez" in caught.value.message("fr") or "centimes" in caught.value.message("fr")


def test_amounts_are_written_the_french_way_with_no_break_spaces():
    assert format_amount(Decimal("2000")) == "2\u00a0000\u00a0€"
    assert format_amount(Decimal("2000.5")) == "2\u00a0000,50\u00a0€"
    assert format_amount(Decimal("1234567.891")) == "1\u00a0234\u00a0567,89\u00a0€"
    assert format_amount(Decimal("-15")) == "-15\u00a0€"
    assert format_amount(None) == ""


def test_formatted_amounts_read_back_to_the_same_value():
    for value in ("0", "0.01", "999.99", "15000", "20000.40", "123456.78"):
        assert parse_amount(format_amount(Decimal(value))) == Decimal(value)
