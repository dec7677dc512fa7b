"""The word model: real words cost less than their mojibake."""

from __future__ import annotations

from convert.normalize.mojibake.word_model import text_cost


def test_the_word_model_prefers_words_to_their_mojibake() -> None:
    assert text_cost("电视总台主办的庆") < text_cost("鐢佃嗘诲彴涓诲姙鐨勫簡") - 20
