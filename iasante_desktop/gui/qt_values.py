"""A few Qt enum values as plain integers, for the widgets built before the first page is shown.

The first time a module touches PySide6's `Qt` namespace, PySide6 builds its 136 Python enum classes
(Qt.Key alone has some 450 members): 25-40 ms measured here, a sixth of the app's start-up. The start page,
the page list and the menus are built without it: roles are plain ints in Qt's API, and the two widget
properties below go through Qt's property system, which takes an int for an enum. Every other page imports
`Qt` as usual. tests/gui/test_qt_values.py checks each value against PySide6.
"""

ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole: the first role an application may use for its own data

TAB_FOCUS = 0x1  # Qt.FocusPolicy.TabFocus, for QWidget's "focusPolicy" property
TEXT_SELECTABLE_BY_MOUSE = 0x1  # Qt.TextInteractionFlag.TextSelectableByMouse, for QLabel's "textInteractionFlags"
