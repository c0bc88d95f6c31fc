"""The words and whole pages of held-out 5 of the dead-web set (used by tests/deadweb_pages5.py).

Written blind to the check's rules by a different author (see deadweb_pages5),
in wordings of its own: per language three not-found pages as real sites word
them (the site's own 404 page, a soft 200 template, a bare error page that a
redirect lands on), notices of removal, live headlines that speak of missing
pages, landers, app shells, refreshes, walls and recycled URLs.
"""

from __future__ import annotations

import json

# language -> three (title, heading, body) of not-found pages: the honest 404 page, the soft 200 template, and the
# bare error page a redirect lands on (``/error?code=404``)
NOT_FOUND5: dict[str, list[tuple[str, str, str]]] = {
    "ru": [("Ошибка 404 — Городские вести", "Такой страницы у нас нет",
            "Возможно, вы ошиблись при вводе адреса или страница была удалена. Вернуться на главную"),
           ("Страница не найдена", "Упс! Здесь ничего нет",
            "Запрошенный материал не найден. Попробуйте поиск или посмотрите свежие новости ниже."),
           ("404", "Документ не найден", "Запрашиваемый документ отсутствует на сервере.")],
    "uk": [("Помилка 404 | Громада", "Такої сторінки не знайдено",
            "Можливо, її було переміщено або видалено. Скористайтеся пошуком або поверніться на головну."),
           ("Нічого не знайдено", "Ой! Сторінка загубилася",
            "Запитаного матеріалу тут немає. Пропонуємо почитати свіжі новини."),
           ("Помилка", "Запитувана сторінка відсутня", "Перевірте, чи правильно введено адресу.")],
    "zh": [("404错误 - 页面未找到", "抱歉，您要找的页面走丢了",
            "可能是网址输入有误，或者该页面已被移除。请返回首页继续浏览。"),
           ("温馨提示", "您访问的内容不存在", "该链接可能已失效，为您推荐以下热门新闻。"),
           ("出错了", "页面不存在", "错误代码：404")],
    "ja": [("ページが見つかりませんでした | 市民ポータル", "お探しのページが見つかりませんでした",
            "URLに誤りがあるか、ページが削除・移動された可能性があります。"),
           ("お知らせ", "指定されたページは存在しません", "恐れ入りますが、トップページから改めてお探しください。"),
           ("404 エラー", "該当するページがありません", "アドレスをご確認ください。")],
    "ar": [("خطأ 404 - الصفحة المطلوبة غير متوفرة", "عذراً، لم نتمكن من العثور على هذه الصفحة",
            "ربما حُذفت الصفحة أو تغيّر عنوانها. يمكنك العودة إلى الصفحة الرئيسية."),
           ("تنبيه", "المحتوى الذي تبحث عنه غير موجود", "ننصحك بتصفح أحدث الأخبار أدناه."),
           ("خطأ", "الرابط غير صالح", "لم يُعثر على الصفحة.")],
    "tr": [("Sayfa bulunamadı (404)", "Üzgünüz, aradığınız sayfaya ulaşılamıyor",
            "Sayfa kaldırılmış ya da adres yanlış yazılmış olabilir. Ana sayfaya dönün."),
           ("Uyarı", "Böyle bir sayfa yok", "Size son dakika haberlerimizi önerelim."),
           ("Hata 404", "İçerik bulunamadı", "Lütfen bağlantıyı kontrol edin.")],
    "hu": [("404 – Nincs ilyen oldal", "Sajnáljuk, a keresett oldal nem létezik",
            "Elképzelhető, hogy az oldal megszűnt, vagy elírta a címet. Vissza a főoldalra."),
           ("Hiba történt", "Ezt az oldalt nem találjuk", "Nézzen körül legfrissebb cikkeink között!"),
           ("Hiba", "Az oldal nem található", "Hibakód: 404")],
    "de": [("Fehler 404 – Seite existiert nicht", "Hier ist leider nichts",
            "Die aufgerufene Seite gibt es nicht (mehr). Vielleicht hat sich ein Tippfehler eingeschlichen? Zur "
            "Startseite"),
           ("Hinweis", "Huch! Diese Seite konnten wir nicht finden", "Stöbern Sie doch in unseren neuesten Meldungen."),
           ("Fehler", "Seite nicht gefunden", "Fehlercode 404")],
    "fr": [("Erreur 404 - La page demandée est introuvable", "Oups ! Cette page s'est égarée",
            "L'adresse est peut-être incorrecte, ou la page a été déplacée ou supprimée. Revenir à l'accueil"),
           ("Information", "Nous n'avons pas trouvé la page demandée", "Voici nos dernières actualités."),
           ("Erreur", "Page inexistante", "Code d'erreur : 404")],
    "es": [("404: página no encontrada", "Ups, parece que esta página ya no existe",
            "Es posible que la dirección sea incorrecta o que el contenido haya sido borrado. Vuelve al inicio."),
           ("Aviso", "No hemos podido encontrar la página que buscas", "Mientras tanto, te dejamos la última hora."),
           ("Error", "Página no encontrada", "Código de error 404.")],
    "it": [("Errore 404 - Pagina non disponibile", "Spiacenti, la pagina richiesta non esiste",
            "L'indirizzo potrebbe essere errato oppure la pagina è stata spostata o eliminata. Vai alla home"),
           ("Avviso", "Ops, qui non c'è niente", "Ti suggeriamo le notizie di oggi."),
           ("Errore", "Pagina non trovata", "Codice errore: 404")],
    "pt": [("Erro 404 - Página não encontrada", "Desculpe, não encontramos o que você procurava",
            "A página pode ter sido removida ou o endereço está incorreto. Voltar para a home"),
           ("Aviso", "Ops! Esta página não existe mais", "Aproveite para ler as últimas notícias."),
           ("Erro", "Página inexistente", "Código 404")],
    "pl": [("Błąd 404 - nie znaleziono strony", "Przepraszamy, ta strona nie istnieje",
            "Mogła zostać usunięta lub adres został wpisany niepoprawnie. Wróć na stronę główną."),
           ("Komunikat", "Nie możemy znaleźć tej strony", "Zobacz najnowsze wiadomości z regionu."),
           ("Błąd", "Strona nie istnieje", "Kod błędu: 404")],
    "en": [("Page Not Found | Town Council", "Sorry, we can't find that page",
            "It may have been moved or deleted, or the address may be mistyped. Try our search or return to the "
            "homepage."),
           ("Hmm", "Nothing lives at this address", "Maybe one of these stories is what you were after."),
           ("Error", "Error 404", "The requested URL was not found on this server.")],
}

# (language, title, heading, body) of 200 pages saying the content was removed, expired, is no longer available
REMOVED5 = [
    ("en", "Article unpublished", "This article has been unpublished",
     "Following a review by our standards editor, this article was taken down on 3 March 2023."),
    ("en", "Video unavailable", "This video has been removed by the uploader", ""),
    ("en", "Vacancy closed", "This job advert has closed",
     "The employer is no longer accepting applications for this role."),
    ("en", "Withdrawn", "The story you are looking for has been withdrawn", "It is no longer available on this site."),
    ("de", "Depubliziert", "Dieser Beitrag ist nicht mehr verfügbar",
     "Aus rundfunkrechtlichen Gründen dürfen wir Inhalte nur für eine begrenzte Zeit anbieten. Die Verweildauer "
     "ist abgelaufen."),
    ("de", "Inhalt gelöscht", "Der Artikel wurde auf Wunsch des Betroffenen gelöscht", ""),
    ("fr", "Vidéo expirée", "Cette vidéo n'est plus disponible", "Sa période de diffusion est terminée."),
    ("fr", "Contenu supprimé", "Ce contenu a été supprimé",
     "L'article auquel vous tentez d'accéder a été dépublié par la rédaction."),
    ("es", "Contenido retirado", "Este artículo ha sido retirado",
     "Por motivos legales, el contenido ya no puede consultarse."),
    ("es", "Oferta caducada", "Este anuncio ha caducado", "El anunciante lo ha dado de baja."),
    ("it", "Contenuto non più disponibile", "L'articolo non è più disponibile",
     "È stato rimosso su richiesta dell'interessato (diritto all'oblio)."),
    ("pt", "Notícia removida", "Esta matéria foi despublicada", "O conteúdo foi removido por decisão judicial."),
    ("pt", "Anúncio encerrado", "Este anúncio não está mais ativo", ""),
    ("pl", "Artykuł niedostępny", "Artykuł został usunięty",
     "Na prośbę osoby zainteresowanej usunęliśmy ten materiał z serwisu."),
    ("pl", "Ogłoszenie nieaktualne", "To ogłoszenie wygasło", "Zobacz podobne oferty w Twojej okolicy."),
    ("ru", "Материал удалён", "Эта публикация удалена", "Материал удалён по решению редакции."),
    ("ru", "Доступ ограничен", "Материал недоступен", "Публикация удалена по требованию правообладателя."),
    ("uk", "Матеріал недоступний", "Цей матеріал знято з публікації", ""),
    ("zh", "该内容已被删除", "抱歉，此内容已被发布者删除", ""),
    ("zh", "新闻已下线", "该新闻已过期下线", "您可以浏览其他新闻。"),
    ("ja", "掲載終了", "この記事の掲載期間は終了しました",
     "ニュース記事は配信から一定期間が経過すると削除されます。"),
    ("ar", "محتوى محذوف", "تم حذف هذا المقال", "لم يعد المقال متوفراً بناءً على طلب الناشر."),
    ("tr", "İçerik kaldırıldı", "Bu içerik yayından kaldırıldı", "İlgili haber erişime kapatılmıştır."),
    ("hu", "A cikk nem elérhető", "Ezt a cikket eltávolítottuk", ""),
]

# (language, headline, lead) of live articles whose own words speak of missing, removed or "404" pages
TRAPS5 = [
    ("en", "Page not found: the gallery show about the internet's lost websites",
     "An exhibition of broken links, dead forums and 404 error screens opens at the city gallery on Friday, "
     "asking what happens when a page is removed for good."),
    ("en", "Council deletes 2,000 pages from its website, leaving residents staring at 'page not found'",
     "Officials said the removed pages were out of date, but campaigners say minutes of planning meetings are "
     "no longer available anywhere."),
    ("en", "Review: 'Not Found' is a quiet thriller about a hiker who vanishes",
     "The film opens on a blinking 404 and never quite explains it; the missing woman is never found either."),
    ("en", "How to write a 404 page that doesn't feel like a dead end",
     "A good error page admits the page doesn't exist, says sorry, and offers the reader a way back."),
    ("de", "„Seite nicht gefunden“: Landesarchiv verliert tausende Dokumente nach Serverumzug",
     "Wer im Online-Archiv nach alten Bebauungsplänen sucht, landet seit Wochen auf einer Fehlerseite mit der "
     "Nummer 404. Die Dokumente seien nicht gelöscht, sagt das Ministerium."),
    ("fr", "Le site de la préfecture affiche « erreur 404 » depuis trois jours",
     "Les usagers qui tentent de prendre rendez-vous tombent sur une page introuvable, une panne que la préfecture "
     "attribue à une mise à jour."),
    ("es", "El Ayuntamiento borra de su web las actas de 2015: «Esta página no existe»",
     "La oposición denuncia que los documentos fueron eliminados sin aviso y que los enlaces ya no funcionan."),
    ("it", "Sparito dal sito il bando per le case popolari: «pagina non trovata»",
     "Decine di famiglie non hanno potuto presentare domanda: il link al modulo era stato rimosso."),
    ("pt", "Site da prefeitura sai do ar e exibe 'página não encontrada'",
     "Moradores que tentavam emitir a segunda via do IPTU encontraram uma mensagem de erro 404 durante todo o "
     "fim de semana."),
    ("pl", "Strona urzędu zniknęła. „Błąd 404” zamiast rozkładu jazdy",
     "Pasażerowie od poniedziałku nie mogą sprawdzić rozkładu, bo po wejściu na stronę widzą komunikat, że strona "
     "nie istnieje."),
    ("ru", "«Страница не найдена»: почему с сайта мэрии исчезли отчёты о расходах",
     "Журналисты обнаружили, что ссылки на документы ведут на ошибку 404, а сами отчёты удалены."),
    ("uk", "Сайт міськради видалив звіти про ремонт доріг — тепер там «помилка 404»",
     "Активісти зберегли копії документів, які більше не доступні на офіційному сайті."),
    ("zh", "博物馆推出“404展览”：展示那些消失的网页",
     "展览收集了大量“页面不存在”的截图，讲述互联网记忆如何被删除。"),
    ("ja", "市のサイトで「ページが見つかりません」 防災マップが一時閲覧不能に",
     "市によると、サーバー更新の際に防災マップのページが削除され、約二日間、404エラーが表示されていた。"),
    ("ar", "«الصفحة غير موجودة»: اختفاء أرشيف الجريدة الرسمية من الإنترنت",
     "يواجه الباحثون رسالة الخطأ 404 عند محاولة الوصول إلى الأعداد القديمة التي حُذفت من الموقع."),
    ("tr", "Belediyenin sitesinde 'sayfa bulunamadı' krizi",
     "İhale ilanlarının yayımlandığı sayfa kaldırıldı; vatandaşlar günlerce 404 hatasıyla karşılaştı."),
    ("hu", "„Az oldal nem található” – eltűntek a közbeszerzési dokumentumok a minisztérium honlapjáról",
     "A törölt aloldalak helyén hibaüzenet fogadja az olvasókat; a tárca szerint a tartalom nem elérhető átmenetileg."),
    ("en", "Missing, presumed deleted: what happened to the club's 404-page history",
     "Supporters found the club's history section gone; the club says the page was removed by mistake and will "
     "not come back before the summer."),
]

# (language, lander) of parked, expired or for-sale domains: the same page for every path
LANDERS5 = [
    ("en", "<!doctype html><html><head><meta charset='utf-8'><title></title></head><body><div id='lander'></div>"
           "<script>var d={\"name\":location.hostname,\"price\":\"1,850\",\"currency\":\"USD\",\"broker\":"
           "\"DomainMarket\"};document.title=d.name+' is for sale';document.getElementById('lander').innerHTML='<h1>'"
           "+d.name+'</h1><h2>Make this domain yours</h2><p>Buy now for '+d.currency+' '+d.price+' through '+d.broker"
           "+'.</p><a href=\"/checkout\">Buy it now</a>';</script></body></html>"),
    ("de", "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{host} steht zum Verkauf</title></head>"
           "<body><div class='sale'><h1>{host}</h1><h2>Diese Domain steht zum Verkauf!</h2><p>Sichern Sie sich {host} "
           "jetzt – sicherer Domainkauf mit Treuhandservice.</p><a class='btn' href='https://sedo.com/search/details/"
           "?domain={host}'>Preis anfragen</a></div></body></html>"),
    ("ja", "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{host}</title></head><body><div "
           "class='onamae'><h1>このドメインは お名前.com で取得されています。</h1><p>お名前.com は GMOインターネット"
           "グループが運営するドメイン公式登録サービスです。</p><a href='https://www.onamae.com/'>ドメインの取得は"
           "お名前.comへ</a></div></body></html>"),
    ("zh", "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{host} 该域名正在出售</title></head>"
           "<body><div class='box'><h1>{host}</h1><p>此域名正在出售，欢迎议价。</p><p>联系邮箱：domain@example.cn "
           "&nbsp; 微信：ym-8866</p></div></body></html>"),
    ("pl", "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>Domena {host} jest na sprzedaż</title>"
           "</head><body><main><h1>{host}</h1><p>Ta domena jest wystawiona na sprzedaż w serwisie aukcji domen.</p>"
           "<p>Zainteresowany? Złóż ofertę lub kup teraz.</p><a href='https://www.aftermarket.pl/domena/{host}'>Kup "
           "teraz</a></main></body></html>"),
    ("pt", "<!DOCTYPE html><html lang='pt-BR'><head><meta charset='utf-8'><title>Domínio expirado</title></head><body>"
           "<div class='aviso'><h1>O domínio {host} expirou</h1><p>Este domínio está congelado aguardando renovação. "
           "Se você é o titular, acesse o Registro.br para renová-lo.</p></div></body></html>"),
    ("es", "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>{host}</title></head><body><div "
           "class='ppc'><h1>{host}</h1><p>Este dominio ha caducado. Renueva tu dominio desde tu área de cliente.</p>"
           "<h2>Búsquedas relacionadas</h2><ul><li><a href='/?kw=noticias'>Noticias locales</a></li><li><a href='/?kw="
           "seguros'>Seguros de coche</a></li><li><a href='/?kw=vuelos'>Vuelos baratos</a></li></ul></div></body>"
           "</html>"),
    ("hu", "<!DOCTYPE html><html lang='hu'><head><meta charset='utf-8'><title>A(z) {host} domain eladó!</title>"
           "</head><body><h1>{host}</h1><p>Ez a domain név eladó. Érdeklődni az alábbi elérhetőségen lehet.</p>"
           "<form><input name='ajanlat' placeholder='Az Ön ajánlata (Ft)'><button>Ajánlatot teszek</button></form>"
           "</body></html>"),
    ("it", "<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>Dominio scaduto</title></head><body>"
           "<h1>Il dominio {host} è scaduto</h1><p>Questo dominio è scaduto il 12/02/2024 ed è in attesa di rinnovo da "
           "parte del titolare.</p></body></html>"),
]

_SVELTE = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour Herald</title><link rel="
           "'modulepreload' href='/_app/immutable/entry/start.3c1d.js'></head><body data-sveltekit-preload-data="
           "'hover'><div style='display: contents'><script>{__sveltekit_1k2z = {base: new URL('.', location)."
           "pathname.slice(0, -1)};const element = document.currentScript.parentElement;const data = @DATA@;"
           "Promise.all([import('/_app/immutable/entry/start.3c1d.js'),import('/_app/immutable/entry/app.91fe.js')])"
           ".then(([kit, app]) => {kit.start(app, element, {node_ids: [0, 1], data, form: null, error: @ERROR@, "
           "status: @STATUS@});});}</script></div></body></html>")
_NUXT3 = json.dumps([["ShallowReactive", 1], {"data": 2, "state": 3, "once": 4, "_errors": 5, "serverRendered": 6,
                                              "error": 7}, {}, {}, ["Set"], {}, True,
                     {"url": 8, "statusCode": 9, "statusMessage": 10, "message": 10}, "/kiji/20311", 404,
                     "Page Not Found: /kiji/20311"])
_INERTIA = json.dumps({"component": "Errors/NotFound", "props": {"status": 404, "auth": {"user": None}},
                       "url": "/artykul/2023/tramwaj-na-osiedle", "version": "8c0d3f1e"}).replace("'", "&#039;")
_ROUTER = json.dumps(json.dumps({"loaderData": {"0": None}, "actionData": None, "errors": {
    "0": {"status": 404, "statusText": "Not Found", "internal": True, "data": "Error: No route matches URL",
          "__type": "RouteErrorResponse"}}}))
_NEXT404 = json.dumps({"props": {"pageProps": {}}, "page": "/404", "query": {}, "buildId": "kq0S8Vt1x",
                       "nextExport": True, "isFallback": False, "gsp": True, "scriptLoader": []})
# (language, page, probe) of app shells: only the title, a state blob or a script says "not found"
APP_SHELLS5 = [
    ("en", _SVELTE.replace("@DATA@", "[null,null]").replace("@ERROR@", "{\"message\":\"Not Found\"}").replace(
        "@STATUS@", "404"), "soft"),
    ("ja", "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>みなとニュース</title></head><body>"
           "<div id='__nuxt'></div><script type='application/json' id='__NUXT_DATA__' data-ssr='true'>" + _NUXT3 +
           "</script><script>window.__NUXT__={};window.__NUXT__.config={public:{},app:{baseURL:'/',buildAssetsDir:"
           "'/_nuxt/'}}</script><script type='module' src='/_nuxt/entry.5f2a.js' crossorigin></script></body>"
           "</html>", "honest"),
    ("pl", "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>Gazeta Pomorza</title><script src='/"
           "build/assets/app-41c2.js' type='module'></script></head><body><div id='app' data-page='" + _INERTIA +
           "'></div></body></html>", "soft"),
    ("de", "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Neue Rundschau</title></head><body>"
           "<div id='root'></div><script>window.__staticRouterHydrationData = JSON.parse(" + _ROUTER + ");</script>"
           "<script type='module' src='/assets/index-2b7e.js'></script></body></html>", "honest"),
    ("zh", "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>新闻中心</title></head><body><div "
           "id='app'></div><script>window.__INITIAL_STATE__={\"article\":{\"code\":40004,\"msg\":\"文章不存在或已被删除"
           "\",\"data\":null},\"user\":{\"login\":false}};</script><script src='/static/js/app.8e21.js'></script>"
           "</body></html>", "soft"),
    ("pt", "<!DOCTYPE html><html lang='pt-BR'><head><meta charset='utf-8'><title>Página não encontrada | Jornal da "
           "Serra</title></head><body><noscript>Você precisa habilitar o JavaScript para ver este site.</noscript>"
           "<div id='root'></div><script src='/static/js/main.77ab.js'></script></body></html>", "honest"),
    ("ru", "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>Новости Поволжья</title></head><body>"
           "<div id='app'></div><script>window.__DATA__={\"status\":404,\"page\":\"notFound\",\"article\":null};if("
           "window.__DATA__.status===404){document.title='Страница не найдена';}</script><script src='/js/bundle."
           "c3a.js'></script></body></html>", "soft"),
    ("es", "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>Diario del Sur</title></head><body><div "
           "id='__next'></div><script id='__NEXT_DATA__' type='application/json'>" + _NEXT404 + "</script><script "
           "src='/_next/static/chunks/pages/_app-9a1c.js' defer></script></body></html>", "honest"),
    ("tr", "<!DOCTYPE html><html lang='tr'><head><meta charset='utf-8'><title>Ege Haber</title></head><body><main>"
           "<astro-island uid='Z1bQx' component-url='/_astro/NotFound.a1b2c3.js' component-export='default' "
           "renderer-url='/_astro/client.d4e5.js' props='{\"code\":[0,404],\"message\":[0,\"Haber bulunamadı\"]}' "
           "client='load'></astro-island></main></body></html>", "soft"),
]
_LIVE_TEXT = ("The harbour board agreed on Monday to rebuild the north pier, which has been closed since the winter "
              "storms. Work starts in June and the ferry will use the south quay until then. ") * 11
LIVE_SHELLS5 = [  # client-rendered live articles: the story sits in the state
    _SVELTE.replace("@ERROR@", "null").replace("@STATUS@", "200").replace(
        "@DATA@", "[null,{type:\"data\",data:{article:{title:\"North pier to be rebuilt\","
        "published:\"2024-05-06\",body:\"" + _LIVE_TEXT + "\"}}}]").replace(
        "<title>Harbour Herald</title>", "<title>North pier to be rebuilt | Harbour Herald</title>"),
    "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>Molo północne do odbudowy | Gazeta Pomorza"
    "</title></head><body><div id='app' data-page='" + json.dumps({
        "component": "Article/Show", "props": {"article": {"title": "Molo północne do odbudowy", "date": "2024-05-06",
                                                           "body": "Zarząd portu zdecydował w poniedziałek o "
                                                                   "odbudowie mola północnego. " * 14}},
        "url": "/artykul/2024/molo", "version": "8c0d3f1e"}, ensure_ascii=False) + "'></div></body></html>",
    "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>北码头将重建_新闻中心</title></head><body>"
    "<div id='app'></div><script>window.__INITIAL_STATE__=" + json.dumps({"article": {
        "code": 0, "msg": "ok", "data": {"title": "北码头将重建", "date": "2024-05-06",
                                         "content": "港务局周一决定重建北码头，该码头自冬季风暴以来一直关闭。" * 20}}},
        ensure_ascii=False) + ";</script><script src='/static/js/app.8e21.js'></script></body></html>",
]

# (language, extra <head> markup or "" for a whole page, page) of pages sending the reader home
REFRESH_HOME5 = [
    ("it", "<meta http-equiv='refresh' content='0; url=/'>",
     "Reindirizzamento\nReindirizzamento in corso\n<p>Stai per essere reindirizzato alla home page.</p>"),
    ("hu", "", "<html><head><title>Átirányítás</title><script>setTimeout(function(){window.location.href='/'},1500)"
               "</script></head><body><p>Az oldal megszűnt, átirányítjuk a címlapra…</p></body></html>"),
    ("uk", "<meta http-equiv=\"refresh\" content=\"0;URL=http://{host}/\">",
     "Переспрямування\nЗачекайте, будь ласка\n<p>Зараз ви перейдете на головну сторінку.</p>"),
    ("tr", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Yönlendiriliyor</title></head><body><script>"
               "location.assign(\"/\");</script><p>Ana sayfaya yönlendiriliyorsunuz.</p></body></html>"),
    ("fr", "", "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>{site}</title><script>window."
               "location = window.location.origin;</script></head><body></body></html>"),
    ("ar", "<meta http-equiv='refresh' content='2; url=/index.html'>",
     "تحويل\nجارٍ تحويلك\n<p>سيتم تحويلك إلى الصفحة الرئيسية خلال ثانيتين.</p>"),
    ("zh", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>正在跳转...</title><script>window.location."
               "replace(\"http://{host}/index.html\")</script></head><body>正在跳转，请稍候...</body></html>"),
    ("en", "", "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0; URL='//{host}/'\"><title>"
               "Redirect</title></head><body><a href='/'>Continue to the homepage</a></body></html>"),
    ("de", "", "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Einen Moment…</title></head><body>"
               "<script>document.location = \"/?utm_source=alte_url\";</script></body></html>"),
]
# live pages that carry a refresh, a frame buster or a conditional redirect in their head
REFRESH_LIVE5 = [
    "<meta http-equiv='refresh' content='120'>",
    "<script>if (/MSIE \\d|Trident.*rv:/.test(navigator.userAgent)) { window.location = '/browser-not-supported'; }"
    "</script>",
    "<link rel='canonical' href='{self}'><script>window.addEventListener('load',function(){if(location.hash==='#amp')"
    "{location.href='/'}})</script>",
]

# (language, html, templated) of 410 pages
GONE5 = [
    ("pl", "Strona usunięta\nTa strona została trwale usunięta\n<p>Nie jest już dostępna w naszym serwisie.</p>", True),
    ("pl", "<html><head><title>410 Gone</title></head><body><center><h1>410 Gone</h1></center><hr><center>nginx"
           "</center></body></html>", False),
    ("pl", "", False),
    ("pl", "Archiwum\nArchiwum wiadomości\n<p>Materiały sprzed 2018 roku nie są już publikowane.</p>", True),
    ("ja", "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>410 Gone</title></head><body><h1>この"
           "ページは削除されました</h1><p>お探しの記事は提供を終了しました。</p></body></html>", False),
    ("ja", "{\"error\":{\"code\":410,\"message\":\"gone\"}}", False),
]

# (status, headers, html) of walls: every path the same
WALLS5 = [
    (503, {"Server": "cloudflare", "cf-mitigated": "challenge", "Cache-Control": "no-cache"},
     "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title><meta name='robots' content='noindex,"
     "nofollow'></head><body><div class='main-wrapper' role='main'><div class='main-content'><h1>{host}</h1><p>"
     "Verifying you are human. This may take a few seconds.</p><p>{host} needs to review the security of your "
     "connection before proceeding.</p></div></div><script>(function(){window._cf_chl_opt={cvId:'3',cZone:'{host}',"
     "cType:'managed'};})();</script></body></html>"),
    (403, {"Server": "DataDome", "X-DataDome": "protected"},
     "<html lang='en'><head><title>{host}</title></head><body style='margin:0'><script>var dd={'rt':'c','cid':"
     "'AHrlqAAAAAMAz3kq','hsh':'2211F5','t':'fe','s':44,'e':'7b3c','host':'geo.captcha-delivery.com'}</script>"
     "<script src='https://ct.captcha-delivery.com/c.js'></script></body></html>"),
    (200, {}, "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>Zanim przejdziesz do serwisu</title>"
              "</head><body><div class='rodo'><h1>Twoja zgoda jest nam potrzebna</h1><p>Administratorem Twoich danych "
              "osobowych jest wydawca serwisu. Klikając „Przejdź do serwisu”, zgadzasz się na przetwarzanie danych "
              "przez nas i 287 zaufanych partnerów.</p><button>Przejdź do serwisu</button><a href='/ustawienia'>Ustawienia "
              "zaawansowane</a></div></body></html>"),
    (200, {}, "<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>Informativa sui cookie</title></head>"
              "<body><div id='cookiewall'><h2>Accetta i cookie o abbonati</h2><p>Per continuare a leggere senza "
              "pubblicità personalizzata puoi abbonarti a 2,99 € al mese, oppure accettare i cookie di profilazione."
              "</p><button>Accetta e continua</button><button>Abbonati</button></div></body></html>"),
    (403, {"Server": "AkamaiGHost", "Mime-Version": "1.0"},
     "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don't have "
     "permission to access \"http&#58;&#47;&#47;{host}{path}\" on this server.<P>\nReference&#32;&#35;18&#46;"
     "2f3c1702&#46;1715000000&#46;9a0b1c</BODY>\n</HTML>\n"),
    (429, {"Retry-After": "90"}, "<!DOCTYPE html><html lang='fr'><head><title>Trop de requêtes</title></head><body>"
                                 "<h1>Trop de requêtes</h1><p>Vous avez effectué trop de requêtes en peu de temps. "
                                 "Merci de réessayer dans quelques instants.</p></body></html>"),
]

# (language, cited title, cited day, what the page is now, its lead, a kept article's title)
REPLACED5 = [
    ("pl", "Prezydent miasta odwołał dyrektora szpitala", "2021-03-11", "Najlepsze przepisy na letnie chłodniki",
     "Pięć sprawdzonych pomysłów na upalne dni.", "Radni przyjęli budżet na przyszły rok"),
    ("pt", "Câmara aprova novo plano diretor da cidade", "2020-10-20", "Dez praias para conhecer neste verão",
     "Um roteiro pelo litoral com dicas de onde comer.", "Prefeitura anuncia obras na ponte velha"),
    ("hu", "Lemondott a kórház igazgatója", "2021-05-17", "Így készül a tökéletes lecsó",
     "A nyár kedvenc egytálétele lépésről lépésre.", "Elfogadták a város költségvetését"),
    ("ja", "市長が辞職を表明 議会で不信任案可決", "2020-08-04", "夏におすすめの冷たいスイーツ10選",
     "暑い日にぴったりのデザートを紹介します。", "市議会が新年度予算案を可決"),
    ("tr", "Belediye başkanı görevden alındı", "2021-11-02", "Yaz tatili için en güzel koylar",
     "Ege ve Akdeniz'de keşfedilmeyi bekleyen rotalar.", "Meclis yeni bütçeyi onayladı"),
    ("en", "Police chief suspended over missing evidence", "2022-01-25", "Our favourite sourdough recipe, step by step",
     "Everything you need for a perfect loaf at home.", "Harbour ferry returns after repairs"),
    ("uk", "Мер звільнив директора водоканалу", "2021-06-30", "Десять рецептів літніх салатів",
     "Прості страви для спекотних днів.", "Депутати затвердили бюджет громади"),
    ("fr", "Le maire mis en examen pour favoritisme", "2020-02-13", "Nos meilleures adresses de glaciers cet été",
     "Le guide de la rédaction, quartier par quartier.", "Le conseil municipal vote le budget"),
]

# (language, headline, the paywall's words) of paywall teasers; (agency lead, headline) of short wire briefs
TEASERS5 = [
    ("ja", "再開発計画の舞台裏 市と業者の交渉記録", "この記事は有料会員限定です。続きを読むには会員登録が必要です。"),
    ("it", "Dentro il bilancio del porto: i conti che non tornano",
     "Questo articolo è riservato agli abbonati. Abbonati per continuare a leggere."),
    ("hu", "Így osztották el a fejlesztési pénzeket",
     "A cikk folytatását előfizetőink olvashatják. Előfizetés már havi 990 forinttól."),
]
BRIEFS5 = [
    ("ROMA, 6 MAG (ANSA) - Il Consiglio dei ministri ha approvato il decreto sulle liste d'attesa. Il testo passa "
     "ora all'esame del Parlamento.", "Cdm approva il decreto sulle liste d'attesa"),
    ("ANKARA (AA) - TBMM Genel Kurulunda vergi düzenlemesine ilişkin kanun teklifi kabul edilerek yasalaştı.",
     "Vergi düzenlemesi yasalaştı"),
    ("TOKYO (Kyodo) -- The Bank of Japan kept its policy rate unchanged on Tuesday, as widely expected, and said "
     "it would keep buying bonds at the current pace.", "BOJ holds rates steady"),
]
