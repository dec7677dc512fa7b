"""The deterministic zip that DOCX (OPC) and EPUB (OCF) packages are written as.

The same members and epoch always give the same bytes: members in a fixed order (the one the
format requires first, then the rest by name), one date for all, and no trace of the machine that
wrote them (file system, permissions, wall clock).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime

ZipDate = tuple[int, int, int, int, int, int]


class Layout:
    """What a package format asks of its zip besides the members themselves (two constants: a
    plain class, whose code is compiled once, not at every start as a dataclass's)."""

    __slots__ = ("create_system", "external_attr", "first", "store_first")

    def __init__(
        self,
        first: str,  # the member a reader looks for first, at the start of the file
        store_first: bool,  # that member uncompressed (OCF requires it of `mimetype`)
        create_system: int,  # the "made by" host: 0 MS-DOS, 3 Unix
        external_attr: int,  # the members' file attributes (Unix mode in the high 16 bits)
    ) -> None:
        self.first = first
        self.store_first = store_first
        self.create_system = create_system
        self.external_attr = external_attr


# [Content_Types].xml first, as Word writes it; a DOS host, and the mode zipfile gives a member
# that has none (rw-------).
OPC = Layout("[Content_Types].xml", store_first=False, create_system=0, external_attr=0o600 << 16)
# What OCF requires (`mimetype` first and stored) and what zip tools write on Unix.
OCF = Layout("mimetype", store_first=True, create_system=3, external_attr=0o100644 << 16)


def zip_date(epoch: int) -> ZipDate:
    """The members' date: ZIP cannot store dates before 1980 or after 2107, so clamp to them."""
    moment = datetime.fromtimestamp(epoch, UTC)
    stamp = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    return max((1980, 1, 1, 0, 0, 0), min(stamp, (2107, 12, 31, 23, 59, 58)))


def pack(members: Mapping[str, bytes], epoch: int, layout: Layout) -> bytes:
    """The zip of `members` (name -> bytes): `layout.first` first, the rest sorted, one date."""
    date = zip_date(epoch)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(members, key=lambda n: (n != layout.first, n)):
            info = zipfile.ZipInfo(name, date_time=date)
            stored = layout.store_first and name == layout.first
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.create_system = layout.create_system
            info.external_attr = layout.external_attr
            archive.writestr(info, members[name])
    return buffer.getvalue()
