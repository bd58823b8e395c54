"""Amounts as a French applicant types them, read into Decimal and written back the French way."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from iasante_desktop.core.bilingual import BilingualError

# Spaces people put between thousands: plain, no-break, narrow no-break, thin, figure space, apostrophes.
_GROUP_SPACES = " \u00a0\u202f\u2009\u2007'’"
_CURRENCY = re.compile(r"(€|eur(?:os?)?|ht|ttc)\s*$", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"^[xX.…_\-\s]*$")
NBSP = "\u00a0"


class AmountError(BilingualError, ValueError):
    """An amount that cannot be read; `text` is what was typed."""

    def __init__(self, text: str, fr: str, en: str):
        super().__init__(fr, en)
        self.text = text


def is_placeholder(text: str) -> bool:
    """The annex's "xxxxxxx€" or an empty cell: no amount given."""
    stripped = _CURRENCY.sub("", text.strip()).strip()
    return _PLACEHOLDER.match(stripped) is not None


def parse_amount(text: str, lang: str = "fr") -> Decimal | None:
    """'2 000', '2 000,50 €', '1.500', '2000.5', '-300' -> Decimal; '' or 'xxxx €' -> None. In an English
    dossier (`lang` "en") a comma before three digits groups thousands: '€15,000' is fifteen thousand."""
    raw = text
    text = text.strip()
    if is_placeholder(text):
        return None
    # "€15,000" is how English writes an amount (and how the app writes it in an English dossier): a euro sign
    # in front says the comma groups thousands, whatever the language the reader assumes.
    if text.lstrip("-−–+ ").startswith("€"):
        lang = "en"
    while True:
        stripped = _CURRENCY.sub("", text).strip()
        if stripped == text:
            break
        text = stripped
    text = text.lstrip("€").strip()
    sign = 1
    if text[:1] in "-−–":
        sign, text = -1, text[1:].strip()
    elif text[:1] == "+":
        text = text[1:].strip()
    text = text.lstrip("€").strip()  # "-€300" as English writes a negative amount
    compact = "".join(ch for ch in text if ch not in _GROUP_SPACES)
    if not compact or not re.fullmatch(r"[0-9.,]+", compact):
        raise AmountError(
            raw,
            f"« {raw.strip()} » n'est pas un montant : écrivez par exemple 2 000 ou 2 000,50 €.",
            f"“{raw.strip()}” is not an amount: write for example 2 000 or 2 000,50 €.",
        )
    commas, dots = compact.count(","), compact.count(".")
    if commas and dots:
        decimal_sep = "," if compact.rfind(",") > compact.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        if compact.count(decimal_sep) > 1:
            raise _ambiguous(raw)
        compact = compact.replace(group_sep, "").replace(decimal_sep, ".")
    elif commas or dots:
        sep = "," if commas else "."
        head, _, tail = compact.rpartition(sep)
        if compact.count(sep) > 1:
            # Several separators of one kind can only group thousands: 1.500.000
            if not all(len(g) == 3 for g in compact.split(sep)[1:]):
                raise _ambiguous(raw)
            compact = compact.replace(sep, "")
        elif len(tail) == 3 and sep == ".":
            compact = head + tail  # 1.500 is fifteen hundred in French writing
        elif len(tail) == 3 and lang == "en" and sep == ",":
            compact = head + tail  # 15,000 is fifteen thousand in English writing
        elif len(tail) == 3:
            raise _ambiguous(raw)  # 2,000 reads as 2 in French and 2000 in English
        elif len(tail) in (1, 2):
            compact = f"{head or '0'}.{tail}"
        else:
            raise _ambiguous(raw)
    try:
        value = Decimal(compact)
    except InvalidOperation:
        raise _ambiguous(raw) from None
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise AmountError(
            raw,
            f"« {raw.strip()} » : les montants s'arrêtent aux centimes.",
            f"“{raw.strip()}”: amounts stop at cents.",
        )
    if value > Decimal("1000000000"):
        raise AmountError(raw, f"« {raw.strip()} » est trop grand.", f"“{raw.strip()}” is too large.")
    return sign * value


def _ambiguous(raw: str) -> AmountError:
    return AmountError(
        raw,
        f"« {raw.strip()} » est ambigu : écrivez les milliers avec une espace (2 000) et les centimes après une virgule (2 000,50).",
        f"“{raw.strip()}” is ambiguous: group thousands with a space (2 000) and put cents after a comma (2 000,50).",
    )


def format_amount(value: Decimal | None, currency: bool = True, space: str = NBSP, lang: str = "fr") -> str:
    """Decimal('2000.5') -> '2 000,50 €' with no-break spaces in French, '€2,000.50' in English; whole euros
    drop the cents. parse_amount(…, lang) reads both back."""
    if value is None:
        return ""
    if lang == "en":
        quantized = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        text = f"{abs(quantized):,.2f}"
        if text.endswith(".00"):
            text = text[:-3]
        sign = "-" if quantized < 0 else ""
        return f"{sign}€{text}" if currency else f"{sign}{text}"
    quantized = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    negative = quantized < 0
    units, cents = f"{abs(quantized):.2f}".split(".")
    groups = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    groups.insert(0, units)
    text = space.join(groups)
    if cents != "00":
        text += "," + cents
    if negative:
        text = "-" + text
    return f"{text}{space}€" if currency else text
