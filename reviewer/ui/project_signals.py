"""One Qt adapter per open project: it subscribes to the project's notices once and re-emits
them as typed Qt signals, so widgets connect to it and are disconnected with it.

The window makes one when it opens a project (``window.project_signals``) and closes it with the
project; a panel connects in its ``set_project`` and never subscribes to the project itself:

>>> signals = ProjectSignals(project)                    # doctest: +SKIP
>>> signals.glossary.connect(panel.refresh_terms)        # doctest: +SKIP
>>> signals.close()   # unsubscribed, every receiver disconnected      # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMetaMethod, QObject, Signal

from reviewer.store import Notice, NoticeKind, Project


class ProjectSignals(QObject):
    """The notices of one open project as Qt signals.

    ``notice`` carries every :class:`~reviewer.store.Notice`, in order, for a reader that
    follows several kinds (the table model, the editor); then the signal of its kind is emitted
    with it: ``segments``, ``inserted``, ``removed``, ``reset``, ``speakers``, ``meta``,
    ``glossary``, ``media``, and ``saving`` with the reason work is unsaved ("" once saved).
    """

    notice = Signal(object)
    segments = Signal(object)
    inserted = Signal(object)
    removed = Signal(object)
    reset = Signal(object)
    speakers = Signal(object)
    meta = Signal(object)
    glossary = Signal(object)
    media = Signal(object)
    saving = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = project
        self._by_kind: dict[NoticeKind, Any] = {
            NoticeKind.SEGMENTS: self.segments,
            NoticeKind.INSERTED: self.inserted,
            NoticeKind.REMOVED: self.removed,
            NoticeKind.RESET: self.reset,
            NoticeKind.SPEAKERS: self.speakers,
            NoticeKind.META: self.meta,
            NoticeKind.GLOSSARY: self.glossary,
            NoticeKind.MEDIA: self.media,
        }
        self._unsubscribe = project.subscribe(self._relay)

    @property
    def closed(self) -> bool:
        return self.project is None

    def _relay(self, notice: Notice) -> None:
        self.notice.emit(notice)
        if notice.kind is NoticeKind.SAVING:
            self.saving.emit(notice.label)
        else:
            self._by_kind[notice.kind].emit(notice)

    def close(self) -> None:
        """Stop listening to the project and disconnect every receiver (the project is about
        to close, or the window shows another); harmless twice."""
        if self.project is None:
            return
        self._unsubscribe()
        self.project = None
        for name, count in self.receiver_counts().items():
            if count:
                getattr(self, name).disconnect()

    def receiver_counts(self) -> dict[str, int]:
        """How many slots are connected to each of this adapter's signals (by name)."""
        meta = self.metaObject()
        counts: dict[str, int] = {}
        for index in range(meta.methodOffset(), meta.methodCount()):
            method = meta.method(index)
            if method.methodType() == QMetaMethod.MethodType.Signal:
                signature = bytes(method.methodSignature().data()).decode()
                counts[bytes(method.name().data()).decode()] = self.receivers("2" + signature)
        return counts
