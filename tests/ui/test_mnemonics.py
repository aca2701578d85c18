"""Every dialog can be worked with Alt+letter: each button, box and labelled field it adds has
a mnemonic (the dialog buttons Qt makes, OK/Cancel/Close, come with their own)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
)

DIALOGS = [
    "export",
    "find_replace",
    "welcome",
    "check_preferences",
    "compare_checkpoint",
    "convert_script",
    "timeline",
]


def _open_dialog(window, action: str) -> QDialog:  # type: ignore[no-untyped-def]
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    window.actions_by_name[action].trigger()
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and id(w) not in before
    ]
    assert shown, f"{action} opened no dialog"
    return shown[-1]


def _standard(button: QAbstractButton) -> bool:
    box = button.parent()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != (
        QDialogButtonBox.StandardButton.NoButton
    )


@pytest.mark.parametrize("action", DIALOGS)
def test_every_dialog_has_mnemonics(qtbot, window, action: str) -> None:  # type: ignore[no-untyped-def]
    if action == "compare_checkpoint":
        window.project.checkpoint("sent to desk")
    dialog = _open_dialog(window, action)
    try:
        missing = [
            b.text()
            for b in dialog.findChildren(QAbstractButton)
            if b.isVisibleTo(dialog) and b.text() and not _standard(b) and "&" not in b.text()
        ]
        for form in dialog.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = label.widget() if label is not None else None
                if isinstance(widget, QLabel) and widget.buddy() and "&" not in widget.text():
                    missing.append(widget.text())
        assert missing == []
    finally:
        dialog.close()
