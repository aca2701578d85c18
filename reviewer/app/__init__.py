"""The application layer, free of Qt: what the window and the command line both do.

- ``opening``: open or import anything (a .review, a transcript, a pair, a video), make a
  project beside a transcript, find the video by name, add the other language, the demo.
- ``importing``: read one transcript or two languages into a new project's transcript.
- ``checking``: check a project with its glossary, the problems still open, fix them, report.

It sits between ``reviewer.ui`` / ``reviewer.cli`` above and the store, formats and text below;
it imports no Qt (the Qt-free run in ``installer/bootstrap.sh test`` proves it on tests/app).
"""
