"""VideoPane: the surface libvlc draws into, a banner when the video cannot show, the transport.

The pane only shows and forwards: every control calls Playback, and every label follows
Playback's signals. The window owns the keys (QActions); tooltips here only name them. No control
takes keyboard focus, so Space, arrows and digits always reach the window's actions.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QIcon,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.timecode import format_timecode
from reviewer.player import PlayerState
from reviewer.player.base import Picture
from reviewer.ui.i18n import QT_TR_NOOP, tr
from reviewer.ui.playback import JUMP_MS, RATES, Playback

PLAY_TIP = QT_TR_NOOP("Play (Space, Ctrl+Space) · replay the segment: Ctrl+R")
PAUSE_TIP = QT_TR_NOOP("Pause (Space, Ctrl+Space) · replay the segment: Ctrl+R")
SLIDER_MAX = 2**31 - 1  # a QSlider's value is a 32-bit int: 596 hours in ms
BANNER_STYLE = """
QFrame#mediaBanner { background: #fff1c2; border: 1px solid #d9a400; border-radius: 4px; }
QFrame#mediaBanner QLabel { color: #3a2c00; background: transparent; border: none; }
"""


class VideoSurface(QWidget):
    """A black native window for libvlc: keeps 16:9 in layouts, never takes focus."""

    resized = Signal()  # the ExactPictureView over it follows its size

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setMinimumSize(192, 108)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

        self._message = ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def set_message(self, text: str) -> None:
        """Show `text` in grey on the black (only while libvlc is not drawing here)."""
        if text != self._message:
            self._message = text
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._message:
            painter = QPainter(self)
            painter.setPen(QColor("#9a9a9a"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._message)

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16


class ExactPictureView(QWidget):
    """The exact frame, drawn over libvlc's picture while paused (Playback.picture_changed).

    A native child window of the VideoSurface, raised above the window libvlc draws in, so the
    X server shows it on top; fitted like libvlc fits the video (centred, its aspect kept, black
    around). Hidden whenever libvlc's own picture is right (playing, no B-frames).
    """

    def __init__(self, surface: QWidget) -> None:
        super().__init__(surface)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._picture: Picture | None = None
        self._image: QImage | None = None
        self.setGeometry(surface.rect())
        self.hide()

    @property
    def picture(self) -> Picture | None:
        """The picture shown (None while hidden)."""
        return self._picture

    def show_picture(self, picture: Picture | None) -> None:
        if picture is None:
            self._picture = self._image = None
            self.hide()
            return
        self._picture = picture  # the image reads its bytes: keep them while it is shown
        self._image = QImage(
            picture.rgb, picture.width, picture.height, picture.stride,
            QImage.Format.Format_RGB888,
        )  # fmt: skip
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        if not self.isVisible():
            self.show()
        self.raise_()  # above libvlc's window, which a new file's video output makes anew
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))
        if self._image is None or self._picture is None:
            return
        width, height = self.width(), self.height()
        aspect = self._picture.aspect or (self._picture.width / max(1, self._picture.height))
        fit_w, fit_h = (width, width / aspect) if width / height <= aspect else (
            height * aspect, height)  # fmt: skip
        target = QRectF((width - fit_w) / 2, (height - fit_h) / 2, fit_w, fit_h)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._image)


class VideoPane(QWidget):
    """The video, its problem banner and its transport row, driving one Playback."""

    relink_requested = Signal()  # the banner's "Relink video…" button

    def __init__(
        self, playback: Playback, parent: QWidget | None = None, *, attach_on_show: bool = True
    ) -> None:
        super().__init__(parent)
        self.playback = playback
        # False: the owner calls playback.attach(surface) itself (the window does, a turn of the
        # event loop after the pane shows, so starting libvlc is not in the same step).
        self._attach_on_show = attach_on_show
        self.banner = self._make_banner()
        self.surface = VideoSurface(self)
        self.exact_view = ExactPictureView(self.surface)
        self.surface.resized.connect(lambda: self.exact_view.setGeometry(self.surface.rect()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.surface, 1)
        layout.addLayout(self._make_transport())
        self._dragging = False
        self._ms_per_step = 1  # ms per slider step: more than 1 past 596 hours
        playback.position_changed.connect(self._show_position)
        playback.duration_changed.connect(lambda _ms: self._show_position(playback.position()))
        playback.state_changed.connect(self._show_state)
        playback.rate_changed.connect(self._show_rate)
        playback.media_problem.connect(self._show_problem)
        playback.picture_changed.connect(self.exact_view.show_picture)
        self._show_problem(playback.problem)
        self._show_rate(playback.rate())
        self._show_state(playback.player.state)
        self._show_position(playback.position())

    # -- building ----------------------------------------------------------------------------

    def _make_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("mediaBanner")
        banner.setStyleSheet(BANNER_STYLE)
        icon = QLabel(banner)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self._icon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.banner_text = QLabel(banner)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)  # paths are not markup
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.relink_button = QPushButton(tr("Relink video…"), banner)
        self.relink_button.setToolTip(tr("Choose the video file for this transcript"))
        self.relink_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.relink_button.clicked.connect(self.relink_requested)
        row = QHBoxLayout(banner)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(icon)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.relink_button, 0, Qt.AlignmentFlag.AlignVCenter)
        banner.hide()
        return banner

    def _make_transport(self) -> QHBoxLayout:
        self.play_button = self._tool_button(QStyle.StandardPixmap.SP_MediaPlay, tr(PLAY_TIP))
        self.play_button.clicked.connect(self.playback.toggle)
        self.back_button = self._tool_button(
            QStyle.StandardPixmap.SP_MediaSeekBackward, tr("Back 2 s (Alt+Left)")
        )
        self.back_button.clicked.connect(lambda: self.playback.jump(-JUMP_MS))
        self.forward_button = self._tool_button(
            QStyle.StandardPixmap.SP_MediaSeekForward, tr("Forward 2 s (Alt+Right)")
        )
        self.forward_button.clicked.connect(lambda: self.playback.jump(JUMP_MS))
        self.time_label = QLabel(self)
        self.time_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.time_label.setToolTip(tr("Playhead / duration"))
        sample = "0:00:00.000 / 0:00:00.000"
        self._label_width = self.time_label.fontMetrics().horizontalAdvance(sample)
        self.time_label.setMinimumWidth(self._label_width)
        self.seek_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.seek_slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.seek_slider.setToolTip(tr("Drag to move the playhead"))
        self.seek_slider.sliderPressed.connect(self._drag_started)
        self.seek_slider.sliderReleased.connect(self._drag_ended)
        self.seek_slider.sliderMoved.connect(self._slider_moved)
        self.rate_box = QComboBox(self)
        self.rate_box.addItems([f"{rate:g}×" for rate in RATES])
        self.rate_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rate_box.setToolTip(tr("Playback speed"))
        self.rate_box.activated.connect(lambda index: self.playback.set_rate(RATES[index]))
        self.loop_button = self._tool_button(
            QStyle.StandardPixmap.SP_BrowserReload, tr("Loop the current segment (Ctrl+L)")
        )
        self.loop_button.setText(tr("Loop"))
        self.loop_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.loop_button.setCheckable(True)
        self.mute_button = self._tool_button(QStyle.StandardPixmap.SP_MediaVolume, tr("Mute"))
        self.mute_button.setCheckable(True)
        self.mute_button.setChecked(self.playback.is_muted())
        self.mute_button.toggled.connect(self._mute)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(self.playback.volume())
        self.volume_slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume_slider.setToolTip(tr("Volume"))
        self.volume_slider.setMaximumWidth(90)
        self.volume_slider.valueChanged.connect(self.playback.set_volume)
        row = QHBoxLayout()
        row.setContentsMargins(4, 0, 4, 4)
        widgets: list[QWidget] = [self.back_button, self.play_button, self.forward_button]
        widgets += [self.time_label, self.seek_slider, self.rate_box, self.loop_button]
        widgets += [self.mute_button, self.volume_slider]
        for widget in widgets:
            row.addWidget(widget, 1 if widget is self.seek_slider else 0)
        return row

    def _icon(self, which: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(which)

    def _tool_button(self, icon: QStyle.StandardPixmap, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self._icon(icon))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    # -- following Playback ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._attach_on_show and not self.playback.attached:
            self.playback.attach(self.surface)

    def _show_position(self, ms: int) -> None:
        duration = self.playback.duration()
        shown = "–:––:––.–––" if duration <= 0 else format_timecode(duration, hours=True)
        text = f"{format_timecode(ms, hours=True)} / {shown}"
        if text != self.time_label.text():
            if len(text) != len(self.time_label.text()):  # past 10 hours: wider than the sample
                width = self.time_label.fontMetrics().horizontalAdvance(f"{shown} / {shown}")
                self.time_label.setMinimumWidth(max(width, self._label_width))
            self.time_label.setText(text)
        duration = max(0, duration)
        self._ms_per_step = max(1, -(-duration // SLIDER_MAX))
        top = duration // self._ms_per_step
        if self.seek_slider.maximum() != top:
            self.seek_slider.setRange(0, top)
        if not self._dragging:
            self.seek_slider.setValue(min(max(0, ms), duration) // self._ms_per_step)

    def _show_state(self, state: PlayerState) -> None:
        playing = self.playback.is_playing() or state is PlayerState.PLAYING
        pixmap = QStyle.StandardPixmap
        which = pixmap.SP_MediaPause if playing else pixmap.SP_MediaPlay
        self.play_button.setIcon(self._icon(which))
        self.play_button.setToolTip(tr(PAUSE_TIP if playing else PLAY_TIP))

    def _show_rate(self, rate: float) -> None:
        index = min(range(len(RATES)), key=lambda i: abs(RATES[i] - rate))
        self.rate_box.setCurrentIndex(index)

    def _show_problem(self, problem: str) -> None:
        self.banner_text.setText(problem)
        self.relink_button.setVisible(self.playback.needs_relink)
        self.banner.setVisible(bool(problem))
        self.surface.set_message(
            tr("No picture: the transcript plays on its own") if problem else ""
        )

    def _mute(self, muted: bool) -> None:
        self.playback.set_muted(muted)
        pixmap = QStyle.StandardPixmap
        which = pixmap.SP_MediaVolumeMuted if muted else pixmap.SP_MediaVolume
        self.mute_button.setIcon(self._icon(which))
        self.mute_button.setToolTip(tr("Unmute") if muted else tr("Mute"))

    def _drag_started(self) -> None:
        self._dragging = True

    def _slider_moved(self, value: int) -> None:
        self.playback.seek(value * self._ms_per_step)

    def _drag_ended(self) -> None:
        self._dragging = False
        self.playback.seek(self.seek_slider.value() * self._ms_per_step)
