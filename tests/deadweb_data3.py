"""The words and whole pages of held-out 3 of the dead-web set (used by tests/deadweb_pages3.py).

Written blind to the check's rules (see deadweb_pages3). Not-found pages are
phrased as real sites phrase them, three ways per language: the site's 404
page, another wording of it (a CMS's "content" page), and a soft template's.
"""

from __future__ import annotations

import base64
import json

# language -> three (title, heading, body) of not-found pages
NOT_FOUND3: dict[str, list[tuple[str, str, str]]] = {
    "ru": [("Ошибка 404 — Городские ведомости", "Такой страницы нет",
            "Возможно, вы ошиблись при наборе адреса или страница была удалена. Перейдите на главную или "
            "воспользуйтесь поиском."),
           ("Страница не найдена", "К сожалению, запрашиваемая вами страница не найдена",
            "Проверьте правильность адреса или вернитесь на главную страницу."),
           ("404 — Ничего не найдено", "Упс! Кажется, вы заблудились",
            "Страница, которую вы ищете, не существует. Вот несколько свежих новостей:")],
    "uk": [("404 — Сторінку не знайдено", "Ой, такої сторінки немає",
            "Можливо, ви помилилися в адресі або сторінку було переміщено."),
           ("Помилка 404", "Сторінка, яку ви шукаєте, не існує", "Спробуйте скористатися пошуком або поверніться "
            "на головну."),
           ("Нічого не знайдено", "Запитувана сторінка не знайдена", "На жаль, за цією адресою нічого немає.")],
    "zh": [("404错误-页面未找到", "抱歉！您访问的页面找不到了",
            "可能原因：网址有错误，请检查地址是否完整或存在多余字符；网址已失效，可能页面已删除、活动已下线等。"),
           ("页面没有找到", "对不起，您要查看的页面没有找到", "您可以返回首页，或者在搜索框中重新查找。"),
           ("404 Not Found - 新闻中心", "哎呀，页面走丢了", "您访问的内容不存在或已被移除，5秒后返回首页。")],
    "ja": [("ページが見つかりません（404 Not Found）", "お探しのページは見つかりませんでした",
            "申し訳ございません。お探しのページは一時的にアクセスできない状況にあるか、移動もしくは削除された可能性があります。"),
           ("404エラー", "指定されたURLのページは存在しません", "URLに間違いがないかご確認ください。トップページから目的のページをお探しください。"),
           ("お探しのページは存在しません", "このページは存在しないか、すでに削除されています", "トップページへ戻る")],
    "ar": [("الصفحة غير متوفرة", "عذراً، الصفحة التي تبحث عنها غير متوفرة",
            "ربما تم حذف الصفحة أو تغيير عنوانها. يمكنك العودة إلى الصفحة الرئيسية."),
           ("خطأ 404 - لم يتم العثور على الصفحة", "لم نتمكن من العثور على هذه الصفحة", "تأكد من صحة الرابط أو استخدم البحث."),
           ("404", "الصفحة المطلوبة غير موجودة", "عذراً، الرابط الذي طلبته غير صحيح أو تمت إزالته.")],
    "tr": [("Sayfa bulunamadı - 404", "Aradığınız sayfaya ulaşılamıyor",
            "Sayfa kaldırılmış, adı değiştirilmiş veya geçici olarak kullanım dışı olabilir."),
           ("404 Hata", "Üzgünüz, aradığınız sayfa bulunamadı", "Adresi kontrol edin ya da ana sayfaya dönün."),
           ("İçerik bulunamadı", "İstediğiniz sayfa mevcut değil",
            "Bu haber yayından kaldırılmış olabilir. Son dakika haberleri için ana sayfamızı ziyaret edin.")],
    "hu": [("404 - Az oldal nem található", "Sajnáljuk, a keresett oldal nem található",
            "Lehet, hogy az oldal megszűnt, vagy elírta a címet."),
           ("Hiba", "A kért oldal nem létezik", "Kérjük, ellenőrizze a címet, vagy térjen vissza a címlapra."),
           ("Hoppá!", "Ez az oldal eltűnt", "A keresett tartalom már nem érhető el ezen a címen.")],
    "de": [("Seite nicht gefunden (404)", "Diese Seite konnte leider nicht gefunden werden",
            "Möglicherweise wurde sie verschoben oder gelöscht. Nutzen Sie unsere Suche oder gehen Sie zur Startseite."),
           ("Fehler", "Die von Ihnen aufgerufene Seite existiert nicht (mehr)", "Bitte überprüfen Sie die Adresse."),
           ("Da ist etwas schiefgelaufen", "Hier ist leider nichts",
            "Die gesuchte Seite gibt es nicht. Lesen Sie stattdessen unsere Top-Themen:")],
    "fr": [("Erreur 404 – Page introuvable", "La page que vous recherchez est introuvable",
            "Elle a peut-être été déplacée ou supprimée."),
           ("Page non trouvée", "Désolé, cette page n'existe pas ou plus", "Vérifiez l'adresse ou retournez à l'accueil."),
           ("Oups !", "Nous n'avons pas trouvé la page demandée", "Le lien que vous avez suivi est peut-être cassé.")],
    "es": [("Página no encontrada | Error 404", "Lo sentimos, la página que buscas no está disponible",
            "Es posible que se haya eliminado o que la dirección sea incorrecta."),
           ("Error 404", "Ups, esta página no existe", "Vuelve a la portada o usa el buscador."),
           ("Contenido no encontrado", "No hemos encontrado lo que buscabas", "La dirección puede haber cambiado.")],
    "it": [("Pagina non trovata - Errore 404", "Spiacenti, la pagina che stai cercando non esiste",
            "Potrebbe essere stata spostata o eliminata."),
           ("404", "La pagina richiesta non è disponibile", "Controlla l'indirizzo o torna alla home page."),
           ("Ops, qualcosa è andato storto", "Non riusciamo a trovare questa pagina", "Prova a cercare nel sito.")],
    "pt": [("Página não encontrada", "Ops! Não encontramos a página que você procurava",
            "Ela pode ter sido removida ou o endereço está incorreto."),
           ("Erro 404", "A página que procura não existe", "Verifique o endereço ou regresse à página inicial."),
           ("404 | Conteúdo indisponível", "A página solicitada não existe ou foi removida",
            "Confira as últimas notícias na nossa capa.")],
    "pl": [("Błąd 404 - nie znaleziono strony", "Strona, której szukasz, nie istnieje",
            "Mogła zostać usunięta lub przeniesiona pod inny adres."),
           ("Nie znaleziono", "Nie możemy znaleźć tej strony", "Sprawdź, czy adres jest poprawny, lub wróć na stronę główną."),
           ("Ups!", "Coś poszło nie tak - tej strony nie ma", "Zobacz najnowsze wiadomości.")],
    "en": [("Page Not Found | 404", "Sorry, we couldn't find that page",
            "The link may be broken, or the page may have been removed."),
           ("404", "Hmm, we can't seem to find what you're looking for", "Try searching or head back to our homepage."),
           ("Not Found", "The page you were looking for doesn't exist",
            "You may have mistyped the address or the page may have moved.")],
}

# (language, title, heading, body) of 200 pages saying the content was removed, expired, is no longer available
REMOVED3 = [
    ("en", "Harbour expansion plan approved | Coastline Courier", "This article has been removed",
     "This article has been removed from our website in line with our unpublishing policy. For questions, contact "
     "the readers' editor."),
    ("en", "Listing expired", "This job posting has expired",
     "The employer is no longer accepting applications for this position. Browse similar jobs below."),
    ("en", "Video unavailable", "This video has been removed for violating our community guidelines", ""),
    ("en", "Article withdrawn", "Article withdrawn",
     "This article has been withdrawn at the request of the authors. The full text is no longer accessible."),
    ("de", "Beitrag nicht mehr verfügbar", "Dieser Artikel ist leider nicht mehr verfügbar",
     "Aus rechtlichen Gründen haben wir diesen Beitrag aus unserem Angebot entfernt."),
    ("de", "Video – Mediathek", "Das Video ist nicht mehr abrufbar",
     "Dieses Video war bis zum 12.03.2023 verfügbar. Die Verweildauer ist abgelaufen."),
    ("fr", "Vidéo indisponible", "Cette vidéo n'est plus disponible",
     "La durée de mise en ligne de ce programme est expirée."),
    ("es", "Contenido retirado", "El contenido que buscas ha sido retirado",
     "Esta información ya no está disponible en nuestra web."),
    ("it", "Contenuto non disponibile", "Il contenuto che stai cercando non è più disponibile",
     "È stato rimosso dall'editore."),
    ("pt", "Notícia removida", "Esta notícia foi removida", "O conteúdo deixou de estar disponível por decisão judicial."),
    ("pl", "Materiał usunięty", "Materiał został usunięty", "Ten artykuł nie jest już dostępny w naszym serwisie."),
    ("ru", "Публикация недоступна", "Эта новость удалена", "Материал был удалён по решению редакции."),
    ("uk", "Матеріал видалено", "Матеріал видалено на вимогу правовласника", ""),
    ("ja", "配信終了", "この記事の配信は終了しました", "掲載期間が終了したため、この記事はご覧いただけません。"),
    ("zh", "内容已下架", "该内容已下架", "根据相关规定，此内容已无法查看。"),
    ("ar", "المحتوى غير متاح", "هذا المحتوى لم يعد متاحاً", "تمت إزالة هذا الخبر من الموقع."),
    ("tr", "Haber kaldırıldı", "Bu içerik artık mevcut değil", "İlgili haber yayından kaldırılmıştır."),
    ("hu", "Nem elérhető", "Ez a tartalom már nem érhető el", "A cikket a kiadó eltávolította."),
]

# (language, headline, lead) of live articles about pages that went missing
TRAPS3 = [
    ("en", "Page not found: the councils deleting a decade of minutes",
     "When residents tried to look up the 2015 planning decisions last week, the council's website answered with a "
     "blunt message: page not found. An audit shows more than 4,000 documents were removed in a redesign."),
    ("en", "How to fix the 404 'page not found' error after moving a WordPress site",
     "If every post on your freshly migrated blog returns a 404 error, the permalink settings are the usual culprit. "
     "Here is how to fix it in five minutes."),
    ("en", "Review: ‘Removed’ is a chilling thriller about a website that vanishes",
     "In ‘Removed’, a reporter finds that every story she ever wrote now shows the same line: this content is no "
     "longer available. The film is in cinemas from Friday."),
    ("de", "„Seite nicht gefunden“: Wie Ministerien ihre Pressemitteilungen verschwinden lassen",
     "Wer ältere Pressemitteilungen des Ministeriums sucht, landet oft auf einer Fehlerseite mit dem Hinweis „Die "
     "angeforderte Seite wurde nicht gefunden“."),
    ("fr", "Erreur 404 : ces sites publics qui effacent leur mémoire",
     "« Oups, cette page n'existe plus » : c'est le message que découvrent de plus en plus d'internautes en cherchant "
     "d'anciens rapports officiels."),
    ("es", "«Página no encontrada»: el apagón digital de los ayuntamientos",
     "Miles de enlaces a actas municipales devuelven hoy un error 404 tras la migración de las webs, según un estudio."),
    ("it", "Errore 404, la memoria perduta dei siti dei comuni",
     "«La pagina richiesta non è disponibile»: è il messaggio che compare cercando le delibere degli anni scorsi."),
    ("pt", "Página não encontrada: o apagão dos arquivos dos jornais regionais",
     "Pesquisadores contaram mais de 20 mil links quebrados que levam à mensagem 'a página que você procura não "
     "existe'."),
    ("pl", "Błąd 404. Jak urzędy kasują swoje archiwa",
     "Komunikat „Strona, której szukasz, nie istnieje” widzi coraz więcej osób szukających starych uchwał rady miasta."),
    ("ru", "«Страница не найдена»: почему из сети исчезают архивы городских газет",
     "Исследователи подсчитали, что каждая четвёртая ссылка на публикации десятилетней давности ведёт на страницу с "
     "ошибкой 404."),
    ("uk", "Помилка 404: як зникають новини регіональних сайтів",
     "Журналісти з'ясували, що тисячі матеріалів місцевих видань були видалені під час переїзду на нову платформу, "
     "а замість них читачі бачать напис «Сторінку не знайдено»."),
    ("zh", "“页面不存在”：地方新闻网站旧文章大量消失",
     "研究人员发现，十年前的新闻链接中有四分之一已经打不开，页面显示“您访问的页面不存在”。"),
    ("ja", "「お探しのページは見つかりません」自治体サイトで過去資料が消える",
     "自治体のウェブサイト改修に伴い、過去の議事録などのページが削除され、リンク先が404エラーとなる例が相次いでいる。"),
    ("ar", "«الصفحة غير موجودة»: أرشيف الصحف المحلية يختفي من الإنترنت",
     "وجدت دراسة أن ربع الروابط إلى الأخبار المنشورة قبل عشر سنوات تؤدي إلى صفحة خطأ 404."),
    ("tr", "“Aradığınız sayfa bulunamadı”: Belediye arşivleri internetten siliniyor",
     "Araştırmacılar, on yıl önce yayımlanan haber bağlantılarının dörtte birinin artık 404 hatası verdiğini tespit etti."),
    ("hu", "„A keresett oldal nem található” – eltűnnek a helyi lapok archívumai",
     "A kutatók szerint a tíz évvel ezelőtti cikkekre mutató linkek negyede ma már 404-es hibaoldalra visz."),
]

# (language, lander) of parked domains: the same page for every path
_SALE = base64.b64encode(b"<h1>%DOMAIN%</h1><p>This domain is for sale!</p>").decode()
LANDERS = [
    ("en", "<!DOCTYPE html><html><head><title>{site}</title><script>window.LANDER_SYSTEM='pw'</script><script "
           "src='/js/parking.2.103.1.js'></script></head><body><div id='target' style='opacity:0'></div><script>"
           "window.park = 'eyJ1dWlkIjoiZjM1ZDA5OWQtNTQ2Ny00ZTNkLWE0YmYtNzM1ODU2OGM4NmQ0IiwicGFnZV90aW1lIjoxNzE0OTk0ND"
           "AwLCJwYWdlX3VybCI6Imh0dHA6Ly97aG9zdH0vIiwicGFnZV9tZXRob2QiOiJHRVQifQ==';</script></body></html>"),
    ("de", "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{site} steht zum Verkauf</title></head>"
           "<body><div class='sedo'><h1>Diese Domain steht zum Verkauf!</h1><p>Die Domain {site} kann man kaufen. "
           "Preis anfragen oder sofort erwerben bei Sedo.</p><a href='https://sedo.com/search/details/?domain={site}"
           "&amp;language=de'>Jetzt kaufen</a><h2>Ähnliche Suchbegriffe</h2><ul><li><a href='/?kw=kredit'>Kredit "
           "Vergleich</a></li><li><a href='/?kw=versicherung'>Versicherung</a></li><li><a href='/?kw=reisen'>"
           "Günstige Reisen</a></li></ul></div></body></html>"),
    ("en", "<html><head><title>{site} has expired</title></head><body><div class='expired'><h1>{site}</h1><h2>This "
           "domain has expired.</h2><p>If you are the registrant of this domain, renew it now at Namecheap to restore "
           "your website and email.</p><a href='https://www.namecheap.com/domains/renew/'>Renew now</a><p>Is this your "
           "domain? Log in to your account.</p></div></body></html>"),
    ("ja", "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{site}</title></head><body><div "
           "id='wrap'><p class='domain'>{site}</p><p>このドメインは、お名前.comで取得されています。</p><p>お名前.comのトップ"
           "ページへ</p><a href='https://www.onamae.com/'>ドメイン取るならお名前.com</a><ul><li>.com</li><li>.net</li>"
           "<li>.jp</li></ul></div></body></html>"),
    ("en", "<html><head><title></title><meta name='robots' content='noindex'></head><body><script>document.body."
           "innerHTML = atob('" + _SALE + "').replace('%DOMAIN%', "
           "location.host) + '<p>Make an offer: <a href=\"https://dan.com/buy-domain/' + location.host + '\">Dan.com"
           "</a></p>';</script></body></html>"),
    ("zh", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{site} 该域名正在出售</title></head><body><div "
           "class='box'><h1>{site}</h1><p>该域名正在出售中，欢迎询价。</p><p>此域名可以转让，联系QQ：12345678，或通过"
           "阿里云域名交易平台一口价购买。</p><a href='https://mi.aliyun.com/detail/online.html?domainName={site}'>立即购买"
           "</a></div></body></html>"),
]

_NUXT_ERROR = json.dumps([{"_errors": 1, "serverRendered": 2, "data": 3, "state": 4, "error": 5}, {}, False, {}, {},
                          {"statusCode": 6, "statusMessage": 7, "message": 8}, 404, "Page Not Found",
                          "Page not found: {path}"])
_PAD = "".join(f".u{i:05d}{{margin:{i % 13}px}}" for i in range(16000))  # inlined critical CSS, ~300 KB
# (language, page, probe) of app shells whose only "not found" is in the title, a state blob or a script
APP_SHELLS = [
    ("de", "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Stadtwerke Portal</title><link "
           "rel='modulepreload' as='script' crossorigin href='/_nuxt/entry.4f2a1c.js'></head><body><div id='__nuxt'>"
           "</div><div id='teleports'></div><script type='application/json' id='__NUXT_DATA__' data-ssr='false'>"
           f"{_NUXT_ERROR}</script><script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{}},app:{{baseURL:'/',"
           "buildAssetsDir:'/_nuxt/',cdnURL:''}}</script><script type='module' src='/_nuxt/entry.4f2a1c.js' "
           "crossorigin></script></body></html>", "soft"),
    ("en", "<!doctype html><html><head><title>Newsroom</title><link rel='stylesheet' href='/static/css/main.8c1d.css'>"
           "</head><body><div id='root'></div><script>window.__APOLLO_STATE__={\"ROOT_QUERY\":{\"__typename\":\"Query"
           "\",\"article({\\\"slug\\\":\\\"0-tram-line-extension\\\"})\":null}};window.__APOLLO_ERRORS__=[{\"message"
           "\":\"Article not found\",\"path\":[\"article\"],\"extensions\":{\"code\":\"NOT_FOUND\"}}];</script><script "
           "src='/static/js/main.a41f.js'></script></body></html>", "honest"),
    ("es", "<!doctype html><html lang='es'><head><title>Diario del Puerto</title></head><body><div id='app'></div>"
           "<script>window.__PRELOADED_STATE__ = {\"router\":{\"location\":{\"pathname\":\"/es/noticias\"}},"
           "\"article\":{\"status\":\"error\",\"error\":{\"status\":404,\"message\":\"No encontrado\"},\"data\":null}}"
           "</script><script src='/js/app.3f9e.js' defer></script></body></html>", "soft"),
    ("ja", "<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>ページが見つかりません | ニュースアプリ</title>"
           "</head><body><noscript>JavaScriptを有効にしてください。</noscript><div id='root'></div><script "
           "src='/static/js/main.3b1c9d.js'></script></body></html>", "honest"),
    ("pl", f"<!DOCTYPE html><html lang='pl'><head><meta charSet='utf-8'><title>Kraków Dziś</title><style>{_PAD}"
           "</style></head><body><div id='__next'></div><script id='__NEXT_DATA__' type='application/json'>"
           "{\"props\":{\"pageProps\":{}},\"page\":\"/404\",\"query\":{},\"buildId\":\"Xk2s9aQ1\",\"nextExport\":true,"
           "\"isFallback\":false,\"gsp\":true,\"locale\":\"pl\"}</script></body></html>", "soft"),
    ("ru", "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>Новости</title></head><body><div "
           "id='app'></div><script>window.__INITIAL_DATA__ = {\"page\":{\"type\":\"error\",\"code\":404,\"title\":"
           "\"Страница не найдена\"},\"user\":null};</script><script src='/assets/index-4c1b2a.js' type='module'>"
           "</script></body></html>", "honest"),
    ("zh", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>资讯</title></head><body><div id='app'></div>"
           "<script>document.title='页面不存在';document.getElementById('app').innerHTML='<div class=\"err\"><h2>404"
           "</h2><p>抱歉，您访问的页面不存在</p></div>';</script></body></html>", "honest"),
]
_STORY = ("The tram line to the northern districts opened on Saturday, three years after work began. The city "
          "says 20,000 people a day will use it. ") * 14
LIVE_SHELLS = [  # client-rendered live articles: the text is in the state, not in the visible markup
    "<!DOCTYPE html><html lang='de'><head><title>Straßenbahnlinie eröffnet | Stadtwerke Portal</title></head><body>"
    "<div id='__nuxt'></div><script>window.__NUXT__=(function(a,b){return {layout:\"default\",data:[{article:{title:"
    f"\"Straßenbahnlinie eröffnet\",author:\"Jana Becker\",date:\"2024-05-04\",body:{json.dumps(_STORY)}}}}}],"
    "error:a,serverRendered:b}}(null,true));</script><script src='/_nuxt/app.js' defer></script></body></html>",
    "<!doctype html><html><head><title>Tram line opens | Newsroom</title></head><body><div id='root'></div><script>"
    "window.__APOLLO_STATE__={\"Article:9911\":{\"__typename\":\"Article\",\"headline\":\"Tram line opens\",\"byline"
    f"\":\"Megan Hale\",\"published\":\"2024-05-04\",\"text\":{json.dumps(_STORY)}}},\"ROOT_QUERY\":{{\"article\":"
    "{\"__ref\":\"Article:9911\"}}};</script><script src='/static/js/main.a41f.js'></script></body></html>",
]

# (language, markup for <head> in a template page "title\nheading\nbody", or "" and a whole page) sending home
REFRESH_HOME = [
    ("de", "<meta http-equiv='refresh' content='0; URL={home}'>",
     "Weiterleitung\nWeiterleitung\nSie werden zur Startseite weitergeleitet."),
    ("en", "", "<html><head><meta content=\"2;url='/'\" http-equiv=\"refresh\"><title>Page moved</title></head><body>"
               "<p>The page you requested has moved. Redirecting to the homepage in 2 seconds…</p><p><a href='/'>"
               "Click here</a> if you are not redirected.</p></body></html>"),
    ("it", "<META HTTP-EQUIV=\"REFRESH\" CONTENT=\"0;URL=/index.php\">", "{site}\n \n"),
    ("en", "", "<!DOCTYPE html><html><head><title>Redirecting…</title></head><body><h1>Redirecting…</h1><script>"
               "window.location = \"/\";</script></body></html>"),
    ("fr", "", "<html><head><title>{site}</title><script>location.replace(\"{home}\")</script></head><body></body>"
               "</html>"),
    ("es", "", "<html><head><title>{site}</title></head><body><script type='text/javascript'>window.location.href = "
               "'/?utm_source=old_url';</script><noscript><a href='/'>Ir a la portada</a></noscript></body></html>"),
    ("ru", "", "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>Перенаправление</title></head><body>"
               "<p>Перенаправление на главную страницу…</p><script>document.location.href='/';</script></body></html>"),
    ("pt", "<meta http-equiv=\"refresh\" content=\"0;url=//{host}/\">", "{site}\nRedirecionando\nAguarde…"),
]
# markup in the <head> of live articles: a page that reloads itself, a frame buster
REFRESH_LIVE = [
    "<meta http-equiv='refresh' content='300'>",
    "<meta http-equiv='refresh' content='900;url={self}'>",
    "<script>if (top !== self) { top.location = self.location; }</script>",
]

# 410 pages: (page, whether it is "title\nheading\nbody" in the site's template)
GONE3 = [
    ("<html><head><title>410 Gone</title></head><body><center><h1>410 Gone</h1></center><hr><center>nginx</center>"
     "</body></html>", False),
    ("Nicht mehr verfügbar\nDieser Inhalt wurde dauerhaft entfernt\nDer Beitrag ist nicht mehr abrufbar.", True),
    ("", False),
    ("Gone\nGone\nThe requested resource is no longer available on this server and there is no forwarding address.",
     True),
]

# (status, headers, page) of walls served for every path
WALLS = [
    (403, {"cf-mitigated": "challenge", "Server": "cloudflare"},
     "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title><meta http-equiv='refresh' content='390'>"
     "</head><body><div class='main-wrapper' role='main'><div class='main-content'><h1 class='zone-name-title h1'>"
     "{site}</h1><h2 class='h2'>Verifying you are human. This may take a few seconds.</h2><p>{site} needs to review the"
     " security of your connection before proceeding.</p></div></div><script>window._cf_chl_opt={cvId:'3',cZone:'"
     "{site}',cType:'managed'};</script></body></html>"),
    (403, {"x-datadome": "protected", "Server": "DataDome"},
     "<html><head><title>{site}</title></head><body style='margin:0'><p id='cmsg'>Please enable JS and disable any ad "
     "blocker</p><script>var dd={'rt':'c','cid':'AHrlqAAAAAMA','hsh':'2211F522B61E269B869FA6EAFFB5E1','t':'fe','s':"
     "17434,'host':'geo.captcha-delivery.com'}</script><script src='https://ct.captcha-delivery.com/c.js'></script>"
     "</body></html>"),
    (503, {"Server": "ddos-guard"},
     "<!doctype html><html><head><title>DDoS-Guard</title></head><body><div id='ddg'><h1>Проверка браузера перед "
     "переходом на сайт {site}</h1><p>Checking your browser before accessing {site}. This process is automatic.</p>"
     "</div><script src='/.well-known/ddos-guard/check?context=free_splash'></script></body></html>"),
    (200, {},
     "<!DOCTYPE html><html lang='fr'><head><title>{site}</title></head><body><div id='didomi-host'><div "
     "class='didomi-popup'><h1>Nous respectons votre vie privée</h1><p>Avec votre accord, nos partenaires et nous "
     "utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.</p>"
     "<button id='didomi-notice-agree-button'>Accepter &amp; Fermer</button><button>Continuer sans accepter</button>"
     "</div></div></body></html>"),
    (200, {},
     "<!DOCTYPE html><html lang='it'><head><title>{site}</title></head><body><div class='cmp'><h2>Questo sito utilizza "
     "cookie</h2><p>Utilizziamo i cookie per personalizzare contenuti e annunci. Puoi accettare, rifiutare o "
     "personalizzare le tue scelte.</p><button>Accetta tutti</button><button>Rifiuta</button><a href='/privacy'>"
     "Informativa</a></div></body></html>"),
]

# (language, cited title, cited date, title now, lead now, the site's kept article's title) of recycled URLs
REPLACED3 = [
    ("en", "Council agrees rescue plan for the old harbour bridge", "2021-04-20",
     "Best online casinos of 2024: our complete guide",
     "Looking for the best online casino bonuses this year? We compared thirty sites so you don't have to.",
     "Ferry timetable changes for the winter season"),
    ("de", "Gericht stoppt Ausbau des Hafens", "2020-09-15", "Horoskop: Das bringt die Woche für alle Sternzeichen",
     "Widder dürfen sich auf eine entspannte Woche freuen, Stiere sollten beim Geld vorsichtig sein.",
     "Stadtrat beschließt neue Parkgebühren"),
    ("it", "Il sindaco firma l'accordo per il nuovo ospedale", "2021-02-03", "Le 10 migliori ricette estive",
     "Dalla panzanella al gelato fatto in casa: ecco le ricette più fresche per l'estate.",
     "Sciopero dei trasporti, le fasce garantite"),
    ("ru", "Суд отменил итоги выборов мэра", "2020-12-01", "Как выбрать смартфон в 2024 году: советы экспертов",
     "Рассказываем, на что обратить внимание при покупке нового телефона: камера, батарея и экран.",
     "В городе открылся новый мост через реку"),
    ("pl", "Sąd wstrzymuje budowę portu", "2021-06-30", "Najlepsze smartfony 2024 roku – ranking",
     "Sprawdziliśmy dwadzieścia telefonów i wybraliśmy te, które warto kupić w tym roku.",
     "Rada miasta przyjęła budżet na przyszły rok"),
]
