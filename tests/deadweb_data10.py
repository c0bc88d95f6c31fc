"""The words and whole pages of held-out 10 of the dead-web set (used by tests/deadweb_pages10.py).

Written blind to the check's rules by another author (see deadweb_pages10), who
wrote every wording afresh after reading parts 3 to 9's: for each language the two
not-found pages a site may show (its 404 page, its soft 200 template), notices of
removal (match highlights whose licence ran out, a weather warning taken off once
it lapsed, an announcement withdrawn by its issuer, a podcast episode deleted by
its creator, a thesis withdrawn from a repository, a replay that was never kept),
live headlines that speak of missing, removed, deleted, suspended or expired
things (a podcast's episode 404, a goal wiped off by the video referee, a warning
lifted, trading suspended, a study of dead links in theses), exchange
announcements of suspensions and delistings, landers of parked, lapsed and
suspended domains, app shells of frameworks the set lacks, refreshes, walls and
recycled URLs. Five languages are new to the set (ca, sr, ka, ta, lv).
"""

from __future__ import annotations

import json

# language -> (the honest 404 page, the soft 200 template): each (title, heading, body)
NOT_FOUND10: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "en": (("Error 404 · Missing page", "This link doesn't lead to any of our pages",
            "Perhaps the link was mistyped, or the page was moved some time ago. The search box and the menu above "
            "will help you find your way."),
           ("Off the pitch", "We looked everywhere, but this page isn't here", "Meanwhile, here are today's results:")),
    "de": (("Seite fehlt (404)", "Mit diesem Link können wir leider nichts anfangen",
            "Womöglich ist der Link falsch abgetippt, oder die Seite ist umgezogen. Das Suchfeld oben hilft weiter."),
           ("Abseits!", "Diese Seite ist uns abhandengekommen", "Stattdessen die neuesten Folgen:")),
    "fr": (("Erreur 404 – page absente", "Ce lien ne donne sur aucune de nos pages",
            "Vérifiez l'orthographe du lien ou servez-vous du moteur de recherche."),
           ("Hors-jeu !", "Cette page semble s'être égarée", "En attendant, voici les dernières vigilances :")),
    "es": (("Error 404", "No hay ninguna página en esta dirección",
            "Quizá el enlace esté mal escrito o la página se haya trasladado. Pruebe con el buscador."),
           ("¡Fuera de juego!", "Esta página se nos ha extraviado", "Mientras tanto, las últimas comunicaciones:")),
    "it": (("Errore 404 – pagina mancante", "A questo indirizzo non c'è alcuna pagina",
            "Forse il link contiene un refuso, o la pagina ha cambiato indirizzo. Prova con la ricerca interna."),
           ("Fuorigioco!", "Questa pagina si è smarrita per strada", "Nel frattempo, ecco gli ultimi risultati:")),
    "pt": (("Erro 404 – endereço inválido", "Não há nenhuma página neste endereço",
            "Talvez o link tenha um erro de digitação ou a página tenha mudado de lugar. Use a busca no topo."),
           ("Impedimento!", "Esta página se perdeu pelo caminho", "Enquanto isso, confira os trabalhos mais recentes:")),
    "pl": (("Błąd 404 – brak strony", "Ten link nie prowadzi do żadnej z naszych stron",
            "Być może w linku jest literówka albo strona zmieniła adres. Skorzystaj z wyszukiwarki."),
           ("Spalony!", "Ta strona gdzieś się zapodziała", "Tymczasem posłuchaj najnowszych odcinków:")),
    "ru": (("Ошибка 404 — страницы нет", "Страница по этой ссылке не существует",
            "Возможно, в ссылке опечатка или страница переехала. Попробуйте поиск по сайту."),
           ("Офсайд!", "Эта страница куда-то подевалась", "А пока — свежие сообщения эмитентов:")),
    "uk": (("Помилка 404 — сторінки немає", "Посилання веде в нікуди",
            "Можливо, у посиланні описка або сторінка переїхала. Скористайтеся пошуком."),
           ("Отакої!", "Ця сторінка кудись поділася", "Поки що — актуальні попередження:")),
    "tr": (("Hata 404 – sayfa yok", "Bu adreste herhangi bir sayfa bulunmuyor",
            "Bağlantıda bir yazım hatası olabilir ya da sayfa başka bir adrese taşınmış olabilir. Arama kutusunu "
            "deneyin."),
           ("Ofsayt!", "Bu sayfa yolunu kaybetmiş görünüyor", "Bu arada son maç sonuçlarına göz atın:")),
    "hu": (("404-es hiba – hiányzó oldal", "Ezen a címen nem található semmi",
            "Lehet, hogy elírás van a hivatkozásban, vagy az oldal elköltözött. Próbálja a keresőt."),
           ("Les!", "Ez az oldal sajnos elkallódott", "Addig is böngésszen a legújabb dolgozatok között:")),
    "ar": (("خطأ 404 - الصفحة مفقودة", "لا توجد أي صفحة على هذا العنوان",
            "ربما يحتوي الرابط على خطأ إملائي أو نُقلت الصفحة إلى مكان آخر. جرّب البحث في الموقع."),
           ("تسلل!", "يبدو أن هذه الصفحة قد ضلّت طريقها", "في الأثناء، استمع إلى أحدث الحلقات:")),
    "zh": (("404错误 - 页面缺失", "此地址下没有任何内容", "链接可能有拼写错误，或页面已迁移至别处。请尝试站内搜索。"),
           ("越位了！", "这个页面好像走丢了", "先看看最新的公司公告吧：")),
    "ja": (("404エラー｜ページがありません", "このアドレスには何も掲載されていません",
            "リンクの入力ミスか、ページが移転した可能性があります。サイト内検索をお試しください。"),
           ("オフサイド！", "このページは迷子になったようです", "最新の気象情報はこちら：")),
    "ca": (("Error 404 · Pàgina no trobada", "No hem trobat cap pàgina en aquesta adreça",
            "Potser l'enllaç està mal escrit o la pàgina s'ha traslladat. Proveu el cercador."),
           ("Vaja!", "Aquesta pàgina s'ha extraviat", "Mentrestant, doneu un cop d'ull als últims capítols:")),
    "sr": (("Грешка 404 — страница не постоји", "На овој адреси нема ничега",
            "Можда је у линку грешка у куцању или је страница премештена. Покушајте претрагу."),
           ("Joj!", "Ova stranica je zalutala", "U međuvremenu pogledajte najnovije radove:")),
    "ka": (("შეცდომა 404 — გვერდი ვერ მოიძებნა", "ამ მისამართზე არაფერი მოიძებნა",
            "შესაძლოა ბმული არასწორად არის აკრეფილი ან გვერდი სხვაგან გადაიტანეს. სცადეთ ძიება."),
           ("უი!", "ეს გვერდი სადღაც დაიკარგა", "მანამდე კი გაეცანით უახლეს სიახლეებს:")),
    "ta": (("பிழை 404 — பக்கம் கிடைக்கவில்லை", "இந்த முகவரியில் எந்தப் பக்கமும் இல்லை",
            "இணைப்பில் எழுத்துப்பிழை இருக்கலாம் அல்லது பக்கம் வேறு இடத்துக்கு மாற்றப்பட்டிருக்கலாம். தேடலைப் "
            "பயன்படுத்தவும்."),
           ("அச்சச்சோ!", "இந்தப் பக்கம் காணாமல் போய்விட்டது", "இதற்கிடையில், சமீபத்திய போட்டி முடிவுகளைப் பாருங்கள்:")),
    "lv": (("Kļūda 404 — lapa nav atrasta", "Šajā adresē nekā nav",
            "Iespējams, saitē ir drukas kļūda vai lapa ir pārcelta citur. Izmantojiet meklēšanu."),
           ("Ak vai!", "Šī lapa ir kaut kur pazudusi", "Tikmēr apskatiet aktuālos brīdinājumus:")),
}

# whole pages that servers and hosts answer for a path they do not know (all with a 404; Caddy's is empty)
TOMCAT_404 = ("<!doctype html><html lang=\"en\"><head><title>HTTP Status 404 – Not Found</title><style type=\"text/css\">"
              "body {font-family:Tahoma,Arial,sans-serif;} h1, h2, h3, b {color:white;background-color:#525D76;} h1 "
              "{font-size:22px;} h2 {font-size:16px;} h3 {font-size:14px;} p {font-size:12px;} a {color:black;} .line "
              "{height:1px;background-color:#525D76;border:none;}</style></head><body><h1>HTTP Status 404 – Not Found"
              "</h1><hr class=\"line\" /><p><b>Type</b> Status Report</p><p><b>Message</b> The requested resource "
              "[/xmlui/handle/2440/88120] is not available</p><p><b>Description</b> The origin server did not find a "
              "current representation for the target resource or is not willing to disclose that one exists.</p><hr "
              "class=\"line\" /><h3>Apache Tomcat/9.0.85</h3></body></html>")
VERCEL_404 = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
              "<title>404: NOT_FOUND</title><style>body{color:#000;background:#fff;margin:0}.container{display:flex;"
              "height:100vh;align-items:center;justify-content:center}main{font-family:-apple-system,Segoe UI,Roboto,"
              "sans-serif}</style></head><body><div class=\"container\"><main><p class=\"devinfo-container\"><span "
              "class=\"error-code\"><strong>404</strong>: NOT_FOUND</span><span class=\"devinfo-line\">Code: <code>"
              "NOT_FOUND</code></span><span class=\"devinfo-line\">ID: <code>fra1::sdx4q-1715678400123-7c1e2a9b0d3f"
              "</code></span></p><a href=\"https://vercel.com/docs/errors/NOT_FOUND\"><span>Read our documentation to "
              "learn more about this error.</span></a></main></div></body></html>")
FIREBASE_404 = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-"
                "width, initial-scale=1\"><title>Page Not Found</title><style media=\"screen\">body { background: "
                "#ECEFF1; color: rgba(0,0,0,0.87); font-family: Roboto, Helvetica, Arial, sans-serif; margin: 0; "
                "padding: 0; } #message { background: white; max-width: 360px; margin: 100px auto 16px; padding: 32px "
                "24px 16px; border-radius: 3px; }</style></head><body><div id=\"message\"><h2>404</h2><h1>Page Not "
                "Found</h1><p>The specified file was not found on this website. Please check the URL for mistakes and "
                "try again.</p><h3>Why am I seeing this?</h3><p>This page was generated by the Firebase Command-Line "
                "Interface. To modify it, edit the <code>404.html</code> file in your project's configured <code>"
                "public</code> directory.</p></div></body></html>")
DJANGO_404 = ("<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not "
              "Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n")
# a Catalan government's not-found page in its two languages, answering 200 (title, heading, body)
BILINGUAL_404 = ("Pàgina no trobada | Página no encontrada",
                 "Aquest enllaç no duu a cap pàgina · Este enlace no conduce a ninguna página",
                 "<p>Potser l'enllaç té una errada o el contingut ha canviat de lloc. Podeu tornar a l'inici o fer "
                 "servir el cercador.</p><p lang='es'>Quizá el vínculo tenga una errata o el contenido se "
                 "haya trasladado. Vuelva al inicio o utilice el buscador.</p>")
# the Serbian repository's error page that a dead handle is sent to (answering 200)
ERROR_PAGE_SR = ("Грешка | Дигитални репозиторијум", "Тражени запис не постоји",
                 "<p>Ручка коју сте навели није повезана ни са једним записом у репозиторијуму.</p>")

# (language, layout of the site it is on, title, heading, body) of removal notices
REMOVED10 = [
    ("en", "score10", "Highlights unavailable", "Highlights of this match can no longer be shown",
     "Our licence to show clips from this competition ended with the season, and the match page has been taken down."),
    ("en", "alert10", "Warning ended", "This warning is no longer in force and its details have been removed",
     "Expired warnings are not kept on the site. See the current warnings for your area."),
    ("en", "filing10", "Announcement withdrawn", "This announcement has been withdrawn by the issuer",
     "It was released in error. The issuer may publish a replacement in due course."),
    ("en", "pod10", "Episode deleted", "The creator of this show has deleted this episode",
     "Other episodes of the show are still available."),
    ("en", "repo10", "Item withdrawn", "This item has been withdrawn from the repository",
     "Reason for withdrawal: at the author's request, pending a dispute with the publisher. Contact the library "
     "for details."),
    ("en", "score10", "Stream ended", "This live stream has finished and no replay is available",
     "Replays are only kept for selected fixtures."),
    ("en", "pod10", "Temporarily removed", "We have hidden this episode while we look into a legal complaint",
     "We expect to finish looking into it within 28 days."),
    ("de", "pod10", "Folge entfernt", "Diese Folge hat der Podcaster aus dem Programm genommen",
     "Alle weiteren Folgen finden Sie auf der Übersichtsseite der Sendung."),
    ("fr", "alert10", "Bulletin retiré", "Nous avons retiré ce bulletin de vigilance",
     "Les bulletins sont retirés du site quarante-huit heures après la fin de l'épisode météorologique."),
    ("es", "filing10", "Comunicación anulada", "Esta comunicación de otra información relevante ha sido anulada",
     "La entidad emisora solicitó su retirada y el texto ya no se publica."),
    ("it", "score10", "Video non disponibile", "Gli highlight di questa partita sono stati rimossi",
     "I diritti sulle immagini sono scaduti a fine stagione."),
    ("pt", "repo10", "Item retirado", "Este documento foi retirado do repositório",
     "A pedido do autor, o texto integral e os metadados deixaram de estar acessíveis."),
    ("pl", "pod10", "Odcinek usunięty", "Autor podcastu usunął ten odcinek",
     "Pozostałe odcinki znajdziesz w archiwum audycji."),
    ("ru", "filing10", "Сообщение аннулировано", "Эмитент отозвал это сообщение о существенном факте",
     "Текст сообщения больше не раскрывается."),
    ("uk", "alert10", "Попередження скасовано", "Це штормове попередження втратило чинність і його знято з сайту",
     "Чинні попередження дивіться на головній сторінці."),
    ("tr", "score10", "Video kaldırıldı", "Bu maçın özet görüntüleri yayın hakları sona erdiği için kaldırıldı", ""),
    ("hu", "repo10", "Visszavont dolgozat", "A szerző kérésére a dolgozatot visszavontuk",
     "A teljes szöveg és a bibliográfiai adatok nem érhetők el."),
    ("ar", "pod10", "الحلقة محذوفة", "قام صاحب البودكاست بحذف هذه الحلقة", "يمكنك الاستماع إلى الحلقات الأخرى من البرنامج."),
    ("zh", "filing10", "公告已撤销", "该公告已被发行人撤回，不再提供查阅", "如有疑问，请联系公司董事会办公室。"),
    ("ja", "alert10", "掲載終了", "この気象情報は発表期間が終了したため削除しました", "最新の警報・注意報は一覧ページでご確認ください。"),
    ("ca", "pod10", "Capítol retirat", "Aquest capítol ja no es pot escoltar",
     "Els drets d'emissió han caducat i l'hem retirat de la plataforma."),
    ("sr", "repo10", "Рад повучен", "Овај рад је повучен из репозиторијума на захтев аутора",
     "Пуни текст и метаподаци више нису доступни."),
    ("ka", "score10", "მასალა წაშლილია", "ეს მასალა საიტიდან წაიშალა",
     "რედაქციამ მასალა სასამართლოს გადაწყვეტილების საფუძველზე ამოიღო."),
    ("ta", "pod10", "பதிவு நீக்கப்பட்டது", "இந்த அத்தியாயத்தை அதன் படைப்பாளர் நீக்கிவிட்டார்",
     "நிகழ்ச்சியின் மற்ற அத்தியாயங்களைக் கேட்கலாம்."),
    ("lv", "filing10", "Paziņojums atsaukts", "Emitents ir atsaucis šo paziņojumu", "Paziņojuma teksts vairs netiek publicēts."),
]

# (language, layout, headline, lead) of live articles whose own words speak of missing, removed, deleted, suspended
# or expired things
TRAPS10 = [
    ("en", "pod10", "Episode 404: Page Not Found, and the people who fight link rot",
     "This week we talk to the archivists racing to rescue dead links before the pages behind them are deleted for "
     "good."),
    ("en", "score10", "Late equaliser removed by VAR as Harbour draw 1-1 at home",
     "The goal was deleted from the scoresheet after a two-minute review found a handball in the build-up."),
    ("en", "alert10", "Flood warning removed for the lower valley as river levels fall",
     "The warning is no longer in force, but residents are asked to keep away from the towpath until Friday."),
    ("en", "filing10", "Trading in Harbour Holdings shares suspended pending announcement",
     "The company asked for the suspension while it finalises the sale of its ferry business."),
    ("en", "repo10", "Link rot in doctoral theses: a third of cited web pages no longer available",
     "We checked 12,000 URLs cited in theses deposited between 2005 and 2015; more than a third now return an error "
     "or a page that says the content was not found."),
    ("en", "alert10", "Search for missing fishermen suspended after two days",
     "Coastguard teams have called off the search for the two men, whose boat was found empty on Sunday."),
    ("en", "score10", "Club deletes ticket-price post after fans' backlash",
     "The message was removed within an hour, and the club has since apologised to season-ticket holders."),
    ("en", "pod10", "Lost episodes: the shows that vanished when the network shut down",
     "Hundreds of programmes were removed from every app overnight. Listeners are still trying to find them."),
    ("de", "alert10", "Unwetterwarnung aufgehoben: Wetterdienst nimmt Warnstufe für den Harz zurück",
     "Die Warnung vor orkanartigen Böen gilt nicht mehr; auf den Bergen bleibt es stürmisch."),
    ("fr", "score10", "Introuvable : le trophée volé du club n'a jamais refait surface",
     "Disparue en 1998, la coupe reste introuvable malgré une enquête relancée l'an dernier."),
    ("es", "filing10", "La CNMV suspende la cotización de Naviera del Puerto",
     "La suspensión se mantendrá hasta que la compañía difunda la información pendiente sobre la venta de su flota."),
    ("it", "pod10", "Podcast cancellato: l'ultima puntata è sparita da tutte le piattaforme",
     "L'autore ha eliminato l'intero archivio dopo una diffida."),
    ("pt", "alert10", "Alerta vermelho cancelado: chuva perde força no litoral",
     "O aviso deixou de vigorar às 18h; a Proteção Civil mantém equipas no terreno."),
    ("pl", "score10", "Mecz odwołany, bilety nieważne. Czy kibice odzyskają pieniądze?",
     "Spotkanie zniknęło z terminarza na godzinę przed pierwszym gwizdkiem."),
    ("ru", "repo10", "Страница не найдена: исследователи подсчитали «мёртвые» ссылки в диссертациях",
     "Почти половина ссылок на веб-ресурсы в работах 2000-х годов больше не открывается."),
    ("uk", "pod10", "Видалений випуск: чому подкаст про рибалок зник з усіх платформ",
     "Автори кажуть, що епізод прибрали без жодного попередження."),
    ("tr", "alert10", "Fırtına uyarısı kaldırıldı: Karadeniz'de deniz ulaşımı normale döndü",
     "Meteorolojinin turuncu uyarısı artık geçerli değil."),
    ("hu", "score10", "Törölték a gólt a videóbíró jelzése után – eltűnt az egyenlítés",
     "A találatot a játékvezető a visszajátszás megtekintése után érvénytelenítette."),
    ("ar", "alert10", "إلغاء التحذير من العاصفة واستئناف الملاحة في الميناء", "لم يعد التحذير سارياً منذ صباح اليوم."),
    ("zh", "filing10", "停牌公告：港口控股股票暂停交易", "公司因筹划重大资产重组，股票自今日开市起停牌。"),
    ("ja", "pod10", "第404回「ページが見つかりません」 ネットの記憶は消えるのか",
     "今回のゲストはウェブアーカイブの研究者。リンク切れと削除されたページについて語ります。"),
    ("ca", "repo10", "Pàgina no trobada: la meitat dels enllaços de les tesis ja no funcionen",
     "Un estudi de la biblioteca constata que molts recursos citats han desaparegut o s'han esborrat."),
    ("sr", "score10", "Утакмица поништена, резултат избрисан из табеле",
     "Фудбалски савез је поништио резултат и наложио да се утакмица поново одигра."),
    ("ka", "repo10", "გვერდი ვერ მოიძებნა: რატომ ქრება ძველი სტატიები ინტერნეტიდან",
     "მკვლევრების თქმით, ძველი ბმულების თითქმის ნახევარი აღარ მუშაობს."),
    ("ta", "alert10", "புயல் எச்சரிக்கை நீக்கப்பட்டது: மீனவர்கள் கடலுக்குச் செல்லலாம்",
     "வானிலை மையம் வெளியிட்ட எச்சரிக்கை இனி நடைமுறையில் இல்லை."),
    ("lv", "filing10", "Biržā apturēta tirdzniecība ar Ostas kompānijas akcijām",
     "Tirdzniecība atsāksies pēc tam, kad emitents publiskos trūkstošo informāciju."),
]

# (language, headline, lead) of exchange announcements that speak of suspensions, delistings and withdrawals
FILING_TRAPS10 = [
    ("en", "Suspension of Listing", "At the request of the Company, the listing of its ordinary shares has been "
     "temporarily suspended with effect from 07:30 today, pending clarification of its financial position."),
    ("en", "Notice of Delisting and Cancellation of Admission to Trading",
     "The Company announces that the cancellation of admission of its shares to trading will take effect on 30 June."),
    ("pl", "Raport bieżący nr 12/2024: Odwołanie prognozy wyników",
     "Zarząd informuje o odwołaniu prognozy opublikowanej w raporcie bieżącym nr 3/2024."),
    ("zh", "关于撤回非公开发行股票申请文件的公告", "经审慎研究，公司决定撤回本次非公开发行股票的申请文件。"),
    ("ru", "Сообщение о прекращении листинга облигаций", "Облигации исключены из котировального списка в связи с погашением."),
]

# (language, layout, headline, lead) of live articles with 404 or 410 in their subject
NUMBER_TRAPS10 = [
    ("en", "pod10", "Episode 410: Gone fishing with the lifeboat crew",
     "Our longest-serving volunteers take us out on the evening training run."),
    ("lv", "alert10", "Autoceļš V404 slēgts sniegputeņa dēļ", "Satiksme novirzīta pa apvedceļu caur Saulkrastiem."),
    ("ca", "score10", "La línia 410 d'autobús reforça el servei els dies de partit",
     "Els busos passaran cada deu minuts des de dues hores abans del xiulet inicial."),
]

# (language, layout, headline, banner) of live pages under a banner that speaks of removal, expiry or replacement
BANNERED10 = [
    ("en", "alert10", "Yellow warning for wind: coast and harbour districts",
     "Update 16:40: this warning was cancelled early. The text below is kept for reference."),
    ("en", "repo10", "Sediment transport in tidal estuaries: a field study",
     "A newer version of this item is available. This version has been superseded."),
    ("en", "pod10", "Ep. 57: The harbour strike, ten years on",
     "Note: for legal reasons, one segment was removed after broadcast."),
    ("en", "filing10", "Half-year Report",
     "This announcement replaces the version released at 07:00; the earlier version has been removed."),
    ("de", "score10", "Spielbericht: Hafen SV und Union trennen sich 2:2",
     "Hinweis: Das Spielvideo kann nicht mehr abgespielt werden."),
]

# landers of parked, lapsed and suspended domains (the same page for every path)
LANDERS10 = [
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{host} - Related links</title><script>"
           "var pcrew={domain:'{host}',tid:'7731',ads:'/_pc/ads.json',tracker:'/_tr'};</script><script src='//"
           "parking-crew.example/js/park.js'></script></head><body><div class='wrapper'><h1>{host}</h1><div id='ads'>"
           "</div><p class='disclaimer'>An advertising partner picks the links on this page; the owner of {host} has "
           "no ties to any of the advertisers.</p><p><a href='/_pc/inquire'>The owner of {host} may be interested in selling it.</a></p></div></body>"
           "</html>"),
    ("ca", "<!DOCTYPE html><html lang='ca'><head><meta charset='utf-8'><title>{host} és a la venda</title></head><body>"
           "<main class='venda'><h1>El domini {host} és a la venda</h1><p>Voleu aquest domini .cat per al vostre "
           "projecte? Feu-nos una oferta i us respondrem en 24 hores.</p><form method='post' action='/oferta'><input "
           "name='nom' placeholder='Nom'><input name='correu' placeholder='Correu electrònic'><input name='preu' "
           "placeholder='Oferta (€)'><button>Envia l'oferta</button></form></main></body></html>"),
    ("sr", "<!DOCTYPE html><html lang='sr'><head><meta charset='utf-8'><title>Налог је суспендован</title></head><body>"
           "<div class='panel'><h1>Хостинг налог је суспендован</h1><p>Приступ овом сајту је привремено онемогућен "
           "због неизмирених обавеза према хостинг провајдеру.</p><p>Ако сте власник сајта, пријавите се у корисничку "
           "зону или контактирајте подршку.</p></div></body></html>"),
    ("ka", "<!DOCTYPE html><html lang='ka'><head><meta charset='utf-8'><title>{host} — დომენის ვადა ამოიწურა</title>"
           "</head><body><div class='box'><h1>დომენის რეგისტრაციის ვადა ამოიწურა</h1><p>{host} დროებით მიუწვდომელია. "
           "საიტის აღსადგენად დომენის მფლობელმა უნდა განაახლოს რეგისტრაცია.</p><a href='https://registrar.example.ge/"
           "renew'>რეგისტრაციის განახლება</a></div></body></html>"),
    ("lv", "<!DOCTYPE html><html lang='lv'><head><meta charset='utf-8'><title></title></head><body><div id='r'></div>"
           "<script>var t={v:'Domēns',p:'ir pārdošanā',c:'Sazinieties ar mums',e:'pardosana@domeni.example.lv'};"
           "document.title=location.hostname;document.getElementById('r').innerHTML='<h1>'+location.hostname+'</h1>"
           "<p>'+t.v+' '+location.hostname+' '+t.p+'.</p><p>'+t.c+': <a href=\"mailto:'+t.e+'\">'+t.e+'</a></p>';"
           "</script></body></html>"),
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Domain Default page</title><meta "
           "name='copyright' content='Copyright 1999-2024. Plesk International GmbH.'></head><body><div class='page-"
           "container'><h1>Domain Default page</h1><p>This page is generated automatically by Plesk, the web hosting "
           "control panel. It appears because no website has been set up at the address you typed.</p><p>Owner of "
           "{host}? Log in to Plesk and upload your website's files.</p></div></body></html>"),
]

# app shells whose only "not found" is in their state, title or script (the probe each site answers with)
_MARKO = json.dumps({"w": [["s0-4", 0, {"episode": None, "status": 404, "reason": "Episode not found"}, {"f": 1}]],
                     "t": ["app/pages/episode/index.marko"]})
_BUBBLE = json.dumps({"app_name": "resultados-puerto", "page_name": "404", "app_version": "live", "page_id": "bTHaa",
                      "redirected_from": None, "current_user": None}, ensure_ascii=False)
_FRAMER = json.dumps([{"routeId": "augiA20Il", "pathVariables": {}, "localeId": "default", "notFound": True,
                       "httpStatus": 404}])
_JSS = json.dumps({"sitecore": {"context": {"pageEditing": False, "site": {"name": "meteo"}, "language": "lv"},
                                "route": None}, "notFound": True, "dictionary": {"NotFoundTitle": "Lapa nav atrasta"}},
                  ensure_ascii=False)
_LEPTOS = json.dumps({"article": {"Err": {"ServerError": "404: სტატია ვერ მოიძებნა"}}}, ensure_ascii=False)
APP_SHELLS10 = [
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{site}</title><link rel='stylesheet' "
           "href='/static/episode.a81c.css'></head><body><div id='app'><!--M#s0-4--></div><script>$MC=(window.$MC||"
           "[]).concat(" + _MARKO + ")</script><script src='/static/episode.a81c.js' async></script></body></html>",
     "soft"),
    ("de", "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{site}</title><script src='/js/knockout-"
           "3.5.1.js'></script></head><body><div id='match' data-bind='visible: !fehlt()'><h1 data-bind='text: "
           "titel'></h1><div data-bind='html: bericht'></div></div><div id='missing' style='display:none' "
           "data-bind='visible: fehlt'><h1>Dieser Spielbericht existiert nicht</h1></div><script>ko.applyBindings({"
           "fehlt: ko.observable(true), titel: ko.observable(''), bericht: ko.observable('')});</script></body>"
           "</html>", "honest"),
    ("fr", "<!DOCTYPE html><html lang='fr' ng-app='vigilanceApp'><head><meta charset='utf-8'><title>{site}</title>"
           "<style>[ng-cloak]{display:none}</style><script src='/lib/angular-1.8.3.min.js'></script><script src='/app/"
           "app.js'></script></head><body ng-cloak><div ng-view></div><script>angular.module('vigilanceApp').constant("
           "'ETAT_ROUTE', {\"code\": 404, \"libelle\": \"Bulletin introuvable\"});</script></body></html>", "soft"),
    ("es", "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>{site}</title><script>window."
           "_bubble_page_load_data = " + _BUBBLE + ";</script><script src='/package/run_js/4f2a91/xfalse/x10'></script>"
           "</head><body><div class='main-page'></div></body></html>", "honest"),
    ("pt", "<!DOCTYPE html><html lang='pt'><head><meta charset='utf-8'><title>{site}</title><meta name='generator' "
           "content='Framer 2f1b8c4'></head><body><div id='main' data-framer-hydrate-v2='{\"routeId\":\"augiA20Il\"}'>"
           "<div class='framer-1x8k2'></div></div><script type='framer/handover' id='__framer__handoverData'>" + _FRAMER
           + "</script><script type='module' src='https://framerusercontent.example/sites/3Qw/script_main.mjs'>"
           "</script></body></html>", "soft"),
    ("it", "<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>{site}</title><script>var __bootstrap = "
           "{\"luogo\":\"puntata:77\",\"errore\":\"NON_TROVATO\",\"codice\":404};</script><script src='/app/app."
           "nocache.js'></script></head><body><iframe src='javascript:\"\"' id='__gwt_historyFrame' style='position:"
           "absolute;width:0;height:0;border:0'></iframe><div id='gwt-root'></div></body></html>", "honest"),
    ("ca", "<!DOCTYPE html><html lang='ca'><head><meta charset='utf-8'><title>{site}</title><script type='module' "
           "src='/components/pod-episode.js'></script></head><body><pod-episode numero='58'><template "
           "shadowrootmode='open'><style>:host{display:block}</style><h1>Capítol no trobat</h1><p>No existeix cap "
           "capítol amb aquest número.</p></template></pod-episode></body></html>", "soft"),
    ("lv", "<!DOCTYPE html><html lang='lv'><head><meta charset='utf-8'><title>{site}</title></head><body><div "
           "id='root'></div><script type='application/json' id='__JSS_STATE__'>" + _JSS + "</script><script "
           "src='/dist/meteo/client.bundle.js'></script></body></html>", "honest"),
    ("ru", "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>{site}</title><script src='/ext/ext-all."
           "js'></script></head><body><div id='viewport'></div><script>Ext.onReady(function () { Ext.create('Ext."
           "container.Viewport', {layout: 'fit'}); Ext.Msg.alert('Ошибка', 'Документ с таким номером не найден'); });"
           "</script></body></html>", "soft"),
    ("ka", "<!DOCTYPE html><html lang='ka'><head><meta charset='utf-8'><title>{site}</title><link rel='modulepreload' "
           "href='/pkg/app.js'></head><body><script id='__LEPTOS_RESOLVED' type='application/json'>" + _LEPTOS
           + "</script><script type='module'>import init, { hydrate } from '/pkg/app.js'; init('/pkg/app_bg.wasm')."
           "then(hydrate);</script></body></html>", "honest"),
]

# live app shells of the same frameworks (their state holds the page; 404 and 410 only as numbers)
LIVE_SHELLS10 = [
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ep. 88: Night shift at the fish market | {site}"
    "</title></head><body><div id='app'><!--M#s0-4--></div><script>$MC=(window.$MC||[]).concat(" + json.dumps(
        {"w": [["s0-4", 0, {"episode": {"id": 404, "number": 88, "plays": 410, "title": "Ep. 88: Night shift at the fish "
                                        "market", "notes": "We spend a night with the porters who unload the boats. "
                                        * 18}}, {"f": 1}]]}) + ")</script><script src='/static/episode.a81c.js' async>"
    "</script></body></html>",
    "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>Resultados de la jornada 30 | {site}</title>"
    "<script>window._bubble_page_load_data = " + json.dumps(
        {"app_name": "resultados-puerto", "page_name": "jornada", "app_version": "live", "page_id": "cx404",
         "visits": 410, "summary": "El Puerto ganó por dos goles a uno y sigue tercero en la tabla. " * 15},
        ensure_ascii=False) + ";</script></head><body><div class='main-page'><h1>Resultados de la jornada 30</h1>"
    "</div></body></html>",
    "<!DOCTYPE html><html lang='lv'><head><meta charset='utf-8'><title>Brīdinājums par stipru vēju | {site}</title>"
    "</head><body><div id='root'></div><script type='application/json' id='__JSS_STATE__'>" + json.dumps(
        {"sitecore": {"context": {"pageEditing": False, "language": "lv"}, "route": {"name": "bridinajums-404",
         "fields": {"Title": {"value": "Brīdinājums par stipru vēju"}, "Text": {"value": "Piekrastē gaidāmas vēja "
                    "brāzmas līdz 25 metriem sekundē. " * 16}}}}}, ensure_ascii=False) + "</script></body></html>",
    "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Hafen SV gewinnt das Derby | {site}</title>"
    "<script src='/js/knockout-3.5.1.js'></script></head><body><div id='match' data-bind='visible: !fehlt()'><h1>Hafen "
    "SV gewinnt das Derby</h1><div>" + "<p>Der Hafen SV hat das Derby mit 3:1 gewonnen und bleibt Tabellenführer.</p>"
    * 16 + "</div></div><div id='missing' style='display:none' data-bind='visible: fehlt'></div><script>ko."
    "applyBindings({fehlt: ko.observable(false)});</script></body></html>",
]

# (language, markup for the head of a template page, or a whole page, extra headers) sending the reader home
REFRESH_HOME10: list[tuple[str, str, str, dict[str, str]]] = [
    ("en", "<meta http-equiv='refresh' content='2;url=/?utm_source=retired-page'>",
     "Bulletin archived\nThis bulletin is out of date\n<p>You will be on our front page in a moment.</p>", {}),
    ("ca", "", "<!DOCTYPE html><html lang='ca'><head><meta charset='utf-8'><title>{site}</title></head><body><p>"
               "Redirigint a la portada…</p><script>location.assign(location.origin);</script></body>"
               "</html>", {}),
    ("sr", "", "<!DOCTYPE html><html lang='sr'><head><meta charset='utf-8'><title>{site}</title></head><body "
               "onpageshow=\"location.replace('/')\"><p>Преусмеравање…</p></body></html>", {}),
    ("ka", "", "<!DOCTYPE html><html lang='ka'><head><meta charset='utf-8'><title>{site}</title><script>setTimeout(() "
               "=> location.replace(new URL('/', location.href)), 1200);</script></head><body><p>გადამისამართება "
               "მთავარ გვერდზე…</p></body></html>", {}),
    ("ta", "", "<!DOCTYPE html><html lang='ta'><head><meta charset='utf-8'><title>{site}</title></head><body><script>"
               "window.open('/', '_self');</script></body></html>", {}),
    ("lv", "", "<!DOCTYPE html><html lang='lv'><head><meta charset='utf-8'><title>{site}</title><script src='/js/jquery-"
               "3.7.1.min.js'></script><script>$(function () { window.location.replace('/'); });</script></head><body>"
               "</body></html>", {}),
    ("zh", "", "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{site}</title><script>document."
               "location.pathname = '/';</script></head><body><p>正在跳转…</p></body></html>", {}),
    ("pt", "", "<!DOCTYPE html><html lang='pt'><head><meta charset='utf-8'><title>{site}</title></head><body><p>"
               "Voltando ao início do site…</p></body></html>", {"Refresh": "2; url=/?origem=antigo"}),
    ("de", "", "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{site}</title><noscript><meta "
               "http-equiv='refresh' content='0;url=/'></noscript><script>location.replace(\"/\");</script></head>"
               "<body></body></html>", {}),
]

# live pages with a refresh or a script that does not send the reader away from the page
REFRESH_LIVE10 = [
    "<meta http-equiv='refresh' content='30'>",
    "<script>setTimeout(function () { location.reload(); }, 300000);</script>",
    "<script>if (navigator.language.indexOf('ca') === 0 && location.pathname.indexOf('/ca/') !== 0) { location.replace("
    "'/ca' + location.pathname); }</script>",
    "<script>if (document.referrer.indexOf('t.co/') > -1) { history.replaceState({}, document.title, location.pathname); }"
    "</script>",
]

# (language, page, how) of 410 Gone answers
GONE10 = [
    ("en", "<!doctype html><html lang=\"en\"><head><title>HTTP Status 410 – Gone</title></head><body><h1>HTTP Status "
           "410 – Gone</h1><hr class=\"line\" /><p><b>Type</b> Status Report</p><p><b>Description</b> Access to the "
           "target resource is no longer available at the origin server and this condition is likely to be permanent."
           "</p><hr class=\"line\" /><h3>Apache Tomcat/9.0.85</h3></body></html>", "server"),
    ("en", "{\"jsonapi\":{\"version\":\"1.1\"},\"errors\":[{\"status\":\"410\",\"code\":\"ANNOUNCEMENT_WITHDRAWN\","
           "\"title\":\"Gone\",\"detail\":\"Announcement 16002231 was pulled by its issuer.\"}]}", "jsonapi"),
    ("ka", "წაშლილია\nეს გვერდი სამუდამოდ წაიშალა\n<p>გთხოვთ, განაახლოთ სანიშნეები.</p>", "templated"),
    ("ta", "நீக்கப்பட்டது\nஇந்தப் பக்கம் நிரந்தரமாக நீக்கப்பட்டது\n<p>முகப்புப் பக்கத்துக்குச் செல்லவும்.</p>", "chain"),
    ("lv", "Dzēsts\nŠī lapa ir neatgriezeniski dzēsta\n<p>Jūs tiksiet novirzīts uz sākumlapu.</p>", "refresh"),
    ("ca", "Gone", "plain"),
    ("sr", "Уклоњено\nОва страница је трајно уклоњена\n<p>Ажурирајте своје обележиваче.</p>", "templated"),
]

# (status, headers, page, language, note) of walls in front of live pages: the same for every path
WALLS10 = [
    (200, {}, "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult "
              "with your administrator.<br><br>Your support ID is: 14721896305512347782<br><br><a href='javascript:"
              "history.back();'>[Go Back]</a></body></html>", "en", "bot wall f5 200"),
    (429, {"x-kpsdk-ct": "0a1b2c3d", "x-kpsdk-r": "1-AQ"}, "", "en", "bot wall kasada 429"),
    (429, {"x-vercel-mitigated": "challenge", "Server": "Vercel"},
     "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Vercel Security Checkpoint</title></head><body>"
     "<div class='container'><h1>We're verifying your browser</h1><p>Website owner? Click here to fix</p><noscript>"
     "Enable JavaScript to continue</noscript></div><script src='/.well-known/vercel/security/static/challenge.v2.min."
     "js'></script></body></html>", "en", "bot wall vercel 429"),
    (403, {"Server": "StormWall"},
     "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>Проверка браузера</title></head><body><div "
     "class='sw'><h1>Проверяем, что вы не робот</h1><p>Это займёт не более пяти секунд. Сайт защищён от DDoS-атак.</p>"
     "</div><script src='/__sw/challenge.js'></script></body></html>", "ru", "bot wall stormwall 403"),
    (200, {}, "<!DOCTYPE html><html lang='ca'><head><meta charset='utf-8'><title>La vostra privadesa</title></head><body>"
              "<div id='CybotCookiebotDialog' role='dialog'><h2>Aquest lloc web utilitza galetes</h2><p>Per llegir el "
              "contingut cal que accepteu les galetes o que us subscriviu a la versió sense publicitat.</p><button>"
              "Accepta-les totes</button><button>Configura</button></div></body></html>", "ca", "consent wall ca"),
]

# (language, layout, headline, the paywall's words) of paywalled pages
TEASERS10 = [
    ("en", "score10", "Tactics board: how Harbour shut down the league leaders",
     "This analysis is for Matchday Plus members. Start your free week to keep reading."),
    ("de", "pod10", "Folge 61: Die letzten Schauerleute",
     "Diese Folge hören nur Unterstützerinnen und Unterstützer. Werde Mitglied, um sie ganz zu hören."),
    ("ca", "score10", "Vestidor: les claus del canvi d'entrenador",
     "Aquest contingut és exclusiu per a subscriptors. Subscriviu-vos per continuar llegint."),
]

# (text, headline) of short bulletins on the weather agency's site
BRIEFS10 = [
    ("Fog will clear by mid-morning. Drivers should allow extra time on the coast road.", "Morning fog on the coast road"),
    ("Pollen levels will be high on Thursday and Friday across the valley.", "High pollen this week"),
    ("The marine forecast for the northern and southern sea areas has been updated for the weekend.",
     "Marine forecast updated"),
]

# (language, cited headline, its date, the headline now at the URL, its lead, a kept article's headline)
REPLACED10 = [
    ("en", "Harbour FC sign goalkeeper on two-year deal", "2021-07-14", "How to pack a picnic for match day",
     "Sandwiches, flasks and folding chairs.", "Harbour FC appoint new academy director"),
    ("en", "Gale warning issued for the western coast", "2020-11-02", "Five rainy-day bakes the family will love",
     "Warm, simple and quick.", "Frost warning for inland districts"),
    ("de", "Aufsichtsrat beruft neuen Vorstandschef der Hafen AG", "2021-04-20", "Die schönsten Radwege am Wasser",
     "Touren für lange Sommertage.", "Hafen AG erhöht die Dividende"),
    ("fr", "Le club recrute un nouvel entraîneur", "2020-06-18", "Nos astuces pour un balcon fleuri tout l'été",
     "Des conseils simples et peu coûteux.", "Le stade sera rénové en 2025"),
    ("it", "Allerta meteo arancione sulla costa", "2021-10-05", "Le migliori gelaterie della riviera",
     "La nostra classifica dell'estate.", "Allerta gialla per neve in collina"),
    ("ru", "Совет директоров утвердил выплату дивидендов", "2020-05-27", "Лучшие рецепты летних лимонадов",
     "Просто и освежающе.", "Компания разместила облигации"),
    ("tr", "Kulüp yeni teknik direktörünü açıkladı", "2021-06-09", "Yaz tatili için sakin koylar rehberi",
     "En sevdiğimiz on plaj.", "Stadyum yenileme projesi onaylandı"),
    ("ca", "El club renova la capitana fins al 2024", "2020-09-15", "Cinc escapades de cap de setmana a la costa",
     "Platges, cales i bons restaurants.", "L'equip presenta la nova samarreta"),
    ("sr", "Хидрометеоролошки завод упозорава на олујни ветар", "2021-03-03", "Како да уредите башту за викенд",
     "Неколико једноставних савета.", "Упозорење на поледицу у брдским крајевима"),
    ("lv", "Emitents paziņo par valdes priekšsēdētāja maiņu", "2020-08-26",
     "Kā izvēlēties kafiju mājas espresso automātam", "Padomi iesācējiem.", "Emitents publisko pusgada pārskatu"),
    ("ka", "ეპიზოდი 12: საუბარი ქალაქის ისტორიაზე", "2021-02-11", "ზაფხულის მოგზაურობის საუკეთესო მარშრუტები",
     "სად წავიდეთ შვებულებაში.", "ეპიზოდი 13: ძველი ნავსადგური"),
    ("ta", "கடலோர அரிப்பு குறித்த ஆய்வறிக்கை", "2020-12-08", "கோடை விடுமுறைக்கு ஏற்ற சுற்றுலாத் தலங்கள்",
     "குடும்பத்துடன் செல்ல சிறந்த இடங்கள்.", "நதி நீர் தரம் குறித்த ஆய்வு"),
]

# (language, cited headline, its date, another item of the same kind now at the URL, its lead)
REPLACED_NEWS10 = [
    ("en", "Harbour Holdings plc: Final Results", "2019-03-21", "Meridian Mining plc: Director/PDMR Shareholding",
     "Notification of a transaction by a person discharging managerial responsibilities, under an announcement id "
     "the exchange has reused."),
    ("es", "Episodio 12: La huelga del puerto de 1976", "2019-10-02", "Episodio 12: Cómo preparar una entrevista de "
     "trabajo", "Nueva temporada del pódcast, ahora dedicada al empleo y la formación."),
]

# (language, layout, headline, lead, the cited title, how it differs) of live pages cited under another title
RETOLD10 = [
    ("ka", "pod10", "ქალაქში მდინარის გასწვრივ ახალი ველობილიკი გაიხსნა",
     "ახალი ბილიკი ძველ ხიდს ნავსადგურთან აკავშირებს.", "City opens new cycle path along the river", "translated"),
    ("en", "alert10", "Storm Imogen: coastal roads reopen after clean-up",
     "All coastal routes were open again by Tuesday evening after crews cleared fallen trees.",
     "Storm Imogen: coastal roads closed as clean-up begins", "earlier headline"),
    ("ca", "score10", "El port tindrà una nova terminal de creuers", "Les obres començaran a la primavera.",
     "El port tindrà una nova terminal de creuers | Diari del Port", "with the site's name"),
]
