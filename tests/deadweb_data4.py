"""The words and whole pages of held-out 4 of the dead-web set (used by tests/deadweb_pages4.py).

Written blind to the check's rules by a different author (see deadweb_pages4),
in wordings chosen to differ from the other parts': per language two not-found
pages as real sites word them (the site's own 404 page and a soft template's).
"""

from __future__ import annotations

import json

# language -> two (title, heading, body) of not-found pages: (the honest 404 page, the soft 200 template)
NOT_FOUND4: dict[str, list[tuple[str, str, str]]] = {
    "ru": [("Страница не найдена — Вести Прикамья", "404. Страница не найдена",
            "Неправильно набран адрес или такой страницы на сайте больше не существует. Начните с главной страницы."),
           ("Ошибка 404", "Запрошенная страница отсутствует",
            "Возможно, материал перенесён в архив или ссылка устарела. Воспользуйтесь поиском по сайту.")],
    "uk": [("Сторінка не існує — Новини Поділля", "На жаль, цієї сторінки не існує",
            "Перевірте правильність введеної адреси або перейдіть на головну сторінку сайту."),
           ("404", "Сторінку не знайдено",
            "Схоже, посилання застаріло. Пропонуємо переглянути останні новини.")],
    "zh": [("404 您访问的页面不存在", "对不起，您访问的页面不存在或已删除",
            "请检查您输入的网址是否正确，或点击链接返回网站首页。"),
           ("提示信息", "页面找不到了", "您要访问的页面可能已经被删除、名称已被更改或暂时不可用。")],
    "ja": [("404 Not Found | 地域ニュース", "ページが見つかりません",
            "お探しのページは、移動または削除された可能性があります。お手数ですが、トップページからお探しください。"),
           ("エラー", "お探しのページは存在しないか、公開が終了しています", "ホームに戻る")],
    "ar": [("404 | الصفحة غير موجودة", "عفواً، هذه الصفحة غير موجودة",
            "قد تكون الصفحة قد نقلت أو حذفت، أو أن الرابط غير صحيح. عد إلى الصفحة الرئيسية."),
           ("خطأ", "لا يمكن العثور على الصفحة المطلوبة", "تصفح آخر الأخبار أو استخدم محرك البحث في الموقع.")],
    "tr": [("404 - Sayfa Bulunamadı", "Ooops! Sayfa bulunamadı",
            "Ulaşmak istediğiniz sayfa silinmiş, adresi değişmiş ya da hiç var olmamış olabilir."),
           ("Hata", "Aradığınız haber bulunamadı", "Bu haber kaldırılmış veya yanlış bir bağlantı izlemiş olabilirsiniz.")],
    "hu": [("Az oldal nem található | Hírportál", "Hoppá, ez az oldal nem található",
            "Lehet, hogy a cikket áthelyeztük, vagy hibás linkre kattintott. Keressen rá, vagy lapozzon a címlapra."),
           ("404 hiba", "A keresett oldal nem létezik", "Friss híreinket a címlapon találja.")],
    "de": [("404 - Seite nicht gefunden", "Die gewünschte Seite ist leider nicht verfügbar",
            "Der Link ist möglicherweise veraltet oder die Seite wurde entfernt. Hier geht es zur Startseite."),
           ("Ups...", "Diese Seite haben wir nicht gefunden",
            "Vielleicht hilft Ihnen unsere Suche weiter oder Sie lesen unsere aktuellen Nachrichten.")],
    "fr": [("Page introuvable - Le Courrier régional", "Erreur 404 : page introuvable",
            "La page que vous cherchez n'existe plus ou a changé d'adresse. Retour à la une."),
           ("Oups", "Cette page n'existe pas",
            "Elle a peut-être été supprimée, ou l'adresse est erronée. Découvrez nos derniers articles.")],
    "es": [("Error 404 | Página no encontrada", "¡Vaya! No encontramos esta página",
            "Puede que la dirección esté mal escrita o que la página haya dejado de existir. Ir a la portada."),
           ("Página no disponible", "Lo sentimos, no hemos encontrado lo que buscas",
            "Te proponemos las noticias más leídas de hoy.")],
    "it": [("404 - Pagina non trovata", "Ops! La pagina che cerchi non c'è",
            "Potrebbe essere stata rimossa, rinominata o essere temporaneamente non disponibile."),
           ("Pagina inesistente", "Questa pagina non esiste", "Torna alla homepage o leggi le ultime notizie.")],
    "pt": [("Página não encontrada - 404", "Ops, essa página não existe",
            "O endereço pode estar errado ou o conteúdo foi retirado do ar. Volte para a página inicial."),
           ("Erro", "Não conseguimos encontrar esta página", "Veja as notícias mais lidas.")],
    "pl": [("404 - Strona nie została znaleziona", "Ups! Nie ma takiej strony",
            "Strona mogła zostać przeniesiona lub usunięta. Przejdź na stronę główną serwisu."),
           ("Błąd", "Nie znaleziono żądanej strony", "Sprawdź adres lub skorzystaj z wyszukiwarki.")],
    "en": [("404 — Page not found", "This page could not be found",
            "The link you followed may be broken, or the page may have been removed. Go to the homepage."),
           ("Oops", "We couldn't find the page you were looking for",
            "Here are some of our latest stories instead.")],
}

# (language, title, heading, body) of 200 pages saying the content was removed, expired, is no longer available
REMOVED4 = [
    ("en", "Content no longer available", "This story is no longer available",
     "This article has been removed from our site for legal reasons."),
    ("en", "Recipe removed", "Sorry, this recipe has been retired",
     "We regularly review our recipe archive. Find something similar in our collection."),
    ("en", "Post deleted", "This post has been deleted by its author", ""),
    ("en", "Auction ended", "This listing has ended",
     "The seller ended this listing because the item is no longer available."),
    ("en", "Episode expired", "This episode is no longer available to stream",
     "Programmes are available for 30 days after broadcast."),
    ("de", "Artikel entfernt", "Dieser Artikel wurde entfernt",
     "Der Inhalt steht aus redaktionellen Gründen nicht mehr zur Verfügung."),
    ("de", "Angebot abgelaufen", "Diese Stellenanzeige ist abgelaufen", "Die Anzeige ist nicht mehr online."),
    ("fr", "Article retiré", "Cet article a été retiré de notre site",
     "À la demande de la personne concernée, cet article n'est plus accessible."),
    ("es", "Noticia retirada", "Esta noticia ha sido eliminada", "El contenido ya no se encuentra disponible."),
    ("it", "Articolo rimosso", "Questo articolo è stato rimosso", "Il contenuto non è più consultabile."),
    ("pt", "Conteúdo indisponível", "Este conteúdo não está mais disponível", "A reportagem foi retirada do ar."),
    ("pl", "Treść niedostępna", "Ta treść nie jest już dostępna", "Artykuł został wycofany z publikacji."),
    ("ru", "Материал снят с публикации", "Материал снят с публикации", "Страница больше недоступна."),
    ("uk", "Новину видалено", "Ця новина більше недоступна", "Матеріал було видалено редакцією."),
    ("ja", "公開終了", "この記事は公開を終了しました", "ご覧いただきありがとうございました。"),
    ("zh", "文章已删除", "此文章已被作者删除", "无法查看此内容。"),
    ("ar", "الخبر محذوف", "تم حذف هذا الخبر", "لم يعد هذا المحتوى متاحاً."),
    ("tr", "Yayından kaldırıldı", "Bu haber yayından kaldırılmıştır", "Mahkeme kararı gereği erişim engellendi."),
    ("hu", "Törölt tartalom", "Ez a cikk már nem érhető el", "A tartalmat eltávolítottuk."),
]

# (language, headline, lead) of live articles that speak of pages gone missing
TRAPS4 = [
    ("en", "404 Not Found: why the government's archive went dark overnight",
     "Thousands of reports vanished from the ministry website on Tuesday, leaving readers with an error page that "
     "said only that the page could not be found."),
    ("en", "'This content is no longer available': inside the great unpublishing",
     "Newspapers are deleting old stories at readers' request. We looked at what gets removed, and why."),
    ("en", "Deleted, removed, gone: the tweets that vanished from the mayor's account",
     "Dozens of posts were deleted in the week before the vote, an analysis of archived copies shows."),
    ("de", "Fehler 404: Warum Behördenseiten plötzlich nicht mehr gefunden werden",
     "Nach dem Relaunch des Landesportals führen tausende Links ins Leere. Die Seite ist nicht verfügbar, heißt es."),
    ("fr", "« Page introuvable » : la mémoire numérique des mairies s'efface",
     "Des milliers de délibérations ont disparu lors de la refonte des sites, selon une étude publiée lundi."),
    ("es", "Error 404: la página que no existe y el archivo municipal que desapareció",
     "Los vecinos que buscan actas antiguas solo encuentran un mensaje: la página no está disponible."),
    ("it", "«Pagina non trovata»: così spariscono gli atti dei comuni",
     "Migliaia di delibere sono state rimosse durante il rifacimento dei siti istituzionali."),
    ("pt", "Erro 404: arquivos de jornais somem da internet",
     "Pesquisa mostra que um terço dos links antigos leva a páginas que não existem mais."),
    ("pl", "„Nie znaleziono strony”. Znikające archiwa samorządów",
     "Po zmianie systemu tysiące uchwał zostało usuniętych z serwisu urzędu miasta."),
    ("ru", "Ошибка 404: куда исчезли архивы районных газет",
     "Страница не найдена — такое сообщение видят читатели, которые ищут старые публикации."),
    ("uk", "«Сторінку не знайдено»: архіви місцевих газет зникають з мережі",
     "Дослідники встановили, що третина старих посилань веде на сторінку з помилкою 404."),
    ("zh", "404页面背后：被删除的新闻去哪儿了",
     "记者调查发现，大量旧新闻链接已经失效，打开后显示“页面不存在”。"),
    ("ja", "「ページが見つかりません」 消えゆく地方紙のアーカイブ",
     "サイト移行の際に過去記事が削除され、多くのリンクが404エラーになっている。"),
    ("ar", "خطأ 404: لماذا تختفي أرشيفات المواقع الإخبارية؟",
     "تقول دراسة حديثة إن ثلث الروابط القديمة تؤدي إلى صفحة غير موجودة."),
    ("tr", "404 hatası: Haber arşivleri neden siliniyor?",
     "Uzmanlara göre eski haberlerin üçte birine artık ulaşılamıyor; okurlar 'sayfa bulunamadı' uyarısı görüyor."),
    ("hu", "404-es hiba: eltűnt cikkek nyomában",
     "A régi linkek harmada ma már nem található oldalra mutat, derül ki egy friss kutatásból."),
]

# (language, lander) of parked or expired domains: the same page for every path
LANDERS4 = [
    ("en", "<!DOCTYPE html><html><head><title>{host} - This domain may be for sale</title></head><body><div "
           "class='bodyhp'><h1>{host}</h1><p>This domain may be for sale. <a href='https://www.afternic.com/forsale/"
           "{host}'>Buy now</a></p><div class='related'><h2>Related Searches</h2><ul><li><a href='/?q=news'>Local News"
           "</a></li><li><a href='/?q=weather'>Weather Forecast</a></li><li><a href='/?q=jobs'>Jobs Near Me</a></li>"
           "</ul></div><p>2024 Copyright. All Rights Reserved. The Sponsored Listings displayed above are served "
           "automatically by a third party.</p></div></body></html>"),
    ("en", "<!doctype html><html><head><title>{host}</title><script>var parkingData={\"domain\":\"\","
           "\"template\":\"lander-v4\",\"registrar\":\"GoDaddy\"};</script></head><body><div id='root'></div><script>"
           "parkingData.domain=location.hostname;document.getElementById('root').innerHTML='<h1>'+parkingData.domain+"
           "'</h1><p>Get this domain</p><p>The owner of '+parkingData.domain+' is offering it for sale for an asking "
           "price of 2,499 USD.</p>';</script></body></html>"),
    ("en", "<html><head><title>Account Suspended</title></head><body><div style='text-align:center'><h1>This "
           "Account has been suspended.</h1><p>Contact your hosting provider for more information.</p></div></body>"
           "</html>"),
    ("fr", "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>{host} - Nom de domaine expiré</title>"
           "</head><body><h1>{host}</h1><p>Ce nom de domaine a expiré. S'il s'agit de votre domaine, renouvelez-le "
           "depuis votre espace client OVHcloud.</p><a href='https://www.ovhcloud.com/fr/domains/'>Renouveler</a>"
           "</body></html>"),
    ("ru", "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>Домен {host} продаётся</title></head>"
           "<body><div class='reg'><h1>{host}</h1><p>Этот домен припаркован в REG.RU и выставлен на продажу.</p><p>"
           "Купить домен можно в магазине доменов.</p><a href='https://www.reg.ru/domain/shop/lot/{host}'>Купить</a>"
           "</div></body></html>"),
    ("tr", "<!DOCTYPE html><html lang='tr'><head><meta charset='utf-8'><title>{host}</title></head><body><div "
           "class='park'><h1>{host}</h1><p>Bu alan adı Natro tarafından park edilmiştir.</p><p>Bu alan adı satılıktır."
           " Teklif vermek için bize ulaşın.</p></div></body></html>"),
    ("de", "<html><head><title></title></head><body><script>fetch('/_lander/config?d='+location.host).catch(()=>{});"
           "document.write('<div class=\"lander\"><h1>'+location.host+'</h1><p>Diese Domain wurde soeben bei IONOS "
           "registriert. Hier entsteht in Kürze eine neue Website.</p></div>')</script></body></html>"),
]

_REMIX_CONTEXT = json.dumps({"state": {"loaderData": {"root": {"user": None}, "routes/$section.$slug": None},
                                       "errors": {"routes/$section.$slug": {"status": 404, "statusText": "Not Found",
                                                                            "internal": False, "data": ""}}}})
_ANGULAR = json.dumps({"article-state": {"loading": False, "article": None, "httpError": 404}})
_GATSBY = json.dumps({"componentChunkName": "component---src-pages-404-js", "path": "/404.html",
                      "result": {"pageContext": {}}, "staticQueryHashes": []})
_BIG_STYLE = "".join(f".c{i:05d}{{padding:{i % 17}px}}" for i in range(14000))  # ~280 KB of inlined CSS first
# (language, page, probe) of app shells: only the title, a state blob or a script says "not found"
APP_SHELLS4 = [
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Riverside Post</title></head><body>"
           "<div id='main'></div><script>window.__remixContext = " + _REMIX_CONTEXT + ";</script><script type='module' "
           "src='/build/entry.client-3FQ2.js'></script></body></html>", "soft"),
    ("fr", "<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Page introuvable - Ouest Matin</title>"
           "<base href='/'></head><body><app-root></app-root><script src='/runtime.8f1.js' type='module'></script>"
           "<script src='/main.2c4.js' type='module'></script></body></html>", "honest"),
    ("it", "<!doctype html><html lang='it'><head><meta charset='utf-8'><title>Il Gazzettino Valle</title></head><body>"
           "<app-root ng-version='17.1.0'></app-root><script id='serverApp-state' type='application/json'>" + _ANGULAR +
           "</script><script src='/main.7d1.js' type='module'></script></body></html>", "soft"),
    ("pt", "<!DOCTYPE html><html lang='pt'><head><meta charset='utf-8'><title>Notícias | Diário do Vale</title></head>"
           "<body><div id='___gatsby'></div><script id='gatsby-page-data' type='application/json'>" + _GATSBY +
           "</script><script src='/app-4b2c.js' async></script></body></html>", "honest"),
    ("tr", "<!DOCTYPE html><html lang='tr'><head><meta charset='utf-8'><title>Haber Ekspres</title></head><body><div "
           "id='app'></div><script>var route={status:404};if(route.status===404){document.title='Sayfa bulunamadı';"
           "document.getElementById('app').innerHTML='<h1>404</h1><p>Aradığınız haber bulunamadı.</p>';}</script>"
           "</body></html>", "soft"),
    ("uk", "<!DOCTYPE html><html lang='uk'><head><meta charset='utf-8'><title>Сторінку не знайдено | Вісті</title>"
           "</head><body><div id='root'></div><script src='/static/js/bundle.a91.js'></script></body></html>", "honest"),
    ("hu", f"<!DOCTYPE html><html lang='hu'><head><meta charset='utf-8'><title>Hírek</title><style>{_BIG_STYLE}"
           "</style></head><body><div id='app'></div><script>window.__INITIAL_STATE__={\"route\":{\"name\":\"error\","
           "\"statusCode\":404},\"article\":null,\"message\":\"A keresett cikk nem található\"}</script><script "
           "src='/js/app.9c3.js'></script></body></html>", "honest"),
    ("ar", "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>الصفحة غير موجودة</title>"
           "</head><body><div id='__nuxt'></div><script>window.__NUXT__={error:{statusCode:404,message:'الصفحة غير "
           "موجودة'},serverRendered:true}</script></body></html>", "soft"),
]
_TEXT = ("The city council voted on Tuesday to extend the night bus network to the eastern suburbs, after a "
         "two-year campaign by residents. The first routes start in September. ") * 12
LIVE_SHELLS4 = [  # client-rendered live articles: the text sits in the state
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Night buses to reach eastern suburbs | "
    "Riverside Post</title></head><body><div id='main'></div><script>window.__remixContext = " + json.dumps(
        {"state": {"loaderData": {"routes/$section.$slug": {"article": {"headline": "Night buses to reach eastern "
                                                                         "suburbs", "author": "Tom Okafor",
                                                                         "published": "2024-05-06", "body": _TEXT}}},
                   "errors": None}}) + ";</script><script type='module' src='/build/entry.client-3FQ2.js'></script>"
    "</body></html>",
    "<!doctype html><html lang='it'><head><meta charset='utf-8'><title>Autobus notturni nei quartieri est | Il "
    "Gazzettino Valle</title></head><body><app-root ng-version='17.1.0'></app-root><script id='serverApp-state' "
    "type='application/json'>" + json.dumps({"article-state": {"loading": False, "httpError": None, "article": {
        "title": "Autobus notturni nei quartieri est", "date": "2024-05-06", "text": _TEXT}}}) +
    "</script><script src='/main.7d1.js' type='module'></script></body></html>",
]

# (language, extra <head> markup or "" for a whole page, page) of pages sending the reader home
REFRESH_HOME4 = [
    ("en", "<meta http-equiv='refresh' content='0;URL=/'>",
     "Redirecting\nRedirecting…\n<p>If you are not redirected, <a href='/'>click here</a>.</p>"),
    ("de", "<meta http-equiv=\"Refresh\" content=\"3; url={home}\">",
     "Weiterleitung\nSie werden weitergeleitet\n<p>Sie werden in 3 Sekunden zur Startseite weitergeleitet.</p>"),
    ("es", "", "<html><head><script>window.location.replace('/');</script></head><body><p>Cargando…</p></body></html>"),
    ("ru", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Переадресация</title><script type='text/"
               "javascript'>document.location.href='{home}';</script></head><body>Переадресация на главную…</body>"
               "</html>"),
    ("ja", "<meta http-equiv='refresh' content='5;url=/index.html'>",
     "移転しました\nこのページは移転しました\n<p>5秒後にトップページへ移動します。</p>"),
    ("pl", "", "<html><head><title>Przekierowanie</title></head><body onload=\"window.location='/'\"><p>Trwa "
               "przekierowanie na stronę główną…</p></body></html>"),
    ("zh", "<meta http-equiv='refresh' content='2;url=/index.php'>",
     "页面跳转\n页面跳转中\n<p>系统将在2秒后自动跳转到首页。</p>"),
    ("pt", "", "<!doctype html><html><head><meta http-equiv='refresh' content='0; url=http://{host}/'><title></title>"
               "</head><body></body></html>"),
]
# live pages that carry a refresh or a framebuster in their head
REFRESH_LIVE4 = [
    "<meta http-equiv='refresh' content='600'>",
    "<script>if (top !== self) { top.location = self.location; }</script>",
    "<meta http-equiv='refresh' content='300;url={self}'>",
]

# (html, templated) of 410 pages
GONE4 = [
    ("Gone\nThis page is gone\n<p>The resource was deliberately removed and will not come back.</p>", True),
    ("<html><head><title>410 Gone</title></head><body><h1>Gone</h1><p>The requested resource is no longer available "
     "on this server and there is no forwarding address.</p></body></html>", False),
    ("Artículo eliminado\nEste artículo ya no existe\n<p>Fue eliminado definitivamente.</p>", True),
    ("", False),
]

# (status, headers, html) of walls: every path the same
WALLS4 = [
    (403, {"Server": "cloudflare", "cf-mitigated": "challenge"},
     "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title><meta http-equiv='refresh' content="
     "'390'></head><body><div class='main-wrapper' role='main'><div class='main-content'><h1 class='zone-name-title'>"
     "{host}</h1><h2 id='challenge-running'>Checking if the site connection is secure</h2><noscript>Enable "
     "JavaScript and cookies to continue</noscript></div></div><script src='/cdn-cgi/challenge-platform/h/b/"
     "orchestrate/chl_page/v1?ray=8a1b2c3d'></script></body></html>"),
    (202, {"Server": "AkamaiGHost"}, "<html><head><title>Please wait</title></head><body><p>Verifying your browser…"
                                     "</p><script src='/akam/13/7f0c'></script></body></html>"),
    (200, {}, "<!DOCTYPE html><html lang='de'><head><title>Zustimmung erforderlich</title></head><body><div id='sp_"
              "message_container'><h2>Wir brauchen Ihre Zustimmung</h2><p>Wir und unsere 312 Partner speichern und "
              "verarbeiten personenbezogene Daten. Mit „Akzeptieren“ stimmen Sie zu. Oder lesen Sie werbefrei mit "
              "PUR.</p><button>Akzeptieren</button><button>PUR-Abo</button></div></body></html>"),
    (429, {"Retry-After": "120"}, "<html><head><title>Too Many Requests</title></head><body><h1>Too Many Requests"
                                  "</h1><p>Please slow down.</p></body></html>"),
]

# (language, cited title, cited day, what the page is now, its lead, a kept article's title)
REPLACED4 = [
    ("en", "Regional hospital to close maternity ward", "2021-09-14", "The ten best hiking boots for autumn",
     "We tested twenty pairs over three months of trails.", "Ferry fares to rise by five percent"),
    ("de", "Landrat kündigt Rücktritt an", "2020-06-03", "Sommerrezepte: So gelingt der perfekte Kartoffelsalat",
     "Mit diesen Tipps wird der Klassiker zum Hit auf jeder Grillparty.", "Kreistag beschließt neue Buslinien"),
    ("fr", "Le préfet interdit la manifestation du port", "2021-04-22", "Nos idées de week-end à la plage",
     "Cinq destinations à moins de deux heures de route.", "La mairie vote le budget des écoles"),
    ("es", "El juez imputa al concejal de urbanismo", "2020-12-01", "Cómo elegir el mejor café para casa",
     "Guía práctica para principiantes.", "El puerto bate su récord de tráfico"),
    ("ru", "Губернатор уволил министра здравоохранения", "2021-02-18", "Пять рецептов летних салатов",
     "Простые блюда для жаркой погоды.", "В городе открыли новый мост"),
    ("it", "Il sindaco si dimette dopo lo scandalo", "2021-07-09", "Le spiagge più belle della costa",
     "La nostra guida per l'estate.", "Il consiglio approva il bilancio"),
]
