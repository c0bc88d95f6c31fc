"""How not-found phrases are matched (pipeline/check/phrases.py) and the lists it matches (phrases_latin,
phrases_nonlatin): every phrase past the quick test, the other scripts' lists skipped for a text of Latin letters,
a long text searched only where a phrase can start, each with the answer a whole search gives."""

from __future__ import annotations

from conftest import alternatives

from pipeline.check import phrases, phrases_latin, phrases_nonlatin


def test_every_cue_holds_a_word_that_lets_a_page_past_the_quick_test() -> None:
    # not_found_cue skips the long alternation for a text holding none of CUE_WORDS: that is only
    # right while every alternative needs one of them
    found = alternatives(phrases.BODY_CUES.pattern)
    assert len(found) > 30
    for alternative in found:
        assert any(word in alternative.lower() for word in phrases.CUE_WORDS), alternative


def test_a_text_in_latin_letters_alone_gets_the_same_answer_without_the_non_latin_lists() -> None:
    # cue() searches an ASCII text without the lists whose every phrase holds a letter outside ASCII: the same answer
    for lang, pattern in phrases_nonlatin.TITLE_PHRASES.items():
        for alternative in alternatives(phrases._expand(pattern)):
            assert phrases.NON_LATIN_LETTER.search(alternative), (lang, alternative)
    texts = ["Page not found | Example", "Error 404 - Not Found", "Seite nicht gefunden", "Sayfa bulunamadi",
             "Tests find elevated lead in water at nine schools", "We could not find the page you requested",
             "Nincs ilyen oldal", "Pagina nu exista", "Page introuvable", "This listing has ended",
             # Latin letters with accents, dashes and curly quotes: searched without those lists too
             "Página não encontrada — Portal", "Tests find “elevated” lead – report", "Không tìm thấy trang",
             "Sidan hittades inte", "Straße gesperrt – Seite gelöscht?", "Страница не найдена", "页面不存在"]
    for text in texts:
        assert bool(phrases.cue(phrases.BODY_CUES, text)) is bool(phrases.BODY_CUES.search(text)), text
        assert bool(phrases.cue(phrases.TITLE_CUES, text)) is bool(phrases.TITLE_CUES.search(text)), text


def test_a_long_text_is_searched_only_where_a_phrase_can_start_with_the_same_answer() -> None:
    # cue() tries the pattern only up to PHRASE_BEFORE_WORD characters before a word of CUE_WORDS: a phrase far into
    # a long text, and its longest known reach before its word, are found as a search of the whole text finds them
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 8
    for phrase in ("Der Artikel wurde auf Wunsch des Betroffenen gelöscht", "This topic was deleted by its author",
                   "Strona, której szukasz, nie istnieje", "Tämä tiedote on poistettu", "页面不存在", "Nothing"):
        text = filler + phrase + ". " + filler
        found, searched = phrases.cue(phrases.BODY_CUES, text), phrases.BODY_CUES.search(text)
        assert (found and found.span()) == (searched and searched.span()), phrase
    assert phrases.cue(phrases.BODY_CUES, filler + "Der Artikel wurde auf Wunsch gelöscht") is not None


def test_each_language_has_one_list_in_one_of_the_two_modules() -> None:
    # a language's list is in the module of its script: a list in both would be matched twice, or a Latin text
    # skip a Latin language's list
    assert set(phrases_latin.TITLE_PHRASES).isdisjoint(phrases_nonlatin.TITLE_PHRASES)
    assert phrases.NON_LATIN == set(phrases_nonlatin.TITLE_PHRASES)
    assert phrases.TITLE_PHRASES == phrases_latin.TITLE_PHRASES | phrases_nonlatin.TITLE_PHRASES
    for lang, pattern in phrases_latin.TITLE_PHRASES.items():  # ... each with a phrase of Latin letters
        assert any(not phrases.NON_LATIN_LETTER.search(a) for a in alternatives(pattern)), lang
