"""The words and whole pages of held-out 9 of the dead-web set (used by tests/deadweb_pages9.py).

Written blind to the check's rules by another author (see deadweb_pages9), who
wrote every wording afresh after reading parts 3 to 8's: for each language the two
not-found pages a site may show (its 404 page, its soft 200 template), notices of
removal (a video taken down over rights, a bill withdrawn by its sponsor, minutes
redacted, an object deaccessioned, a fact check retracted, an expired stream, a
takedown under a court order, a podcast episode pulled), live headlines that speak
of missing, removed, deleted or expired things (a bill to delete old records, a
museum's "lost" paintings found, a fact check of a deleted post, a film called
"Error 404", a "410 bus"), landers of lapsed domains, app shells of frameworks the
set lacks, refreshes, walls and recycled URLs. Five languages are new to the set
(ms, et, lt, sk, hr).
"""

from __future__ import annotations

import json

# language -> (the honest 404 page, the soft 200 template): each (title, heading, body)
NOT_FOUND9: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "en": (("We can't find that page", "This link appears to be broken",
            "The address may be out of date, or the page may never have existed. Try the search box above or browse "
            "the latest bulletins."),
           ("Wrong turn", "Nothing to watch here", "The clip you followed is not on our player. Here is what's on now:")),
    "de": (("Hier ist nichts", "Zu dieser Adresse haben wir leider keinen Inhalt",
            "Der Link ist womöglich veraltet oder unvollständig. Zur Startseite oder zur Suche."),
           ("Sackgasse", "Diese Seite gibt es bei uns nicht", "Stöbern Sie stattdessen in den aktuellen Beiträgen:")),
    "fr": (("Oups, page manquante", "Nous n'avons rien trouvé à cette adresse",
            "Le lien que vous avez suivi est peut-être périmé ou mal recopié."),
           ("Perdu ?", "Rien à voir ici", "Voici nos dernières vidéos :")),
    "es": (("Contenido no disponible (404)", "No hemos podido encontrar lo que buscas",
            "Es posible que el enlace esté roto o que la dirección contenga un error."),
           ("Vaya...", "Por aquí no hay nada", "Te proponemos estas noticias:")),
    "it": (("Pagina inesistente", "Ci dispiace, questa pagina non esiste",
            "Controlla di aver digitato correttamente l'indirizzo oppure torna alla home."),
           ("Ops!", "Qui non c'è niente da vedere", "Ecco le ultime notizie:")),
    "pt": (("Página inexistente", "Não encontramos o que você procurava",
            "O link pode estar quebrado ou desatualizado. Tente a busca."),
           ("Eita!", "Nada por aqui", "Veja as últimas notícias:")),
    "pl": (("Nie znaleziono strony", "Strona o podanym adresie nie istnieje",
            "Sprawdź poprawność adresu lub wróć na stronę główną."),
           ("Ojej!", "Tu nic nie ma", "Zobacz najnowsze wiadomości:")),
    "ru": (("Страница отсутствует", "К сожалению, такой страницы у нас нет",
            "Проверьте правильность адреса или перейдите на главную."),
           ("Упс", "Здесь пусто", "Посмотрите свежие новости:")),
    "uk": (("Сторінки не існує", "На жаль, за цією адресою нічого немає",
            "Перевірте адресу або поверніться на головну сторінку."),
           ("Халепа", "Тут порожньо", "Подивіться останні новини:")),
    "tr": (("Sayfa mevcut değil", "Aradığınız sayfaya ulaşılamıyor",
            "Adres hatalı yazılmış olabilir. Ana sayfaya dönebilir ya da arama yapabilirsiniz."),
           ("Hay aksi!", "Burada bir şey yok", "Son haberlere göz atın:")),
    "hu": (("Nincs ilyen oldal", "A keresett oldal nem található",
            "Ellenőrizze a címet, vagy térjen vissza a címlapra."),
           ("Hoppá!", "Itt nincs semmi", "Nézze meg legfrissebb híreinket:")),
    "ar": (("الصفحة غير متوفرة", "عذراً، لم نتمكن من العثور على هذه الصفحة",
            "ربما يكون الرابط معطلاً أو مكتوباً بشكل غير صحيح."),
           ("عفواً", "لا يوجد شيء هنا", "تصفح آخر الأخبار:")),
    "zh": (("页面不存在", "抱歉，您访问的页面不存在", "请检查网址是否输入正确，或返回首页继续浏览。"),
           ("哎呀", "这里什么都没有", "看看最新的新闻吧：")),
    "ja": (("ページが存在しません", "お探しのページは存在しないか、URLが間違っています", "お手数ですがトップページからお探しください。"),
           ("あれれ？", "ここには何もないようです", "新着記事はこちら：")),
    "ko": (("페이지를 찾을 수 없음", "요청하신 페이지가 존재하지 않습니다", "입력하신 주소가 정확한지 다시 한번 확인해 주세요."),
           ("이런!", "여기에는 아무것도 없습니다", "최신 뉴스를 확인해 보세요:")),
    "ms": (("Ralat 404 - Halaman tiada", "Maaf, halaman yang anda cari tidak wujud",
            "Sila semak alamat atau kembali ke laman utama."),
           ("Alamak!", "Tiada apa-apa di sini", "Baca berita terkini kami:")),
    "et": (("Lehte ei leitud", "Kahjuks sellist lehte ei ole", "Kontrolli aadressi või mine avalehele."),
           ("Oih!", "Siin pole midagi", "Vaata värskeid uudiseid:")),
    "lt": (("Puslapis nerastas", "Deja, tokio puslapio nėra", "Patikrinkite adresą arba grįžkite į pradžią."),
           ("Oi!", "Čia nieko nėra", "Skaitykite naujausias naujienas:")),
    "sk": (("Stránka nenájdená", "Ľutujeme, požadovaná stránka neexistuje",
            "Skontrolujte adresu alebo sa vráťte na úvodnú stránku."),
           ("Ups!", "Tu nič nie je", "Pozrite si najnovšie správy:")),
    "hr": (("Stranica nije pronađena", "Nažalost, tražena stranica ne postoji",
            "Provjerite adresu ili se vratite na naslovnicu."),
           ("Ups!", "Ovdje nema ničega", "Pogledajte najnovije vijesti:")),
}

# whole pages that servers and hosts answer for a path they do not know (all with a 404)
SPRING_404 = ("<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you "
              "are seeing this as a fallback.</p><div id='created'>Tue May 14 09:12:44 UTC 2024</div><div>There was an "
              "unexpected error (type=Not Found, status=404).</div></body></html>")
AZURE_404 = ("\ufeff<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>BlobNotFound</Code><Message>The specified "
             "blob does not exist.\nRequestId:4b1c2d3e-901e-0007-2a7f-a1b2c3000000\nTime:2024-05-14T09:12:44.1234567Z"
             "</Message></Error>")
IIS_404 = ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">"
           "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
           "charset=iso-8859-1\"/><title>404 - File or directory not found.</title><style type=\"text/css\">body{margin:0;"
           "font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}</style></head><body>"
           "<div id=\"header\"><h1>Server Error</h1></div><div id=\"content\"><div class=\"content-container\"><fieldset>"
           "<h2>404 - File or directory not found.</h2><h3>The resource you are looking for might have been removed, had "
           "its name changed, or is temporarily unavailable.</h3></fieldset></div></div></body></html>")
NETLIFY_404 = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width="
               "device-width, initial-scale=1\"><title>Page not found</title><style>body{font-family:-apple-system,"
               "BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;background:#fff}.container{max-width:380px;margin:0 "
               "auto}</style></head><body><div class=\"container\"><h1>Page not found</h1><p>Looks like you've followed "
               "a broken link or entered a URL that doesn't exist on this site.</p><hr><p>If this is your site, and you "
               "weren't expecting a 404 for this path, please visit Netlify's <a href=\"https://answers.netlify.com/\">"
               "page not found support guide</a> for troubleshooting tips.</p></div></body></html>")
# an Estonian ministry's not-found page in its three languages, answering 200 (title, heading, body)
TRILINGUAL_404 = ("Lehte ei leitud · Page not found · Страница не найдена",
                  "Lehte ei leitud / Page not found / Страница не найдена",
                  "<p>Otsitud lehte ei ole olemas või on see teisaldatud. Kasuta otsingut.</p><p lang='en'>The page you "
                  "were looking for does not exist or has moved. Please use the search.</p><p lang='ru'>Запрошенная "
                  "страница не существует или перемещена. Воспользуйтесь поиском.</p>")

# (language, title, heading, body) of removal notices
REMOVED9 = [
    ("en", "Video unavailable", "This video has been taken down following a copyright claim",
     "The rights holder has asked us to stop showing this clip. Other coverage of the story is below."),
    ("en", "Bill withdrawn", "This bill was withdrawn by its sponsor and its text is no longer published",
     "Withdrawn bills are listed in the session's journal; the tracker keeps no copy of their text."),
    ("en", "Item redacted", "These minutes have been withdrawn from the public record",
     "The council resolved on 12 March to withdraw this item while a legal matter is resolved."),
    ("en", "Object record retired", "This object has been deaccessioned and its record retired",
     "It left the collection by sale in 2021 under the museum's disposal policy."),
    ("en", "Fact check retracted", "We have retracted this fact check",
     "After publication we found an error in the sources we relied on; the rating no longer stands, so the article "
     "has been taken off the site. Our corrections policy explains how we handle this."),
    ("en", "Episode unavailable", "This episode is no longer available",
     "It has been pulled from the feed for legal reasons."),
    ("de", "Video depubliziert", "Dieses Video ist aus rundfunkrechtlichen Gründen nicht mehr abrufbar",
     "Die Verweildauer im Telemedienangebot ist abgelaufen."),
    ("fr", "Vidéo expirée", "Cette vidéo n'est plus disponible en replay",
     "Les droits de diffusion ont expiré le 14 février."),
    ("es", "Proyecto retirado", "Esta iniciativa fue retirada por el grupo proponente",
     "Su texto ya no figura en el registro de iniciativas en trámite."),
    ("it", "Contenuto rimosso", "Il video è stato rimosso su segnalazione del titolare dei diritti", ""),
    ("pt", "Ata retirada", "Esta ata foi retirada de publicação por decisão da Mesa Diretora",
     "O documento será republicado após revisão."),
    ("pl", "Obiekt wycofany", "Ten obiekt został wycofany z kolekcji muzeum",
     "Karta katalogowa nie jest już udostępniana."),
    ("ru", "Проверка отозвана", "Редакция отозвала этот материал",
     "В проверке обнаружена ошибка в источниках, поэтому текст снят с сайта."),
    ("uk", "Відео недоступне", "Це відео видалено за скаргою правовласника", "Перегляд неможливий."),
    ("tr", "Yayından kaldırıldı", "Bu video mahkeme kararıyla yayından kaldırılmıştır",
     "Erişim engeli kararı uyarınca içerik gösterilmemektedir."),
    ("hu", "A videó nem érhető el", "A videót a jogtulajdonos kérésére eltávolítottuk", ""),
    ("ar", "تم حجب المقطع", "تم حجب هذا المقطع بناء على شكوى حقوق الملكية", "نعتذر عن عدم إمكانية عرضه."),
    ("zh", "视频已下架", "该视频因版权原因已下架", "给您带来不便，敬请谅解。"),
    ("ja", "配信終了", "この番組の配信は終了しました", "見逃し配信の期間が過ぎたため、ご覧いただけません。"),
    ("ko", "삭제된 영상", "이 영상은 저작권자의 요청으로 삭제되었습니다", ""),
    ("ms", "Kandungan ditarik balik", "Kandungan ini telah ditarik balik atas arahan mahkamah", ""),
    ("et", "Saade pole enam järelvaadatav", "Selle saate järelvaatamise aeg on lõppenud",
     "Õiguste tõttu on saade arhiivist eemaldatud."),
    ("lt", "Straipsnis pašalintas", "Šis straipsnis pašalintas asmens prašymu",
     "Vadovaujantis teise būti pamirštam."),
    ("sk", "Obsah bol odstránený", "Tento článok redakcia stiahla", "Ospravedlňujeme sa čitateľom."),
    ("hr", "Sadržaj uklonjen", "Ovaj je članak uklonjen na zahtjev osobe koja se u njemu spominje", ""),
]

# (language, headline, lead) of live articles whose own words speak of missing, removed, deleted or expired things
TRAPS9 = [
    ("en", "Error 404: the documentary about a town whose newspaper vanished from the internet",
     "When the Gazette closed, its archive went offline overnight; every old link now shows a page not found."),
    ("en", "Council votes to delete CCTV footage after 30 days instead of 90",
     "Recordings will be removed automatically a month after capture under the new retention policy."),
    ("en", "Lost and found: stolen paintings returned to the museum after 40 years",
     "The two canvases, removed from their frames in a 1984 burglary, were found in an attic."),
    ("en", "Broadcaster apologises after live stream was taken down mid-match",
     "Viewers saw a 'This video is unavailable' message for twenty minutes during the second half."),
    ("en", "Expired: thousands of residents' parking permits lapse after system glitch",
     "The council says permits that expired on Friday will be honoured until the end of the month."),
    ("en", "Bill to let victims remove their names from court records clears committee",
     "The measure would let a judge order personal details deleted from the online register."),
    ("de", "Gelöscht und vergessen? Warum Mediatheken Sendungen nach Fristen entfernen",
     "Depublizieren heißt das Verfahren, das Beitragszahler seit Jahren ärgert."),
    ("fr", "« Page introuvable » : la mairie a perdu dix ans de comptes rendus en ligne",
     "Les délibérations ont disparu lors de la refonte du site ; l'opposition réclame leur restauration."),
    ("es", "El museo recupera la escultura desaparecida hace medio siglo",
     "La pieza, retirada de su pedestal en 1974, estaba en una colección privada."),
    ("it", "Cancellato il concerto di Capodanno: pioggia e vento sulla piazza",
     "Il Comune ha annullato l'evento; i biglietti saranno rimborsati."),
    ("pt", "Vídeo apagado: deputado remove publicação após checagem",
     "A publicação, classificada como falsa, foi excluída das redes sociais do parlamentar na terça-feira."),
    ("pl", "„Nie znaleziono”: mieszkańcy skarżą się na nowy portal urzędu",
     "Połowa formularzy kończy się komunikatem o błędzie 404; urząd obiecuje poprawki."),
    ("ru", "Пропавшую картину нашли в запасниках музея",
     "Полотно считалось утраченным с 1941 года и числилось в розыске."),
    ("uk", "Видалили з реєстру: парламент ухвалив закон про очищення бази боржників",
     "Записи про сплачені борги тепер вилучатимуть автоматично."),
    ("tr", "Silinen tweet tartışması: Belediye başkanı paylaşımını neden kaldırdı?",
     "Doğruluk kontrolünün ardından gönderi kaldırıldı; başkan açıklama yaptı."),
    ("hu", "Eltűnt a honlapról a képviselő-testület jegyzőkönyve",
     "Az ellenzék szerint a dokumentumot szándékosan törölték; a hivatal technikai hibára hivatkozik."),
    ("ar", "إلغاء الحفل بسبب العاصفة واسترداد ثمن التذاكر", "أعلنت البلدية إلغاء الحفل المقرر مساء الجمعة."),
    ("zh", "失而复得：博物馆百年前失窃文物回归", "这件文物于1923年被盗，近日由海外收藏家归还。"),
    ("ja", "議事録が消えた？ 市議会サイトで過去10年分が閲覧不能に", "システム更新で「ページが見つかりません」と表示される状態が続いている。"),
    ("ko", "'삭제된 게시물' 팩트체크… 시청은 왜 글을 내렸나", "시청 게시판에서 사라진 공고문을 추적했다."),
    ("ms", "Video dipadam: menteri tarik balik kenyataan selepas semakan fakta",
     "Hantaran itu dipadam daripada akaun rasmi pada petang Selasa."),
    ("et", "Kadunud maal leiti muuseumi hoidlast", "Maali peeti kadunuks alates 1944. aastast."),
    ("lt", "Ištrinti įrašai: Seimas svarstys, kiek laiko saugoti vaizdo įrašus",
     "Pagal projektą įrašai būtų automatiškai ištrinami po 30 dienų."),
    ("sk", "Stránka neexistuje: mesto prišlo o archív zápisníc",
     "Po zmene webu sa na staré odkazy zobrazuje chyba 404."),
    ("hr", "Izbrisani snimci: gradsko vijeće prestaje objavljivati sjednice",
     "Snimke sjednica bit će uklonjene s portala nakon šest mjeseci."),
]

# (language, claim, lead) of fact checks whose subject is a deleted post, a missing page or a removed video
CHECK_TRAPS9 = [
    ("en", "Did the health ministry delete its vaccine safety report? No, it moved",
     "Posts claim the report was removed from the ministry's website. It now sits at a new address; the old link shows "
     "a 404 error."),
    ("en", "Viral video of flooded tunnel was removed from YouTube, posts say. That's misleading",
     "The clip was taken down by the uploader, not by the platform, and it was filmed in 2019."),
    ("es", "No, el Gobierno no ha borrado la web de ayudas: la página se ha trasladado",
     "El enlace antiguo devuelve un error 'página no encontrada' tras la migración."),
    ("de", "Faktencheck: Wurde das Video der Polizei gelöscht? Nein",
     "Der Beitrag ist weiterhin abrufbar; nur die Vorschau auf der Plattform war vorübergehend nicht verfügbar."),
    ("pt", "É falso que o tribunal apagou a decisão do seu site",
     "A decisão continua disponível; o endereço que circula nas redes leva a uma página inexistente porque foi "
     "digitado errado."),
]

# (language, headline, lead) of live articles with 404 or 410 in their subject
NUMBER_TRAPS9 = [
    ("en", "Route 410 bus to run every ten minutes from June", "The operator is adding four buses to the route."),
    ("pl", "Ustawa nr 404 trafi do Senatu", "Sejm przyjął projekt większością głosów."),
    ("tr", "404 numaralı kanun teklifi komisyondan geçti", "Teklif Genel Kurul'da görüşülecek."),
    ("hr", "Dionica D404 zatvorena zbog radova do petka", "Promet se preusmjerava preko obilaznice."),
]

# (language, layout, headline, banner) of live articles under a banner that speaks of removal or expiry
BANNERED9 = [
    ("en", "vod9", "Harbour festival opens with fireworks",
     "Some scenes have been removed from this video for legal reasons."),
    ("en", "bill9", "Coastal Protection Bill 2023",
     "This bill has completed its passage; earlier versions have been superseded and removed from this page."),
    ("en", "minutes9", "Regular Council Meeting – 14 March 2024",
     "Item 7 (personnel matter) was considered in closed session and has been redacted from these minutes."),
    ("en", "museum9", "Portrait of a Harbour Pilot",
     "Not on view: this object has been removed from display for conservation."),
    ("de", "check9", "Nein, der Bürgermeister hat keinen Tweet gelöscht",
     "Aktualisierung: Eine frühere Fassung dieses Faktenchecks wurde entfernt und durch diese ersetzt."),
    ("ja", "vod9", "港まつり 花火大会を生中継",
     "この動画の配信期限は2025年3月31日までです。期限を過ぎると削除されます。"),
]

# landers of parked, lapsed and taken-over domains (the same page for every path)
LANDERS9 = [
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{host}</title><meta name='viewport' "
           "content='width=device-width'><script>window.LANDER_SYSTEM='PW';window.__bodis={domain:'{host}',pid:'"
           "9b2c',caf:true};</script><script src='//www.google.com/adsense/domains/caf.js'></script></head><body>"
           "<div id='header'><h1>{host}</h1></div><div id='relatedsearches1'></div><div id='footer'>This domain may be "
           "for sale. <a href='https://www.bodis.example/?domain={host}'>Inquire now</a></div></body></html>"),
    ("ms", "<!DOCTYPE html><html lang='ms'><head><meta charset='utf-8'><title>Domain {host} telah tamat tempoh"
           "</title></head><body><div class='notice'><h1>Domain ini telah tamat tempoh</h1><p>Pemilik domain {host} "
           "perlu memperbaharui pendaftaran untuk memulihkan laman web ini.</p><a href='https://daftar.example.my/"
           "renew'>Perbaharui sekarang</a></div></body></html>"),
    ("sk", "<!DOCTYPE html><html lang='sk'><head><meta charset='utf-8'><title>{host} – doména je na predaj</title>"
           "</head><body><div class='box'><h1>Doména {host} je na predaj</h1><p>Máte záujem o túto doménu? Pošlite nám "
           "ponuku.</p><form><input name='email' placeholder='E-mail'><input name='cena' placeholder='Cena (EUR)'>"
           "<button>Odoslať ponuku</button></form></div></body></html>"),
    ("ja", "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{host}</title></head><body><div "
           "class='wrap'><p>このWebサイトは現在準備中です。</p><p>レンタルサーバーのご利用期限が過ぎているため、コンテンツは表示されません。"
           "</p><p class='small'>サーバー管理者の方は契約状況をご確認ください。</p></div></body></html>"),
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Account Expired</title></head><body "
           "style='font-family:arial'><h2>This hosting account has expired</h2><p>If you are the owner of this "
           "website, please log in to your billing area and renew your plan to restore service.</p><p><a href='https"
           "://billing.hostco.example/'>Client area</a></p></body></html>"),
    ("lt", "<!DOCTYPE html><html lang='lt'><head><meta charset='utf-8'><title>Geriausi kazino 2024 – premijos ir "
           "nemokami sukimai</title></head><body><header><a href='/'>Kazino Apžvalgos</a></header><h1>Geriausi "
           "internetiniai kazino Lietuvoje</h1><p>Palyginome licencijuotus kazino ir atrinkome didžiausias "
           "premijas.</p><ol><li>LuckySpin – 200 nemokamų sukimų</li><li>Auksinis – 100 % premija</li></ol><p>18+ "
           "Žaiskite atsakingai.</p></body></html>"),
]

# app shells whose only "not found" is in their state, title or script (the probe each site answers with)
_PHX = "{&quot;status&quot;:404,&quot;reason&quot;:&quot;Nachricht nicht gefunden&quot;}"
_QWIK = json.dumps({"refs": {}, "ctx": {}, "objs": ["\u0012Not found", 404, {"status": "\u00011", "message": "\u00010"}],
                    "subs": []})
_ASTRO = json.dumps({"status": [0, 404], "message": [0, "Artículo no encontrado"]}, ensure_ascii=False)
_SQS = json.dumps({"pageType": 404, "website": {"siteTitle": "{site}"}, "collection": None, "item": None})
_WIX = json.dumps({"siteFeaturesConfigs": {}, "pageId": "ut9x", "errorPageId": "404", "routerFetchData": {
    "status": 404, "statusText": "Nie znaleziono"}}, ensure_ascii=False)
APP_SHELLS9 = [
    ("de", "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><meta name='csrf-token' content='Kz9d'><title "
           "data-suffix=' · {site}'>{site}</title><script defer phx-track-static src='/assets/app-4e1f.js'></script>"
           "</head><body><div data-phx-main data-phx-session='SFMyNTY.g2gDaAJhBXQAAAAIZAACaWRt' data-phx-static='' "
           "id='phx-F0xq2' data-phx-error=\"" + _PHX + "\"><div class='phx-loading'></div></div></body></html>", "honest"),
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{site}</title></head><body><div "
           "q:container='paused' q:version='1.5.1' q:render='ssr' q:base='/build/' q:locale='en' q:manifest-hash='x7a1'>"
           "<!--qv q:key=o0_0 q:id=0--></div><script type='qwik/json'>" + _QWIK + "</script><script q:func='qwik/json'>"
           "document.currentScript.qFuncs=[];</script><script id='qwikloader'>((e,t)=>{const n='__q_context__'})"
           "(document);</script></body></html>", "soft"),
    ("es", "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>{site}</title><script type='module' src="
           "'/_astro/hoisted.Cm3d.js'></script></head><body><main><astro-island uid='Z1h3' component-url='/_astro/"
           "Article.B2x9.js' component-export='default' renderer-url='/_astro/client.Dn1s.js' props='" + _ASTRO
           + "' ssr client='load' opts='{\"name\":\"Article\",\"value\":true}'></astro-island></main></body></html>",
     "honest"),
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{site}</title><script>Static="
           "window.Static||{};Static.SQUARESPACE_CONTEXT=" + _SQS + ";</script></head><body id='collection-404' "
           "class='error-page'><div id='siteWrapper'><div class='sqs-block-content'></div></div><script src='https://"
           "static1.squarespace.example/universal/scripts-compressed/site-bundle.js'></script></body></html>", "soft"),
    ("pl", "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>{site}</title><script id='wix-warmup-"
           "data' type='application/json'>" + _WIX + "</script></head><body><div id='SITE_CONTAINER'></div><script src="
           "'https://static.parastorage.example/services/wix-thunderbolt/dist/main.js' async></script></body></html>",
     "honest"),
    ("ja", "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>{site}</title><script src='/js/"
           "vendor/htmx.min.js'></script></head><body hx-boost='true'><main id='content' hx-get='{path}?partial=1' "
           "hx-trigger='load' hx-swap='innerHTML'><div class='skeleton'></div></main><template id='err'><h1>記事が"
           "見つかりませんでした（404）</h1></template><script>document.body.addEventListener('htmx:responseError',e=>"
           "{document.getElementById('content').innerHTML=document.getElementById('err').innerHTML});</script></body>"
           "</html>", "soft"),
    ("ko", "<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>{site}</title></head><body><div id='app'>"
           "</div><script>window.__meteor_runtime_config__=JSON.parse(decodeURIComponent(\"%7B%22ROOT_URL%22%3A%22%2F"
           "%22%2C%22PUBLIC_SETTINGS%22%3A%7B%7D%7D\"));window.__PRELOADED_ROUTE__={\"name\":\"notFound\",\"status\":"
           "404,\"title\":\"기사를 찾을 수 없습니다\"};</script><script src='/bundle.js?meteor_js_resource=true'></script>"
           "</body></html>", "honest"),
    ("tr", "<!DOCTYPE html><html lang='tr'><head><meta charset='utf-8'><title>Sayfa bulunamadı - {site}</title>"
           "<script src='/VAADIN/build/vaadin-bundle.js' type='module'></script></head><body><div id='outlet'></div>"
           "<script>window.Vaadin={featureFlags:{},registrations:[],TypeScript:{}};</script></body></html>", "soft"),
    ("et", "<!DOCTYPE html><html lang='et'><head><meta charset='utf-8'><title>{site}</title></head><body><div "
           "x-data=\"{ laeb: false, viga: 404, teade: 'Uudist ei leitud' }\"><template x-if='viga'><p x-text='teade'>"
           "</p></template></div><script src='/js/alpine.min.js' defer></script></body></html>", "honest"),
    ("hr", "<!DOCTYPE html><html lang='hr'><head><meta charset='utf-8'><title>{site}</title><script type='module' src='"
           "/assets/index.7b1c.js'></script></head><body><news-app></news-app><script>customElements.whenDefined("
           "'news-app').then(()=>{document.querySelector('news-app').route={status:404,naslov:'Članak nije "
           "pronađen'}});</script></body></html>", "soft"),
]

# live app shells of the same frameworks (their state holds the article; 404 and 410 only as numbers)
LIVE_SHELLS9 = [
    "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>El puerto estrena grúas eléctricas | {site}"
    "</title></head><body><main><astro-island uid='Q2p8' component-url='/_astro/Article.B2x9.js' component-export="
    "'default' renderer-url='/_astro/client.Dn1s.js' props='" + json.dumps(
        {"article": [0, {"title": [0, "El puerto estrena grúas eléctricas"], "id": [0, 404], "visits": [0, 410],
                         "body": [0, "Las tres nuevas grúas eléctricas del muelle sur comenzaron a operar el lunes. "
                                  * 12]}]}, ensure_ascii=False).replace("'", "&#39;")
    + "' ssr client='load'></astro-island></main></body></html>",
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry timetable changes this summer | {site}"
    "</title><script>Static=window.Static||{};Static.SQUARESPACE_CONTEXT=" + json.dumps(
        {"pageType": 50, "item": {"title": "Ferry timetable changes this summer", "id": "404a410",
                                  "body": "The ferry company will add two evening crossings from June. " * 14}})
    + ";</script></head><body id='item-404a410'><div id='siteWrapper'><article><h1>Ferry timetable changes this summer"
    "</h1></article></div></body></html>",
    "<!DOCTYPE html><html lang='et'><head><meta charset='utf-8'><title>Sadamas alustati süvendustöid | {site}</title>"
    "</head><body><div x-data=\"{ laeb: false, viga: null, loetud: 404 }\"><article><h1>Sadamas alustati süvendustöid"
    "</h1>" + "<p>Sadama kanali süvendamine algas esmaspäeval ja kestab sügiseni. Tööde ajal on laevaliiklus piiratud."
    "</p>" * 14 + "</article></div><script src='/js/alpine.min.js' defer></script></body></html>",
]

# (language, markup for the head of a template page, or a whole page, extra headers) sending the reader home
REFRESH_HOME9: list[tuple[str, str, str, dict[str, str]]] = [
    ("en", "<meta http-equiv='refresh' content='5; URL=\"/\"'>",
     "Story archived\nThis story is no longer on our site\n<p>You will be taken to our homepage in five seconds.</p>",
     {}),
    ("ms", "", "<!DOCTYPE html><html lang='ms'><head><meta charset='utf-8'><title>{site}</title></head><body onload="
               "\"window.location.assign('/')\"><p>Sila tunggu…</p></body></html>", {}),
    ("et", "", "<!DOCTYPE html><html lang='et'><head><meta charset='utf-8'><title>{site}</title><script>setTimeout("
               "function(){ document.location = '/'; }, 1500);</script></head><body><p>Suuname avalehele…</p></body>"
               "</html>", {}),
    ("lt", "", "<!DOCTYPE html><html lang='lt'><head><meta charset='utf-8'><title>{site}</title></head><body><form "
               "id='f' action='/' method='get'></form><script>document.forms.f.submit();</script></body></html>", {}),
    ("sk", "", "<!DOCTYPE html><html lang='sk'><head><meta charset='utf-8'><title>{site}</title><base href='/'>"
               "<meta http-equiv='refresh' content='0;url=.'></head><body></body></html>", {}),
    ("hr", "", "<!DOCTYPE html><html lang='hr'><head><meta charset='utf-8'><title>{site}</title><script>history."
               "replaceState(null, '', '/'); location.reload();</script></head><body></body></html>", {}),
    ("ko", "", "<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>{site}</title></head><body><script "
               "type='text/javascript'>alert('삭제되었거나 존재하지 않는 게시물입니다.'); location.href='/';</script>"
               "</body></html>", {}),
    ("it", "", "<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>{site}</title><meta http-equiv="
               "'refresh' content='0;URL={home}'></head><body><a href='{home}'>Vai alla home</a></body></html>", {}),
    ("en", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{site}</title></head><body><p>Redirecting"
               "</p></body></html>", {"Refresh": "0; url=/"}),
]

# live pages with a refresh or a script that does not send the reader away from the article
REFRESH_LIVE9 = [
    "<meta http-equiv='refresh' content='60'>",
    "<script>if (!navigator.cookieEnabled) { location.href = '/cookies-required'; }</script>",
    "<script>if (location.hash === '#live') { setInterval(function () { location.reload(); }, 30000); }</script>",
    "<link rel='canonical' href='{self}'><script>if (location.search.indexOf('amp=1') > -1) { location.replace("
    "location.pathname); }</script>",
]

# (language, page, how) of 410 Gone answers
GONE9 = [
    ("en", "<html>\r\n<head><title>410 Gone</title></head>\r\n<body>\r\n<center><h1>410 Gone</h1></center>\r\n<hr>"
           "<center>openresty</center>\r\n</body>\r\n</html>\r\n", "server"),
    ("ms", "Kandungan dikeluarkan\nKandungan ini telah dikeluarkan secara kekal\n<p>Pautan ini tidak lagi sah.</p>",
     "templated"),
    ("et", "Eemaldatud\nSee leht on jäädavalt eemaldatud\n<p>Palun uuenda oma järjehoidjaid.</p>", "chain"),
    ("en", "{\"error\":{\"code\":410,\"status\":\"GONE\",\"message\":\"This resource has been permanently deleted.\"}}",
     "json"),
    ("lt", "Pašalinta\nŠis puslapis pašalintas visam laikui\n<p>Grįžkite į pradžią.</p>", "refresh"),
    ("sk", "Odstránené\nTento obsah bol natrvalo odstránený\n<p>Aktualizujte si záložky.</p>", "templated"),
    ("hr", "Uklonjeno\nOvaj sadržaj trajno je uklonjen\n<p>Posjetite naslovnicu.</p>", "templated"),
]

# (status, headers, page, language, note) of walls in front of live articles: the same for every path
WALLS9 = [
    (403, {"Server": "AkamaiGHost"},
     "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don't have permission "
     "to access \"http&#58;&#47;&#47;{host}{path}\" on this server.<P>\nReference&#32;&#35;18&#46;6f2d3e17&#46;"
     "1715678400&#46;2a9b1c4\n</BODY>\n</HTML>\n", "en", "bot wall 403 akamai"),
    (429, {"Retry-After": "120"},
     "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Zu viele Anfragen</title></head><body><h1>Zu "
     "viele Anfragen</h1><p>Bitte versuchen Sie es in zwei Minuten erneut.</p></body></html>", "de",
     "bot wall 429 rate limit"),
    (200, {}, "<!DOCTYPE html><html lang='sk'><head><meta charset='utf-8'><title>Súhlas s cookies</title></head><body>"
     "<div class='cmp'><h1>Vaše súkromie je pre nás dôležité</h1><p>Na zobrazenie obsahu potrebujeme váš súhlas so "
     "spracovaním údajov. Alebo si predplaťte verziu bez reklám.</p><button>Súhlasím</button><button>Predplatné"
     "</button></div></body></html>", "sk", "consent wall"),
    (403, {"Server": "cloudflare", "cf-mitigated": "challenge"},
     "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title><meta http-equiv='refresh' content='390'>"
     "</head><body><div class='main-wrapper'><h1 class='zone-name-title'>{host}</h1><h2>Verify you are human by "
     "completing the action below.</h2><div id='turnstile-wrapper'></div><p>{host} needs to review the security of "
     "your connection before proceeding.</p></div><script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1'>"
     "</script></body></html>", "en", "bot wall 403 challenge"),
]

# (language, headline, the paywall's words) of paywalled articles
TEASERS9 = [
    ("en", "Inside the committee that rewrote the harbour bill", "This article is for members. Join to keep reading."),
    ("pl", "Kulisy sesji rady: jak zapadła decyzja o moście", "Ten artykuł jest dostępny dla subskrybentów. Wykup dostęp."),
    ("sk", "Ako mesto prišlo o prístav", "Tento článok je len pre predplatiteľov. Predplaťte si prístup."),
]

# (text, headline) of short wire-style items on the broadcaster's site
BRIEFS9 = [
    ("The harbour bridge will close to traffic from 22:00 on Saturday until 06:00 on Monday for resurfacing.",
     "Harbour bridge closed this weekend"),
    ("Ferries are running to the normal timetable after yesterday's storm cancellations.", "Ferries back to normal"),
    ("Polls open at 07:00 on Thursday for the council by-election in the Riverside ward.", "Riverside by-election"),
]

# (language, cited headline, its date, the headline now at the URL, its lead, a kept article's headline)
REPLACED9 = [
    ("en", "Council approves harbour wall repairs", "2020-10-06", "Ten ways to style a summer linen shirt",
     "Easy outfits for warm evenings.", "Bridge tolls frozen for another year"),
    ("en", "Committee hears evidence on ferry subsidy", "2021-03-17", "Our favourite beach reads this summer",
     "The novels we're packing for the holidays.", "Harbour pilots agree new contract"),
    ("de", "Stadtrat beschließt neuen Hafenplan", "2020-06-02", "Grillrezepte für laue Sommerabende",
     "Schnell gemacht und lecker.", "Fährverbindung wird ausgebaut"),
    ("es", "El pleno aprueba el presupuesto del puerto", "2021-01-26", "Diez playas para desconectar este verano",
     "Nuestra selección de calas tranquilas.", "La nueva lonja abre en marzo"),
    ("pl", "Rada miasta przyjęła plan portu", "2020-11-19", "Najlepsze przepisy na letnie koktajle",
     "Orzeźwiające i proste.", "Nowy prom od maja"),
    ("uk", "Міська рада затвердила план порту", "2021-07-08", "Найкращі рецепти літніх салатів",
     "Швидко і смачно.", "Міст відкриють восени"),
    ("hu", "A képviselő-testület elfogadta a kikötői tervet", "2020-04-15", "A nyár legjobb fagylaltreceptjei",
     "Egyszerű édességek meleg napokra.", "Új komp indul májustól"),
    ("ja", "市議会、港湾計画を可決", "2021-09-29", "夏のおすすめカフェ特集", "暑い日にぴったりの冷たいドリンク。", "新しいフェリーが就航"),
    ("ko", "시의회, 항만 계획 승인", "2020-08-12", "여름 휴가지 추천 베스트 10", "올여름 가볼 만한 해변.", "새 여객선 5월 취항"),
    ("ms", "Majlis bandaraya lulus pelan pelabuhan", "2021-05-20", "Resipi air sejuk untuk musim panas",
     "Minuman segar yang mudah disediakan.", "Feri baharu mula beroperasi"),
    ("et", "Volikogu kiitis sadama plaani heaks", "2020-09-03", "Suve parimad jäätiseretseptid",
     "Lihtsad magustoidud soojadeks päevadeks.", "Uus praam alustab mais"),
    ("sk", "Zastupiteľstvo schválilo plán prístavu", "2021-02-24", "Najlepšie recepty na letné šaláty",
     "Rýchlo a chutne.", "Nový trajekt od mája"),
]

# (language, cited headline, its date, another item of the same kind now at the URL, its lead)
REPLACED_NEWS9 = [
    ("en", "HB 212: Coastal Erosion Fund Act", "2019-02-19", "HB 212: Motor Vehicle Registration Fees Amendment",
     "A bill to adjust registration fees for electric vehicles, introduced in the new session under the same number."),
    ("fr", "Conseil municipal du 12 mars 2019 : procès-verbal", "2019-03-12",
     "Conseil municipal du 9 avril 2024 : procès-verbal", "Présents : 27 conseillers. Ordre du jour : budget supplémentaire."),
]

# (language, headline, lead, the cited title, how it differs) of live articles cited under another title
RETOLD9 = [
    ("ms", "Majlis bandaraya meluluskan pembinaan jambatan baharu",
     "Majlis bandaraya pada Isnin memutuskan untuk membina jambatan baharu merentasi sungai.",
     "City council approves construction of new bridge", "translated"),
    ("en", "Harbour museum reopens after two-year renovation",
     "The museum's doors opened again on Saturday with a new gallery for the fishing fleet.",
     "Harbour museum to reopen in spring", "retitled"),
    ("hr", "Gradsko vijeće usvojilo proračun za 2024.", "Vijećnici su u utorak većinom glasova usvojili proračun.",
     "Gradsko vijeće usvojilo proračun za 2024. - Index.hr", "with the site's name"),
]
