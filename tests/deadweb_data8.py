"""The words and whole pages of held-out 8 of the dead-web set (used by tests/deadweb_pages8.py).

Written blind to the check's rules by another author (see deadweb_pages8), who
wrote every wording afresh: for each language the two not-found pages a site may
show (its 404 page, its soft 200 template), notices of removal (an erasure under
data-protection law, a release removed at its issuer's request, a question removed
by moderators, a suspended account, a judgment taken down, an expired listing,
an article unpublished by its editors, a legal request), live headlines, questions
and banners that speak of missing, removed, deleted or expired things (an obituary
called "Gone", a film called "Not Found", link rot, court orders to delete, a
"section 410"), landers of lapsed domains, app shells of other frameworks,
refreshes, walls and recycled URLs. Five languages are new to the set (id, th,
bg, da, sw).
"""

from __future__ import annotations

import json

# language -> (the honest 404 page, the soft 200 template): each (title, heading, body)
NOT_FOUND8: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "en": (("Error 404 | Newsroom", "The page you requested could not be located",
            "It may have been archived, or the link you used may contain a typo. Search our releases or return to the "
            "newsroom."),
           ("Hmm.", "There’s nothing at this address", "Maybe the story you want is one of these:")),
    "de": (("Fehler 404 – Dokument nicht auffindbar", "Das gewünschte Dokument ist nicht auffindbar",
            "Möglicherweise wurde es verschoben oder umbenannt. Nutzen Sie die Volltextsuche."),
           ("Ins Leere geklickt", "Diese Adresse führt ins Leere", "Vielleicht finden Sie hier, was Sie suchen:")),
    "fr": (("Erreur 404 – document introuvable", "Le document demandé est introuvable",
            "Il a pu être déplacé ou renommé. Utilisez la recherche plein texte."),
           ("Mauvaise pioche", "Cette adresse ne mène nulle part", "Peut-être cherchiez-vous l'un de ces articles :")),
    "es": (("Error 404 - Recurso inexistente", "El documento solicitado no existe en este servidor",
            "Compruebe la dirección o utilice el buscador de resoluciones."),
           ("¿Te has perdido?", "Esta dirección no lleva a ninguna parte", "Quizá buscabas alguno de estos artículos:")),
    "it": (("Errore 404 – documento non reperibile", "Il documento richiesto non è reperibile",
            "Potrebbe essere stato spostato o rinominato. Usa la ricerca nel sito."),
           ("Strada sbagliata", "Questo indirizzo non porta da nessuna parte", "Forse cercavi uno di questi articoli:")),
    "pt": (("Erro 404 – documento não localizado", "O documento solicitado não foi localizado",
            "Ele pode ter sido movido ou renomeado. Use a busca do site."),
           ("Caminho errado", "Este endereço não leva a lugar nenhum", "Talvez você procure uma destas matérias:")),
    "pl": (("Błąd 404 – dokument nie istnieje", "Żądany dokument nie istnieje",
            "Mógł zostać przeniesiony lub zmienić nazwę. Skorzystaj z wyszukiwarki orzeczeń."),
           ("Zabłądziłeś?", "Ten adres prowadzi donikąd", "Może szukasz jednego z tych tekstów:")),
    "ru": (("Ошибка 404 — документ не найден", "Запрашиваемый документ отсутствует на сервере",
            "Возможно, он был перемещён или переименован. Воспользуйтесь поиском по базе."),
           ("Мимо", "Этот адрес никуда не ведёт", "Возможно, вы искали один из этих материалов:")),
    "uk": (("Помилка 404 — документ відсутній", "Запитуваного документа немає на сервері",
            "Можливо, його перемістили або перейменували. Скористайтеся пошуком."),
           ("Не туди", "Ця адреса нікуди не веде", "Можливо, ви шукали один із цих матеріалів:")),
    "tr": (("Hata 404 - Belge bulunamadı", "İstediğiniz belge sunucuda yer almıyor",
            "Taşınmış ya da adı değiştirilmiş olabilir. Arama kutusunu kullanın."),
           ("Yanlış adres", "Bu bağlantı hiçbir yere çıkmıyor", "Belki şu haberlerden birini arıyordunuz:")),
    "hu": (("404-es hiba – a dokumentum nem érhető el", "A keresett dokumentum nincs a szerveren",
            "Lehet, hogy áthelyezték vagy átnevezték. Használja a keresőt."),
           ("Zsákutca", "Ez a cím nem vezet sehová", "Talán ezek közül valamelyiket kereste:")),
    "ar": (("خطأ 404 - المستند غير موجود", "المستند الذي طلبته غير موجود على الخادم",
            "ربما نُقل أو تغير اسمه. استخدم محرك البحث في الموقع."),
           ("طريق مسدود", "هذا الرابط لا يؤدي إلى أي مكان", "ربما تبحث عن أحد هذه المواضيع:")),
    "zh": (("404错误 - 文档不存在", "您请求的文档在服务器上不存在", "该文档可能已被移动或更名，请使用站内搜索。"),
           ("走错路了", "这个链接没有指向任何内容", "也许您在找下面这些文章：")),
    "ja": (("404エラー - 文書が見つかりません", "ご指定の文書はサーバー上にありません",
            "移動または名称が変更された可能性があります。サイト内検索をご利用ください。"),
           ("行き止まり", "このURLには何もありません", "こちらの記事をお探しではありませんか？")),
    "id": (("Error 404 - Halaman Tidak Ditemukan", "Maaf, halaman yang Anda cari tidak ditemukan",
            "Halaman mungkin sudah dipindahkan atau alamatnya salah ketik. Kembali ke beranda."),
           ("Ups!", "Halaman ini tidak tersedia", "Mungkin Anda mencari salah satu berita berikut:")),
    "th": (("ไม่พบหน้าที่ต้องการ - 404", "ขออภัย ไม่พบหน้าที่คุณต้องการ",
            "หน้านี้อาจถูกย้ายหรือลบไปแล้ว กรุณาตรวจสอบที่อยู่อีกครั้ง หรือกลับสู่หน้าแรก"),
           ("อุ๊ย!", "ไม่มีเนื้อหาในลิงก์นี้", "ลองอ่านข่าวล่าสุดเหล่านี้แทน")),
    "bg": (("Грешка 404 – страницата не е намерена", "Страницата, която търсите, не съществува",
            "Възможно е да е преместена или адресът да е грешен. Върнете се към началната страница."),
           ("Упс", "На този адрес няма нищо", "Може би търсите някоя от тези статии:")),
    "da": (("Siden blev ikke fundet (fejl 404)", "Vi kan desværre ikke finde den side, du leder efter",
            "Siden kan være flyttet eller slettet. Prøv at søge, eller gå til forsiden."),
           ("Ups", "Her er der ikke noget", "Måske leder du efter en af disse artikler:")),
    "sw": (("Ukurasa haupatikani - 404", "Samahani, ukurasa unaoutafuta haupatikani",
            "Huenda umehamishwa au anwani si sahihi. Rudi kwenye ukurasa wa mwanzo."),
           ("Lo!", "Hakuna kitu kwenye anwani hii", "Huenda unatafuta mojawapo ya habari hizi:")),
    "nl": (("Fout 404 – document niet gevonden", "Het opgevraagde document bestaat niet op deze server",
            "Het is mogelijk verplaatst of hernoemd. Gebruik de zoekfunctie."),
           ("Doodlopende weg", "Dit adres leidt nergens heen", "Misschien zocht u een van deze berichten:")),
}

# whole pages that servers and frameworks answer for a path they do not know (the status they are sent with)
S3_404 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not "
          "exist.</Message><Key>news/2021/harbour-dredging/index.html</Key><RequestId>7D3F1A2B9C4E5F60</RequestId>"
          "<HostId>q1w2e3r4t5y6u7i8o9p0=</HostId></Error>")
DRF_404 = "{\"detail\":\"Not found.\"}"
EXPRESS_404 = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n"
               "<body>\n<pre>Cannot GET {path}</pre>\n</body>\n</html>\n")
RAILS_404 = ("<!DOCTYPE html><html><head><title>The page you were looking for doesn't exist (404)</title><meta name="
             "\"viewport\" content=\"width=device-width,initial-scale=1\"><style>.rails-default-error-page{background-"
             "color:#EFEFEF;color:#2E2F30;text-align:center;font-family:arial,sans-serif;margin:0}</style></head><body "
             "class=\"rails-default-error-page\"><div class=\"dialog\"><div><h1>The page you were looking for doesn't "
             "exist.</h1><p>You may have mistyped the address or the page may have moved.</p></div><p>If you are the "
             "application owner check the logs for more information.</p></div></body></html>")
LARAVEL_404 = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width="
               "device-width, initial-scale=1\"><title>Not Found</title><style>body{font-family:ui-sans-serif,system-ui,"
               "sans-serif;-webkit-font-smoothing:antialiased}</style></head><body class=\"antialiased\"><div class="
               "\"relative flex items-top justify-center min-h-screen\"><div class=\"max-w-xl mx-auto sm:px-6 lg:px-8\">"
               "<div class=\"flex items-center pt-8 sm:justify-start sm:pt-0\"><div class=\"px-4 text-lg text-gray-500 "
               "border-r border-gray-400 tracking-wider\">404</div><div class=\"ml-4 text-lg text-gray-500 uppercase "
               "tracking-wider\">Not Found</div></div></div></div></body></html>")
BILINGUAL_404 = ("We couldn't find that Web page (Error 404) - Nous ne pouvons trouver cette page Web (Erreur 404)",
                 "We couldn't find that Web page (Error 404) / Nous ne pouvons trouver cette page Web (Erreur 404)",
                 "<p>We're sorry you ended up here. Sometimes a page gets moved or deleted, but hopefully we can help "
                 "you find what you're looking for.</p><p lang='fr'>Nous sommes désolés que vous ayez abouti ici. Il "
                 "arrive parfois qu'une page ait été déplacée ou supprimée.</p>")

# (language, title, heading, body) of removal notices
REMOVED8 = [
    ("en", "Content removed", "This article has been removed under data protection law",
     "Following a request under Article 17 of the GDPR (the right to erasure), we have removed this article. Requests "
     "are reviewed by our legal team."),
    ("en", "Release removed", "This news release has been removed at the request of the issuing organisation",
     "Please contact the organisation directly for further information."),
    ("en", "Question removed", "This question was removed for reasons of moderation",
     "Please refer to the help center for possible explanations why a question might be removed."),
    ("en", "Account suspended", "The author of this piece has had their account suspended",
     "Stories published by suspended accounts are hidden until the account is reinstated."),
    ("en", "Judgment unavailable", "This judgment has been removed from publication",
     "It was taken down on the direction of the court pending an anonymisation review."),
    ("en", "Call for proposals", "This opportunity is no longer open",
     "The deadline for applications passed on 30 June 2022 and the listing has been archived."),
    ("de", "Artikel gelöscht", "Dieser Artikel wurde auf Wunsch der betroffenen Person gelöscht",
     "Gemäß Art. 17 DSGVO (Recht auf Vergessenwerden)."),
    ("fr", "Article dépublié", "Cet article a été dépublié par la rédaction",
     "Il ne répondait plus à nos exigences de vérification."),
    ("es", "Anuncio caducado", "Este anuncio ha caducado",
     "El anunciante lo ha retirado o ha vencido el plazo de publicación."),
    ("it", "Contenuto oscurato", "Questo articolo è stato oscurato",
     "In esecuzione di un provvedimento del Garante per la protezione dei dati personali."),
    ("pt", "Conta suspensa", "Este conteúdo pertence a uma conta suspensa",
     "As publicações de contas suspensas não são exibidas."),
    ("pl", "Ogłoszenie nieaktualne", "To ogłoszenie jest już nieaktualne", "Oferta została zakończona przez wystawcę."),
    ("ru", "Материал снят", "Материал снят с публикации редакцией", "Приносим извинения читателям."),
    ("uk", "Матеріал вилучено", "Цей матеріал вилучено на вимогу правовласника", "Доступ до нього закрито."),
    ("tr", "İçerik erişime kapatıldı", "Bu içerik kişisel verilerin korunması kapsamında kaldırılmıştır",
     "Unutulma hakkı talebi üzerine yayından çekilmiştir."),
    ("hu", "Cikk visszavonva", "A cikket a szerkesztőség visszavonta", "A tartalom jogi okokból nem érhető el."),
    ("ar", "محتوى غير متاح", "أزيل هذا المحتوى بناء على طلب قانوني", "لم يعد بالإمكان عرضه."),
    ("zh", "提示", "根据相关法律法规和政策，该内容无法显示", ""),
    ("ja", "記事削除のお知らせ", "この記事は編集部の判断により削除しました", "ご了承ください。"),
    ("id", "Berita dihapus", "Berita ini telah dihapus oleh redaksi", "Mohon maaf atas ketidaknyamanan ini."),
    ("th", "เนื้อหาถูกลบ", "เนื้อหานี้ถูกลบออกตามคำสั่งศาล", "ขออภัยในความไม่สะดวก"),
    ("bg", "Статията е премахната", "Тази статия беше премахната по искане на автора",
     "Съдържанието вече не е достъпно."),
    ("da", "Artiklen er fjernet", "Denne artikel er ikke længere tilgængelig",
     "Artiklen er afpubliceret efter aftale med den omtalte person."),
    ("sw", "Habari imeondolewa", "Habari hii imeondolewa kwenye tovuti", "Maudhui haya hayapatikani tena."),
    ("nl", "Vacature verlopen", "Deze vacature is gesloten", "Er kan niet meer op worden gereageerd."),
]

# (language, headline, lead) of live articles whose own words speak of missing, removed, deleted or expired things
TRAPS8 = [
    ("en", "Gone", "Marjorie Hale, who kept the harbour light burning for forty years, died on Sunday at home. She "
     "was 92."),
    ("en", "Not Found review – a haunting thriller about a missing girl and a dead website",
     "★★★★ The film follows a teenager who finds a 404 page where her sister's blog used to be."),
    ("en", "Link rot: a third of the web pages cited in our archive no longer exist",
     "We checked every link published in our stories since 2010; many now lead to error pages or were deleted."),
    ("en", "Court orders newspaper to remove article about property developer",
     "The judge found the report defamatory and ordered it deleted within seven days; the paper will appeal."),
    ("en", "Harbour Authority withdraws consultation page after data error",
     "The consultation page has been taken offline and will be republished next week with corrected figures."),
    ("en", "Deleted scenes: the director's cut restores forty minutes the studio removed",
     "The new version, no longer available only on bootleg tapes, premieres at the harbour festival on Friday."),
    ("de", "Urteil: Zeitung muss Bericht über Bauunternehmer löschen",
     "Das Landgericht sah das Persönlichkeitsrecht verletzt; der Verlag prüft Rechtsmittel."),
    ("fr", "« Not Found » : le film qui fait d'une erreur 404 un thriller",
     "Le réalisateur raconte la disparition d'un blog et la page introuvable qui le remplace."),
    ("es", "Derecho al olvido: el buscador deberá eliminar enlaces a noticias sobre un empresario",
     "La Audiencia Nacional considera que la información ya no es relevante y ordena retirarla."),
    ("it", "Scaduto il termine: le domande per il bonus non sono più accettate",
     "Il portale risponde con 'pagina non disponibile' a chi prova ancora a presentare la domanda."),
    ("pt", "Página removida: prefeitura apaga edital de licitação do site",
     "Quem tenta abrir o documento encontra a mensagem 'conteúdo não encontrado'; a oposição pede explicações."),
    ("pl", "Konto zawieszone. Urząd miasta stracił profil w serwisie społecznościowym",
     "Od poniedziałku zamiast komunikatów mieszkańcy widzą informację, że strona nie istnieje."),
    ("ru", "Удалить по требованию: суд обязал сайт снять статью о застройщике",
     "Редакция считает решение незаконным и намерена его обжаловать."),
    ("uk", "«Сторінка недоступна»: чому зникають сайти районних газет",
     "Після закриття редакцій їхні архіви видалено разом із доменами."),
    ("tr", "Sayfa kaldırıldı: Mahkeme, gazetenin haberini erişime kapattı",
     "Karara göre haber kişilik haklarını ihlal ediyor; gazete itiraz edecek."),
    ("hu", "Lejárt szavatosság: kivonták a forgalomból a szennyezett tejet",
     "A terméket eltávolították a boltok polcairól, a webshopokban már nem elérhető."),
    ("ar", "محذوف: قصة الأرشيف الذي اختفى من الإنترنت",
     "حين أغلقت الصحيفة موقعها، صار كل رابط قديم يقود إلى صفحة خطأ."),
    ("zh", "“内容已删除”背后：网络文章为何消失", "记者追踪了十年前的新闻链接，发现大部分已无法打开。"),
    ("ja", "映画『Not Found』レビュー 消えたウェブページを追うサスペンス", "妹のブログが「ページが見つかりません」に変わった日から物語は始まる。"),
    ("id", "Halaman tidak ditemukan: ribuan tautan situs pemerintah mati setelah migrasi",
     "Warga yang mencari dokumen lama kini hanya melihat pesan error 404."),
    ("th", "ไม่พบหน้าเว็บ: ลิงก์เว็บไซต์ราชการนับพันใช้งานไม่ได้", "ผู้ใช้ที่ค้นหาเอกสารเก่าพบเพียงข้อความแจ้งข้อผิดพลาด 404"),
    ("bg", "Страницата не е намерена: как изчезват архивите на местните вестници",
     "След закриването на редакциите старите връзки водят към грешка 404."),
    ("da", "Siden findes ikke længere: kommunens gamle referater er væk",
     "Borgere, der leder efter byrådets beslutninger, møder nu en fejlside."),
    ("sw", "Ukurasa haupatikani: tovuti za serikali zapoteza nyaraka za zamani",
     "Wananchi wanaotafuta ripoti za zamani sasa wanaona ujumbe wa hitilafu 404."),
    ("nl", "Verwijderd op verzoek: AVG dwingt krant om naam te schrappen",
     "De rechter oordeelde dat de vermelding niet langer relevant was en moest worden verwijderd."),
]

# (language, question title, the question's first paragraph) on Q&A sites: live, their subject is an error page
QA_TRAPS8 = [
    ("en", "Why does my Flask route return 404 Not Found for a URL that exists?",
     "I have @app.route('/items/&lt;id&gt;') and the URL looks right, but the browser says Not Found: The requested URL "
     "was not found on the server."),
    ("en", "How do I make nginx return 410 Gone for deleted pages?",
     "We removed a few hundred old articles and want search engines to drop them. Is there a cleaner way than a map?"),
    ("ru", "WordPress: после смены постоянных ссылок все записи отдают «Страница не найдена»",
     "Главная открывается, а любая запись выдаёт 404. Файл .htaccess на месте."),
    ("ja", "Next.jsで「404 | This page could not be found」と表示される原因",
     "動的ルートを追加したところ、本番環境だけ404になります。"),
    ("pt", "Erro 404 'página não encontrada' ao publicar site no GitHub Pages",
     "O index abre, mas qualquer outra rota dá 404. Uso React Router."),
]

# live articles whose headline holds 404 or 410 as a number (a section of a law, a flight)
NUMBER_TRAPS8 = [
    ("en", "Section 410 explained: what the ruling means for company directors",
     "The court's reading of the section widens the duties owed to creditors."),
    ("de", "BGH zu § 404 BGB: Schuldner behält seine Einwendungen", "Der Senat bestätigt die bisherige Rechtsprechung."),
    ("fr", "L'article 410 du code de procédure pénale au cœur du procès en appel",
     "La défense conteste la validité de la citation du prévenu."),
    ("it", "Volo AZ 404 dirottato su Napoli per il maltempo", "I passeggeri sono stati trasferiti a Roma in pullman."),
]

# (language, layout, title, banner): live pages with a notice above the text
BANNERED8 = [
    ("en", "mag8", "The last ferry across the estuary", "This article is more than 5 years old."),
    ("en", "qa8", "Best way to store hourly tide readings?",
     "Closed. This question is opinion-based. It is not currently accepting answers."),
    ("en", "court8", "Re A (Children: Care Proceedings)",
     "Anonymity order: the names of the children and their family have been removed from this judgment."),
    ("en", "ngo8", "Water access in coastal villages: 2022 survey",
     "Update: an earlier version of this report, published in March 2021, has been withdrawn and replaced by this "
     "edition."),
    ("de", "wire8", "Stadtwerke senken Fernwärmepreise zum 1. Juli",
     "Berichtigte Fassung: Die Mitteilung vom 3. Mai wurde zurückgezogen und durch diese Fassung ersetzt."),
    ("es", "mag8", "El último astillero de la ría",
     "Rectificación: una versión anterior de este artículo fue eliminada por contener un error en las cifras."),
]

# every path the same page: landers and new owners of lapsed domains
LANDERS8 = [
    ("id", "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>SLOT GACOR HARI INI ⚡ Situs Slot Online "
           "Terpercaya Gampang Maxwin</title><meta name='description' content='Daftar slot gacor hari ini, link "
           "alternatif resmi, deposit pulsa tanpa potongan.'></head><body><header><img src='/logo-slot.gif' alt=''>"
           "</header><h1>Situs Slot Gacor Hari Ini</h1><p>Main sekarang dan dapatkan bonus new member 100%.</p><a "
           "class='daftar' href='https://daftar.example/ref=88'>DAFTAR</a> <a class='login' href='https://login."
           "example/'>LOGIN</a><p>RTP live 98% · Pragmatic · PG Soft · Habanero</p></body></html>"),
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Best VPN Deals 2024 – Honest Reviews"
           "</title></head><body><header><a href='/'>Tech Deals Daily</a><nav><a href='/vpn'>VPN</a> <a href='/"
           "hosting'>Hosting</a> <a href='/crypto'>Crypto</a></nav></header><article><h1>The 7 Best VPN Deals This "
           "Month</h1><p>We tested dozens of VPN services so you don't have to. Here are the best discounts, updated "
           "weekly.</p><ol><li>FastShield VPN – 82% off</li><li>NordLine – 3 months free</li></ol><p>Disclosure: we "
           "may earn a commission.</p></article><footer>© 2024 Tech Deals Daily</footer></body></html>"),
    ("th", "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>{host}</title></head><body><div class="
           "'expired'><h1>{host}</h1><p>โดเมนนี้หมดอายุแล้ว</p><p>หากคุณเป็นเจ้าของโดเมน กรุณาต่ออายุผ่านผู้ให้บริการ"
           "จดทะเบียนของคุณภายใน 30 วัน</p><a href='https://registrar.example.co.th/renew'>ต่ออายุโดเมน</a></div>"
           "</body></html>"),
    ("bg", "<!DOCTYPE html><html lang='bg'><head><meta charset='utf-8'><title>{host} – домейнът се продава</title>"
           "</head><body><main><h1>Домейнът {host} се продава</h1><p>Изпратете оферта на собственика чрез формата по-"
           "долу.</p><form><input name='email' placeholder='Вашият имейл'><input name='offer' placeholder='Оферта в "
           "лева'><button>Изпрати</button></form></main></body></html>"),
    ("da", "<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Kommer snart</title></head><body><div "
           "class='coming-soon'><h1>Kommer snart</h1><p>Vi arbejder på en ny hjemmeside. Kig forbi igen senere.</p>"
           "<p class='builder'>Lavet med Hjemmesidebyggeren · Opret din egen gratis</p></div></body></html>"),
    ("tr", "<!DOCTYPE html><html lang='tr'><head><meta charset='utf-8'><title>{host} satılıktır</title></head><body>"
           "<h1>{host}</h1><p>Bu alan adı satılıktır. Teklifinizi iletmek için aşağıdaki formu doldurun.</p><form>"
           "<input name='teklif' placeholder='Teklifiniz (TL)'><button>Teklif ver</button></form></body></html>"),
]

_RR7 = json.dumps(json.dumps([{"_1": 2, "_3": 4}, "loaderData", {}, "errors", {"_5": 6}, "routes/article",
                              {"_7": 8, "_9": 10, "_11": 12, "_13": 14}, "status", 404, "statusText", "Not Found",
                              "internal", False, "data", "Article introuvable"], ensure_ascii=False))
_VIKE_404 = json.dumps({"abortReason": "Noticia no encontrada", "abortStatusCode": 404, "is404": True,
                        "pageProps": {}, "urlOriginal": "/noticias/puerto-dragado"}, ensure_ascii=False)
_NG_404 = json.dumps({"article-/news/harbour-dredging": {"b": {"error": {"status": 404, "statusText": "Not Found",
                                                                           "message": "Article not found"}},
                                                           "h": {}, "s": 404, "st": "Not Found"}})
# (language, page, probe): app shells whose only "not found" is in their title, state blob or script
APP_SHELLS8 = [
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{site}</title><base href='/'><link "
           "rel='stylesheet' href='styles-5INURTSO.css'></head><body><app-root ng-version='17.3.0' ng-server-context="
           "'ssr'></app-root><script src='polyfills-FFHMD2TL.js' type='module'></script><script src='main-3QK4Z2.js' "
           "type='module'></script><script id='ng-state' type='application/json'>" + _NG_404 + "</script></body>"
           "</html>", "honest"),
    ("de", "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{site}</title><script>window._$HY||(e=>"
           "{let t=e=>e&&e.hasAttribute&&(e.hasAttribute('data-hk')?e:t(e.host&&e.host.nodeType?e.host:e.parentNode));"
           "})(window._$HY={events:[],completed:new WeakSet,r:{},fe(){}});</script></head><body><div id='app'></div>"
           "<script>_$HY.r[\"0-0-0-0-0-0-0-0-1\"]={status:404,message:\"Artikel nicht gefunden\"};</script><script "
           "type='module' src='/_build/assets/client-8b1e.js'></script></body></html>", "soft"),
    ("fr", "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>{site}</title><link rel='modulepreload' "
           "href='/assets/entry.client-BvX2.js'></head><body><div id='root'></div><script>window.__reactRouterContext "
           "= {\"basename\":\"/\",\"future\":{\"v3_singleFetch\":true},\"isSpaMode\":false};window."
           "__reactRouterContext.stream = new ReadableStream({start(controller){window.__reactRouterContext."
           "streamController = controller;}}).pipeThrough(new TextEncoderStream());</script><script>window."
           "__reactRouterContext.streamController.enqueue(" + _RR7 + ");</script><script type='module' async src='/"
           "assets/entry.client-BvX2.js'></script></body></html>", "honest"),
    ("es", "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>{site}</title></head><body><div id="
           "'react-root'></div><script id='vike_pageContext' type='application/json'>" + _VIKE_404 + "</script><script "
           "src='/assets/entries/entry-client-routing.Cq3d.js' type='module' async></script></body></html>", "soft"),
    ("ja", "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><base href='/'><meta name='description' content="
           "'{site}'><title>ページが見つかりません</title><link rel='manifest' href='manifest.json'></head><body><script "
           "src='flutter_bootstrap.js' async></script></body></html>", "soft"),
    ("ko", "<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>{site}</title><script src='/livewire/"
           "livewire.min.js?id=cc800bf4' data-csrf='k2x9' data-update-uri='/livewire/update'></script></head><body>"
           "<main><div wire:snapshot=\"{&quot;data&quot;:{&quot;article&quot;:null,&quot;status&quot;:404,&quot;"
           "message&quot;:&quot;기사를 찾을 수 없습니다&quot;},&quot;memo&quot;:{&quot;id&quot;:&quot;Xq7&quot;,&quot;"
           "name&quot;:&quot;article-show&quot;,&quot;path&quot;:&quot;news/{path}&quot;,&quot;lazyLoaded&quot;:"
           "false},&quot;checksum&quot;:&quot;9f1c&quot;}\" wire:effects=\"[]\" wire:id=\"Xq7\" x-intersect="
           "\"$wire.__lazyLoad('eyJkYXRhIjp7fX0=')\"></div></main></body></html>", "honest"),
    ("id", "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{site}</title><script src='/elm.min.js'>"
           "</script></head><body><div id='app'></div><script>var app = Elm.Main.init({ node: document.getElementById("
           "'app'), flags: { route: '{path}', status: 404, pesan: 'Berita tidak ditemukan' } });</script></body>"
           "</html>", "soft"),
    ("pt", "<!DOCTYPE html><html lang='pt'><head><meta charset='utf-8'><title>{site}</title><link rel='modulepreload' "
           "href='/assets/index-D4f1.js'></head><body><div id='app' data-server-rendered='true'><!--[--><div class="
           "'loading-skeleton'></div><!--]--></div><script>window.__pinia = {\"article\":{\"current\":null,\"error\":"
           "{\"statusCode\":404,\"message\":\"Matéria não encontrada\"}},\"ui\":{\"menuOpen\":false}}</script><script "
           "type='module' src='/assets/index-D4f1.js'></script></body></html>", "honest"),
    ("th", "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>ไม่พบหน้า | {site}</title><base href='/'>"
           "<link href='css/app.css' rel='stylesheet'></head><body><div id='app'><svg class='loading-progress'><circle "
           "r='40%' cx='50%' cy='50%'/></svg><div class='loading-progress-text'></div></div><div id='blazor-error-ui'>"
           "An unhandled error has occurred. <a href='' class='reload'>Reload</a></div><script src='_framework/blazor."
           "webassembly.js'></script></body></html>", "soft"),
    ("en", "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><meta name='robots' content='noindex'><title>"
           "{site}</title></head><body><div hidden id='S:0'></div><script>(self.__next_f=self.__next_f||[]).push([0])"
           "</script><script>self.__next_f.push([1,\"3:[[\\\"$\\\",\\\"meta\\\",\\\"0\\\",{\\\"name\\\":\\\"robots\\\","
           "\\\"content\\\":\\\"noindex\\\"}],[\\\"$\\\",\\\"title\\\",\\\"1\\\",{\\\"children\\\":\\\"404: This page "
           "could not be found.\\\"}]]\\n\"])</script><script src='/_next/static/chunks/webpack-2f1c.js' async>"
           "</script></body></html>", "honest"),
]
# live shells: the state of a live article of the same frameworks (404 and 410 as counts or ids)
LIVE_SHELLS8 = [
    "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>El puerto amplía el muelle norte | {site}"
    "</title></head><body><div id='react-root'></div><script id='vike_pageContext' type='application/json'>"
    + json.dumps({"is404": False, "pageProps": {"article": {"id": 410, "title": "El puerto amplía el muelle norte",
                                                            "views": 404, "body": "El consejo aprobó el martes la "
                                                            "ampliación del muelle norte del puerto. " * 12}},
                  "urlOriginal": "/noticias/muelle-norte"}, ensure_ascii=False)
    + "</script><script src='/assets/entries/entry-client-routing.Cq3d.js' type='module' async></script></body></html>",
    "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Le pont rouvre lundi | {site}</title></head>"
    "<body><div id='root'></div><script>window.__reactRouterContext = {\"basename\":\"/\",\"isSpaMode\":false};"
    "window.__reactRouterContext.stream = new ReadableStream({start(controller){window.__reactRouterContext."
    "streamController = controller;}}).pipeThrough(new TextEncoderStream());"
    "window.__reactRouterContext.streamController.enqueue(" + json.dumps(json.dumps(
        [{"_1": 2, "_3": -5}, "loaderData", {"_4": 5}, "errors", "routes/article",
         {"title": "Le pont rouvre lundi", "comments": 404,
          "body": "Les travaux de réparation du pont sont terminés et la circulation reprendra lundi. " * 10}],
        ensure_ascii=False)) + ");</script></body></html>",
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Tide gauge network extended | {site}</title>"
    "</head><body><app-root ng-version='17.3.0' ng-server-context='ssr'></app-root><script id='ng-state' type="
    "'application/json'>" + json.dumps({"article-/news/tide-gauges": {"b": {"id": 404, "title": "Tide gauge network "
                                        "extended", "shares": 410, "body": "The council has added six new tide gauges "
                                        "along the estuary to improve flood warnings. " * 12}, "s": 200}})
    + "</script></body></html>",
]

# (language, extra markup in the head of a notice page or "", a whole page, headers): sent home
REFRESH_HOME8: list[tuple[str, str, str, dict[str, str]]] = [
    ("en", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{site}</title><script>location.replace(\"/\");"
               "</script><noscript><meta http-equiv='refresh' content='0;url=/'></noscript></head><body></body></html>",
     {}),
    ("id", "<meta http-equiv='refresh' content='3;url=/'>",
     "Dialihkan\nArtikel tidak tersedia\n<p>Anda akan dialihkan ke beranda dalam 3 detik.</p>", {}),
    ("th", "", "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>{site}</title></head><body><script>"
               "window.location = window.location.origin + '/th/';</script></body></html>", {}),
    ("bg", "", "<!DOCTYPE html><html lang='bg'><head><meta charset='utf-8'><title>{site}</title><script>window.top."
               "location.href = \"/index.htm\";</script></head><body><p>Пренасочване…</p></body></html>", {}),
    ("da", "", "<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{site}</title></head><body><a id="
               "'home' href='/'>Forside</a><script>document.getElementById('home').click();</script></body></html>",
     {}),
    ("sw", "", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{site}</title></head><body><p>Tunakupeleka "
               "kwenye ukurasa wa mwanzo…</p></body></html>", {"Refresh": "2;url=/"}),
    ("en", "", "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\"><html><head><title>{site}</title></head>"
               "<frameset rows='100%,*' frameborder='0'><frame src='/' name='main' noresize><noframes><body><a href="
               "'/'>{site}</a></body></noframes></frameset></html>", {}),
    ("ar", "", "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>{site}</title><script>"
               "document.addEventListener('DOMContentLoaded', function () { window.location.href = '/ar/'; });"
               "</script></head><body></body></html>", {}),
    ("tr", "<meta http-equiv='refresh' content='0; url=/?utm_source=eski-link&amp;utm_medium=yonlendirme'>",
     "Yönlendiriliyorsunuz\nYönlendiriliyorsunuz\n<p>Ana sayfaya gidiyorsunuz.</p>", {}),
]
# live articles whose head breaks out of frames, refreshes itself or redirects only on a condition
REFRESH_LIVE8 = [
    "<script>if (window.top !== window.self) { window.top.location = window.self.location; }</script>",
    "<noscript><meta http-equiv='refresh' content='0; url={self}?nojs=1'></noscript>",
    "<script>if (localStorage.getItem('edition') === 'int') { location.href = '/international' + location.pathname; }"
    "</script>",
    "<meta http-equiv='Refresh' content='1800; URL={self}'>",
]

# (language, page, how): 410s
GONE8 = [
    ("en", "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>410 Gone</title>\n</head><body>\n"
           "<h1>Gone</h1>\n<p>The requested resource<br />{path}<br />\nis no longer available on this server and there "
           "is no forwarding address.\nPlease remove all references to this resource.</p>\n<hr>\n<address>Apache/2.4.57 "
           "(Debian) Server at {host} Port 80</address>\n</body></html>\n", "server"),
    ("id", "Konten dihapus\nKonten ini telah dihapus secara permanen\n<p>Silakan perbarui tautan Anda.</p>",
     "templated"),
    ("th", "ลบแล้ว\nเนื้อหานี้ถูกลบอย่างถาวร\n<p>กรุณากลับสู่หน้าแรก</p>", "templated"),
    ("bg", "Премахнато\nТова съдържание е премахнато окончателно\n<p>Моля, обновете отметките си.</p>", "chain"),
    ("en", "Page retired\nThis page has been retired\n<p>Taking you to the homepage…</p>", "refresh"),
    ("sw", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><error><code>410</code><message>Resource permanently removed"
           "</message></error>", "xml"),
    ("da", "Slettet\nIndholdet er slettet permanent\n<p>Gå til forsiden for at finde nyheder.</p>", "templated"),
]

# (status, headers, page, language, kind): walls, every path the same
WALLS8 = [
    (403, {"X-DataDome": "protected", "Set-Cookie": "datadome=x1y2; Path=/"},
     "<html lang='fr'><head><title>{host}</title><style>#cmsg{animation:A 1.5s;}</style></head><body style='margin:0'>"
     "<p id='cmsg'>Please enable JS and disable any ad blocker</p><script data-cfasync='false'>var dd={'rt':'c','cid':"
     "'AHrlqAAAAAMA1x','hsh':'2211F522B61E269B869FA6EAFFB5E1','t':'fe','s':17434,'e':'4a1b','host':'geo.captcha-"
     "delivery.com'}</script><script data-cfasync='false' src='https://ct.captcha-delivery.com/c.js'></script></body>"
     "</html>", "fr", "bot wall 403 datadome"),
    (451, {}, "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>451: Unavailable due to legal reasons"
     "</title></head><body><h1>451: Unavailable due to legal reasons</h1><p>We recognize you are attempting to access "
     "this website from a country belonging to the European Economic Area (EEA) including the EU which enforces the "
     "General Data Protection Regulation (GDPR) and therefore access cannot be granted at this time.</p></body>"
     "</html>", "en", "geo-block 451"),
    (403, {"Server": "Sucuri/Cloudproxy", "X-Sucuri-Block": "BL001"},
     "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Sucuri WebSite Firewall - Access Denied</title>"
     "</head><body><div id='main-container'><h1>Access Denied - Sucuri Website Firewall</h1><p>If you are the site "
     "owner (or you manage this site), please whitelist your IP or if you think this block is an error please open a "
     "support ticket.</p><table><tr><td>Block ID:</td><td>BL001</td></tr><tr><td>Block reason:</td><td>Access from "
     "your country was disabled by the administrator.</td></tr></table></div></body></html>", "id",
     "bot wall 403 sucuri"),
    (200, {}, "<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Før du fortsætter</title></head><body>"
     "<div class='consent'><h1>Vi passer på dine data</h1><p>Vi og vores partnere bruger cookies til at måle trafik og "
     "vise relevante annoncer. Du kan acceptere alle eller vælge dine indstillinger.</p><button>Accepter alle</button>"
     "<button>Indstillinger</button><p>Eller køb abonnement uden annoncer.</p></div></body></html>", "da",
     "consent wall"),
]

# (language, headline, wall) of paywall teasers on a long-form magazine
TEASERS8 = [
    ("en", "The family that ran the river ferry for a century",
     "You've read all of your free articles this month. Subscribe for unlimited access."),
    ("de", "Die letzten Fischer am Hafen", "Sie haben Ihr Kontingent an kostenlosen Artikeln erreicht. Jetzt abonnieren."),
    ("es", "La memoria de los astilleros", "Has agotado los artículos gratuitos de este mes. Suscríbete para seguir leyendo."),
]
# (text, headline) of short releases on the wire
BRIEFS8 = [
    ("The board has declared a quarterly dividend of $0.24 per share, payable on 15 July to shareholders of record on "
     "28 June.", "Harbour Logistics declares quarterly dividend"),
    ("The company will report its second-quarter results on 6 August before the market opens; a call follows at "
     "10:00 ET.", "Riverbank Energy to announce second-quarter results"),
    ("The annual meeting of shareholders will be held online on 20 May at 11:00 ET.", "Notice of annual meeting"),
]

# (language, cited title, cited date, the new headline at the URL, its lead, the headline of a kept article)
REPLACED8 = [
    ("en", "Port authority approves dredging of the channel", "2020-09-14", "Our favourite summer cocktails",
     "Easy drinks to mix at home this weekend.", "New ferry terminal opens in spring"),
    ("en", "Survey finds rising salinity in coastal wells", "2021-05-03", "Ten gadgets for your next road trip",
     "From phone mounts to cool boxes: what to pack.", "Flood warning system extended"),
    ("de", "Landgericht verhandelt über Hafenerweiterung", "2019-11-21", "Urlaub am Strand: die schönsten Buchten",
     "Unsere Reisetipps für den Sommer.", "Neue Fähre ab Mai"),
    ("fr", "Le tribunal annule le permis du port", "2020-02-17", "Nos recettes de glaces maison",
     "Faciles et rapides pour l'été.", "La digue sera renforcée"),
    ("it", "Il consiglio approva il piano del porto", "2021-04-08", "Le ricette dell'estate con il gelato",
     "Dolci freschi per le giornate calde.", "Nuovo molo entro l'anno"),
    ("ru", "Суд отменил решение о застройке набережной", "2020-07-22", "Лучшие рецепты летних салатов",
     "Быстро и вкусно.", "Мост откроют осенью"),
    ("tr", "Belediye meclisi liman planını onayladı", "2021-10-05", "Yaz tatili için en güzel koylar",
     "Bu yaz gidilecek yerler.", "Yeni iskele hizmete girdi"),
    ("ar", "المجلس البلدي يقر خطة الميناء", "2020-03-30", "أشهى وصفات الحلويات في رمضان", "وصفات سهلة للعائلة.",
     "افتتاح الجسر الجديد"),
    ("id", "Dewan kota setujui anggaran pelabuhan", "2021-02-11", "Resep es buah segar untuk musim panas",
     "Minuman segar yang mudah dibuat.", "Jembatan baru dibuka"),
    ("th", "สภาเทศบาลอนุมัติงบประมาณท่าเรือ", "2020-12-01", "สูตรอาหารทะเลง่าย ๆ สำหรับวันหยุด", "เมนูอร่อยทำเองได้ที่บ้าน",
     "สะพานใหม่เปิดใช้แล้ว"),
    ("bg", "Общинският съвет прие бюджета за пристанището", "2019-12-19", "Най-хубавите плажове за лятото",
     "Къде да почиваме тази година.", "Новият мост е открит"),
    ("da", "Byrådet vedtager ny havneplan", "2021-06-24", "Sommerens bedste is-opskrifter",
     "Nemme opskrifter til varme dage.", "Ny færge sættes i drift"),
]

# (language, cited title, cited date, the new headline at the URL, its lead): an address reused for another story of the
# same kind (a court's judgment number, a wire's release id)
REPLACED_NEWS8 = [
    ("en", "Harbour Trust v Marine Dredging Ltd", "2019-03-12", "R v Collins (sentencing remarks)",
     "The defendant pleaded guilty to two counts of fraud by false representation."),
    ("de", "Hafengesellschaft meldet Rekordumschlag für 2018", "2019-02-07",
     "Softwarehaus übernimmt Mitbewerber aus Leipzig", "Die Übernahme soll im dritten Quartal abgeschlossen werden."),
]
# (language, headline, lead, the cited title: a reader's translation, the first headline, or the headline with the site's
# name)
RETOLD8 = [
    ("id", "Dewan kota menyetujui pembangunan jembatan baru",
     "Dewan kota pada Senin memutuskan pembangunan jembatan baru di atas sungai.",
     "City council approves construction of new bridge", "translated"),
    ("en", "Harbour master retires after 30 years at the port",
     "The harbour master stepped down on Friday after three decades in the job.",
     "Harbour master to step down", "retitled"),
    ("da", "Byrådet godkender ny skole ved åen", "Byrådet besluttede mandag at bygge en ny skole ved åen.",
     "Byrådet godkender ny skole ved åen | Vestkysten", "with the site's name"),
]
