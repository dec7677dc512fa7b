"""A news site's own lines copied with its story: when and where from, share bars, the editor.

Copying a story from a Chinese news site's page takes the site's furniture along: under the
headline a line of date, time and source (`2024年03月01日 19:30　来源：央视网`, `发布时间：
2024-03-01 19:30:00  来源：新闻联播`) and a share or font bar (`分享到：微信 微博`, `【字号 大 中
小】 【打印】`); after the story the editor's line (`（责任编辑：张三）`, `编辑：李娜  校对：赵磊`,
`【纠错】 【责任编辑：王芳】`) and a `相关新闻` list of other headlines. None of it is the story.
Left in, the dateline joins the headline (one line under it, no sentence end) and the rest
become paragraphs. Each is known by its whole line's form alone, near the story's top (the
dateline, the bars) or after its last paragraph (the editor, the list), so a story that
quotes an editor or talks of a source inside a sentence is not touched.

Evidence: bench/damage_fifth.py's `web-furniture` and `related` pages (tuning half); the
clean zh-news-xwlb articles hold no line of these forms (bench/README.md, "A fifth damage
model").
"""

from __future__ import annotations

import re

from ..changes import Edit, without_overlaps
from ..config import Config
from .context import Context

_COLON = "[：:]"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_DATE = r"\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)"
# the site's dateline (not `headings.DATELINE_RE`, a wire story's): (发布时间：) date time, then
# the source, named or not (a short name)
SITE_DATELINE_RE = re.compile(
    rf"(?:发布时间{_COLON}\s*)?{_DATE}\s+{_TIME}"
    rf"(?:[\s\u3000]+(?:来源{_COLON}\s*)?[^\s。，！？；]{{1,12}})?"
)
# a share bar or a row of bracketed page buttons
BAR_RE = re.compile(
    rf"分享到{_COLON}\s*(?:[^\s。，！？；]{{1,8}}[\s|｜]*){{1,8}}|(?:【[^】\n]{{1,10}}】\s*){{2,}}"
)
_NAME = r"[\u4e00-\u9fff·]{2,5}"
# the editor's line, maybe after a `【纠错】` button
EDITOR_RE = re.compile(
    rf"(?:【纠错】\s*)?[（(【]?(?:责任编辑|编辑|责编){_COLON}\s*{_NAME}"
    rf"(?:\s+(?:校对|审核|监制|编辑){_COLON}\s*{_NAME})*[）)】]?"
)
RELATED_RE = re.compile(rf"(?:相关新闻|相关阅读|延伸阅读|相关链接){_COLON}?")
BULLET_RE = re.compile(r"[•·●▪■◆▶\-]\s*\S")
# what a text with lines to remove holds (`\d:\d\d|编辑|分享|】|相关|延伸`), as two searches that
# each skip to their first characters: in one pattern the words' first characters and the
# digit's class are no one class, and the engine tried every branch at every character
GATE_WORDS_RE = re.compile("编辑|分享|】|相关|延伸")
GATE_TIME_RE = re.compile(r"\d:\d\d")
# the characters read at each end of a long text: the headline's lines, the editor's line and a
# related list of a few headlines
REACH = 3000
# how many non-blank lines from the top a dateline or bar may stand at (headline, two lines)
TOP_LINES = 4


def _gate(text: str, start: int) -> bool:
    return bool(GATE_WORDS_RE.search(text, start) or GATE_TIME_RE.search(text, start))


def remove_web_lines(text: str, config: Config, context: Context) -> list[Edit]:
    """Edits that remove a news site's dateline and bars under the headline, and the editor's
    line and related-stories list after the story.

    >>> text = "标题\\n2024-03-01 19:30  央视网\\n\\n正文。\\n\\n（责任编辑：张伟）\\n"
    >>> [text[e.start : e.end] for e in remove_web_lines(text, Config(), Context())]
    ['2024-03-01 19:30  央视网\\n', '（责任编辑：张伟）\\n']
    """
    if not config.remove_page_furniture:
        return []
    # (the lines read are the head's few and the tail's: the rest of a long text is not cut)
    cut = len(text) > 2 * REACH
    head, tail_start = (text[:REACH], len(text) - REACH) if cut else (text, 0)
    if not (_gate(head, 0) or _gate(text, tail_start)):
        return []
    lines = _lines(head)
    filled = [i for i, (_, line) in enumerate(lines) if line.strip()]
    edits: list[Edit] = []
    if cut:
        tail = _lines(text[tail_start:], tail_start)[1:]  # (its first line may be cut)
        edits.extend(_tail(tail, [i for i, (_, line) in enumerate(tail) if line.strip()]))
    else:
        edits.extend(_tail(lines, filled))
    for index in filled[1:TOP_LINES]:
        start, line = lines[index]
        body = line.strip(" \t\n\u3000\u00a0")
        if SITE_DATELINE_RE.fullmatch(body) or BAR_RE.fullmatch(body):
            edits.append(
                Edit(
                    start,
                    start + len(line),
                    "",
                    "web-furniture",
                    "a news site's line under the headline",
                )
            )
    return without_overlaps(sorted(edits, key=lambda e: (e.start, e.end)))


def _tail(lines: list[tuple[int, str]], filled: list[int]) -> list[Edit]:
    """The editor's line and the related-stories list after the story's last paragraph."""
    edits: list[Edit] = []
    end = len(filled)
    # a related list: its heading, then bulleted lines to the end
    for at in range(len(filled) - 1, 0, -1):
        body = lines[filled[at]][1].strip()
        if RELATED_RE.fullmatch(body) and at < len(filled) - 1:
            start = lines[filled[at]][0]
            last_start, last = lines[filled[-1]]
            edits.append(
                Edit(start, last_start + len(last), "", "web-furniture", "a related-stories list")
            )
            end = at
            break
        if not BULLET_RE.match(body):
            break
    for at in range(end - 1, max(0, end - 3), -1):
        start, line = lines[filled[at]]
        if EDITOR_RE.fullmatch(line.strip(" \t\n\u3000\u00a0")):
            edits.append(Edit(start, start + len(line), "", "web-furniture", "the editor's line"))
            break
    return sorted(edits)


def _lines(text: str, start: int = 0) -> list[tuple[int, str]]:
    """Each line with its offset (from `start`), the newline kept."""
    out = []
    for line in text.splitlines(keepends=True):
        out.append((start, line))
        start += len(line)
    return out
