"""The deterministic zip of DOCX and EPUB packages (`convert/writers/_zip.py`)."""

from __future__ import annotations

import io
import zipfile

import pytest

from convert.writers._zip import OCF, OPC, pack, zip_date

MEMBERS = {"b.xml": b"<b/>", "mimetype": b"application/epub+zip", "a.xml": b"<a/>" * 100}


@pytest.mark.parametrize(
    ("epoch", "expected"),
    [
        (0, (1980, 1, 1, 0, 0, 0)),  # before ZIP's first date
        (946684800, (2000, 1, 1, 0, 0, 0)),
        (1700000001, (2023, 11, 14, 22, 13, 21)),
        (4354819199, (2107, 12, 31, 23, 59, 58)),  # ZIP's last date (it counts in 2 s steps)
        (4400000000, (2107, 12, 31, 23, 59, 58)),  # after it: DOCX once failed here
    ],
)
def test_dates_are_clamped_to_what_zip_can_store(
    epoch: int, expected: tuple[int, ...]
) -> None:
    assert zip_date(epoch) == expected


def test_the_layout_decides_order_compression_and_attributes() -> None:
    with zipfile.ZipFile(io.BytesIO(pack(MEMBERS, 946684800, OCF))) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == ["mimetype", "a.xml", "b.xml"]
        assert [i.compress_type for i in infos] == [zipfile.ZIP_STORED] + [zipfile.ZIP_DEFLATED] * 2
        assert {(i.create_system, i.external_attr, i.date_time) for i in infos} == {
            (3, 0o100644 << 16, (2000, 1, 1, 0, 0, 0))
        }
        assert {n: archive.read(n) for n in archive.namelist()} == MEMBERS
    opc = {"[Content_Types].xml": b"<Types/>", **MEMBERS}
    with zipfile.ZipFile(io.BytesIO(pack(opc, 946684800, OPC))) as archive:
        infos = archive.infolist()
        assert infos[0].filename == "[Content_Types].xml"
        assert {(i.compress_type, i.create_system, i.external_attr) for i in infos} == {
            (zipfile.ZIP_DEFLATED, 0, 0o600 << 16)
        }


def test_the_same_members_give_the_same_bytes_in_any_order() -> None:
    backwards = dict(reversed(list(MEMBERS.items())))
    assert pack(MEMBERS, 1700000000, OCF) == pack(backwards, 1700000000, OCF)
