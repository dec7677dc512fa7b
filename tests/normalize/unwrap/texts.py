"""Texts the unwrap tests of several modules share."""

from __future__ import annotations

ARTICLE = [
    "央视网消息（新闻联播）：记者今天从国家发展改革委了解到，前三季度全国铁路固定资产投资完成四千七百五十亿元。",
    "投产新线两千三百八十一公里，国家铁路发送货物二十九亿吨，同比增长百分之六点三。",
    "全年目标有望顺利完成。",
]


def wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


PDF_PAGE = """\
Chapter 1
"My dear Mr. Bennet," said his lady to him one day, "have you heard that Netherfield
Park is let at last?"
Mr. Bennet replied that he had not.
"But it is," returned she; "for Mrs. Long has just been here, and she told me all about it."
Mr. Bennet made no answer. She was a woman of mean understanding, little information, and
uncertain temper. When she was discontented, she fancied herself nervous. The business of
her life was to get her daughters married; its solace was visiting and news."""


SPEECH_PAGE = """\
had been educated, what carriage her father kept, and what had been her mother's maiden
name? Elizabeth felt all the impertinence of her questions but answered them very
composedly. Lady Catherine then observed,
"Your father's estate is entailed on Mr. Collins, I think. For your sake," turning to
Charlotte, "I am glad of it; but otherwise I see no occasion for entailing estates from the
female line. It was not thought necessary in Sir Lewis de Bourgh's family. Do you play?"
About the middle of the next day, as she was in her room getting ready for a walk, a
sudden noise below seemed to speak the whole house in confusion; and, after listening a
moment, she heard somebody running up stairs in a violent hurry, and calling loudly after
her. She opened the door and met Maria in the landing place, who, breathless with agitation,
cried out—
"Oh, my dear Eliza! pray make haste and come into the dining-room, for there is such a
sight to be seen! I will not tell you what it is. Make haste, and come down this moment." """
