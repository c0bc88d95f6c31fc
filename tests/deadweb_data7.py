"""The words and whole pages of held-out 7 of the dead-web set (used by tests/deadweb_pages7.py).

Written blind to the check's rules by another author (see deadweb_pages7), who
wrote every wording afresh: for each language the two not-found pages a site may
show (its 404 page, its soft 200 template), notices of removal (a deleted forum
topic, a newsletter taken down, a sealed court record, a withdrawn press release,
an expired vacancy, a lapsed licence), live headlines and forum threads that speak
of missing, removed, deleted or expired things, landers, app shells of other
frameworks, refreshes, walls and recycled URLs. Six languages are new to the set
(sv, fi, vi, he, hi, fa).
"""

from __future__ import annotations

# language -> (the honest 404 page, the soft 200 template): each (title, heading, body)
NOT_FOUND7: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "en": (("Page not found - Ministry of Transport", "Sorry, we can’t find that page",
            "If you typed the web address, check it is correct. If you pasted it, check you copied the whole address."),
           ("Nothing to see here", "This page has gone walkabout",
            "The address may be mistyped or out of date. Have a look at our latest posts instead.")),
    "de": (("Seite nicht vorhanden – Bundesministerium", "Diese Seite existiert nicht (mehr)",
            "Bitte prüfen Sie die Schreibweise der Adresse oder nutzen Sie die Suche."),
           ("Kein Treffer", "Hier ist leider nichts",
            "Die gesuchte Seite gibt es unter dieser Adresse nicht. Vielleicht interessiert Sie das hier:")),
    "fr": (("Page non trouvée | Ministère", "Nous ne trouvons pas la page demandée",
            "Vérifiez l'adresse saisie ou utilisez le moteur de recherche du site."),
           ("Perdu ?", "Aucune page ne correspond à cette adresse",
            "Le lien est peut-être ancien. Voici nos dernières publications.")),
    "es": (("Página no disponible - Ministerio", "No hemos encontrado la página que busca",
            "Es posible que la dirección haya cambiado o que ya no exista."),
           ("Sin resultados", "Aquí no hay nada",
            "La dirección que ha escrito no lleva a ningún contenido. Le sugerimos estas entradas recientes.")),
    "it": (("Pagina inesistente - Ministero", "La pagina cercata non esiste",
            "L'indirizzo potrebbe essere errato o il contenuto essere stato spostato."),
           ("Nessun risultato", "Qui non c'è niente",
            "Non abbiamo trovato alcun contenuto a questo indirizzo. Ecco gli ultimi articoli.")),
    "pt": (("Página inexistente — Governo", "Não foi possível encontrar esta página",
            "Confirme o endereço ou utilize a pesquisa do portal."),
           ("Nada por aqui", "Este endereço não leva a lado nenhum",
            "Talvez o link esteja desatualizado. Leia as publicações mais recentes.")),
    "pl": (("Strona nieodnaleziona – Ministerstwo", "Nie możemy znaleźć tej strony",
            "Sprawdź, czy adres został wpisany poprawnie, lub skorzystaj z wyszukiwarki."),
           ("Pusto", "Pod tym adresem niczego nie ma",
            "Link mógł się zdezaktualizować. Zobacz najnowsze wpisy.")),
    "ru": (("Страница отсутствует — Министерство", "Запрошенная страница не существует",
            "Проверьте правильность адреса или воспользуйтесь поиском по сайту."),
           ("Пусто", "Здесь ничего нет",
            "По этому адресу нет ни одной публикации. Посмотрите последние темы.")),
    "uk": (("Сторінка відсутня — Міністерство", "Запитувана сторінка не існує",
            "Перевірте адресу або скористайтеся пошуком на сайті."),
           ("Порожньо", "Тут нічого немає",
            "За цією адресою немає жодного допису. Перегляньте свіжі теми.")),
    "tr": (("Sayfa mevcut değil - Bakanlık", "Ulaşmak istediğiniz sayfa bulunmuyor",
            "Adresi doğru yazdığınızdan emin olun veya site içi aramayı kullanın."),
           ("Sonuç yok", "Burada hiçbir şey yok",
            "Bu adreste bir içerik yer almıyor. Son yazılara göz atın.")),
    "hu": (("Nem létező oldal – Minisztérium", "A kért oldal nem érhető el ezen a címen",
            "Kérjük, ellenőrizze a címet, vagy használja a keresőt."),
           ("Nincs találat", "Itt nincs semmi",
            "Ezen a címen nincs tartalom. Nézze meg legfrissebb bejegyzéseinket.")),
    "ar": (("الصفحة غير متوفرة - الوزارة", "تعذر العثور على الصفحة التي طلبتها",
            "تأكد من صحة العنوان أو استخدم البحث في الموقع."),
           ("لا شيء هنا", "لا يوجد محتوى على هذا الرابط",
            "ربما يكون الرابط قديما. تصفح أحدث المواضيع.")),
    "zh": (("页面未找到 - 部委门户网站", "您所访问的页面不存在",
            "请检查您输入的网址是否正确，或使用站内搜索。"),
           ("暂无内容", "这里什么也没有",
            "该地址下没有任何内容，看看最新发布的主题吧。")),
    "ja": (("ページが存在しません｜省庁ポータル", "お探しのページは存在しないか、移動した可能性があります",
            "アドレスをご確認のうえ、サイト内検索をご利用ください。"),
           ("該当なし", "このアドレスには何もありません",
            "リンクが古い可能性があります。最新の投稿をご覧ください。")),
    "sv": (("Sidan hittades inte – Regeringskansliet", "Vi kunde inte hitta sidan du söker",
            "Kontrollera att adressen är rätt stavad eller använd sökfunktionen."),
           ("Tomt här", "Här finns ingenting",
            "Länken kan vara gammal. Läs de senaste inläggen i stället.")),
    "fi": (("Sivua ei löytynyt – Ministeriö", "Etsimääsi sivua ei löytynyt",
            "Tarkista osoite tai käytä sivuston hakua. Sivu on voitu poistaa tai siirtää."),
           ("Ei tuloksia", "Täällä ei ole mitään",
            "Osoite saattaa olla vanhentunut. Lue uusimmat kirjoitukset.")),
    "vi": (("Không tìm thấy trang - Cổng thông tin Bộ", "Trang bạn yêu cầu không tồn tại",
            "Vui lòng kiểm tra lại địa chỉ hoặc sử dụng chức năng tìm kiếm."),
           ("Không có nội dung", "Không có gì ở đây cả",
            "Đường dẫn có thể đã cũ. Mời bạn xem các bài viết mới nhất.")),
    "he": (("הדף לא נמצא - משרד הממשלה", "הדף שחיפשת אינו קיים",
            "ייתכן שהכתובת שגויה או שהדף הועבר. נסו להשתמש בחיפוש באתר."),
           ("אין כאן כלום", "לא נמצא תוכן בכתובת זו",
            "ייתכן שהקישור ישן. הנה הפוסטים האחרונים שלנו.")),
    "hi": (("पृष्ठ नहीं मिला - मंत्रालय", "आप जिस पृष्ठ को खोज रहे हैं वह उपलब्ध नहीं है",
            "कृपया पता जाँचें या साइट पर खोज का उपयोग करें।"),
           ("कुछ नहीं मिला", "यहाँ कुछ भी नहीं है",
            "यह लिंक पुराना हो सकता है। हमारी नवीनतम पोस्ट देखें।")),
    "fa": (("صفحه یافت نشد - وزارتخانه", "صفحه‌ای که به دنبال آن هستید وجود ندارد",
            "لطفاً نشانی را بررسی کنید یا از جستجوی سایت استفاده کنید."),
           ("چیزی نیست", "در این نشانی محتوایی وجود ندارد",
            "ممکن است پیوند قدیمی باشد. تازه‌ترین نوشته‌ها را ببینید.")),
}

# (language, title, heading, body) of removal notices: deleted forum topics, newsletters taken down, sealed records,
# withdrawn releases, expired vacancies and licences
REMOVED7 = [
    ("en", "Topic deleted", "This topic was deleted by its author", "Posts in deleted topics are not visible."),
    ("en", "Post unavailable", "This post has been taken down",
     "The newsletter’s author has removed it. Subscribers can still read the rest of the archive."),
    ("en", "Record sealed", "This document is no longer publicly accessible",
     "Access has been restricted by order of the court (Case No. 21-cv-0442)."),
    ("en", "Vacancy closed", "This vacancy has expired", "Applications are no longer being accepted for this role."),
    ("en", "Press release", "This press release has been withdrawn",
     "The information it contained is no longer accurate. Please contact the press office."),
    ("de", "Beitrag entfernt", "Dieser Beitrag wurde von der Moderation entfernt", "Verstoß gegen die Forenregeln."),
    ("de", "Meldung", "Diese Meldung ist nicht mehr abrufbar", "Die Veröffentlichungsfrist ist abgelaufen."),
    ("fr", "Publication retirée", "Ce communiqué a été retiré du site", "Il n'est plus consultable."),
    ("es", "Tema eliminado", "Este tema ha sido borrado", "El contenido ya no está disponible en el foro."),
    ("it", "Comunicato", "Il comunicato non è più consultabile", "È stato rimosso su richiesta dell'interessato."),
    ("pt", "Artigo indisponível", "Este artigo foi retirado", "Por decisão judicial, o conteúdo foi suprimido."),
    ("pl", "Wpis usunięty", "Ten wpis został skasowany przez autora", "Nie można go już wyświetlić."),
    ("ru", "Тема удалена", "Тема была удалена модератором", "Просмотр недоступен."),
    ("uk", "Допис видалено", "Цей допис більше недоступний", "Автор прибрав його з розсилки."),
    ("tr", "Duyuru", "Bu duyuru yayından kaldırıldı", "İçerik artık erişime kapalıdır."),
    ("hu", "Hír", "Ez a hír már nem olvasható", "A tartalmat eltávolítottuk."),
    ("ar", "بيان", "تم سحب هذا البيان الصحفي", "لم يعد متاحا للاطلاع."),
    ("zh", "主题已删除", "该主题已被作者删除", "无法查看已删除的内容。"),
    ("ja", "公開終了", "このお知らせは公開を終了しました", "掲載期間が過ぎたため、閲覧できません。"),
    ("sv", "Inlägget borttaget", "Det här inlägget har tagits bort", "Innehållet finns inte längre tillgängligt."),
    ("fi", "Tiedote poistettu", "Tämä tiedote on poistettu sivustolta", "Sisältö ei ole enää saatavilla."),
    ("vi", "Bài viết đã bị gỡ", "Bài viết này đã bị gỡ bỏ", "Nội dung không còn khả dụng."),
    ("he", "התוכן הוסר", "הכתבה הוסרה מהאתר", "התוכן אינו זמין עוד."),
    ("hi", "सामग्री हटाई गई", "यह लेख हटा दिया गया है", "यह सामग्री अब उपलब्ध नहीं है।"),
    ("fa", "مطلب حذف شد", "این مطلب حذف شده است", "این محتوا دیگر در دسترس نیست."),
]

# (language, headline, lead) of live articles whose own words speak of missing, removed, deleted or expired things
TRAPS7 = [
    ("en", "Page not found: one in four links in court opinions now leads nowhere",
     "A study by the law faculty finds that a quarter of the web links cited in rulings return a 404 error."),
    ("en", "Deleted, removed, no longer available: how ministries lose their own history",
     "Researchers traced thousands of government pages that vanished after a reorganisation."),
    ("en", "Your passport has expired? Here is how to renew it before the summer",
     "Expired passports cannot be used for travel; the office now processes renewals in three weeks."),
    ("en", "The 404 club: notes from a newsletter about dead links",
     "This week: why 'page not found' is the most common sentence on the internet."),
    ("de", "Seite nicht gefunden: Wenn Behördenlinks ins Leere führen",
     "Jeder fünfte Link auf Landesportalen ist nach fünf Jahren tot, zeigt eine Untersuchung."),
    ("fr", "« Cette page n'existe plus » : la mémoire fragile des sites publics",
     "Des chercheurs ont recensé les pages supprimées lors des changements de gouvernement."),
    ("es", "Contenido eliminado: el tribunal ordena retirar los artículos sobre el caso",
     "La sentencia obliga a los medios a borrar tres publicaciones; el diario recurrirá."),
    ("it", "Pagina non disponibile: il sito del comune è offline da una settimana",
     "I cittadini non riescono a pagare i tributi online; il guasto riguarda il server."),
    ("pt", "Página não encontrada: metade dos links do diário oficial estão quebrados",
     "Um levantamento da universidade mostra que os endereços antigos deixaram de funcionar."),
    ("pl", "Błąd 404 na stronie ministerstwa: zniknęły raporty z lat 2015-2019",
     "Dokumenty usunięto podczas migracji serwisu, przyznaje rzecznik."),
    ("ru", "Ошибка 404: почему исчезают страницы государственных сайтов",
     "Эксперты насчитали тысячи удалённых документов после смены домена."),
    ("uk", "Сторінку не знайдено: як зникають архіви місцевих газет",
     "Дослідники перевірили посилання на новини десятирічної давнини."),
    ("tr", "Sayfa bulunamadı: Bakanlık sitesindeki eski raporlar silindi",
     "Arşivdeki belgelerin büyük kısmına artık ulaşılamıyor."),
    ("hu", "Nem található: eltűntek a minisztérium régi jelentései",
     "A honlap átalakításakor törölték a korábbi dokumentumokat."),
    ("ar", "الصفحة غير موجودة: لماذا تختفي الوثائق من المواقع الحكومية",
     "رصدت دراسة آلاف الروابط المعطلة في المواقع الرسمية."),
    ("zh", "页面不存在：政府网站旧链接大量失效", "研究人员发现，改版后超过三成的旧网址已无法访问。"),
    ("ja", "「お探しのページは見つかりません」 自治体サイトのリンク切れ調査", "大学の研究チームが全国の自治体サイトを調べた。"),
    ("sv", "Sidan finns inte längre: myndigheternas försvunna rapporter",
     "En granskning visar att tusentals dokument har raderats vid omorganisationer."),
    ("fi", "Sivua ei löytynyt: ministeriöiden vanhat raportit katosivat verkosta",
     "Selvityksen mukaan joka neljäs linkki johtaa nyt virhesivulle."),
    ("vi", "Lỗi 404: hàng nghìn văn bản biến mất khỏi cổng thông tin",
     "Nhiều đường dẫn cũ không còn hoạt động sau khi nâng cấp hệ thống."),
    ("he", "הדף לא נמצא: אלפי מסמכים נעלמו מאתרי הממשלה",
     "בדיקה מצאה כי קישורים רבים מובילים כעת לשגיאה 404."),
    ("hi", "पृष्ठ नहीं मिला: सरकारी वेबसाइटों से गायब हो रहे पुराने दस्तावेज़",
     "एक अध्ययन के अनुसार हर चौथा लिंक अब काम नहीं करता।"),
    ("fa", "صفحه یافت نشد: ناپدید شدن اسناد از وبگاه‌های دولتی",
     "بررسی‌ها نشان می‌دهد هزاران پیوند قدیمی دیگر کار نمی‌کند."),
]

# live articles whose headline holds 404 or 410 as a number (a road, a bus line, jobs)
NUMBER_TRAPS7 = [
    ("en", "404 jobs to go as harbour mill closes", "The owners blamed energy prices; the union will meet on Monday."),
    ("ja", "国道404号の拡幅工事が完成 渋滞緩和に期待", "県は総事業費約40億円をかけて整備を進めてきた。"),
    ("de", "Buslinie 410 fährt ab Montag wieder durch die Altstadt", "Die Baustelle an der Brücke ist beendet."),
    ("fr", "La RN 404 rouverte à la circulation après l'éboulement", "Les travaux ont duré trois semaines."),
]

# forum threads closed to new replies: live, their banner says what is no longer allowed
CLOSED7 = [
    ("en", "Ferry timetable changes from June",
     "This topic was automatically closed 30 days after the last reply. New replies are no longer allowed."),
    ("sv", "Nya busstider från juni", "Den här tråden är stängd. Det går inte längre att svara."),
]

# (language, thread title, what a withdrawn or removed reply says): live threads with some replies gone
DELETED_REPLIES7 = [
    ("en", "Planning meeting about the new marina — who is going?",
     "(post withdrawn by author, will be automatically deleted in 24 hours unless flagged)"),
    ("de", "Baustelle an der Hafenstraße: Wie lange noch?", "[Beitrag vom Moderator entfernt]"),
]

# forum threads (a support forum): the thread is live, its subject is an error page
FORUM_TRAPS7 = [
    ("en", "Getting \"404 Page Not Found\" after upgrading to 3.2 — help!",
     "Since the upgrade every category page shows Oops! That page doesn't exist or is private. Any ideas?"),
    ("de", "Fehler 404 – Seite nicht gefunden nach Umzug auf neuen Server",
     "Nach dem Umzug zeigt jede Unterseite nur noch \"Seite nicht gefunden\". Die Startseite geht."),
    ("ja", "「ページが見つかりません」と表示される不具合について", "アップデート後、記事を開くと404エラーになります。"),
    ("sv", "Får \"Sidan kunde inte hittas\" när jag loggar in", "Sedan i går visar inloggningen bara ett felmeddelande."),
    ("ru", "После обновления пишет «Страница не найдена»", "Все ссылки на темы ведут на ошибку 404, что делать?"),
]

# live articles with a notice above the text: a withdrawn-policy banner, an archive note, closed comments
BANNERED7 = [
    ("en", "Guidance on flood defence grants for rural councils",
     "This guidance was withdrawn on 14 March 2023. It is kept here for reference; see the new scheme."),
    ("en", "Minister opens the new harbour terminal",
     "This was published under the 2019 to 2022 government."),
    ("de", "Förderprogramm für Schulsanierung gestartet",
     "Dieser Inhalt ist archiviert und wird nicht mehr aktualisiert."),
    ("fi", "Uusi rautatieyhteys avataan syksyllä", "Tämä sisältö on arkistoitu eikä sitä enää päivitetä."),
    ("vi", "Khánh thành cây cầu mới nối hai bờ sông", "Bài viết này đã được lưu trữ. Bình luận đã đóng."),
]

# every path the same page: landers of registrars and parking services, a domain taken over by a casino page
LANDERS7 = [
    ("en", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{host} is for sale</title></head><body><div "
           "class='sale'><h1>{host}</h1><p>This premium domain is available for purchase.</p><p>Make an offer or buy "
           "it now for $2,499 with our secure escrow service.</p><a href='https://brokerage.example/buy/{host}'>Buy "
           "now</a></div><footer>Domain parking by ParkLogic</footer></body></html>"),
    ("zh", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{host} 域名出售</title></head><body><h1>{host}"
           "</h1><p>本域名正在出售中，欢迎联系我们议价。</p><p>联系邮箱：domains@example.cn</p></body></html>"),
    ("ja", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{host}</title></head><body><h1>{host}</h1><p>"
           "このドメインは登録期限が切れています。</p><p>ドメインの更新・取得はこちらから</p><a href='https://"
           "registrar.example.jp/'>ドメイン取得</a></body></html>"),
    ("sv", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{host}</title><script>var d=document,h="
           "location.hostname;</script></head><body><div id='p'></div><script>d.getElementById('p').innerHTML='<h1>'+"
           "h+'</h1><p>Den här domänen är parkerad. Vill du köpa den? Kontakta ägaren.</p>';</script></body></html>"),
    ("en", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Best Online Casino Bonus 2024</title></head><body>"
           "<h1>Top 10 online casinos</h1><p>Claim 200 free spins today! Play slots, roulette and live blackjack.</p>"
           "<ol><li><a href='https://aff.example/c1'>Royal Spin</a></li><li><a href='https://aff.example/c2'>Lucky "
           "Reels</a></li></ol></body></html>"),
    ("fi", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{host}</title></head><body><h1>Tervetuloa!</h1>"
           "<p>Tämä verkkotunnus on rekisteröity asiakkaallemme. Sivusto on rakenteilla.</p><p>Webhotelli by "
           "Palvelin.example</p></body></html>"),
]

# (language, page, probe): app shells whose only "not found" is in their title, state blob or script
APP_SHELLS7 = [
    ("en", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{site}</title></head><body><div id='entry'>"
           "</div><script>window._preloads = JSON.parse(\"{\\\"post\\\":null,\\\"error\\\":{\\\"status\\\":404,"
           "\\\"message\\\":\\\"Post not found\\\"}}\")</script><script src='/main.js'></script></body></html>",
     "honest"),
    ("en", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{site}</title></head><body><div id='svelte'>"
           "</div><script type='module'>import {start} from '/_app/start.js';start({target:document.getElementById("
           "'svelte'),hydrate:{status:404,error:new Error('Not found: {path}'),nodes:[0,1]}});</script></body></html>",
     "soft"),
    ("de", "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Nicht gefunden · {site}</title></head>"
           "<body><div id='q-app'></div><script src='/js/app.4f2c.js'></script></body></html>", "soft"),
    ("fr", "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>{site}</title></head><body><div "
           "id='root'></div><script>window.__REDUX_STATE__={\"article\":{\"status\":\"error\",\"code\":404,"
           "\"entity\":null}};</script><script src='/static/js/main.js'></script></body></html>", "honest"),
    ("ja", "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{site}</title></head><body><div "
           "id='app'></div><script>document.title='ページが見つかりません | {site}';document.getElementById('app')"
           ".innerHTML='<p>お探しの記事は削除されたか、URLが間違っています。</p>';</script></body></html>", "soft"),
    ("sv", "<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>{site}</title></head><body><div "
           "id='__remix'></div><script>window.__remixContext={\"state\":{\"loaderData\":{\"root\":{}},\"errors\":"
           "{\"routes/artikel.$id\":{\"status\":404,\"statusText\":\"Not Found\",\"internal\":false,\"data\":"
           "\"Artikeln finns inte\"}}}};</script></body></html>", "honest"),
    ("vi", "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Không tìm thấy bài viết</title></head>"
           "<body><div id='app'></div><script src='/dist/app.js'></script></body></html>", "soft"),
    ("es", "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>{site}</title></head><body><div "
           "id='___gatsby'></div><script>window.___chunkMapping={};window.pagePath=\"/404.html\";window."
           "___webpackCompilationHash=\"a1b2\";</script><script src='/app-3f.js'></script></body></html>", "soft"),
    ("he", "<!DOCTYPE html><html lang='he' dir='rtl'><head><meta charset='utf-8'><title>{site}</title></head><body>"
           "<div id='root'></div><script>window.__INITIAL_DATA__={\"page\":{\"type\":\"error\",\"httpCode\":404,"
           "\"message\":\"הכתבה לא נמצאה\"}}</script></body></html>", "honest"),
    ("zh", "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{site}</title></head><body><div "
           "id='app'></div><script>if(!window.__DATA__||!window.__DATA__.article){location.hash='';document.body"
           ".insertAdjacentHTML('beforeend','<div class=empty>文章不存在或已被删除</div>')}</script></body></html>",
     "soft"),
]
# live shells: state of a live article (numbers 404/410 as ids or counts), a shell rendering the story by script
LIVE_SHELLS7 = [
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{site}</title></head><body><div id='entry'></div>"
    "<script>window._preloads = JSON.parse(\"{\\\"post\\\":{\\\"id\\\":404,\\\"title\\\":\\\"Harbour budget "
    "approved\\\",\\\"audience\\\":\\\"everyone\\\",\\\"comment_count\\\":410}}\")</script></body></html>",
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Council approves river plan | {site}</title></head><body>"
    "<div id='svelte'></div><script type='module'>import {start} from '/_app/start.js';start({target:document."
    "getElementById('svelte'),hydrate:{status:200,error:null,nodes:[0,4],data:[{type:'data',data:{views:404}}]}});"
    "</script></body></html>",
    "<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>Hamnen byggs ut | {site}</title></head><body>"
    "<div id='__remix'></div><script>window.__remixContext={\"state\":{\"loaderData\":{\"routes/artikel.$id\":"
    "{\"id\":\"a-410\",\"title\":\"Hamnen byggs ut\"}},\"errors\":null}};</script></body></html>",
]

# (language, extra markup in the head of a notice page or "", a whole page, headers): sent home
REFRESH_HOME7 = [
    ("en", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><meta http-equiv='refresh' content='0;url={home}'>"
               "<title>{site}</title></head><body></body></html>", {}),
    ("de", "<meta http-equiv='refresh' content='5; URL=/index.php'>",
     "Weiterleitung\nSie werden weitergeleitet\n<p>Diese Seite wurde verschoben. Sie werden in 5 Sekunden zur "
     "Startseite gebracht.</p>", {}),
    ("sv", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{site}</title><script>window.location.href = "
               "window.location.origin;</script></head><body><noscript><a href='/'>Till startsidan</a></noscript>"
               "</body></html>", {}),
    ("fi", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ohjataan…</title></head><body><script>"
               "document.location = '/?from=' + encodeURIComponent(location.pathname);</script></body></html>", {}),
    ("ja", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{site}</title></head><body><p>トップページへ"
               "移動します。</p><script>setTimeout(function(){location.replace('/')},1500)</script></body></html>", {}),
    ("es", "", "", {"Refresh": "0; url=/"}),
    ("he", "", "<!DOCTYPE html><html dir='rtl'><head><meta charset='utf-8'><META HTTP-EQUIV=\"REFRESH\" "
               "CONTENT=\"2;URL={home}index.html\"><title>{site}</title></head><body><p>מעבירים אתכם לדף הבית</p>"
               "</body></html>", {}),
    ("hi", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{site}</title></head><body><form id='f' "
               "action='/' method='get'></form><script>document.getElementById('f').submit();</script></body>"
               "</html>", {}),
    ("pl", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{site}</title><script>if (true) { "
               "window.location = '/'; }</script></head><body></body></html>", {}),
]
# live articles whose head refreshes themselves or redirects only on a condition
REFRESH_LIVE7 = [
    "<meta http-equiv='refresh' content='600'>",
    "<script>if (/Android|iPhone/i.test(navigator.userAgent)) { location.href = '/m' + location.pathname; }</script>",
    "<meta http-equiv='refresh' content='300; url={self}'>",
    "<script>if (location.protocol !== 'https:' && location.hostname !== 'localhost') { location.replace('https:' + "
    "location.href.substring(location.protocol.length)); }</script>",
]

# (language, page, how): 410s
GONE7 = [
    ("en", "Page removed\nThis page has been removed from the site\n<p>It was unpublished on 2 February 2022.</p>",
     "templated"),
    ("en", "<html><head><title>410 Gone</title></head><body><center><h1>410 Gone</h1></center><hr><center>nginx"
           "</center></body></html>", "server"),
    ("en", "{\"errors\":[{\"status\":\"410\",\"title\":\"Gone\",\"detail\":\"This topic has been permanently "
           "deleted.\"}]}", "json"),
    ("de", "Entfernt\nDieser Inhalt wurde dauerhaft entfernt\n<p>Bitte aktualisieren Sie Ihre Lesezeichen.</p>",
     "templated"),
    ("fi", "", "empty"),
    ("de", "Entfernt\nDieser Inhalt wurde dauerhaft entfernt\n<p>Bitte aktualisieren Sie Ihre Lesezeichen.</p>",
     "redirect"),
    ("vi", "Đã xóa\nNội dung này đã bị xóa vĩnh viễn\n<p>Vui lòng quay lại trang chủ.</p>", "templated"),
]

# (status, headers, page, language, kind): walls, every path the same
WALLS7 = [
    (403, {"Server": "AkamaiGHost"}, "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1>You "
     "don't have permission to access \"http&#58;&#47;&#47;{host}{path}\" on this server.<P>Reference&#32;&#35;18&#46;"
     "6d1c2d17&#46;1715000000&#46;2f1a</BODY></HTML>", "en", "bot wall 403"),
    (429, {"Retry-After": "120"}, "<!DOCTYPE html><html><head><title>Too Many Requests</title></head><body><h1>Slow "
     "down</h1><p>You have sent too many requests. Please try again in a few minutes.</p></body></html>", "sv",
     "bot wall 429"),
    (200, {}, "<!DOCTYPE html><html lang='fi'><head><meta charset='utf-8'><title>Evästeasetukset</title></head><body>"
     "<div class='cmp'><h1>Arvostamme yksityisyyttäsi</h1><p>Käytämme evästeitä sisällön ja mainosten "
     "personointiin. Hyväksy kaikki tai muokkaa asetuksia.</p><button>Hyväksy kaikki</button><button>Asetukset"
     "</button></div></body></html>", "fi", "consent wall"),
    (401, {"WWW-Authenticate": "Basic realm=\"Members\""}, "<!DOCTYPE html><html><head><title>401 Authorization "
     "Required</title></head><body><h1>Authorization Required</h1></body></html>", "en", "login wall 401"),
]

# (language, headline, wall) of paywall teasers on a newsletter
TEASERS7 = [
    ("en", "Inside the port authority's secret budget talks",
     "This post is for paid subscribers. Already a paid subscriber? Sign in."),
    ("de", "Was der Stadtrat über die Brücke wirklich weiß",
     "Dieser Beitrag ist nur für zahlende Abonnenten. Jetzt upgraden."),
    ("fi", "Näin satamasopimus syntyi suljettujen ovien takana",
     "Tämä kirjoitus on vain maksaville tilaajille."),
]
# (text, headline) of short police and council briefs in the old table newspaper
BRIEFS7 = [
    ("Die Brückenstraße ist ab Montag für zwei Wochen gesperrt. Eine Umleitung ist ausgeschildert.",
     "Brückenstraße gesperrt"),
    ("Ein 43-jähriger Radfahrer wurde am Dienstag bei einem Unfall am Hafen leicht verletzt.", "Radfahrer verletzt"),
    ("Der Wochenmarkt findet wegen des Feiertags am Donnerstag statt.", "Markt verlegt"),
]

# (language, cited title, cited date, the new headline at the URL, its lead, the headline of a kept article)
REPLACED7 = [
    ("en", "Council approves £4m flood barrier for the river", "2021-03-09", "Ten summer salads you can make in "
     "ten minutes", "Fresh, quick and cheap: our favourite bowls for hot days.", "Bridge repairs to finish by May"),
    ("en", "Researchers map decline of city's groundwater", "2020-11-02", "Welcome week 2024: what to bring",
     "A checklist for new students arriving on campus.", "University opens new energy lab"),
    ("de", "Gemeinderat beschließt Haushalt 2021", "2020-12-15", "Die besten Grillrezepte für den Sommer",
     "Von Gemüsespießen bis zum Steak: so gelingt es.", "Neue Buslinie zum Hafen"),
    ("fr", "Le conseil vote le budget de l'école", "2021-06-01", "Nos idées de vacances à la plage",
     "Dix destinations pour un été au soleil.", "Le pont rouvre à la circulation"),
    ("es", "El ayuntamiento aprueba el plan de vivienda", "2019-10-20", "Recetas de verano para toda la familia",
     "Platos frescos y fáciles.", "Obras en el puerto hasta diciembre"),
    ("pl", "Rada miasta przyjęła budżet na 2020 rok", "2019-12-18", "Modne wakacje nad morzem",
     "Gdzie pojechać latem.", "Nowy most otwarty"),
    ("pt", "Câmara aprova orçamento para escolas", "2020-04-14", "Receitas de verão com frutas da época",
     "Sobremesas frescas e rápidas.", "Ponte reaberta ao trânsito"),
    ("sv", "Kommunen bygger ny skola vid älven", "2021-08-30", "Sommarens bästa glassrecept",
     "Enkla recept för varma dagar.", "Hamnen får nytt kajområde"),
    ("fi", "Valtuusto hyväksyi talousarvion", "2020-12-10", "Kesän parhaat piknikreseptit",
     "Helppoja eväitä rannalle.", "Uusi silta valmistuu keväällä"),
    ("vi", "Hội đồng thành phố thông qua ngân sách", "2021-01-12", "Mẹo du lịch biển mùa hè",
     "Những điểm đến đẹp nhất năm nay.", "Khánh thành cầu mới"),
    ("ja", "市議会、新年度予算案を可決", "2021-03-25", "夏のおすすめレシピ10選", "簡単でおいしい夏の料理。",
     "新しい橋が開通"),
    ("he", "מועצת העיר אישרה את התקציב", "2020-02-03", "מתכוני קיץ קלילים", "מנות רעננות לימים חמים.",
     "הגשר החדש נפתח"),
]

# (language, cited title, cited date, the new headline at the URL, its lead): an id reused for another local news story
REPLACED_NEWS7 = [
    ("de", "Stadtrat beschließt Sanierung der Rheinbrücke", "2019-04-02", "Einbruch im Hafenamt: Polizei sucht Zeugen",
     "Unbekannte sind in der Nacht zum Sonntag in das Gebäude eingedrungen."),
    ("en", "Residents oppose closure of the towpath", "2020-08-19", "Best bike shops in the valley? Recommendations",
     "Looking for somewhere to get a wheel trued, any tips?"),
]
# (language, headline, lead, the cited title: a reader's translation, or the story's first headline before a retitle)
RETOLD7 = [
    ("fi", "Kaupunginvaltuusto hyväksyi uuden sillan rakentamisen",
     "Kaupunginvaltuusto päätti maanantaina, että joen yli rakennetaan uusi silta.",
     "City council approves construction of new bridge", "translated"),
    ("ja", "市議会、新しい港湾計画を承認", "市議会は月曜日、港湾の拡張計画を賛成多数で承認した。",
     "City assembly approves new harbour plan", "translated"),
    ("en", "Mayor steps down as budget dispute ends in resignation",
     "The mayor resigned on Tuesday after weeks of dispute over the city budget.",
     "Mayor resigns after budget row", "retitled"),
]
