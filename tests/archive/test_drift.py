"""Word-level drift: similarity, and the excerpt of what changed that the report shows."""

from __future__ import annotations

from pipeline.archive.drift import diff_excerpt, is_drifted, text_similarity

OLD = "The city council voted nine to four on Tuesday to approve the transit budget for next year."


def test_the_same_words_have_no_excerpt_and_full_similarity():
    assert diff_excerpt(OLD, "  ".join(OLD.split())) == ""
    assert text_similarity(OLD, OLD.upper()) == 1.0 and not is_drifted(1.0, 0.8)


def test_a_replaced_word_is_shown_with_its_context():
    new = OLD.replace("approve", "reject")
    assert diff_excerpt(OLD, new) == \
        "… nine to four on Tuesday to [-approve-] {+reject+} the transit budget for next year."


def test_the_biggest_changes_are_kept_in_text_order_and_long_runs_are_cut():
    added = " ".join(f"word{i}" for i in range(40))
    new = OLD.replace("nine", "ten").replace("Tuesday", f"Tuesday {added}").replace("next", "this")
    excerpt = diff_excerpt(OLD, new, changes=2, context=2, run_words=5)
    lines = excerpt.splitlines()
    assert len(lines) == 2
    assert "[-nine-] {+ten+}" in lines[0]  # of two changes as small, the first
    assert "{+word0 word1 word2 word3 word4 …+}" in lines[1]
    assert "this" not in excerpt  # the smallest change is left out
