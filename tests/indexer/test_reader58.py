"""Two formats staff have that the reader did not take, from layouts_blind50 (spent after its
one read): an OpenDocument text (`.odt`, LibreOffice) and an agenda system's XML export. Both
are read into the lines the text rules already know; a closed point stays closed. Invented
minutes, built here.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.parse import parse_file
from indexer.pipeline import SUPPORTED_SUFFIXES

_ODF = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>'
    "{body}</office:text></office:body></office:document-content>"
)


def _odt(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", _ODF.format(body=body))
    return out.getvalue()


def test_an_opendocument_text_is_read(tmp_path: Path) -> None:
    body = (
        "<text:h>Referat</text:h>"
        "<text:p>Skolebestyrelsen ved Hedeby Skole, torsdag den 7. marts 2024 kl. 17.00</text:p>"
        "<text:h>Punkt 1<text:tab/>Godkendelse af dagsorden</text:h>"
        "<text:p>Beslutning: Godkendt.</text:p>"
        "<text:h>Punkt 2<text:tab/>Ny legeplads i skolegården</text:h>"
        "<text:p>Sagsnr.: 24/1180</text:p>"
        "<text:p>Legepladsen koster 310.000 kr.<text:line-break/>"
        "Den opstilles i sommerferien.</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>Pris</text:p></table:table-cell>"
        "<table:table-cell><text:p>310.000 kr.</text:p></table:table-cell></table:table-row>"
        "</table:table>"
        "<text:p>Beslutning: Godkendt.</text:p>"
        "<text:h>Punkt 3<text:tab/>Lukket punkt: Personalesag</text:h>"
        "<text:p>Medarbejderen Hanne Qvist er opsagt.</text:p>"
    )
    path = tmp_path / "skolebestyrelse.odt"
    path.write_bytes(_odt(body))
    meeting = parse_file(path)
    assert str(meeting.date) == "2024-03-07"
    titles = [(p.number, p.title, p.closed) for p in meeting.points]
    assert titles == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Ny legeplads i skolegården", False),
        (3, "Lukket punkt: Personalesag", True),
    ], titles
    assert meeting.points[1].case_number == "24/1180"
    text = "\n".join(s.text for s in meeting.points[1].sections)
    assert "Pris\t310.000 kr." in text, text
    assert all("Qvist" not in s.text for s in meeting.points[2].sections)


def test_a_damaged_opendocument_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.odt"
    path.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(ParseError, match="broken.odt"):
        parse_file(path)


_XML = """<?xml version="1.0" encoding="UTF-8"?>
<eksport xmlns="urn:example:moeder:1">
  <udvalg>Kultur- og Fritidsudvalget</udvalg>
  <moede dato="2024-05-14" start="16:30"><sted>Rådhuset</sted></moede>
  <punkter>
    <punkt nr="41" lukket="false">
      <titel>Tilskud til spejdernes nye hytte</titel>
      <sagsnr>24/2207</sagsnr>
      <felt navn="Sagsfremstilling"><afsnit>Spejderne søger 85.000 kr. til taget.</afsnit></felt>
      <felt navn="Beslutning"><afsnit>Bevilget.</afsnit></felt>
    </punkt>
    <punkt nr="42" lukket="true">
      <titel>Salg af grund ved Møllevej</titel>
      <sagsnr>24/2290</sagsnr>
      <felt navn="Sagsfremstilling">
        <afsnit>Køberen Jens Holmgaard byder 1.100.000 kr.</afsnit>
      </felt>
    </punkt>
  </punkter>
</eksport>
"""


def test_an_agenda_systems_xml_export_is_read(tmp_path: Path) -> None:
    path = tmp_path / "kulturudvalget.xml"
    path.write_text(_XML, encoding="utf-8")
    meeting = parse_file(path)
    assert str(meeting.date) == "2024-05-14"
    assert meeting.board == "Kultur- og Fritidsudvalget"
    points = [(p.number, p.case_number, p.closed) for p in meeting.points]
    assert points == [(41, "24/2207", False), (42, "24/2290", True)], points
    assert meeting.points[0].title == "Tilskud til spejdernes nye hytte"
    assert all("Holmgaard" not in s.text for s in meeting.points[1].sections)


def test_an_xml_file_with_an_entity_bomb_is_refused(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>'
    )
    path = tmp_path / "bomb.xml"
    path.write_text(bomb, encoding="utf-8")
    with pytest.raises(ParseError, match="bomb.xml"):
        parse_file(path)


def test_both_formats_are_indexed() -> None:
    assert {".odt", ".xml"} <= SUPPORTED_SUFFIXES
