"""Run by the system python3 (Debian's python3-uno) against a running soffice: open each .docx,
accept or reject all its tracked changes (or neither), and print the text as JSON; optionally
save a PDF of it. Not a test; tests/libreoffice.py runs it.

    /usr/bin/python3 tests/uno_client.py PIPE ACTION FILE.docx [OUT.pdf]

ACTION: accept, reject or none. Prints {"paragraphs": [...], "redlines": N} on one line.
"""

from __future__ import annotations

import json
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _property(name: str, value: object) -> PropertyValue:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(pipe: str):  # type: ignore[no-untyped-def]
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # NoConnectException: soffice still starting
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def main() -> None:
    pipe, action, path = sys.argv[1:4]
    pdf = sys.argv[4] if len(sys.argv) > 4 else ""
    context = _connect(pipe)
    manager = context.ServiceManager
    desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    url = uno.systemPathToFileUrl(path)
    document = desktop.loadComponentFromURL(url, "_blank", 0, (_property("Hidden", True),))
    if document is None:
        sys.exit(f"LibreOffice could not open {path}")
    try:
        if action in ("accept", "reject"):
            dispatcher = manager.createInstanceWithContext(
                "com.sun.star.frame.DispatchHelper", context
            )
            command = (
                ".uno:AcceptAllTrackedChanges"
                if action == "accept"
                else (".uno:RejectAllTrackedChanges")
            )
            frame = document.getCurrentController().getFrame()
            dispatcher.executeDispatch(frame, command, "", 0, ())
        paragraphs = []
        enumeration = document.getText().createEnumeration()
        while enumeration.hasMoreElements():
            element = enumeration.nextElement()
            if element.supportsService("com.sun.star.text.Paragraph"):
                paragraphs.append(element.getString())
            else:  # a table: its cells' text, row by row
                for name in element.getCellNames():
                    paragraphs.append(element.getCellByName(name).getString())
        if pdf:
            filters = (_property("FilterName", "writer_pdf_Export"),)
            document.storeToURL(uno.systemPathToFileUrl(pdf), filters)
        redlines = document.getRedlines().getCount()
        print(json.dumps({"paragraphs": paragraphs, "redlines": redlines}, ensure_ascii=False))
    finally:
        document.close(True)


if __name__ == "__main__":
    main()
