"""English titles and subtitles set as lines of their own (`normalize.titled`)."""

from __future__ import annotations

from convert.normalize.titled import is_latin_title, numbered_heading, title_ends

from ..support.normalized import paragraphs


def test_a_title_case_line_of_three_words_or_more_is_a_title() -> None:
    assert is_latin_title("The Utility of the Union in Respect to Commercial Relations and a Navy")
    assert is_latin_title("(Concerning Dangers From Foreign Force and Influence)")
    assert is_latin_title("The Same Subject Continued, and the Incoherence of the Objections")


def test_prose_names_capitals_and_a_title_cut_on_a_small_word_are_not() -> None:
    assert not is_latin_title("Mr. Darcy and Miss Bingley")  # a full stop: a sentence's tail
    assert not is_latin_title("said Miss Bingley")
    assert not is_latin_title("Miss Bingley")  # two words: as often a name
    assert not is_latin_title("The Particular Structure of the New Government and the")
    assert not is_latin_title("EXECUTIVE, DURING THE WHOLE TIME OF THEIR SESSION, IS BECOMING")
    assert not is_latin_title("The Necessity of a Government as Energetic as the One,")


def test_a_title_ends_where_it_stops_short_or_closes_its_bracket() -> None:
    dateline = "For the Independent Journal."
    assert title_ends([], "The Same Subject Continued", dateline, True)
    assert not title_ends([], "The Same Subject Continued", dateline, False)
    assert title_ends([], "(Concerning the General Power of Taxation)", dateline, False)
    assert not title_ends([], "(Concerning the General Power of Taxation)", "and so on", True)
    two = ["(The Insufficiency of the Present Confederation to Preserve the"]
    assert title_ends(two, "Union)", dateline, True)
    assert title_ends(
        ["(Concerning Dangers From Foreign Force and Influ\u2010"], "ence)", dateline, True
    )
    assert not title_ends(
        ["It was a truth universally acknowledged, that the"], "Union", dateline, True
    )
    assert not title_ends(["A", "B", "C"], "Union", dateline, True)  # more lines: prose


def test_a_salutation_in_title_case_ends_on_its_colon() -> None:
    salutation = "To the People of the State of New York:"
    assert title_ends([], salutation, "ALTHOUGH I am of opinion that there", False)
    assert not title_ends(["It is"], salutation, "ALTHOUGH I am", False)  # inside a paragraph
    assert not title_ends([], "the answer is this:", "The people", False)


FRONT = (
    "FEDERALIST No. 11\n\n"
    "The Utility of the Union in Respect to Commercial Relations and a Navy\n\n"
    "For the Independent Journal.\n\n"
    "HAMILTON\n\n"
    "To the People of the State of New York:\n\n"
    "THE importance of the Union, in a commercial light, is one of those points about which\n"
    "there is least room to entertain a difference of opinion, and which has, in fact,\n"
    "commanded the most general assent of men who have any acquaintance with the subject.\n"
)


def test_the_layout_pass_keeps_a_title_apart_from_the_dateline_under_it() -> None:
    got = paragraphs(FRONT)
    assert got[1] == "The Utility of the Union in Respect to Commercial Relations and a Navy"
    assert got[2] == "For the Independent Journal."


def test_a_numbered_label_ends_its_line_above_a_title() -> None:
    title = "Periodical Appeals to the People Considered"
    assert title_ends([], "FEDERALIST No. 50", title, True)
    assert title_ends([], "Letter IV", "General View of the Powers Conferred by The", True)
    assert not title_ends([], "FEDERALIST No. 50", title, False)  # fills the measure: a wrap
    assert not title_ends([], "FEDERALIST No. 50", "In the last paper the writer", True)
    assert not title_ends([], "It cost them 50", title, True)
    assert not title_ends(["The sum was"], "Letter IV", title, True)  # inside a paragraph


def test_a_title_ends_above_its_subtitle_in_brackets() -> None:
    subtitle = "(Concerning the Power of Congress"
    assert title_ends([], "The Same Subject Continued", subtitle, False)
    assert not title_ends(["It was"], "The Same Subject Continued", subtitle, False)
    assert not title_ends([], "and the reasons were", subtitle, False)


SPLIT_TITLE = (
    "FEDERALIST No. 25\n\n"
    "The Idea of Restraining the Legislative Authority in\n\n"
    "Regard to the Common Defense Considered\n\n"
    "For the Independent Journal.\n\n"
    "HAMILTON\n\n"
    "To the People of the State of New York:\n\n"
    "IT MAY perhaps be urged that the objects enumerated in the preceding number ought to be\n"
    "provided for by the State governments, under the direction of the Union. But this would\n"
    "be, in reality, an inversion of the primary principle of our political association.\n"
)


def test_a_title_cut_by_layout_breaks_is_read_with_its_spaces() -> None:
    # the layout pass joins the title's halves, then asks the title test of the two as one:
    # glued (`…Authority inRegard…`) they were no title and the dateline was run in
    got = paragraphs(SPLIT_TITLE)
    assert "For the Independent Journal." in got


BRACKETED = "The Same Subject Continued (The House of Representatives)"


def test_a_title_with_its_subtitle_in_brackets_on_one_line_is_a_title() -> None:
    assert is_latin_title(BRACKETED)
    assert numbered_heading("FEDERALIST No. 53", BRACKETED)
    assert numbered_heading("FEDERALIST No. 53", "The Same Subject Continued (The Powers of the")
    # a full line: it ends where its subtitle's bracket closes, and not before it closes
    assert title_ends([], BRACKETED, "From the New York Packet. Tuesday, February 12, 1788.", False)
    assert not title_ends([], "The Same Subject Continued (The House of", "Representatives)", False)
    assert not is_latin_title("The Same Subject Continued (the house of them)")


# federalist-052's first page as bench/english_weasy_flush.py set it (tuning; Liberation Sans
# 9.5 pt, 100 mm), read by `pdftotext`: the title fills its line
BRACKETED_PAGE = (
    "FEDERALIST No. 53\n"
    "The Same Subject Continued (The House of Representatives)\n"
    "From the New York Packet. Tuesday, February 12, 1788.\n"
    "HAMILTON OR MADISON\n"
    "To the People of the State of New York:\n"
    "I SHALL here, perhaps, be reminded of a current observation,\n"
    '"that where annual elections end, tyranny begins. " If it be true,\n'
    "as has often been remarked, that sayings which become\n"
    "proverbial are generally founded in reason, it is not less true,\n"
    "that when once established, they are often applied to cases to\n"
    "which the reason of them does not extend. I need not look for a\n"
    "proof beyond the case before us. What is the reason on which\n"
    "this proverbial observation is founded? No man will subject\n"
    "himself to the ridicule of pretending that any natural connection\n"
)


def test_a_title_with_a_bracketed_subtitle_stands_apart_on_a_flush_page() -> None:
    got = paragraphs(BRACKETED_PAGE)
    assert BRACKETED in got
    assert "From the New York Packet. Tuesday, February 12, 1788." in got
