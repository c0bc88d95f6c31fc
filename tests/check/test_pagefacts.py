"""Page facts from raw bytes: charsets, titles, headings, visible text."""

from __future__ import annotations

import pickle

import pytest

from pipeline.check.pagefacts import decode_html, own_size, read_page, size
from pipeline.check.soft404 import novel_words


def test_title_heading_and_visible_text_only() -> None:
    html = (b"<html><head><title> Budget &amp; tax </title><style>p{color:red}</style></head>"
            b"<body><script>var x = 'not text';</script><h1>The <em>budget</em></h1><p>Approved today.</p>"
            b"<!-- hidden --></body></html>")
    facts = read_page(html)
    assert (facts.title, facts.heading) == ("Budget & tax", "The budget")
    assert facts.text == "The budget Approved today." and facts.words == 4


def test_charset_from_header_then_meta_then_utf8_then_cp1252() -> None:
    text = "Résumé - décision"
    assert decode_html(text.encode("iso-8859-1"), "iso-8859-1").startswith("Résumé")
    meta = b'<meta charset="windows-1251">' + "Новости".encode("cp1251")
    assert "Новости" in decode_html(meta)
    assert decode_html(text.encode("utf-8")) == text
    assert decode_html("Résumé".encode("cp1252")) == "Résumé"  # not UTF-8: falls back, no exception
    assert decode_html(b"abc", "no-such-charset") == "abc"


def test_broken_markup_never_raises() -> None:
    for junk in (b"", b"<", b"<title>unclosed", b"\xff\xfe\x00<h1", b"<html><body>" + b"<div>" * 10000):
        read_page(junk)


def test_novel_words() -> None:
    assert novel_words("a b c page-x", "a b c probe-y", ("page-x", "probe-y")) == 0
    assert novel_words("a b c d e", "a b c") == 2


def test_main_region() -> None:
    assert read_page(b"<body><nav>menu</nav><main><h1>T</h1><p>Body</p></main></body>").main == "T Body"
    assert read_page(b"<body><div role='main'><p>Body</p></div></body>").main == "Body"
    assert read_page(b"<body><article><p>Story</p></article></body>").main == "Story"
    assert read_page(b"<body><p>No region</p></body>").main == ""


def test_the_main_region_is_the_one_that_starts_first() -> None:
    page = b"<body><div id=main><p>Menu</p></div><section class=x ROLE = 'Main'><p>Own</p></section><main>Later</main>"
    assert read_page(page).main == "Own"
    assert read_page(b"<body><article>First</article><main role=main>Second</main></body>").main == "First"
    assert read_page(b"<body><main role=main>Both</main><article>Later</article></body>").main == "Both"
    assert read_page(b"<body><div role=main>never closed<article>Story</article></body>").main == "Story"


def test_article_links_are_judged_by_their_last_segment() -> None:
    links = ["/news/a-long-story-title", "/a-b-c/section/", "/story/12345678/", "/id-12345", "/news/x-y-z-1.html",
             "/tag/one-two-three/", "/p/1234", "/a-b-c//", "/news/a-long-story-title?x=1", "https://other.test/q-r-s"]
    page = "".join(f"<a href='{link}'>x</a>" for link in links).encode()
    # articles: a slug of three words, or a long number, in the last segment (one trailing "/" allowed)
    assert read_page(page).article_links == 6


def test_what_judging_needs_besides_the_text() -> None:
    facts = read_page(
        b"<html><head><meta content='2024-03-05T10:00:00Z' property='article:published_time'>"
        b"<meta http-equiv='Refresh' content=\"2; URL='/moved'\"><title>T</title></head><body>"
        b"<script>window.__STATE__ = {\"route\": {\"notFound\": true}}</script>"
        b"<a href='/news/2024/council-approves-budget'>a</a><a href='/news/2024/council-approves-budget/'>b</a>"
        b"<a href='/item/123456'>c</a><a href='/about'>d</a><p>Hi</p></body></html>")
    assert (facts.dated, facts.published, facts.refresh) == (True, "2024-03-05", "/moved")
    assert facts.state == "notFound: true" and facts.article_links == 2
    assert read_page(b"<meta http-equiv=refresh content='600'><p>live blog</p>").refresh == ""  # a reload timer
    assert read_page(b"<p>Undated</p>").dated is False


@pytest.mark.parametrize("script, state", [
    ('window.__APOLLO_STATE__={"ROOT_QUERY":{"article":null},"error":{"code":404}}', '"code":404'),
    ('window.__PRELOADED_STATE__={"router":{"status":404}}', '"status":404'),
    ('window.__NUXT__={error:{statusCode:410,message:"Gone"}}', "statusCode:410"),
    ("{&q;page&q;:{&q;httpStatus&q;:404}}", "&q;httpStatus&q;:404"),  # Angular's transfer state
    ('self.__next_f.push([1,"2:{\\"digest\\":\\"NEXT_NOT_FOUND\\"}"])', "NEXT_NOT_FOUND"),
    ('window.__APOLLO_STATE__={"errors":[{"extensions":{"code":"NOT_FOUND"}}]}', '"code":"NOT_FOUND'),
    ('window.x={"Product:404":{"id":404,"price":410,"reviewCount":404,"zipcode":"40410"}}', ""),  # no status
    ('window.x={"statusCode":200,"items":[404,410]}', ""),
])
def test_embedded_state_is_read_under_any_status_key(script: str, state: str) -> None:
    assert read_page(f"<html><body><div id=app></div><script>{script}</script></body></html>".encode()).state == state


def test_a_bare_shell_shows_what_its_scripts_write() -> None:
    shell = read_page(b"<html><body><div id=app></div><script>document.title = \"Sorry, this page doesn't exist\""
                      b"</script></body></html>")
    assert shell.script_text == "Sorry, this page doesn't exist"
    page = read_page(b"<html><body><p>" + b"word " * 50 + b"</p><script>document.title = 'Page not found'</script>")
    assert page.script_text == ""  # a page with words of its own shows those


def test_parking_markers_in_markup_and_scripts() -> None:
    assert read_page(b"<a href='https://sedo.com/search?domain=x'>Buy</a>").parking == "sedo.com"
    assert read_page(b"<script>document.write('This domain is for sale')</script>").parking
    assert read_page(b"<p>The council sold the old school.</p>").parking == ""


def test_scripts_and_comments_end_at_their_own_end_tag() -> None:
    page = read_page(b"<html><body><script>if (a<b) x = '</scr' + 'ipt>';</SCRIPT >Council budget"
                     b"<!-- a -- b --->passed<style>p{}</style> today<script>never closed <p>tail")
    assert page.text.startswith("Council budget passed today")
    assert "x =" not in page.text and "a -- b" not in page.text and "p{}" not in page.text


def test_state_serialised_by_reference_is_read_by_its_index() -> None:
    # Nuxt 3's payload names each value by its index: "statusCode": 3 is the 410 at index 3, not a status of 3
    def shell(payload: str) -> bytes:
        return f"<html><body><div id=__nuxt></div><script type=application/json>{payload}</script></body></html>".encode()

    gone = '[{"error":1},{"statusCode":2,"message":3},410,"Gone"]'
    live = '[{"error":1},{"statusCode":2,"count":3},200,404]'  # a 404 that is a count, the status 200
    assert read_page(shell(gone)).state == '"statusCode": 410'
    assert read_page(shell(live)).state == ""


def test_the_text_outside_links_is_counted_apart() -> None:
    menu = "".join(f"<a href='/s{i}/'>Section number {i}</a> " for i in range(100))
    notice = read_page(f"<html><body><div>{menu}</div><h1>Page not found</h1></body></html>".encode())
    story = read_page(f"<html><body><div>{menu}</div><p>{'word ' * 400}</p></body></html>".encode())
    assert notice.words > 300 and notice.prose_words < 10
    assert story.prose_words >= 400


def test_a_bare_shell_shows_the_literals_it_writes_joined_to_names() -> None:
    # held-out 4: landers assembled in the browser, by document.write and by an innerHTML joined to names
    written = read_page(b"<html><body><script>document.write('<div><h1>'+location.host+'</h1><p>Diese Domain "
                        b"wurde soeben registriert.</p></div>')</script></body></html>")
    assert written.script_text == "Diese Domain wurde soeben registriert."
    joined = read_page(b"<html><body><div id=r></div><script>r.innerHTML = `<p>Ta domena ` + d.name + ` jest na "
                       b"sprzeda\xc5\xbc.</p>`;</script></body></html>")
    assert joined.script_text == "Ta domena jest na sprzedaż."


def test_what_a_bare_shell_holds_of_a_domain_lander() -> None:
    held = read_page(b"<html><body><div id=lp></div><script>var parkingData={\"domain\":\"\",\"registrar\":"
                     b"\"GoDaddy\"};</script></body></html>")
    assert held.held_lander.startswith('"domain":')
    # a domain without a registrar, a sale or a lander (a site's own config) holds no lander; nor does a page
    # with words of its own
    config = read_page(b"<html><body><div id=app></div><script>window.cfg={\"domain\":\"news.example\",\"lang\":"
                       b"\"en\"}</script></body></html>")
    article = read_page(b"<html><body><p>" + b"word " * 50 + b"</p><script>x={\"domain\":\"a\",\"registrar\":\"b\"}"
                        b"</script></body></html>")
    assert config.held_lander == "" and article.held_lander == ""


@pytest.mark.parametrize("state, said", [
    ('{"componentChunkName":"component---src-pages-404-js","path":"/404.html"}', True),  # Gatsby's 404 page
    ('{"template":"404","post":null}', True),
    ('{"page":"/en/404/"}', True), ('{"componentChunkName":"component---src-templates-404-tsx"}', True),
    ('{"path":"/p/404","template":"article"}', False),  # an id 404 inside a longer path
    ('{"pathname":"/story/404-days-without-rain"}', False),
    ('{"componentChunkName":"component---src-pages-404-reasons-js"}', False),
])
def test_embedded_state_naming_the_404_page_as_the_one_rendered(state: str, said: bool) -> None:
    page = read_page(f"<html><body><div id=app></div><script>window.__DATA__={state}</script></body></html>".encode())
    assert bool(page.state) is said, page.state


@pytest.mark.parametrize("markup, said", [
    # a bare shell's state in an attribute: Inertia's data-page, an island's component and type-tagged props
    ("<div id='app' data-page='{&quot;component&quot;:&quot;Show&quot;,&quot;props&quot;:{&quot;status&quot;:404}}'>"
     "</div>", True),
    ("<x-island component-url='/_islands/PageNotFound.9c.js' props='{}'></x-island>", True),
    ("<x-island component-url='/_islands/Story.9c.js' props='{\"code\":[0,404]}'></x-island>", True),
    ("<div id='app' data-page='{\"component\":\"Article/Show\",\"props\":{\"status\":200,\"id\":404}}'></div>",
     False),
    ("<x-island component-url='/_islands/NotFoundStories.js' props='{}'></x-island>", False),  # a longer name
])
def test_a_bare_shells_state_in_its_attributes(markup: str, said: bool) -> None:
    page = read_page(f"<html><body>{markup}</body></html>".encode())
    assert bool(page.state) is said, page.state


def test_state_in_attributes_is_read_only_on_a_bare_shell() -> None:
    words = " ".join(["word"] * 40)
    page = read_page(f"<html><body><p>{words}</p><div data-page='{{\"status\":404}}'></div></body></html>".encode())
    assert page.state == ""


@pytest.mark.parametrize("state, said", [
    ('{"article":{"code":40004,"msg":"文章不存在或已被删除","data":null}}', True),
    ('{"news":{"code":4041,"message":"La noticia no existe"}}', True),
    ('{"detail":{"code":0,"msg":"页面不存在：博物馆的新展览"}}', False),  # success: the message is a headline
    ('{"detail":{"code":200,"message":"Page not found: the gallery show"}}', False),
    ('{"detail":{"code":40004,"msg":"请先登录"}}', False),  # an error, but not a missing page
])
def test_an_apps_own_error_code_with_a_not_found_message(state: str, said: bool) -> None:
    page = read_page(f"<html><body><div id=app></div><script>window.__S__={state}</script></body></html>".encode())
    assert bool(page.state) is said, page.state


def test_the_sizes_judging_asks_for_are_counted_where_the_page_is_read() -> None:
    # the check reads pages in a process of its own (check/reader.py) and judges them on its event loop: the
    # sizes every judgement asks for come back with the facts, counted there, and the same as counting them here
    body = ("<html><title>Bericht</title><body><main><p>" + "Der Stadtrat hat beschlossen. " * 40
            + "东京都议会今天通过了预算" * 10 + "</p></main><p>Impressum Kontakt</p></body></html>").encode()
    facts = pickle.loads(pickle.dumps(read_page(body)))
    assert {"text_size", "main_size"} <= vars(facts).keys()
    assert facts.text_size == size(facts.text) and facts.main_size == size(facts.main)
    assert facts.main_size == 4 * 40 + 1 + 120 // 2  # the Chinese run: one word by spaces, two characters a word
    assert own_size(facts) == facts.main_size


@pytest.mark.parametrize("head, body, said", [
    # a bare shell's status told to prerenderers, and a GraphQL answer typed for a missing page
    ("<meta name='prerender-status-code' content='404'>", "<div id='root'></div>", True),
    ("<meta content='410' name='render:status_code'>", "<div id='root'></div>", True),
    ("<meta name='prerender-status-code' content='200'>", "<div id='root'></div>", False),
    ("", "<div id='root'></div><script>S={\"node\":{\"__typename\":\"NotFoundError\",\"message\":\"x\"}}</script>", True),
    ("", "<div id='root'></div><script>S={\"node\":{\"__typename\":\"NotFoundStories\",\"title\":\"x\"}}</script>",
     False),
    # a long article's meta tag is not read as a shell's
    ("<meta name='prerender-status-code' content='404'>", "<p>" + "Words of the story. " * 20 + "</p>", False),
])
def test_a_shells_status_for_prerenderers_and_a_not_found_type(head: str, body: str, said: bool) -> None:
    page = read_page(f"<html><head><title>App</title>{head}</head><body>{body}</body></html>".encode())
    assert bool(page.state) is said, page.state
