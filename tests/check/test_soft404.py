"""Soft-404 detection: its pieces, and its accuracy on a labelled set of simulated sites."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import corpus_config, write_events
from soft404_pages import score, serve_sites

from pipeline import runner
from pipeline.check import soft404
from pipeline.check.pagefacts import PageFacts, read_page
from pipeline.check.phrases import TITLE_CUES, cue
from pipeline.check.soft404 import (
    ProbeOutcome,
    judge_soft404,
    must_read_page,
    not_found_cue,
    probe_url,
    profile_site,
)
from pipeline.config import CheckMethod
from pipeline.db import checks, open_database
from pipeline.models import LinkKind


def test_probe_is_a_sibling_that_cannot_exist() -> None:
    assert probe_url("https://x.example/news/2024/05/story?id=3#top", "abc") == \
        "https://x.example/news/2024/05/sourcevault-probe-abc"
    assert probe_url("https://x.example/", "abc") == "https://x.example/sourcevault-probe-abc"
    assert probe_url("https://x.example/news/", "abc") == "https://x.example/sourcevault-probe-abc"
    assert probe_url("https://x.example/page", "abc") == "https://x.example/sourcevault-probe-abc"


@pytest.mark.parametrize("status, final, outcome", [
    (404, None, ProbeOutcome.HONEST), (410, None, ProbeOutcome.HONEST),
    (200, "https://x.example/sourcevault-probe-abc", ProbeOutcome.SOFT),
    (200, "https://x.example/", ProbeOutcome.REDIRECT),
    (403, None, ProbeOutcome.UNKNOWN), (None, None, ProbeOutcome.UNKNOWN),
])
def test_site_profile(status: int | None, final: str | None, outcome: ProbeOutcome) -> None:
    assert profile_site("https://x.example/sourcevault-probe-abc", status, final, None).outcome is outcome


def page(title: str, text: str = "", heading: str = "") -> PageFacts:
    return PageFacts(title, heading, text, len(text.split()))


@pytest.mark.parametrize("facts, cued", [
    (page("Page not found | Example"), True),
    (page("Example", heading="404 - Page Not Found"), True),
    (page("Seite nicht gefunden"), True),
    (page("Example", "Oops! We can't find the page you were looking for."), True),
    (page("Missing hiker not found after week-long search", "Rescuers ... " * 10), False),
    (page("Section 404 of the Clean Water Act, explained"), False),
    (page("Example", "Oops, said the mayor. " * 100), False),  # a long page: body cues do not count
    (page("Artikel nicht mehr verfügbar | Tagesblatt"), True),
    (page("La Gazette", heading="Cet article n’est plus disponible"), True),
    (page("Contenido no disponible | El Periódico"), True),
    (page("Wire", heading="This story has been removed"), True),
    (page("Vermisster Wanderer auch nach einer Woche nicht gefunden"), False),
    (page("Le suspect reste introuvable"), False),
    (page("Medicamento no disponible en farmacias por falta de stock"), False),
    (page("We can't find the missing girl, police say", "Police said on Monday ... " * 40), False),
])
def test_not_found_cues(facts: PageFacts, cued: bool) -> None:
    assert (not_found_cue(facts) is not None) is cued


def test_a_short_main_region_inside_long_boilerplate_is_read() -> None:
    boiler = "<nav>" + "news sport weather opinion " * 100 + "</nav>"
    removed = read_page(f"<html><body>{boiler}<main><p>We couldn't find that story.</p></main></body></html>".encode())
    article = read_page(f"<html><body>{boiler}<main><p>{'The council met. ' * 100}</p></main></body></html>".encode())
    assert removed.words > 250 and not_found_cue(removed) is not None
    assert not_found_cue(article) is None


def test_likeness_needs_a_title_like_the_probes() -> None:
    boiler = "Example News home world politics business sport weather " * 20
    probe_page = page("Example News", boiler + "We looked everywhere. Try the search box.")
    profile = profile_site("https://x.example/news/sourcevault-probe-abc", 200,
                           "https://x.example/news/sourcevault-probe-abc", probe_page)
    dead = page("Example News", boiler + "We looked everywhere. Try the search box.")
    photo = page("Photo: the mayor opens the new bridge", boiler + "The mayor opens the bridge.")
    assert judge_soft404("https://x.example/news/old", None, False, dead, profile, 0.8)
    assert judge_soft404("https://x.example/news/photo", None, False, photo, profile, 0.8) is None


def test_a_short_chinese_or_japanese_brief_has_words_of_its_own_on_a_soft_site() -> None:
    # written without spaces, its headline is one "word" to a split on spaces: counted as pagefacts.size counts it
    # (two characters a word), it has a title and words of its own, not the template's
    boiler = "Example News home world politics business sport weather " * 20
    profile = profile_site("https://x.example/ja/sourcevault-probe-abc", 200,
                           "https://x.example/ja/sourcevault-probe-abc", page("Example News", boiler))
    text = boiler + "市議会が新しい予算を可決した 市長が発表した。"
    brief = PageFacts("市議会が新しい予算を可決した | Example News", "", text, len(text.split()), dated=True)
    assert judge_soft404("https://x.example/ja/brief", None, False, brief, profile, 0.8) is None
    assert soft404.novel_words("市議会が新しい予算を可決した", "Example News") == 8  # 1 + 14 // 2


def test_every_link_is_read_unless_head_is_asked_for() -> None:
    assert must_read_page(CheckMethod.AUTO) and must_read_page(CheckMethod.GET)
    assert not must_read_page(CheckMethod.HEAD) and must_read_page(CheckMethod.HEAD, LinkKind.SNAPSHOT)


def test_redirect_to_home_is_soft_but_home_itself_is_not() -> None:
    assert judge_soft404("https://x.example/news/a", "https://x.example/", True, None, None, 0.9)
    assert judge_soft404("https://x.example/", "https://x.example/", False, None, None, 0.9) is None
    assert judge_soft404("https://x.example/a", "https://x.example/en/", True, None, None, 0.9)
    assert judge_soft404("https://x.example/a", "https://x.example/b", True, None, None, 0.9) is None


def test_an_empty_app_shell_is_not_judged_by_likeness() -> None:
    shell = page("App", "")
    profile = profile_site("https://x.example/sourcevault-probe-abc", 200, "https://x.example/sourcevault-probe-abc",
                           shell)
    assert judge_soft404("https://x.example/a", "https://x.example/a", False, shell, profile, 0.9) is None


def measure(tmp_path: Path, method: str) -> dict[str, object]:
    with serve_sites() as pages:
        write_events(tmp_path / "events", {f"e{i}": [p.url] for i, p in enumerate(pages)})
        config = corpus_config(tmp_path, method=method)
        assert runner.run_stages(config, ["extract"]).ok
        # the check alone: a capture due would turn every HEAD into a GET
        assert runner.run_stages(config, ["check"], options={"check": {"capture": False}}).ok
    db = open_database(config.paths.database)
    verdicts = {r["url"]: r["verdict"] for r in checks.link_rows(db)}
    db.close()
    return score(pages, verdicts)


def test_the_labelled_set_is_what_the_issue_asks_for(tmp_path: Path) -> None:
    with serve_sites() as pages:
        result = score(pages, {p.url: "ok" for p in pages})
    assert result["soft_404"] >= 60 and result["soft_sites"] >= 10 and result["live"] >= 100
    notes = result["live_by_note"]
    assert all(notes[n] >= 5 for n in ("bot_wall", "paywall", "consent", "short"))  # type: ignore[index]


@pytest.mark.parametrize("method", ["auto", "get"])
def test_accuracy_on_the_labelled_pages(tmp_path: Path, method: str) -> None:
    result = measure(tmp_path, method)
    assert result["false_alarms"] == 0, result["wrong"]
    assert result["soft_recall"] >= 0.95, result["missed"]  # type: ignore[operator]
    # the only dead pages missed are on the app-shell site, where every URL answers the same
    assert all(m.startswith("Shell App") for m in result["missed"]), result["missed"]  # type: ignore[union-attr]
    # bot walls and consent interstitials are "blocked" (we could not look), never dead
    assert all(w.startswith(("Gatekeeper", "DataDome", "Robot Check", "Consent Courier"))
               for w in result["unverifiable_live"]), result["unverifiable_live"]  # type: ignore[union-attr]


LONG = "The council met on Monday and approved the budget for the new school year. " * 40


@pytest.mark.parametrize("title, text, dated", [
    ("Page not found: how newsrooms quietly delete their archives", LONG, True),
    ("Error 404: the web is forgetting its history", "404 page not found. " + LONG, False),  # long, undated
    ("Seite nicht gefunden: Warum Behörden ihre Archive löschen", "Kurz. " * 90, True),  # dated, some text
    ("页面不存在：新闻网站为何删除旧文章", "市议会通过了新学年的预算。" * 60, False),  # long by its characters
])
def test_a_phrase_in_an_articles_own_headline_is_no_evidence(title: str, text: str, dated: bool) -> None:
    article = PageFacts(title, title, f"{title} {text}", len(f"{title} {text}".split()), dated=dated)
    honest = profile_site("https://x.example/sourcevault-probe-abc", 404, None, None)
    assert cue(TITLE_CUES, title) is not None  # the phrase is there ...
    assert soft404.article_shape(article)
    for profile in (honest, None):  # ... and says nothing about a page with an article's shape
        assert judge_soft404("https://x.example/news/a", None, False, article, profile, 0.8) is None


def test_a_page_like_the_probes_is_a_soft_404_whatever_its_shape() -> None:
    template = PageFacts("Example", "Nothing here", "Example news sport " * 200, 600, dated=True)
    profile = profile_site("https://x.example/news/sourcevault-probe-abc", 200,
                           "https://x.example/news/sourcevault-probe-abc", template)
    assert judge_soft404("https://x.example/news/old", None, False, template, profile, 0.8)


@pytest.mark.parametrize("final, lost", [
    ("https://x.example/search?q=council+budget+vote", "search"),
    ("https://x.example/suche?query=council-budget", "search"),
    ("https://x.example/?s=council+budget+vote", "home"),
    ("https://x.example/politics/", "section"),
    ("https://x.example/politics/2024", "section"),
    ("https://x.example/politics/2024/council-budget-vote-updated", None),  # a new home for the article
    ("https://x.example/articles/123456", None),  # a canonical article URL, not a section
    ("https://x.example/politics/2024/council-budget-vote?utm=x", None),
])
def test_a_redirect_to_a_search_page_or_a_section_front_is_a_soft_404(final: str, lost: str | None) -> None:
    cited = "https://x.example/politics/2024/council-budget-vote"
    if "articles" in final:
        cited = "https://x.example/articles/123456/council-budget-vote"
    reason = judge_soft404(cited, final, True, None, None, 0.8)
    assert (lost is None and reason is None) or (lost is not None and reason is not None and lost in reason), reason


def test_a_listing_of_many_articles_is_a_section_front() -> None:
    listing = PageFacts("Economy", "Economy", "Prices rise " * 100, 200, article_links=30)
    assert "listing" in (judge_soft404("https://x.example/2022/prices", "https://x.example/topics/economy", True,
                                       listing, None, 0.8) or "")
    gallery = PageFacts("Photos: the flood", "Photos: the flood", "Photo. " * 40, 40, article_links=30)
    assert judge_soft404("http://x.example/2022/flood-photos", "https://www.x.example/2022/flood-photos", True,
                         gallery, None, 0.8) is None  # only the host or scheme changed: the same page
    article = PageFacts("Prices rise", "Prices rise", LONG, 600, dated=True, article_links=30)  # and a rail of links
    assert judge_soft404("https://x.example/2022/prices", "https://x.example/2022/prices-rise", True, article,
                         None, 0.8) is None


@pytest.mark.parametrize("words", [
    "このドメインは、お名前.comで取得されています。", "该域名正在出售中，欢迎询价。", "Этот домен продаётся.",
    "Bu alan adı satılıktır.", "Ce nom de domaine est à vendre.", "Diese Domain steht zum Verkauf!",
])
def test_a_parking_lander_in_any_language_of_the_corpus(words: str) -> None:
    lander = PageFacts("example.com", "", f"example.com {words}", 3)
    assert judge_soft404("https://example.com/news/1", None, False, lander, None, 0.8)


def test_a_refresh_home_the_check_could_not_follow_is_judged_from_the_page() -> None:
    moved = PageFacts("Weiterleitung", "", "Sie werden weitergeleitet.", 3, refresh="/")
    assert "home page" in (judge_soft404("https://x.example/de/2019/old", None, False, moved, None, 0.8) or "")
    itself = PageFacts("Live", "", "Live ticker.", 2, refresh="https://x.example/de/live")
    assert judge_soft404("https://x.example/de/live", None, False, itself, None, 0.8) is None


def test_app_state_and_parking_speak_for_a_page_with_no_article() -> None:
    shell = PageFacts("Shop", "", "", 0, state='"statusCode":404')
    lander = PageFacts("example.com", "", "example.com", 1, parking="sedo.com")
    live = PageFacts("Shop", "", "", 0)
    for facts in (shell, lander):
        assert judge_soft404("https://x.example/p/1", None, False, facts, None, 0.8)
    assert judge_soft404("https://x.example/p/1", None, False, live, None, 0.8) is None


@pytest.mark.parametrize("lang, phrase", [
    ("ru", "Страница не найдена"), ("uk", "Сторінку не знайдено"), ("zh", "页面不存在"),
    ("ja", "ページが見つかりません"), ("ar", "الصفحة غير موجودة"), ("tr", "Sayfa bulunamadı"),
    ("hu", "Az oldal nem található"), ("de", "Seite nicht gefunden"), ("fr", "Page introuvable"),
    ("es", "Página no encontrada"), ("it", "Pagina non trovata"), ("pt", "Página não encontrada"),
    ("pl", "Nie znaleziono strony"), ("en", "Page not found"),
])
def test_not_found_in_every_language_of_the_corpus(lang: str, phrase: str) -> None:
    assert not_found_cue(page(f"{phrase} | Example")) is not None, lang
    assert not_found_cue(page("Example", heading=phrase)) is not None, lang


# each language's common real-site ways: could not find, does not exist, no longer exists, moved or deleted;
# and a word or three between the key words (held-out 2's misses were of this kind)
VARIANTS = {
    "en": ["We could not find the page", "The page you requested does not exist", "This page no longer exists",
           "The page was moved or deleted"],
    "de": ["Wir konnten die Seite nicht finden", "Die Seite konnte nicht gefunden werden",
           "Die Seite existiert nicht mehr", "Die Seite wurde verschoben oder gelöscht"],
    "fr": ["Nous n'avons pas pu trouver la page", "Cette page n'existe plus", "La page a été déplacée ou supprimée"],
    "es": ["No encontrado", "Lo sentimos, no hemos podido encontrar la página", "La página que buscas no existe",
           "La página ya no existe", "La página fue movida o eliminada"],
    "it": ["Non siamo riusciti a trovare la pagina", "La pagina non esiste più", "La pagina è stata spostata o eliminata"],
    "pt": ["Não conseguimos encontrar a página", "A página não existe mais", "A página foi movida ou excluída",
           "A página que você procura foi removida"],
    "nl": ["We konden de pagina niet vinden", "Deze pagina bestaat niet", "De pagina is verplaatst of verwijderd"],
    "pl": ["Nie mogliśmy znaleźć strony", "Strona już nie istnieje", "Strona została przeniesiona lub usunięta"],
    "ru": ["Не удалось найти страницу", "Страница больше не существует", "Страница была перемещена или удалена"],
    "uk": ["Не вдалося знайти сторінку", "Сторінка більше не існує", "Сторінку було переміщено або видалено"],
    "zh": ["找不到您要的页面", "该页面已不存在", "页面已被移动或删除", "该文章已经被删除"],
    "ja": ["お探しのページが見つかりませんでした", "ページはもう存在しません", "ページは移動または削除されました"],
    "ar": ["لم نتمكن من العثور على الصفحة", "الصفحة لم تعد موجودة", "ربما تم نقلها أو حذفها", "تم حذف هذا المقال"],
    "tr": ["Aradığınız sayfayı bulamadık", "Bu sayfa artık mevcut değil", "Sayfa taşınmış veya silinmiş olabilir"],
    "hu": ["Nem találjuk az oldalt", "Az oldal már nem létezik", "Az oldalt áthelyezték vagy törölték"],
}


@pytest.mark.parametrize("lang, phrase", [(lang, p) for lang, phrases in VARIANTS.items() for p in phrases])
def test_each_language_says_it_the_common_ways(lang: str, phrase: str) -> None:
    assert not_found_cue(page("Example", heading=phrase)) is not None, lang


@pytest.mark.parametrize("title", [
    "The missing hiker was not found after a week", "Police could not find the car used in the robbery",
    "Medicamento no disponible en farmacias por falta de stock", "El alcalde no pudo encontrar apoyos en el pleno",
    "Il sindaco non è riuscito a trovare un accordo", "La policía no ha podido encontrar al sospechoso",
])
def test_a_looser_phrase_still_names_the_page(title: str) -> None:
    # a gap between key words lets "the page *you requested* ..." through, not any sentence with the verb
    assert not_found_cue(page(title)) is None


@pytest.mark.parametrize("title", [
    "تم حذف هذا المقال: كيف تمحو المواقع أرشيفها", "No hemos podido encontrar la página: el olvido digital",
    "The page you requested does not exist: inside the web's memory holes", "该文章已经被删除：消失的网络档案",
])
def test_a_looser_phrase_in_an_articles_headline_is_no_evidence(title: str) -> None:
    article = PageFacts(title, title, f"{title} {LONG}", len(f"{title} {LONG}".split()), dated=True)
    assert cue(TITLE_CUES, title) is not None
    assert judge_soft404("https://x.example/news/a", None, False, article, None, 0.8) is None


def test_a_regional_block_is_not_a_missing_page() -> None:
    assert not_found_cue(page("Example", "This content is not available in your country.")) is None


# held-out 4's classes of miss, generalised: each rule with a live page it must not fire on
@pytest.mark.parametrize("heading, cued", [
    ("Sorry, this recipe has been retired", True), ("This podcast episode has been withdrawn", True),
    ("This listing has ended", True), ("This auction has closed", True),
    ("La pagina che cerchi non c'è", True), ("Il contenuto che cercavi non c'è più", True),
    ("Questo articolo non è più consultabile", True),
    ("お探しのページは存在しないか、公開が終了しています", True), ("この動画の配信は終了しました", True),
    ("記事が見つかりませんでした", True),
    ("Auction ended: painting sells for a record price", False), ("Listing ended early as bidders pulled out", False),
    ("Il treno che non c'è più: pendolari in attesa", False), ("人気番組の配信を終了へ", False),
    ("The recipe has been passed down for generations", False),
])
def test_a_notice_in_other_wordings_of_its_kind(heading: str, cued: bool) -> None:
    assert (not_found_cue(page("Example", heading=heading)) is not None) is cued, heading


@pytest.mark.parametrize("title, cued", [
    ("Recipe removed", True), ("Auction ended | Example", True), ("Pagina inesistente", True),
    ("Notizia inesistente - Example", True), ("Auction ended: painting sells for a record price", False),
])
def test_a_title_that_is_an_item_and_its_fate(title: str, cued: bool) -> None:
    assert (not_found_cue(page(title)) is not None) is cued, title


def test_a_short_notice_whose_menus_come_first_is_read_after_its_heading() -> None:
    menu = " ".join(f"Section {i} headline" for i in range(60))  # 180 words, 900 characters before the heading
    notice = PageFacts("Notice", "Sorry", f"{menu} Sorry This story may have been moved or deleted.", 190)
    brief = PageFacts("Brief", "Statue", f"{menu} Statue The statue on the square was taken away on Monday.", 192)
    assert not_found_cue(notice) is not None and not_found_cue(brief) is None


def test_a_lander_assembled_by_script_is_known_by_what_it_writes() -> None:
    written = PageFacts("", "", "", 0, script_text="Este dominio example.es está a la venta.")
    loading = PageFacts("Noticias", "", "", 0, script_text="Cargando la noticia …")
    assert "parked" in (judge_soft404("https://example.es/n/1", None, False, written, None, 0.8) or "")
    assert judge_soft404("https://example.es/n/1", None, False, loading, None, 0.8) is None


def test_a_shell_holding_a_lander_is_parked_only_when_every_path_gets_it() -> None:
    held = '"domainName": "", "registrar": "Namecheap"'
    shell = PageFacts("Welcome", "", "", 0, held_lander=held)
    url, probe = "https://x.example/2019/06/story.html", "https://x.example/2019/06/sourcevault-probe-abc"
    same = profile_site(probe, 200, probe, PageFacts("Welcome", "", "", 0, held_lander=held))
    other = profile_site(probe, 200, probe, PageFacts("Welcome", "", "", 0, held_lander='"domain": "probe"'))
    honest = profile_site(probe, 404, probe, None)
    assert "parked" in (judge_soft404(url, None, False, shell, same, 0.8) or "")
    # a WHOIS tool's shell holds a domain and its registrar too: a made-up URL gets a 404, or a shell of its own
    assert judge_soft404(url, None, False, shell, honest, 0.8) is None
    assert judge_soft404(url, None, False, shell, other, 0.8) is None


@pytest.mark.parametrize("title, heading, cued", [
    # closed and expired ads and vacancies, as a notice or as a title that is the item and its fate
    ("Vacancy closed", "", True), ("Jobs", "This vacancy has been filled", True), ("Ads", "This ad has expired", True),
    ("Empleo", "Esta oferta ha finalizado", True), ("Oferta caducada", "", True), ("Oferta wygasła", "", True),
    ("Ogłoszenia", "To ogłoszenie wygasło", True), ("Beitrag entfernt", "", True),
    ("Hinweis", "Der Artikel wurde auf Wunsch des Betroffenen gelöscht", True),
    ("Vacancy closed: hospital finally hires a chief surgeon", "", False),
    ("Oferta caducada: los supermercados retiran el descuento", "", False),
    ("Bundestag", "Der Artikel 13 wurde nach langer Debatte aus dem Gesetz gelöscht", False),
    # a heading that says only "nothing here", an interjection before it at most; Hungarian with its object first
    ("Avviso", "Ops, qui non c'è niente", True), ("Hinweis", "Huch, hier ist nichts", True),
    ("Information", "Oups ! Il n'y a rien ici", True), ("Hmm", "Nothing lives at this address", True),
    ("Hiba történt", "Ezt az oldalt nem találjuk", True), ("Hiba", "A keresett cikket nem találjuk", True),
    ("Nothing here for young people, say residents", "", False),
    ("Qui non c'è niente da vedere: la mostra divide i critici", "", False),
])
def test_held_out_5s_kinds_of_notice(title: str, heading: str, cued: bool) -> None:
    assert (not_found_cue(page(title, heading=heading)) is not None) is cued, (title, heading)


@pytest.mark.parametrize("words, parked", [
    ("Own this domain today for $2,400.", True), ("Make this domain yours", True),
    ("このドメインは Xserver Domain で登録されています", True), ("この ドメイン 名 は 当社 で 取得 し た", False),
    ("We make this newsletter yours: pick the topics you follow.", False),
])
def test_a_sale_landers_call_to_buy_and_a_registrar_name_inside_a_japanese_sentence(words: str, parked: bool) -> None:
    written = PageFacts("", "", "", 0, script_text=words)
    assert ("parked" in (judge_soft404("https://x.example/n/1", None, False, written, None, 0.8) or "")) is parked


def test_a_heavy_page_sent_home_by_a_timer_is_judged_from_the_page() -> None:
    page = read_page(b"<html><head><script>setTimeout(function(){location.href='/'},1500)</script></head>"
                     b"<body><p>Az oldal megsz\xc5\xb1nt.</p></body></html>")
    assert "home page" in (judge_soft404("https://x.example/hu/2017/02/old", None, False, page, None, 0.8) or "")


@pytest.mark.parametrize("title, heading, cued", [
    # the languages held-out 6 brought, and forms the lists lacked: story nouns, a wiki's "lap", "what you are looking
    # for" as the object, an editor's active removal, an item and its fate as a title, "nothing at this address"
    ("Stránka nenalezena | Krajské zprávy", "", True), ("Chyba", "Článek byl odstraněn", True),
    ("페이지를 찾을 수 없습니다 | 지역방송", "", True), ("알림", "이 기사는 삭제되었습니다", True), ("삭제된 기사", "", True),
    ("Eroare", "Pagina nu a fost găsită", True), ("Știri", "Nu am găsit ce căutați", True),
    ("Η σελίδα δεν βρέθηκε | Κανάλι", "", True), ("Μη διαθέσιμο", "", True),
    ("Melding", "Dit artikel is niet langer beschikbaar", True), ("Video verlopen", "", True),
    ("Статья не найдена — Вики", "", True), ("Ошибка", "Такой статьи нет", True), ("Сюжет видалено", "", True),
    ("Nem található – Wikihírek", "", True), ("Hiba", "Ilyen lap nem létezik", True),
    ("Attenzione", "Non riusciamo a trovare ciò che cerchi", True), ("Anadolu TV", "Aradığınız sayfaya ulaşamadık", True),
    ("Publication retirée", "", True), ("Avis", "Nous avons retiré cet article", True),
    ("Reportagem fora do ar", "", True), ("Materiał niedostępny", "", True), ("公開終了", "", True),
    ("Archived", "This article has been moved to our print archive", True),
    ("DMCA", "This post has been disabled in response to a copyright complaint", True),
    ("Ничего не нашлось", "", True), ("Hoppá", "По этому адресу ничего нет", True),
    # ... and headlines near those words that name no page
    ("Pohřešovaný turista nebyl nalezen", "", False), ("Vermiste wandelaar niet gevonden", "", False),
    ("Ο ύποπτος δεν βρέθηκε ακόμη", "", False), ("실종된 등산객 아직 찾을 수 없어", "", False),
    ("Ничего не нашлось в подвале дома, где искали клад", "", False),
    ("This video has been blocked in your country", "", False),
    ("Materiał niedostępny dla osób spoza Unii: wyjaśniamy dlaczego", "", False),
])
def test_held_out_6s_kinds_of_notice(title: str, heading: str, cued: bool) -> None:
    assert (not_found_cue(page(title, heading=heading)) is not None) is cued, (title, heading)


def test_a_wikis_page_with_no_text_is_a_not_found_page() -> None:
    for words in ("There is currently no text in this page. You can search for this page title in other pages.",
                  "В настоящий момент текст на данной странице отсутствует.",
                  "Diese Seite enthält momentan noch keinen Text."):
        assert not_found_cue(page("Bahnhofstraße – Stadtwiki", words, heading="Bahnhofstraße")) is not None


def test_a_dated_brief_under_a_headline_of_its_own_is_no_notice() -> None:
    # the French AMP trap's kind: a short dated story whose body (or quoted headline) speaks of a missing page
    brief = read_page("<html><head><title>Contenu supprimé : la mairie efface ses comptes rendus | Sentinel</title>"
                      "<meta property='article:published_time' content='2024-05-06'></head><body><h1>Contenu supprimé :"
                      " la mairie efface ses comptes rendus</h1><p>Depuis lundi, les liens renvoient vers une page "
                      "introuvable ; l'opposition dénonce une suppression.</p></body></html>".encode())
    assert judge_soft404("https://x.example/n/2024/07/a", None, False, brief, None, 0.8) is None
    quoted = read_page("<html><head><title>«Η σελίδα δεν βρέθηκε»: χάθηκε το αρχείο του δημοτικού συμβουλίου | Κανάλι"
                       "</title></head><body><h1>«Η σελίδα δεν βρέθηκε»: χάθηκε το αρχείο του δημοτικού συμβουλίου</h1>"
                       "<p class='byline'>Νίκος</p><p>Οι κάτοικοι ζητούν εξηγήσεις.</p></body></html>".encode())
    assert judge_soft404("https://x.example/n/2024/07/b", None, False, quoted, None, 0.8) is None
    # the same words undated, or as a notice's heading, are a notice
    notice = read_page("<html><head><title>Avis</title></head><body><h1>Nous avons retiré cet article</h1><p>Les liens "
                       "renvoient vers une page introuvable.</p></body></html>".encode())
    assert judge_soft404("https://x.example/n/2024/07/c", None, False, notice, None, 0.8) is not None


def test_a_blog_profiles_author_link_is_no_byline() -> None:
    # a blog's profile widget links its author (rel="author") on every page, its not-found page too
    side = ("<aside><a href='/p/me' rel='author'>Ann Weaver</a><p>" + "I write about the river and the ferry. " * 12
            + "</p></aside>")
    missing = read_page(f"<html><head><title>Page not found – Riverside Notes</title></head><body><h1>Riverside Notes"
                        f"</h1><div class='status-msg'>Sorry, this page does not exist.</div>{side}</body></html>".encode())
    assert not missing.dated and not_found_cue(missing) is not None
    assert judge_soft404("https://x.example/2021/03/a.html", None, False, missing, None, 0.8) is not None
    post = read_page(f"<html><head><title>Page not found: the council's lost minutes – Riverside Notes</title></head>"
                     f"<body><h1>Riverside Notes</h1><h3>Page not found: the council's lost minutes</h3><abbr "
                     f"itemprop='datePublished' title='2024-05-06'>08:00</abbr><p>{'The minutes are gone. ' * 30}</p>"
                     f"{side}</body></html>".encode())
    assert post.dated and judge_soft404("https://x.example/2021/03/b.html", None, False, post, None, 0.8) is None


@pytest.mark.parametrize("final, lost", [
    ("https://x.example/404.html?url=/es/2021/3/page-3.html", True),
    ("https://x.example/Error.aspx?aspxerrorpath=/en/news/61000.aspx", True),
    ("https://x.example/errors/404?from=/news/old", True), ("https://x.example/not-found", True),
    ("https://x.example/news/2021/error-in-the-budget-report", False),
    ("https://x.example/news/2021/404-days-at-sea", False),
])
def test_a_redirect_to_the_sites_error_page(final: str, lost: bool) -> None:
    article_page = page("An article", "Words of the article. " * 200)
    assert (judge_soft404("https://x.example/news/old-story", final, True, article_page, None, 0.8)
            is not None) is lost


def _dated(headline: str, body: str, byline: bool) -> PageFacts:
    by = "<p class='byline'>By Ana Ortiz</p>" if byline else ""
    return read_page(f"<!doctype html><html><head><meta charset='utf-8'><title>{headline} | Kurier</title><meta "
                     "property='article:published_time' content='2024-05-06T08:00:00Z'></head><body><main><article>"
                     f"<h1>{headline}</h1>{by}<time datetime='2024-05-06'>6 May 2024</time><p>{body}</p></article>"
                     "</main></body></html>".encode())


@pytest.mark.parametrize("headline", [
    "Film „Wiedźmin” nie jest już dostępny w kinach",  # the phrase, then where
    "Projekt ustawy o mediach został wycofany z Sejmu",
    "La obra de Picasso fue retirada de la subasta",
    "El vídeo del alcalde ya no está disponible en la web municipal",
    "تم حجب المحتوى الإباحي في البلاد بقرار حكومي",
    "涉事视频已下架 平台回应称正在调查",
    "iPhone mini no longer available in Europe",
    "Beliebtes Kinderbuch ist nicht mehr verfügbar",  # a subject of its own before the phrase
    "Materiał wideo o pożarze jest niedostępny po awarii serwera",
    "人気番組の配信を終了しました",
])
@pytest.mark.parametrize("byline", [True, False])
def test_a_dated_headline_giving_an_item_of_its_own_a_fate_is_no_notice(headline: str, byline: bool) -> None:
    brief = _dated(headline, "The distributor said so on Friday.", byline)
    assert cue(TITLE_CUES, headline) is not None  # the lists' phrase is in it ...
    assert not soft404.article_shape(brief)  # ... on a short page
    assert judge_soft404("https://x.example/news/a", None, False, brief, None, 0.8) is None


@pytest.mark.parametrize("heading", ["Ten materiał nie jest już dostępny", "Este contenido ya no está disponible",
                                     "Dieser Artikel ist nicht mehr verfügbar", "该文章已被删除", "تم حذف هذا المقال",
                                     "Sorry, this page has been removed."])
def test_a_dated_page_whose_heading_is_the_notice_alone_is_one(heading: str) -> None:
    # a removed article that keeps its byline and date says its item and its fate alone: still a notice
    notice = _dated(heading, "", True)
    assert judge_soft404("https://x.example/news/a", None, False, notice, None, 0.8) is not None
