"""The words and whole pages of held-out 6 of the dead-web set (used by tests/deadweb_pages6.py).

Written blind to the check's rules by another author (see deadweb_pages6), who
wrote every wording afresh: for each language the three not-found pages a site
may show (its 404 page, its soft 200 template, the page its error redirect
lands on), notices of removal (legal takedowns, expired licences, archiving,
retraction), live headlines that speak of missing, removed or expired things,
landers and hosting pages, app shells of other frameworks, refreshes, walls and
recycled URLs. Five languages are new to the set (nl, cs, ko, ro, el).
"""

from __future__ import annotations

import json

# language -> three (title, heading, body): the honest 404 page, the soft 200 template, the page an error redirect
# lands on
NOT_FOUND6: dict[str, list[tuple[str, str, str]]] = {
    "en": [("404 | Channel 7 Eyewitness", "That page has wandered off",
            "The link you followed is broken or the story was taken down. Head back to the homepage for the latest."),
           ("Search our site", "We couldn't find what you were looking for",
            "Double-check the spelling of the address, or browse the headlines below."),
           ("Error", "An error occurred while processing your request", "The resource cannot be found.")],
    "de": [("404 – Nicht gefunden | Wikinachrichten", "Dieser Artikel existiert im Wiki nicht",
            "Es gibt auf dieser Seite derzeit keinen Text. Du kannst diesen Titel in anderen Seiten suchen."),
           ("Nanu?", "Unter dieser Adresse finden wir nichts",
            "Möglicherweise ist der Link veraltet. Unsere aktuellen Beiträge:"),
           ("Fehlerseite", "Die angeforderte Ressource wurde nicht gefunden", "HTTP-Status 404")],
    "fr": [("Page introuvable – Le Blog du Quartier", "Désolé, cette page n'existe pas sur ce blog",
            "Le lien que vous avez suivi est peut-être erroné. Retour à l'accueil du blog."),
           ("Hum…", "Impossible de trouver cette page",
            "Elle a peut-être changé d'adresse. Découvrez nos derniers articles ci-dessous."),
           ("Erreur serveur", "Ressource introuvable", "La ressource demandée n'a pas pu être trouvée.")],
    "es": [("Error 404 | Canal 4 Noticias", "Esta nota no está en nuestro sitio",
            "Puede que el enlace esté roto o que la nota ya no forme parte de nuestro sitio. Regresar a la portada de Canal 4"),
           ("Canal 4 Noticias", "La página que intentas abrir no está disponible",
            "Te invitamos a revisar nuestras notas más recientes."),
           ("Error", "Se produjo un error", "No se ha encontrado el recurso solicitado.")],
    "it": [("Pagina non trovata | Il Blog di Quartiere", "Questa pagina non esiste su questo blog",
            "Controlla l'indirizzo oppure torna alla home page."),
           ("Attenzione", "Non riusciamo a trovare ciò che cerchi",
            "Il collegamento potrebbe essere scaduto. Leggi gli ultimi articoli."),
           ("Errore", "Risorsa non trovata", "Errore HTTP 404.")],
    "pt": [("Página não encontrada - TV Litoral", "Esta página não está disponível",
            "O link pode estar quebrado ou a reportagem foi retirada do ar. Veja as notícias de hoje na página inicial."),
           ("TV Litoral", "Não localizamos o conteúdo que você buscou",
            "Confira abaixo as reportagens mais recentes."),
           ("Erro", "Ocorreu um erro", "O recurso solicitado não foi encontrado.")],
    "pl": [("Nie ma takiej strony – Wikinews Regionu", "Ta strona nie istnieje",
            "Brak tekstu na tej stronie. Możesz wyszukać ten tytuł w treści innych stron."),
           ("Ojej!", "Pod tym adresem nic nie ma",
            "Być może link jest nieaktualny. Zobacz najnowsze wpisy:"),
           ("Błąd aplikacji", "Nie odnaleziono zasobu", "Serwer zwrócił kod 404.")],
    "ru": [("Статья не найдена — Викиновости края", "Такой статьи нет",
            "В настоящий момент текст на данной странице отсутствует. Вы можете найти упоминание данного названия в "
            "других статьях."),
           ("Ничего не нашлось", "По этому адресу ничего нет",
            "Проверьте ссылку или загляните в свежие материалы ниже."),
           ("Ошибка сервера", "Ресурс не найден", "Код ответа 404.")],
    "uk": [("Сторінку не знайдено — Телеканал Поділля", "Цієї сторінки не існує",
            "Посилання застаріло або сюжет прибрали з сайту. Перейдіть на головну, щоб дивитися свіжі новини."),
           ("Телеканал Поділля", "Нам не вдалося знайти цей сюжет",
            "Подивіться останні випуски новин нижче."),
           ("Помилка", "Ресурс не знайдено", "Код помилки 404.")],
    "tr": [("Sayfa mevcut değil | Anadolu TV", "Bu sayfa yayında değil",
            "Bağlantı hatalı olabilir ya da haber sitemizden çıkarılmış olabilir. Anasayfaya git"),
           ("Anadolu TV", "Aradığınız sayfaya ulaşamadık", "Günün öne çıkan haberlerine göz atın."),
           ("Hata", "Kaynak bulunamadı", "Sunucu 404 kodu döndürdü.")],
    "hu": [("Nem található – Megyei Wikihírek", "Ilyen lap nem létezik",
            "Ez a lap jelenleg nem tartalmaz szöveget. Kereshetsz erre a címre más lapok szövegében."),
           ("Hoppá", "Ezen a címen nincs semmi", "Lehet, hogy elavult a link. Friss cikkeink:"),
           ("Kiszolgálóhiba", "Az erőforrás nem található", "HTTP 404-es hiba.")],
    "ar": [("الصفحة غير متاحة | مدونة الحي", "هذه الصفحة غير موجودة في المدونة",
            "قد يكون الرابط الذي اتبعته غير صحيح. العودة إلى الصفحة الرئيسية للمدونة."),
           ("تنويه", "تعذّر علينا إيجاد ما تبحث عنه", "تصفّح أحدث التدوينات أدناه."),
           ("خطأ في الخادم", "المورد المطلوب غير موجود", "رمز الخطأ 404.")],
    "zh": [("页面不存在 - 地方维基新闻", "本站没有这个页面",
            "此页目前没有内容。您可以在其他页面中搜索此页标题。"),
           ("提示信息", "没有找到相关内容", "链接可能已经过期，看看下面的最新新闻吧。"),
           ("服务器错误", "找不到请求的资源", "HTTP 404")],
    "ja": [("ページが存在しません｜街角ブログ", "このブログにお探しのページはありません",
            "リンクが間違っているか、記事が非公開になった可能性があります。ブログのトップへ"),
           ("ご案内", "該当する記事が見つかりませんでした", "新着記事をご覧ください。"),
           ("サーバーエラー", "リソースが見つかりません", "エラーコード 404")],
    "nl": [("Pagina niet gevonden | Regio TV", "Deze pagina bestaat niet (meer)",
            "Mogelijk is de link verouderd of is het artikel offline gehaald. Ga naar de voorpagina."),
           ("Regio TV", "We kunnen deze pagina niet vinden", "Bekijk hieronder het laatste nieuws."),
           ("Fout", "De opgevraagde bron is niet gevonden", "Foutcode 404.")],
    "cs": [("Stránka nenalezena | Krajské Wikizprávy", "Tato stránka neexistuje",
            "Tato stránka zatím neobsahuje žádný text. Můžete tento název vyhledat v jiných stránkách."),
           ("Jejda", "Na této adrese nic není", "Odkaz je možná zastaralý. Přečtěte si nejnovější zprávy."),
           ("Chyba serveru", "Požadovaný prostředek nebyl nalezen", "Kód chyby 404.")],
    "ko": [("페이지를 찾을 수 없습니다 | 지역방송", "요청하신 페이지가 존재하지 않습니다",
            "주소가 잘못 입력되었거나 기사가 삭제되었을 수 있습니다. 메인으로 이동"),
           ("안내", "찾으시는 기사가 없습니다", "최신 뉴스를 확인해 보세요."),
           ("오류", "요청한 리소스를 찾을 수 없습니다", "오류 코드 404")],
    "ro": [("Pagina nu a fost găsită | Știri Locale TV", "Această pagină nu există",
            "Linkul poate fi greșit sau materialul a fost retras. Înapoi la prima pagină."),
           ("Știri Locale TV", "Nu am găsit ce căutați", "Citiți cele mai noi știri de mai jos."),
           ("Eroare", "Resursa nu a fost găsită", "Cod de eroare 404.")],
    "el": [("Η σελίδα δεν βρέθηκε | Τοπικό Κανάλι", "Η σελίδα που ζητήσατε δεν υπάρχει",
            "Ο σύνδεσμος μπορεί να είναι λάθος ή το άρθρο αφαιρέθηκε. Επιστροφή στην αρχική."),
           ("Τοπικό Κανάλι", "Δεν βρήκαμε αυτό που ψάχνετε", "Δείτε τις τελευταίες ειδήσεις παρακάτω."),
           ("Σφάλμα", "Ο πόρος δεν βρέθηκε", "Κωδικός σφάλματος 404.")],
}

# (language, title, heading, body) of 200 pages saying the content was removed, expired, withdrawn, archived
REMOVED6 = [
    ("en", "Content unavailable", "This story has been removed following a court order",
     "An injunction granted by the High Court prevents us from publishing this report."),
    ("en", "Video expired", "Our rights to this clip have expired",
     "Syndicated video is only available for a limited time after it airs."),
    ("en", "Archived", "This article has been moved to our print archive",
     "Stories older than ten years are no longer kept online. Subscribers can search the digital edition."),
    ("en", "DMCA notice", "This post has been disabled in response to a copyright complaint",
     "The blog's author has been notified."),
    ("en", "Retracted", "This article has been retracted",
     "We have withdrawn this story because it did not meet our editorial standards. We apologise to readers."),
    ("de", "Beitrag entfernt", "Dieser Artikel ist nicht mehr abrufbar",
     "Aufgrund einer einstweiligen Verfügung haben wir den Beitrag vorerst offline genommen."),
    ("de", "Sendung abgelaufen", "Die Sendung ist in der Mediathek nicht mehr verfügbar",
     "Die Verweildauer dieses Videos ist abgelaufen."),
    ("fr", "Publication retirée", "Nous avons retiré cet article",
     "À la demande d'une personne citée, nous avons anonymisé puis retiré cette publication."),
    ("es", "Video no disponible", "Este video ya no se encuentra disponible",
     "El contenido fue dado de baja por derechos de autor."),
    ("it", "Contenuto rimosso", "Questo contenuto è stato rimosso",
     "Su disposizione dell'autorità giudiziaria l'articolo non è più consultabile."),
    ("pt", "Reportagem fora do ar", "Esta reportagem foi retirada do ar",
     "A exibição deste conteúdo está suspensa por determinação judicial."),
    ("pl", "Materiał niedostępny", "Ten materiał wideo wygasł",
     "Licencja na publikację nagrania zakończyła się."),
    ("ru", "Публикация снята", "Статья скрыта по решению суда", "Доступ к странице ограничен по требованию суда."),
    ("uk", "Сюжет видалено", "Цей сюжет більше недоступний", "Термін прав на показ відео завершився."),
    ("zh", "内容已下架", "该视频已下架", "因版权原因，该内容暂时无法观看。"),
    ("ja", "公開終了", "この動画の公開は終了しました", "配信期間が終了したため、ご覧いただけません。"),
    ("ar", "فيديو محذوف", "تمت إزالة هذا الفيديو", "لم يعد متاحاً بسبب انتهاء حقوق البث."),
    ("tr", "Erişim engeli", "Bu habere erişim engellenmiştir",
     "Mahkeme kararı gereğince içerik yayından kaldırılmıştır."),
    ("hu", "Archivált tartalom", "Ez a cikk archiválásra került", "Az archívumunk csak előfizetők számára érhető el."),
    ("nl", "Artikel verwijderd", "Dit artikel is niet langer beschikbaar",
     "Op verzoek van een betrokkene hebben we dit bericht offline gehaald."),
    ("nl", "Video verlopen", "Deze video is verlopen", "Het uitzendrecht van deze video is verstreken."),
    ("cs", "Článek odstraněn", "Tento článek byl stažen", "Na základě rozhodnutí soudu jsme obsah odstranili."),
    ("ko", "삭제된 기사", "이 기사는 삭제되었습니다", "언론중재위원회 조정에 따라 기사를 삭제했습니다."),
    ("ro", "Articol retras", "Acest articol a fost retras", "Materialul nu mai este disponibil pe site."),
    ("el", "Μη διαθέσιμο", "Το άρθρο αποσύρθηκε", "Το περιεχόμενο δεν είναι πλέον διαθέσιμο."),
]

# (language, headline, lead) of live articles whose own words speak of missing, removed, expired or "404" pages
TRAPS6 = [
    ("en", "Error 404: the indie band that named its album after a broken link",
     "Their debut record is called 'Page Not Found', and the first single opens with a dial-up tone."),
    ("en", "Recall: baby formula no longer available after contamination scare",
     "The product has been removed from shelves and the maker says the batch has expired or been withdrawn."),
    ("en", "Thousands of court records removed from county website overnight",
     "Visitors now see 'this page no longer exists' where dockets used to be; the clerk blames a software update."),
    ("de", "Fehler 404: Stadtbibliothek zeigt Ausstellung über verschwundene Webseiten",
     "Die Schau dokumentiert Seiten, die nicht mehr existieren, und fragt, wer das digitale Gedächtnis bewahrt."),
    ("fr", "Contenu supprimé : la mairie efface ses comptes rendus de conseil",
     "Depuis lundi, les liens renvoient vers une page introuvable ; l'opposition dénonce une suppression volontaire."),
    ("es", "«Página no disponible»: la web del hospital cae durante la campaña de vacunación",
     "Cientos de usuarios recibieron un error 404 al intentar pedir cita; el servicio fue restablecido por la tarde."),
    ("it", "Link scaduti e pagine rimosse: il Comune perde l'archivio delle delibere",
     "Chi cerca gli atti del 2019 trova solo 'pagina non trovata'; l'ufficio stampa promette un ripristino."),
    ("pt", "Conteúdo removido: emissora tira do ar reportagem sobre obras no porto",
     "A reportagem não está mais disponível no site; a emissora diz que recebeu uma notificação judicial."),
    ("pl", "„Strona nie została znaleziona”. Urząd usunął plany zagospodarowania",
     "Mieszkańcy zamiast dokumentów widzą błąd 404; urzędnicy mówią o migracji serwisu."),
    ("ru", "Ошибка 404 вместо расписания: сайт перевозчика не работает третий день",
     "Пассажиры видят сообщение «страница не существует», а справочная служба не отвечает."),
    ("uk", "Сторінка більше не існує: архів місцевого телеканалу зник з мережі",
     "Журналісти розповідають, що сотні сюжетів видалено після зміни власника."),
    ("zh", "“404”成了热词：城市旧网页消失调查", "记者发现，大量政务页面显示“页面不存在”，旧链接已经失效。"),
    ("ja", "「このページは存在しません」 町の観光サイトが突然閉鎖",
     "観光協会のサイトが削除され、予約ページにアクセスすると404エラーが表示される。"),
    ("ar", "«هذه الصفحة لم تعد متاحة»: اختفاء موقع البلدية يربك السكان",
     "ظهرت رسالة الخطأ 404 لمن حاول دفع الفواتير، وقالت البلدية إن المحتوى حُذف عن طريق الخطأ."),
    ("tr", "'Bu içerik artık mevcut değil': Belediye arşivi silindi",
     "Meclis kararlarına ulaşmak isteyenler 404 hatası görüyor; belediye teknik arıza açıklaması yaptı."),
    ("hu", "„A keresett oldal nem létezik” – eltűnt a kórház időpontfoglalója",
     "A betegek napok óta 404-es hibaüzenetet kapnak; a kórház szerint az oldalt törölték egy frissítés során."),
    ("nl", "'Pagina niet gevonden': gemeente haalt raadsverslagen offline",
     "Wie de stukken zoekt, krijgt een foutmelding 404; volgens de griffie zijn ze per ongeluk verwijderd."),
    ("cs", "„Stránka nenalezena“: radnice smazala archiv zápisů ze zastupitelstva",
     "Občané místo dokumentů vidí chybu 404, opozice mluví o záměru."),
    ("ko", "'페이지를 찾을 수 없습니다'…구청 홈페이지 민원 게시판 삭제 논란",
     "주민들은 404 오류만 보게 됐고, 구청은 시스템 개편 과정에서 삭제됐다고 해명했다."),
    ("ro", "„Pagina nu a fost găsită”: arhiva primăriei a dispărut de pe internet",
     "Cetățenii văd eroarea 404 în locul hotărârilor de consiliu; primăria promite remedierea."),
    ("el", "«Η σελίδα δεν βρέθηκε»: χάθηκε το αρχείο του δημοτικού συμβουλίου",
     "Οι πολίτες βλέπουν σφάλμα 404 αντί για τις αποφάσεις· ο δήμος μιλά για τεχνικό πρόβλημα."),
]

# live wiki articles: an encyclopedic article about the status code, a news article about a deletion
WIKI_TRAPS6 = [
    ("en", "HTTP 404", "The HTTP 404 status code, often shown as 404 Not Found or Page Not Found, is the response "
     "a web server gives when it cannot find the requested page. A page that has been removed for good may be "
     "answered with 410 Gone instead. Many sites show a custom error page that says the page no longer exists."),
    ("de", "Wikinachrichten-Archiv: Landkreis löscht alte Pressemitteilungen",
     "Der Landkreis hat alle Pressemitteilungen vor 2015 von seiner Website entfernt; wer die alten Adressen "
     "aufruft, sieht nur noch „Seite nicht gefunden“."),
    ("cs", "Kód 404", "Chybová stránka 404 (Stránka nenalezena) je odpověď serveru, který požadovaný dokument "
     "nenašel. Pokud byl obsah trvale odstraněn, server může odpovědět kódem 410."),
]

# (language, headline) of live TV stories whose embedded video has expired (the text is all there)
VIDEO_GONE6 = [
    ("en", "County approves new bus routes after long debate", "This clip has expired and can no longer be played."),
    ("es", "El puerto amplía su terminal de cruceros", "Este video ya no está disponible."),
    ("pl", "Nowy most na rzece otwarty dla ruchu", "Ten materiał wideo wygasł."),
]

# (language, headline, banner) of live articles that carry a retraction, correction or archive banner
BANNERED6 = [
    ("en", "Study links river pollution to factory discharge",
     "RETRACTED: This article has been retracted by the journal. It remains online for the record."),
    ("en", "Harbour master resigns over ferry safety report",
     "This article is more than 6 years old. It was archived and is no longer updated."),
    ("fr", "Le conseil vote la rénovation du marché couvert",
     "Correctif : une version précédente de cet article mentionnait un nom qui a été supprimé."),
    ("de", "Bürgerentscheid über Stadtbahn im Herbst",
     "Die Kommentarfunktion ist für diesen Artikel nicht mehr verfügbar."),
]

# (language, lander) of parked, expired, suspended or hosting-default domains: the same page for every path
LANDERS6 = [
    ("en", "<!DOCTYPE html><html><head><title>Welcome to nginx!</title><style>html { color-scheme: light dark; } "
           "body { width: 35em; margin: 0 auto; font-family: Tahoma, Verdana, Arial, sans-serif; }</style></head>"
           "<body><h1>Welcome to nginx!</h1><p>If you see this page, the nginx web server is successfully installed "
           "and working. Further configuration is required.</p><p><em>Thank you for using nginx.</em></p></body>"
           "</html>"),
    ("en", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Apache2 Debian Default Page: It works</title>"
           "</head><body><div class='main_page'><div class='page_header'><span>Apache2 Debian Default Page</span></div>"
           "<div class='content_section'><div class='section_header'>It works!</div><p>This is the default welcome "
           "page used to test the correct operation of the Apache2 server after installation on Debian systems. You "
           "should replace this file (located at /var/www/html/index.html) before continuing to operate your HTTP "
           "server.</p></div></div></body></html>"),
    ("en", "<!DOCTYPE html><html><head><meta charset='utf-8'><title></title><script src='https://www.google.com/adsense"
           "/domains/caf.js'></script></head><body><div id='relatedsearches1'></div><div id='banner'></div><script>"
           "var pageOptions={'pubId':'dp-teaminternet09_3ph','domainRegistrant':'as-drid-2418','resultsPageBaseUrl':"
           "'//'+location.host+'/?ts=','terms':'local news,weather forecast,car insurance'};var rs={'container':"
           "'relatedsearches1','number':8};new google.ads.domains.Caf(pageOptions,rs);document.getElementById("
           "'banner').innerHTML='<h1>'+location.host+'</h1><p>This domain may be available. Inquire now.</p>';"
           "document.title=location.host;</script></body></html>"),
    ("nl", "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{host} is te koop</title></head><body>"
           "<div class='koop'><h1>{host}</h1><p>Deze domeinnaam is te koop. Doe een bod of koop hem direct.</p><form>"
           "<input name='bod' placeholder='Uw bod in euro'><button>Bod uitbrengen</button></form></div></body></html>"),
    ("cs", "<!DOCTYPE html><html lang='cs'><head><meta charset='utf-8'><title>Doména {host}</title></head><body><h1>"
           "Doména {host} je na prodej</h1><p>Máte-li zájem o koupi, kontaktujte majitele přes formulář níže.</p>"
           "<a href='https://www.domena-prodej.example/{host}'>Koupit doménu</a></body></html>"),
    ("ko", "<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>{host}</title></head><body><div "
           "class='park'><h1>{host}</h1><p>이 도메인은 판매 중입니다.</p><p>구매 문의는 아래 연락처로 해 주세요.</p>"
           "</div></body></html>"),
    ("fr", "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Domaine expiré</title></head><body>"
           "<h1>Le nom de domaine {host} a expiré</h1><p>Si vous en êtes le propriétaire, renouvelez-le depuis votre "
           "espace client pour rétablir votre site et vos e-mails.</p></body></html>"),
    ("de", "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Website nicht verfügbar</title></head>"
           "<body><main><h1>Diese Website ist derzeit nicht erreichbar</h1><p>Das Paket des Inhabers ist abgelaufen. "
           "Eigene Website erstellen? Jetzt kostenlos starten mit unserem Baukasten.</p><a href='https://baukasten."
           "example/signup'>Kostenlos starten</a></main></body></html>"),
    ("ru", "<html><head><title>{host}</title></head><frameset rows='100%,*' border='0'><frame src='http://ww12."
           "{host}/?subid=park' frameborder='0'><noframes><body><p>Этот домен можно купить: {host}. Ваш браузер не "
           "поддерживает фреймы.</p></body></noframes></frameset></html>"),
    ("ro", "<!DOCTYPE html><html lang='ro'><head><meta charset='utf-8'><title>{host} - domeniu de vânzare</title>"
           "</head><body><h1>{host}</h1><p>Acest domeniu este de vânzare. Trimite o ofertă proprietarului.</p>"
           "</body></html>"),
]

_SAPPER = json.dumps({"baseUrl": "", "preloaded": [None, None], "session": {"user": None},
                      "error": {"message": "Not found"}, "status": 404}).replace('"', "'")
_FRESH_404 = json.dumps({"v": [[{"error": {"status": 404, "message": "기사를 찾을 수 없습니다"}}], []]},
                        ensure_ascii=False)
_RELAY_404 = json.dumps({"client:root": {"__id": "client:root", "article(slug:\"most-pres-reku\")": {
    "__ref": "client:root:article"}}, "client:root:article": {"__id": "client:root:article",
                                                               "__typename": "NotFoundError",
                                                               "message": "Článek nebyl nalezen"}}, ensure_ascii=False)
# (language, page, probe) of app shells: only the title, a state blob, a meta tag for prerenderers or a script says
# "not found"
APP_SHELLS6 = [
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Valley Times</title></head><body><div "
           "id='__next'></div><script>self.__next_f=self.__next_f||[];self.__next_f.push([0]);self.__next_f.push([1,"
           "\"0:[\\\"$\\\",\\\"$L1\\\",null,{\\\"digest\\\":\\\"NEXT_HTTP_ERROR_FALLBACK;404\\\"}]\\n\"])</script>"
           "<script src='/_next/static/chunks/main-app-0c2a.js' async></script></body></html>", "honest"),
    ("nl", "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Havenkrant</title><meta name="
           "'prerender-status-code' content='404'><meta name='robots' content='noindex'><script type='module' src="
           "'/assets/index-5d1f.js'></script></head><body><div id='root'></div></body></html>", "honest"),
    ("ko", "<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>지역신문</title></head><body><div "
           "class='island' data-fresh-key='article'></div><script id='__FRSH_STATE_7c1e' type='application/json'>"
           + _FRESH_404 + "</script><script type='module'>import { revive } from '/_frsh/js/7c1e/main.js';revive("
           "{article: 0}, JSON.parse(document.getElementById('__FRSH_STATE_7c1e').textContent));</script></body>"
           "</html>", "soft"),
    ("ro", "<!DOCTYPE html><html lang='ro'><head><meta charset='utf-8'><title>Știri Locale</title><link rel="
           "'modulepreload' href='/client/client.8b2e.js'></head><body><div id='sapper'></div><script>__SAPPER__="
           + _SAPPER + ";</script><script src='/client/client.8b2e.js' defer></script></body></html>", "soft"),
    ("it", "<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>Gazzetta della Valle</title></head>"
           "<body><div q:container='paused' q:version='1.4.5' q:base='/build/' q:render='ssr'><!--qv q:id=0 q:key="
           "NotFound:--><div class='spinner'></div><!--/qv--></div><script type='qwik/json'>{\"refs\":{},\"ctx\":{},"
           "\"objs\":[{\"status\":404,\"route\":\"not-found\"}]}</script></body></html>", "soft"),
    ("hu", "<!DOCTYPE html><html lang='hu'><head><meta charset='utf-8'><title>Oldal nem található – Megyei Hírek"
           "</title></head><body><div id='app'></div><script src='/js/chunk-vendors.4e1a.js'></script><script src='"
           "/js/app.91bd.js'></script></body></html>", "honest"),
    ("cs", "<!DOCTYPE html><html lang='cs'><head><meta charset='utf-8'><title>Krajské noviny</title></head><body><div "
           "id='root'></div><script>window.__RELAY_STORE__=" + _RELAY_404 + ";</script><script src='/static/main."
           "8a2f.js'></script></body></html>", "soft"),
    ("ar", "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>أخبار المدينة</title></head>"
           "<body><div id='app'></div><script>const routes=[{path:'/',component:Home},{path:'/:pathMatch(.*)*',"
           "component:NotFound}];window.__ROUTE__={name:'NotFound',matched:['/:pathMatch(.*)*']};document.title="
           "'الصفحة غير موجودة';</script><script src='/assets/index-c81d.js' type='module'></script></body></html>",
     "honest"),
    ("el", "<!DOCTYPE html><html lang='el'><head><meta charset='utf-8'><title>Τοπικά Νέα</title></head><body><script "
           "type='x/boundary' id='fastboot-body-start'></script><div class='ember-view'></div><script type='x/"
           "boundary' id='fastboot-body-end'></script><script type='fastboot/shoebox' id='shoebox-article'>{\"error\":"
           "{\"status\":\"404\",\"title\":\"Το άρθρο δεν βρέθηκε\"}}</script><script src='/assets/vendor-2c.js'>"
           "</script></body></html>", "soft"),
]
LIVE_SHELLS6 = [  # client-rendered live articles of the same frameworks: the story sits in the state
    "<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>강변 산책로 연장 확정 | 지역신문</title></head>"
    "<body><div class='island' data-fresh-key='article'></div><script id='__FRSH_STATE_7c1e' type='application/json'>"
    + json.dumps({"v": [[{"article": {"title": "강변 산책로 연장 확정", "date": "2024-05-06",
                                      "body": "군의회는 화요일 강변 산책로를 옛 방앗간까지 연장하기로 의결했다. " * 25}}], []]},
                 ensure_ascii=False) + "</script><script type='module'>import { revive } from '/_frsh/js/7c1e/main.js';"
    "revive({article: 0}, JSON.parse(document.getElementById('__FRSH_STATE_7c1e').textContent));</script></body></html>",
    "<!DOCTYPE html><html lang='cs'><head><meta charset='utf-8'><title>Stezka u řeky se prodlouží | Krajské noviny"
    "</title></head><body><div id='root'></div><script>window.__RELAY_STORE__=" + json.dumps({
        "client:root": {"__id": "client:root", "article(slug:\"stezka-u-reky\")": {"__ref": "client:root:article"}},
        "client:root:article": {"__id": "client:root:article", "__typename": "Article",
                                "title": "Stezka u řeky se prodlouží", "published": "2024-05-06",
                                "body": "Krajské zastupitelstvo v úterý schválilo prodloužení stezky podél řeky "
                                        "až ke starému mlýnu. " * 14}}, ensure_ascii=False)
    + ";</script><script src='/static/main.8a2f.js'></script></body></html>",
    "<!DOCTYPE html><html lang='el'><head><meta charset='utf-8'><title>Επεκτείνεται ο παραποτάμιος δρόμος | Τοπικά "
    "Νέα</title></head><body><script type='x/boundary' id='fastboot-body-start'></script><div class='ember-view'>"
    "</div><script type='x/boundary' id='fastboot-body-end'></script><script type='fastboot/shoebox' id='shoebox-"
    "article'>" + json.dumps({"data": {"type": "article", "id": "8812", "attributes": {
        "title": "Επεκτείνεται ο παραποτάμιος δρόμος", "published": "2024-05-06",
        "body": "Το νομαρχιακό συμβούλιο ενέκρινε την Τρίτη την επέκταση του δρόμου δίπλα στο ποτάμι. " * 16}}},
        ensure_ascii=False) + "</script></body></html>",
]

# (language, extra <head> markup or "" for a whole page, page, extra response headers) of pages sending the reader
# home
REFRESH_HOME6: list[tuple[str, str, str, dict[str, str]]] = [
    ("en", "", "<!DOCTYPE html><html><head><title>{site}</title></head><body><p>One moment…</p></body></html>",
     {"Refresh": "0; url=/"}),
    ("nl", "<META HTTP-EQUIV='Refresh' CONTENT='5;URL=/'>",
     "Verplaatst\nDit bericht is verhuisd\n<p>U wordt over vijf seconden doorgestuurd naar de voorpagina.</p>", {}),
    ("es", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Canal 4</title><script>setTimeout(\"location."
               "href='/'\", 3000);</script></head><body><p>Esta nota ya no existe. Te llevamos a la portada…</p>"
               "</body></html>", {}),
    ("pt", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>TV Litoral</title></head><body><script>window."
               "location.href = window.location.protocol + '//' + window.location.host;</script></body></html>", {}),
    ("ko", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>이동 중</title><script src='https://code.jquery"
               ".com/jquery-3.7.1.min.js'></script><script>$(function(){ window.location = \"/\"; });</script></head>"
               "<body>메인 페이지로 이동합니다.</body></html>", {}),
    ("el", "<meta http-equiv='refresh' content='0;url=http://{host}/index.php'>",
     "Ανακατεύθυνση\nΑνακατεύθυνση\n<p>Μεταφέρεστε στην αρχική σελίδα.</p>", {}),
    ("cs", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Přesměrování</title></head><body><script>"
               "location.pathname = '/';</script><noscript><a href='/'>Pokračovat na úvodní stránku</a></noscript>"
               "</body></html>", {}),
    ("ja", "", "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>街角ブログ</title><script>document."
               "location.replace('/?from=' + encodeURIComponent(location.pathname));</script></head><body></body>"
               "</html>", {}),
    ("ru", "<meta http-equiv=\"refresh\" content=\"1; URL=/index.html\">",
     "Перенаправление\nСтраница переехала\n<p>Через секунду откроется главная страница сайта.</p>", {}),
]
# live pages that carry a self-refresh or a conditional redirect in their head
REFRESH_LIVE6 = [
    "<meta http-equiv='refresh' content='900'>",
    "<meta http-equiv='refresh' content='600; url={self}'>",
    "<script>if(!/(^|; )consent=/.test(document.cookie)&&navigator.cookieEnabled===false){location.href='/nocookies'}"
    "</script>",
    "<script>var l=(navigator.language||'').slice(0,2);if(l==='fr'&&!sessionStorage.getItem('lang')){location.href="
    "'/fr'+location.pathname}</script>",
]

# (language, html, how) of 410 pages: the site's own page ("title\nheading\nbody"), a bare page, or a redirect to one
GONE6 = [
    ("en", "Report withdrawn\nThis report has been taken off our site\n<p>It will not be republished.</p>", "templated"),
    ("en", "<!DOCTYPE html><html><head><title>410 Gone</title></head><body><h1>Error 410 Gone</h1><p>Gone</p><h3>"
           "Guru Meditation:</h3><p>XID: 771052321</p><hr><p>Varnish cache server</p></body></html>", "bare"),
    ("en", "{\"type\":\"about:blank\",\"title\":\"Gone\",\"status\":410,\"detail\":\"Article 88120 was deleted\"}",
     "json"),
    ("es", "Nota eliminada\nEsta nota fue eliminada\n<p>El contenido fue retirado de forma permanente.</p>",
     "redirect"),
    ("es", "Gone", "text"),
    ("es", "", "bare"),
]

# (status, headers, html, language) of walls: every path the same
WALLS6 = [
    (403, {"Server": "nginx", "X-PX-Block": "1"},
     "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Access to this page has been denied</title>"
     "</head><body><div class='px-container'><h1>Please verify you are a human</h1><p>Press &amp; Hold to confirm you "
     "are a human (and not a bot).</p><div id='px-captcha'></div></div><script>window._pxAppId='PXa1b2c3d4';window."
     "_pxJsClientSrc='/a1b2c3d4/init.js';window._pxHostUrl='/a1b2c3d4/xhr';</script><script src='/a1b2c3d4/captcha."
     "js?a=c&u=7f1e'></script></body></html>", "en"),
    (403, {"X-Iinfo": "12-34567890-0 0NNN RT(1715000000000 0) q(0 -1 -1 -1) r(0 -1)", "X-CDN": "Imperva"},
     "<html style='height:100%'><head><meta name='ROBOTS' content='NOINDEX, NOFOLLOW'><meta name='format-detection' "
     "content='telephone=no'></head><body style='margin:0px;height:100%'><iframe id='main-iframe' src='/_Incapsula_"
     "Resource?SWUDNSAI=31&xinfo=12-34567890-0&incident_id=512000330000000000-1234567&edet=12' frameborder=0 width="
     "'100%' height='100%' marginheight='0px' marginwidth='0px'>Request unsuccessful. Incapsula incident ID: "
     "512000330000000000-1234567</iframe></body></html>", "en"),
    (202, {"x-amzn-waf-action": "challenge"},
     "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title></title><script src='https://a1b2c3.token."
     "awswaf.com/a1b2c3/challenge.js'></script></head><body><div id='challenge-container'></div><noscript><h1>"
     "JavaScript is disabled</h1>In order to continue, you need to verify that you're not a robot by solving a "
     "CAPTCHA puzzle.</noscript><script>AwsWafIntegration.checkForceRefresh().then((f)=>{if(f){AwsWafIntegration."
     "forceRefreshToken().then(()=>{window.location.reload(true)})}else{AwsWafIntegration.getToken().then(()=>{"
     "window.location.reload(true)})}});</script></body></html>", "en"),
    (200, {}, "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Privacy-instellingen</title></head>"
              "<body><div class='pg-wall'><h1>Wij vragen je toestemming</h1><p>Om onze artikelen te lezen, vragen wij "
              "jou om in te stemmen met het gebruik van cookies en vergelijkbare technieken door ons en onze partners."
              "</p><button class='pg-accept'>Akkoord</button><a href='/privacy/instellingen'>Instellingen aanpassen"
              "</a></div></body></html>", "nl"),
    (451, {}, "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>451: Unavailable due to legal reasons"
              "</title></head><body><h1>Unavailable for legal reasons</h1><p>We recognize you are attempting to "
              "access this website from a country belonging to the European Economic Area (EEA). At this time this "
              "website is unavailable in most European countries.</p></body></html>", "en"),
    (403, {"Server": "Sucuri/Cloudproxy", "X-Sucuri-Block": "BOT01"},
     "<!DOCTYPE html><html lang='cs'><head><meta charset='utf-8'><title>Sucuri WebSite Firewall - Access Denied"
     "</title></head><body><div id='main-container'><h1>Access Denied - Sucuri Website Firewall</h1><table><tr><td>"
     "Your IP:</td><td>127.0.0.1</td></tr><tr><td>URL:</td><td>{host}{path}</td></tr><tr><td>Block reason:</td><td>"
     "Access from your area has been temporarily limited for security reasons.</td></tr></table></div></body></html>",
     "cs"),
]

# (language, cited title, cited day, what the page is now, its lead, a kept article's title)
REPLACED6 = [
    ("nl", "Burgemeester stapt op na kritisch rapport", "2021-04-14", "De lekkerste appeltaart volgens onze lezers",
     "Met kaneel, rozijnen en een flinke schep slagroom.", "Gemeenteraad stemt in met nieuwe begroting"),
    ("cs", "Starosta odstoupil kvůli zakázce na most", "2020-09-03", "Nejlepší recepty na letní grilování",
     "Tipy na marinády a přílohy pro zahradní párty.", "Zastupitelé schválili rozpočet na příští rok"),
    ("ko", "시장, 항만 개발 비리 의혹으로 사퇴", "2021-10-21", "여름 휴가철 가볼 만한 바닷가 카페 10곳",
     "바다가 보이는 분위기 좋은 카페를 소개합니다.", "시의회, 내년도 예산안 통과"),
    ("ro", "Primarul a demisionat după ancheta DNA", "2020-06-11", "Cele mai bune rețete de vară cu legume",
     "Salate și ciorbe răcoritoare pentru zilele toride.", "Consiliul local a aprobat bugetul"),
    ("el", "Παραιτήθηκε ο δήμαρχος μετά το σκάνδαλο", "2021-02-08", "Οι καλύτερες παραλίες για φέτος το καλοκαίρι",
     "Ένας οδηγός για κρυφούς όρμους και ταβέρνες.", "Εγκρίθηκε ο προϋπολογισμός του δήμου"),
    ("de", "Landrat entlässt Leiter des Gesundheitsamts", "2022-03-09", "Zehn Tipps für den perfekten Gartenteich",
     "So gelingt das Biotop hinter dem Haus.", "Kreistag beschließt Haushalt für Schulen"),
    ("es", "Detenido el concejal de urbanismo por sobornos", "2021-07-19", "Cinco rutas en bici para este verano",
     "Recorridos sencillos junto al mar y por la sierra.", "El pleno aprueba las cuentas del puerto"),
    ("en", "Fire chief cleared of misconduct after inquiry", "2020-11-30", "Twelve cosy cafés to visit this autumn",
     "Our pick of the best coffee and cake in the county.", "County approves new bus routes"),
    ("ar", "إقالة مدير المستشفى بعد تحقيق في الفساد", "2021-01-17", "أفضل وصفات الحلويات لشهر رمضان",
     "حلويات سهلة التحضير للعائلة.", "المجلس البلدي يقر ميزانية العام الجديد"),
]

# (language, headline, the paywall's words) of paywall teasers; (agency lead, headline) of short wire briefs
TEASERS6 = [
    ("nl", "Hoe de haven miljoenen misliep", "Dit is een premium artikel. Word abonnee en lees direct verder."),
    ("cs", "Kdo vydělal na stavbě nového mostu", "Celý článek je dostupný pouze pro předplatitele. Předplaťte si nás."),
    ("ko", "항만 재개발 뒤에 숨은 이야기", "이 기사는 유료 회원 전용입니다. 로그인 후 이어서 읽으세요."),
    ("de", "Was der Hafenumbau wirklich kostet", "Sie haben das Ende des frei verfügbaren Textes erreicht. Weiterlesen "
     "mit einem Digital-Abo."),
    ("ro", "Cum s-au împărțit banii pentru drumuri", "Articol disponibil doar pentru abonați. Abonează-te pentru a "
     "continua lectura."),
]
BRIEFS6 = [
    ("DEN HAAG (ANP) - Het kabinet trekt 200 miljoen euro extra uit voor dijkversterking langs de grote rivieren, "
     "heeft de minister dinsdag bekendgemaakt.", "Extra geld voor dijkversterking"),
    ("PRAHA (ČTK) - Vláda dnes schválila návrh zákona o podpoře nájemního bydlení. Předloha nyní míří do "
     "Sněmovny.", "Vláda schválila zákon o nájemním bydlení"),
    ("SEOUL, May 6 (Yonhap) -- South Korea's exports rose 12 percent in April from a year earlier, the trade "
     "ministry said Monday.", "S. Korea's exports up 12 pct in April"),
    ("MADRID, 6 may (EFE).- El Congreso ha convalidado este martes el decreto de ayudas al transporte público con "
     "el apoyo de la mayoría de los grupos.", "El Congreso convalida las ayudas al transporte"),
    ("КИЇВ, 6 травня (Укрінформ) – Кабінет Міністрів ухвалив рішення про ремонт мостів на трьох "
     "автошляхах.", "Уряд виділив кошти на ремонт мостів"),
]
