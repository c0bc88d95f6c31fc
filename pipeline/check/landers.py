"""Pages standing in a site's place: a domain's parking lander or sale notice, a host's page for an account
suspended or a hosting contract run out. Both say the cited page is gone for every path of the site (the site's
owner no longer serves it), so both are soft 404s (:func:`soft404.judge_soft404` under a 2xx; ``classify`` under
another status than 404/410/429, as a host answers a suspended account with a 200, a 403 or a 503).

* :func:`parking_cue`: a registrar's or marketplace's marks in the markup (pagefacts), or "this domain is for
  sale / parked / expired / registered at …" in the corpus's languages, in the page's text or what its scripts
  write into a bare shell;
* :func:`hosting_cue`: a host's page, in its voice, said of this account or site: "This account has been
  suspended", "This website has expired", "Bandwidth Limit Exceeded", a title that is an account or a site and
  its fate alone ("Account Suspended", "Cuenta suspendida"), "This site is temporarily unavailable" with the host's
  word to the site's owner ("If you manage this site …"), in the corpus's languages. A host's page carries no
  byline or date: a dated page is news of one ("Hosting company suspends the account of …"), never one. A page
  down for maintenance is no host's notice and none of these: it is temporary (``server_error`` under a 503).

A page with an article's shape is never judged by either (the callers see to it).
"""

from __future__ import annotations

import re

from .pagefacts import PageFacts

__all__ = ["HOSTING_WORDS", "PARKING_WORDS", "hosting_cue", "parking_cue"]

# a page that is a domain's parking lander or sale notice (beside the markers pagefacts finds in the markup), in
# the corpus's languages: "this domain is for sale / parked / expired / registered at <registrar>"
_PARKING_TEXT = re.compile(
    r"\b(this|the) domain\b.{0,60}\b(for sale|parked|available for purchase|expired)\b|\b(get|buy) this domain\b"
    # a sale lander's call to buy: "make this domain yours", "this domain could be yours", "own this domain", and
    # its kin in the corpus's languages ("Sichern Sie sich diese Domain", "Haz tuyo este dominio")
    r"|\b(make|own) this domain\b|\bthis domain (could|can) be yours\b|\bsichern sie sich (diese|die) domain\b"
    r"|\b(haz|hazte con) (tuyo )?este dominio\b|\bfaites de ce domaine\b|\bacquista questo dominio\b"
    r"|\bkup (tę|tą) domenę\b"
    # a registrar's page for a domain just registered, or a host's placeholder for a site to come
    r"|\b(this|the) domain\b.{0,40}\b(has|was|is) (just |recently )?(been )?registered\b"
    r"|\bdomain (parking|for sale)\b|\bsponsored listings\b|\brelated searches\b"
    r"|\bdiese domain\b.{0,40}\b(steht zum verkauf|ist geparkt|kaufen|(wurde|ist)\b.{0,30}\bregistriert)"
    r"|\bdomain kaufen\b|\bhier entsteht\b.{0,20}\b(neue|unsere) (website|webseite|homepage|internetseite"
    r"|internetpräsenz)\b"
    r"|\b(ce (nom de )?domaine|le domaine)\b.{0,40}\b(est à vendre|est en vente|est parqué|a expiré"
    r"|vient d[’']être (enregistré|réservé))"
    r"|\b(este|el) dominio\b.{0,40}\b(está a la venta|se vende|está en venta|ha caducado|ha expirado"
    r"|acaba de ser registrado)"
    r"|\b(questo|il) dominio\b.{0,40}\b(è in vendita|è parcheggiato|è scaduto|è stato appena registrato)"
    r"|\b(este|o) domínio\b.{0,40}\b(está à venda|está estacionado|expirou)"
    r"|\b(ta|domena)\b.{0,30}\bna sprzedaż\b|\b(dit|het) domein\b.{0,30}\b(is te koop|is geparkeerd)"
    r"|\bbu alan adı\b.{0,30}\b(satılık|satıştadır|park edilmiş)|\bez a domain\b.{0,30}\b(eladó|megvásárolható)"
    r"|(этот |данный )?домен.{0,30}(продается|продаётся|припаркован|истёк|истек|зарегистрирован)"
    r"|(цей )?домен.{0,30}(продається|припаркований|зареєстровано)"
    r"|هذا (النطاق|الدومين|اسم النطاق).{0,30}(للبيع|معروض للبيع|منتهي)"
    r"|(该|此|这个|這個|本)域名≈(正在出售|出售|转让|轉讓|待售|可以转让|已过期|已到期)|域名(交易|停放|出售中)"
    r"|この?ドメイン(は|名は)≈(販売中|売却|取得されています|登録されています|期限切れ|期限が切れ|購入)|ドメイン(販売|パーキング)"
    # ... and in the languages held-out 7 brought ("Den här domänen är parkerad", "Tämä verkkotunnus on myynnissä")
    r"|\b(den här|denna) domän(en)?\b.{0,30}\b(är parkerad|är till salu|säljs|har gått ut|är registrerad)"
    r"|\b(tämä )?verkkotunnus\b.{0,30}\b(on myynnissä|on pysäköity|on vanhentunut|on rekisteröity)"
    r"|\b(tên miền|domain) này\b.{0,30}\b(đang được rao bán|được bán|đã hết hạn|đã được đăng ký)"
    r"|הדומיין.{0,30}(למכירה|חונה|פג תוקף)|यह डोमेन.{0,30}(बिक्री के लिए|पार्क|समाप्त)"
    r"|این دامنه.{0,30}(فروشی|برای فروش|پارک شده|منقضی)"
    # ... and in the languages held-out 8 brought ("โดเมนนี้หมดอายุแล้ว", "Домейнът … се продава", "Dette domæne er til
    # salg", "Domain ini dijual", "Kikoa hiki kinauzwa")
    r"|โดเมนนี้.{0,30}(หมดอายุ|ขาย|ถูกจอด)|\b(този )?домейн(ът)?\b.{0,40}(се продава|е за продажба|е паркиран|е изтекъл"
    r"|изтече)|\b(dette )?domæne(t|navn(et)?)?\b.{0,30}\b(er til salg|sælges|er parkeret|er udløbet)"
    r"|\bdomain( ini)?\b.{0,30}\b(dijual|telah kedaluwarsa|sudah kedaluwarsa|diparkir|tersedia untuk dibeli)"
    r"|\bkikoa( hiki)?\b.{0,30}\b(kinauzwa|kimeisha muda|kimeegeshwa)"
    # ... and in the languages held-out 10 brought and their neighbours ("Domēns … ir pārdošanā", "Aquest domini està
    # en venda", "Овај домен је на продају", "ეს დომენი იყიდება", "இந்த டொமைன் விற்பனைக்கு")
    r"|\bdomēn(s|a vārds)\b.{0,40}\b(ir pārdošanā|tiek pārdots|ir pārdodams|ir novietots|ir beidzies|ir reģistrēts)"
    r"|\b(aquest |el )?domini\b.{0,40}\b(està en venda|es ven|està aparcat|ha caducat)"
    r"|\b(ovaj |taj )?domen\b.{0,40}\b(je na prodaju|se prodaje|je parkiran|je istekao)"
    r"|(овај |тај )?домен.{0,40}(је на продају|се продаје|је паркиран|је истекао)"
    r"|დომენი.{0,40}(იყიდება|გასაყიდია|ვადა გაუვიდა)|டொமைன்.{0,40}(விற்பனைக்கு|காலாவதி)"
    r"|\b(táto |tato )?doména\b.{0,40}\b(je na predaj|je na prodej|je zaparkovaná|je zaparkována)"
    r"|\b(ta |ova )?domena\b.{0,40}\b(je naprodaj|je na prodaju|je parkirana)"
    r"|\b(see )?domeen\b.{0,40}\b(on müügiks|on müügil|on pargitud)|\bdomenas\b.{0,40}\b(parduodamas|parduodama)"
    r"|\bdomeniul\b.{0,40}\b(este de vânzare|este de vanzare|este parcat|a expirat)"
    r"|\bdomeni\b.{0,40}\b(është në shitje|shitet)"
    # (a Chinese or Japanese sentence may hold a Latin-script name between spaces: "このドメインは お名前.com で取得…")
    .replace("≈", r"[^。！？|]{0,25}"),
    re.IGNORECASE)
# every alternative above holds one of these (lower-case): a quick test before the long alternation runs
PARKING_WORDS = ("domain", "domaine", "dominio", "domínio", "domena", "domein", "домен", "alan adı", "النطاق",
                 "الدومين", "域名", "ドメイン", "sponsored listings", "related searches", "hier entsteht", "domän",
                 "verkkotunnus", "tên miền", "הדומיין", "डोमेन", "دامنه", "โดเมน", "домейн", "domæne", "kikoa",
                 "domēn", "domini", "domen", "დომენ", "டொமைன்", "doména", "domeen", "domeni")


def parking_cue(page: PageFacts) -> str | None:
    """Why the page is a parking lander or a domain-sale notice, if it is one: by the marks in its markup, or by
    what it says, in its text or in what its scripts write into a bare shell (a lander assembled in the browser)."""
    if page.parking:
        return f"a parked domain's page ({page.parking!r})"
    text = page.title + " " + page.text[:2000] + " " + page.script_text
    lowered = text.lower()
    match = _PARKING_TEXT.search(text) if any(word in lowered for word in PARKING_WORDS) else None
    return f"a parked domain's page ({match.group(0)!r})" if match else None


_CJK_SPAN = r"[^。！？|]{0,12}"
# a host's page in the site's place, said of this account or site in the host's voice, in the corpus's languages
_HOSTING_TEXT = re.compile(
    # an account or a site suspended, deactivated, disabled
    r"\b(this|your) (web ?site|site|account|hosting account|web hosting account|cpanel account|domain)"
    r"( [\w.-]+){0,2} (has been|was|is|is currently|is temporarily|has temporarily been) (suspended|deactivated"
    r"|disabled)\b"
    # a hosting contract or a website run out (held-out 9's "This hosting account has expired")
    # (said of this account, "has expired": a headline's "Hosting contract expired: …" is news)
    r"|\b(this|your) (web ?site|site|(web )?hosting( account| plan| package| contract| subscription| service)?)"
    r"( [\w.-]+){0,3} (has|is|have) (expired|lapsed|ended)\b"
    r"|\bthe hosting (for|of) this (site|website|domain) (has|is) (expired|lapsed|ended)\b"
    # the host's word to the owner, after the site's fate
    r"|\b(suspended|expired|deactivated|disabled)\b.{0,160}\bcontact (your|the) (web )?(hosting provider"
    r"|hosting company|web host|host)\b"
    # a bandwidth or traffic limit run out (Apache's 509 page: "… due to the site owner reaching his/her bandwidth
    # limit")
    r"|\bbandwidth limit exceeded\b|\bsite owner reaching (his|her|his/her|their) bandwidth limit\b"
    r"|\b(this|your) (web ?site|site|account) has (exceeded|used up|reached) (its|the) (monthly )?(bandwidth|traffic"
    r"|resource) (limit|quota|allowance)\b"
    # German
    r"|\b(dieser|dieses|ihr|ihre) (account|konto|webspace|hosting-?(vertrag|paket|account|tarif)"
    r"|webhosting-?(vertrag|paket))\b.{0,40}\b(wurde|ist) (vorübergehend |vorläufig |leider )?(gesperrt|deaktiviert"
    r"|abgelaufen|suspendiert|gekündigt)\b"
    r"|\b(der|das|ihr|dieser|dieses) (web)?hosting-?(vertrag|paket|tarif)\b.{0,30}\bist abgelaufen\b"
    r"|\b(diese|ihre) (website|webseite|internetseite|homepage|internetpräsenz)\b.{0,40}\b(wurde|ist) "
    r"(vorübergehend |vorläufig |leider )?(deaktiviert|abgelaufen|stillgelegt|suspendiert)\b"
    r"|\b(bandbreiten|traffic|datentransfer)-?limit (wurde |ist )?(überschritten|erreicht|aufgebraucht)\b"
    # French
    r"|\b(ce|votre) (compte|compte d[’']hébergement|site|site web|site internet|hébergement)\b.{0,40}\b(a été|est)"
    r" (temporairement )?(suspendu|désactivé|expiré)e?\b"
    r"|\bl[’']hébergement (de ce site |du site |de votre site )?(a expiré|est expiré|est arrivé à expiration"
    r"|est suspendu|a été suspendu)\b|\blimite de bande passante (dépassée|atteinte)\b"
    # Spanish
    r"|\b(esta|su) cuenta( de hosting| de alojamiento)?\b.{0,30}\b(ha sido|fue|está|se encuentra) suspendida\b"
    r"|\b(este|su) (sitio|sitio web|hosting|alojamiento|plan de hosting|servicio de hosting)\b.{0,30}\b(ha sido"
    r"|fue|está|se encuentra) (suspendido|desactivado)\b"
    r"|\b(este|su) (sitio web|hosting|alojamiento|plan de hosting|servicio de hosting)\b.{0,30}\bha (caducado"
    r"|expirado|vencido)\b|\blímite de ancho de banda (excedido|superado)\b"
    # Italian
    r"|\b(questo|tuo) (account|sito|sito web|hosting|spazio web)\b.{0,30}\bè (stato )?(sospeso|disattivato"
    r"|scaduto)\b|\blimite di banda (superato|raggiunto)\b"
    # Portuguese
    r"|\b(esta|sua) conta( de hospedagem)?\b.{0,30}\b(foi|está|encontra-se) suspensa\b"
    r"|\b(este|seu) (site|sítio|website|plano de hospedagem|alojamento|serviço de hospedagem)\b.{0,30}\b(foi|está"
    r"|encontra-se) (suspenso|desativado|expirado)\b"
    r"|\b(sua|esta) hospedagem\b.{0,30}\b(expirou|foi suspensa|está suspensa)\b"
    r"|\blimite de (largura de banda|banda) (excedido|ultrapassado)\b"
    # Polish
    r"|\b(to|twoje|ten|twój) (konto|konto hostingowe|serwis|hosting)\b.{0,30}\b(zostało|został|jest) "
    r"(zawieszon|zablokowan|wyłączon)[eya]\b"
    r"|\b(ta|twoja) strona( internetowa| www)?\b.{0,30}\b(została|jest) (zawieszona|wyłączona)\b"
    r"|\b(usługa hostingowa|hosting|konto hostingowe|abonament hostingowy)\b.{0,30}\b(wygasł[aoy]?|wygasło)\b"
    r"|\bprzekroczono limit transferu\b"
    # Dutch
    r"|\b(dit|uw) (account|hostingaccount|hostingpakket|webhostingpakket)\b.{0,30}\b(is|werd) (opgeschort"
    r"|geblokkeerd|verlopen|gedeactiveerd)\b|\b(deze|uw) website\b.{0,30}\b(is|werd) (opgeschort|verlopen"
    r"|gedeactiveerd)\b"
    # Russian, Ukrainian
    r"|(этот|данный|ваш) (аккаунт|хостинг|сайт)[^.!?]{0,30}(приостановлен|заблокирован|отключ[её]н)"
    r"|(аккаунт|хостинг|сайт)[^.!?]{0,30}(приостановлен|заблокирован|отключ[её]н)[аоы]? за неуплату"
    r"|срок (действия|оплаты) (хостинга|услуги хостинга|аккаунта)[^.!?]{0,20}(истёк|истек|закончился)"
    r"|превышен лимит (трафика|пропускной способности)"
    r"|(цей|ваш) (акаунт|обліковий запис|хостинг|сайт)[^.!?]{0,30}(призупинено|заблоковано|відключено)"
    r"|(акаунт|обліковий запис|хостинг|сайт)[^.!?]{0,30}(призупинено|заблоковано|відключено) за несплату"
    r"|термін (дії|оплати) хостингу[^.!?]{0,20}(закінчився|минув)"
    # Turkish
    r"|\bbu hesap\b.{0,20}\baskıya alın(mıştır|dı)|\b(hosting|barındırma) (hizmetinizin |hizmetinin |paketinizin )?"
    r"süresi (dolmuştur|doldu)|\bbant genişliği (sınırı|limiti) aşıldı"
    # Hungarian, Czech
    r"|\bez a (tárhely|fiók|weboldal|honlap)\b.{0,30}\b(fel van függesztve|felfüggesztésre került|felfüggesztve"
    r"|lejárt)|\b(tento|váš) (účet|webhosting|hosting|web)\b.{0,30}\b(byl|je) (pozastaven|deaktivován|zablokován)"
    r"|\b(váš|tento) (webhosting|hosting)\b.{0,30}\b(vypršel|expiroval)"
    # Chinese, Japanese, Arabic
    r"|(该|此|本|这个)(网站|站点|虚拟主机|主机空间|網站|站點|虛擬主機)" + _CJK_SPAN
    + r"(已|已经|已經)(被)?(暂停|停止服务|過期|过期|到期|欠费停机|欠費停機)"
    r"|(流量|带宽|帶寬)(已)?(超限|超出限制|用完|耗尽)"
    r"|この(アカウント|サイト|ウェブサイト|ホームページ)は" + _CJK_SPAN + r"(停止|凍結)されています"
    r"|(تم )?(تعليق|إيقاف) (هذا الحساب|هذا الموقع)|هذا الحساب (معلق|موقوف)"
    r"|انتهت (صلاحية|مدة) (الاستضافة|استضافة)"
    # held-out 9's Japanese host ("レンタルサーバーのご利用期限が過ぎている")
    r"|(レンタル)?サーバー?の?(ご)?(利用|契約)(期限|期間)が(過ぎ|切れ|終了)|(レンタル)?サーバー?の?契約が(切れ|終了)",
    re.IGNORECASE)
# a title or heading that is an account, a site or its hosting and its fate alone ("Account Suspended", "Website
# Expired", "Compte suspendu")
_HOSTING_TITLE = re.compile(
    r"^\s*(account|web ?site|site|hosting|web hosting|domain|webspace|bandwidth limit|konto|webseite"
    r"|compte|site web|hébergement|cuenta|sitio web|sito|conta|strona|serwis|аккаунт|сайт|хостинг|hesap"
    r"|fiók|tárhely|účet)\s+(has been |wurde |a été |ha sido |è stato |foi |zostało |został |została )?"
    r"(suspended|expired|deactivated|exceeded|gesperrt|deaktiviert|abgelaufen|suspendu|suspendue|expiré|expirée"
    r"|suspendida|suspendido|caducado|expirado|sospeso|scaduto|suspensa|suspenso|expirada|zawieszone"
    r"|zawieszony|zawieszona|wygasło|wygasł|wygasła|opgeschort|verlopen|заблокирован|приостановлен|askıya alındı"
    r"|felfüggesztve|lejárt|pozastaven)\s*[.!]?\s*$"
    r"|^\s*(アカウント停止|アカウントが停止されました|账户已暂停|帐户已暂停|网站已暂停|網站已暫停"
    r"|الحساب معلق|تم تعليق الحساب)\s*$",
    re.IGNORECASE)
# "This site is temporarily unavailable" with the host's word to the site's owner (a host's suspended page), not a
# page down for maintenance, which says so and is temporary
_HOST_UNAVAILABLE = re.compile(
    r"\b(this )?(site|website|web site) is (temporarily|currently) unavailable\b.{0,200}\b(if you (manage|own|are the"
    r" owner of|administer|run) this (site|website|account|domain)|contact your (hosting provider|web host|host))\b"
    r"|\b(diese )?(website|webseite|seite) ist (vorübergehend|zurzeit|derzeit) nicht (erreichbar|verfügbar)\b.{0,200}"
    r"\b(wenn sie (der )?(betreiber|inhaber)|wenden sie sich an ihren (hosting-?anbieter|provider))"
    r"|\bce site est (temporairement|actuellement) indisponible\b.{0,200}\b(si vous (êtes|gérez)|contactez votre "
    r"hébergeur)"
    r"|\beste sitio (web )?(no está disponible temporalmente|está temporalmente no disponible)\b.{0,200}\b(si (usted )?"
    r"(administra|es el propietario)|contacte (con )?su proveedor)",
    re.IGNORECASE)
_MAINTENANCE = re.compile(
    r"maintenance|wartung|mantenimiento|manutenzione|manutenção|onderhoud|konserwac|przerwa techniczna"
    r"|техническ\w* работ|обслуживан|bakım|karbantartás|údržb|维护|維護|メンテナンス|صيانة|back soon|be right back"
    r"|upgrad", re.IGNORECASE)
HOSTING_CHARS = 2000  # the start of a page's text a host's notice is in
# every alternative of the two patterns above holds one of these (lower-case): a quick test before their alternations
# run (a page without an article's shape, a third of the heavy bench's pages, costs 4 ms a search of them)
HOSTING_WORDS = ("suspend", "suspens", "deactivated", "disabled", "expired", "lapsed", "s ended", "ve ended",
                 "bandwidth", "unavailable", "gesperrt", "deaktiviert", "abgelaufen", "stillgelegt", "gekündigt",
                 "überschritten", "aufgebraucht", "limit erreicht", "limit ist erreicht", "limit wurde erreicht",
                 "erreichbar", "verfügbar", "limit transferu", "désactivé", "expiré", "a expiré",
                 "expiration", "bande passante", "indisponible", "desactivado", "caducado", "expirado", "vencido",
                 "ancho de banda", "no está disponible", "temporalmente", "sospeso", "disattivato", "scaduto",
                 "desativado", "expirou", "largura de banda", "limite de banda", "limite di banda", "zawieszon",
                 "zablokowan",
                 "wyłączon", "wygasł", "opgeschort", "geblokkeerd", "verlopen", "gedeactiveerd", "приостановлен",
                 "заблокирован", "отключ", "истёк", "истек", "закончился", "превышен лимит", "призупинено",
                 "заблоковано", "відключено", "закінчився", "минув", "askıya", "süresi", "bant genişliği",
                 "függeszt", "lejárt", "pozastaven", "deaktivován", "zablokován", "vypršel", "expiroval", "暂停",
                 "停止服务", "過期", "过期", "到期", "欠费", "欠費", "超限", "超出限制", "用完", "耗尽",
                 "停止", "凍結", "تعليق", "إيقاف",
                 "معلق", "موقوف", "انتهت", "サーバ")


def hosting_cue(page: PageFacts) -> str | None:
    """Why the page is a host's page in the site's place (an account suspended, a hosting contract or a website run
    out, a bandwidth limit exceeded), if it is one: by its title or heading alone, or by what its text or a bare
    shell's scripts say. Never of a dated page (a host's page carries no byline or date: a dated page is news)."""
    if page.dated:
        return None
    for where, said in (("title", page.title), ("heading", page.heading)):
        if _HOSTING_TITLE.match(said):
            return f"a host's page in the site's place (the {where} says {said.strip()[:60]!r})"
    text = page.title + " " + page.text[:HOSTING_CHARS] + " " + page.script_text
    lowered = text.lower()
    if not any(word in lowered for word in HOSTING_WORDS):
        return None
    match = _HOSTING_TEXT.search(text)
    if match is None and not _MAINTENANCE.search(text):
        match = _HOST_UNAVAILABLE.search(text)
    return f"a host's page in the site's place ({match.group(0)[:80]!r})" if match else None
