"""Guard against PySide6's None refcount bug under CPython 3.11 (NOTES.md): 20 000 void calls must not abort."""

from PySide6.QtGui import QFont, QTextLayout


def test_twenty_thousand_void_qt_calls_do_not_crash_the_interpreter():
    font = QFont()
    layout = QTextLayout("texte")
    for i in range(20_000):
        font.setBold(i % 2 == 0)  # returns void
        layout.setText("texte")
    assert font.bold() is False
