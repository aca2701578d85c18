"""The tracked-changes Word file adds its paragraphs in linear time, and they are the
paragraphs python-docx's ``add_paragraph`` makes."""

from __future__ import annotations

import io

import docx

from reviewer.store.change_report import paragraph_adder


def _document_xml(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return docx.Document(io.BytesIO(out.getvalue())).element.xml.encode("utf-8")


def test_paragraphs_are_those_add_paragraph_makes_before_the_section_properties() -> None:
    theirs, ours = docx.Document(), docx.Document()
    add = paragraph_adder(ours)
    for n in range(3):
        for document, paragraph in ((theirs, theirs.add_paragraph()), (ours, add())):
            run = paragraph.add_run(f"#{n}  0:0{n}.000  translation  (tester)")
            run.bold = True
            paragraph.add_run(" tail ")
            assert document.element.body[-1].tag.endswith("sectPr")
    assert _document_xml(ours) == _document_xml(theirs)
    assert [p.text for p in ours.paragraphs][-1] == "#2  0:02.000  translation  (tester) tail "
