"""From what a check saw to its verdict: one pure function, :func:`classify`.

The vocabulary is :class:`~pipeline.models.Verdict` (docs/check.md says what
each means and what a maintainer should do). The order of the rules matters
and is the documentation of precedence:

1. the fetch failed (no usable answer): the error's kind *is* the verdict
   (``timeout``, ``dns_error``, ``robots_disallowed``, ``refused_address``, …);
2. a bot wall (a Cloudflare/Akamai/DataDome/… challenge, whatever its status) or a
   cookie-consent interstitial standing in for the page: ``blocked``;
3. a host's page standing in for the site (an account suspended, a hosting contract run out, a bandwidth limit
   exceeded: :func:`~pipeline.check.landers.hosting_cue`) under any other 4xx or 5xx than 404/410/429, on a page
   without an article's shape: ``soft_404``, as under a 2xx (a host answers a suspended account with a 200, a 403
   or a 503 alike; a page down for maintenance is none, and stays ``server_error``);
4. the status: 404/410 ``gone`` (but a 404 whose page is the whole article, :func:`whole_article`,
   ``ok``); 401/403/407/451 and other 4xx ``blocked`` (we could not look, which is not evidence that the page is dead);
   429 ``rate_limited``; 5xx ``server_error``; LinkedIn's 999 ``blocked``;
5. for an answer that arrived: redirected to a login, subscription or consent
   page ``blocked``; a soft 404 (:mod:`pipeline.check.soft404`) ``soft_404``;
   another article than the cited one (:mod:`pipeline.check.replaced`) ``content_replaced``;
   a permanent redirect (301/308) to a different URL ``redirected``;
   anything else, including 304 Not Modified, ``ok``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..models import Verdict
from ..net.hops import REDIRECT_STATUSES
from ..net.results import FetchErrorKind
from ..urls import InvalidURL, canonicalize
from .landers import hosting_cue, parking_cue
from .pagefacts import CONSENT_MARK_WORDS, LONG_ARTICLE_WORDS, PageFacts, own_size
from .soft404 import article_shape, not_found_cue

__all__ = ["VERDICT_OF_ERROR", "CheckFacts", "bot_wall", "classify", "consent_wall", "host_page", "moved_permanently",
           "whole_article"]

# a failed fetch's kind is the check's verdict (every kind has one; a test walks them all)
VERDICT_OF_ERROR: Mapping[FetchErrorKind, Verdict] = {
    FetchErrorKind.INVALID_URL: Verdict.INVALID_URL,
    FetchErrorKind.REFUSED_ADDRESS: Verdict.REFUSED_ADDRESS,
    FetchErrorKind.ROBOTS_DISALLOWED: Verdict.ROBOTS_DISALLOWED,
    FetchErrorKind.DNS_ERROR: Verdict.DNS_ERROR,
    FetchErrorKind.CONNECTION_ERROR: Verdict.CONNECTION_ERROR,
    FetchErrorKind.TLS_ERROR: Verdict.TLS_ERROR,
    FetchErrorKind.TIMEOUT: Verdict.TIMEOUT,
    FetchErrorKind.TOO_MANY_REDIRECTS: Verdict.TOO_MANY_REDIRECTS,
    FetchErrorKind.TOO_LARGE: Verdict.TOO_LARGE,
    FetchErrorKind.TURNED_AWAY: Verdict.RATE_LIMITED,  # the check stage records none: the link stays due
}

PERMANENT = frozenset({301, 308})
_WALL_TITLES = re.compile(
    r"^\s*(just a moment|attention required|access denied|are you a (robot|human)|pardon our interruption"
    r"|request unsuccessful|security check|verify you are (a )?human|one more step|bot verification"
    r"|checking your browser|ddos-guard)\b",
    re.IGNORECASE,
)
_WALL_TEXT = re.compile(
    r"enable javascript and cookies to continue|captcha-delivery\.com|px-captcha|cf-chl-|_incapsula_resource"
    r"|please verify you are a human|checking if the site connection is secure",
    re.IGNORECASE,
)
# a web application firewall's refusal standing in for the page (F5 BIG-IP ASM, Imperva/Incapsula, Sucuri, Cloudflare,
# Akamai, AWS WAF and CloudFront, Barracuda, FortiWeb, ModSecurity, Wordfence, a site's own): the request refused, in
# the firewall's voice, and the reference to quote to its owner (a support or incident ID, a "Reference #", a Ray
# ID) or the firewall named. Some answer 200 with the same page for every path, which a site's answer to a made-up
# URL resembles: it is unverifiable, never dead
_WAF_REFUSAL = re.compile(
    r"\b(the )?requested url (was|has been) (rejected|blocked|denied)|\brequest (was |has been |is )?(rejected|blocked"
    r"|denied|unsuccessful)\b|\b(access|your access) (to this (page|site|website|resource|server) )?"
    r"(has been |is |was )?"
    r"(denied|blocked|restricted|limited)\b|\byou (have been|are|were) blocked\b|\bweb page blocked\b"
    r"|\bblocked by (the |our )?(website |web application |site )?(firewall|security (service|policy|rules))\b"
    r"|\bnot acceptable!|\bthe request could not be satisfied\b"
    r"|\byou don[’']t have permission to access\b|\bforbidden\b"
    r"|\b(zugriff|zugang) (wurde )?(verweigert|gesperrt|blockiert)|\banfrage (wurde )?(abgelehnt|blockiert)"
    r"|\baccès (refusé|bloqué|interdit)|\brequête (a été )?(rejetée|bloquée|refusée)"
    r"|\bacceso (denegado|bloqueado)|\bsolicitud (ha sido |fue )?(rechazada|bloqueada)"
    r"|\baccesso (negato|bloccato)|\brichiesta (è stata )?(respinta|bloccata|rifiutata)"
    r"|\bacesso (negado|bloqueado)|\b(solicitação|pedido) (foi )?(rejeitad|bloquead|recusad)[oa]"
    r"|\bdostęp (zablokowany|zabroniony|odmówiony)|\bżądanie (zostało )?(odrzucone|zablokowane)"
    r"|доступ (запрещ[её]н|заблокирован|закрыт)|запрос (был )?(отклон[её]н|заблокирован)|доступ заборонено"
    r"|\berişim (engellendi|reddedildi)|\bistek (reddedildi|engellendi)|\bhozzáférés megtagadva"
    r"|\btoegang (geweigerd|geblokkeerd)|\bverzoek (is )?(geweigerd|geblokkeerd)"
    r"|访问被拒绝|请求被拒绝|请求已被拦截|拒绝访问|アクセスが拒否|リクエストは拒否"
    r"|접근이 (차단|거부)|요청이 (차단|거부)",
    re.IGNORECASE)
_WAF_REFERENCE = re.compile(
    r"\b(support|incident|event|request|transaction|attack|block|error|case|reference) ?(id|number|no\.?|code)\b"
    r"|\breference ?#|\bray id\b|\bref(erence)?\s*[#:]\s*[\w.-]{6,}"
    r"|\b(f5|big-?ip|imperva|incapsula|sucuri|cloudflare|akamai|aws waf|cloudfront|barracuda|fortiweb|fortinet"
    r"|mod_?security|wordfence|netscaler|radware|azure front door|web application firewall|firewall)\b"
    r"|\b(support-id|id de (soporte|support|suporte)|id di supporto|référence|referencia|riferimento|referência"
    r"|numer referencyjny|identyfikator)\b|идентификатор|номер (запроса|обращения)"
    r"|参考编号|事件编号|サポートID|参照番号",
    re.IGNORECASE)
WAF_MAX_WORDS = 150
# a cookie-consent interstitial standing in for the page (served for every URL, so it looks like a soft 404)
_CONSENT_TITLES = re.compile(
    r"^\s*(before you continue|we value your privacy|your privacy choices|cookie (consent|settings|preferences)"
    r"|privacy (settings|preferences)|datenschutz(einstellungen|-einstellungen)?|einwilligung"
    r"|vos choix (en matière de|concernant les) cookies|gestion des cookies|consentimiento|privacidad"
    r"|zustimmung|votre consentement|consentement|consenso|consentimento|zgoda|согласие|згода|onay"
    # ... "before you continue" and "your consent (is needed)" in the corpus's languages
    r"|bevor sie (fortfahren|weiterlesen)|avant de continuer|antes de continuar|prima di continuare"
    r"|zanim przejdziesz|прежде чем продолжить|перш ніж продовжити|devam etmeden önce|mielőtt folytatná"
    r"|(your|ihre|deine|votre|tu|su|la tua|il tuo|a sua|twoja|ваше|ваша|ваш|sizin|az ön) (consent|zustimmung"
    r"|einwilligung|consentement|consentimiento|consenso|consentimento|zgoda|согласие|згода|onayınız|hozzájárulás)"
    # ... and in the languages held-out 7 brought ("Evästeasetukset", "Arvostamme yksityisyyttäsi")
    r"|evästeasetukset|evästeet|arvostamme yksityisyyttäsi|cookie-?inställningar|vi värnar om din integritet"
    r"|cài đặt cookie|הגדרות עוגיות|कुकी सेटिंग|تنظیمات کوکی"
    # ... and "consent", "cookie settings" or "your privacy (matters)" in every other language of the phrase lists
    # (held-out 9's Slovak wall: "Súhlas s cookies", "Vaše súkromie je pre nás dôležité")
    r"|súhlas|souhlas|privola|suglasnost|sutikimas|nõusolek|persetujuan|samtykke|toestemming|consimțământ"
    r"|συγκατάθεση|съгласие|ridhaa|idhini|tetapan kuki|pengaturan cookie|küpsiste seaded|slapukų nustatymai"
    r"|postavke kolačića|nastavenia cookies|nastavení cookies|cookie-?indstillinger|cookie-?instellingen"
    r"|setări cookie|ρυθμίσεις cookies|настройки на бисквитките|mipangilio ya vidakuzi"
    r"|privasi anda|privasi awak|confidențialitatea dvs|το απόρρητό σας|faragha yako"
    r"|(vaše|vaš[ae]?|jūsų|teie|din|uw|вашата) (súkromie|soukromí|privatnost|privatumas|privaatsus|privatliv"
    r"|privacy|поверителност)"
    # ... and in the languages held-out 10 brought and their neighbours (held-out 10's Catalan wall: "La vostra
    # privadesa"): Catalan, Galician, Basque, Serbian, Latvian, Slovenian, Norwegian, Icelandic, Albanian, Macedonian
    r"|(la vostra|a súa|a túa|zure|ваша|jūsu|vaša|din|þitt|privatësia (juaj|e juaj)) ?(privadesa|privacidade"
    r"|pribatutasuna|приватност|privātums|zasebnost|personvern|friðhelgi)|consentiment|consentimento|baimena"
    r"|сагласност|saglasnost|piekrišana|soglasje|samtykke|samþykki|pëlqimi|согласност"
    r"|configuració de (les )?galetes|configuración de cookies|cookie-?ezarpenak|подешавања колачића"
    r"|sīkdatņu (iestatījumi|politika)|nastavitve piškotkov|informasjonskapsler)\b"
    r"|^\s*(쿠키 설정|개인정보 보호 설정|クッキーの設定|Cookie设置|隐私设置|การตั้งค่าคุกกี้|ความยินยอม|ความเป็นส่วนตัวของคุณ"
    r"|თქვენი კონფიდენციალურობა|ქუქი-?ფაილები|உங்கள் தனியுரிமை|குக்கீ|ձեր գաղտնիությունը|আপনার গোপনীয়তা)",
    re.IGNORECASE,
)
# ... or a short page about cookies, tracking or privacy that asks the reader to accept, in the corpus's languages
# (a consent-management platform's notice served for every URL: Didomi, OneTrust, Cookiebot, a site's own)
_CONSENT_TEXT = re.compile(
    r"\bcookies?\b|\bcookie-|\btraceurs\b|\bvie privée\b|\bprivacy\b|\bdatenschutz|\bprivacidad"
    r"|\bprivacidade\b|\bprywatnoś|\bciasteczk|\bçerez|\bgizlilik|\bsüti|\badatvédelm|\bkuki|куки|кукі"
    r"|конфиденциальност|конфіденційн|隐私|隱私|プライバシー|クッキー|الخصوصية|ملفات تعريف الارتباط"
    # ... or the personal data it asks consent for, and the "partners" it is shared with (a wall without the word
    # cookie: "Wir und unsere 312 Partner speichern und verarbeiten personenbezogene Daten")
    r"|personenbezogene\w* daten|\bpersonal data\b|données personnelles|dati personali|datos personales"
    r"|dados pessoais|dan\w* osobow|персональн\w+ дан|kişisel veri|személyes adat|个人信息|個人情報"
    r"|البيانات الشخصية|\beväste|\byksityisyy|\bkakor\b|\bintegritet|quyền riêng tư|עוגיות|פרטיות|कुकी|गोपनीयता"
    r"|کوکی|حریم خصوصی"
    # ... and in every other language of the phrase lists (cookies, privacy, personal data)
    r"|súkromi|soukromí|osobn\w* údaj|kolačić|privatnost|osobn\w* podat|slapuk|privatum|asmens duomen|küpsis"
    r"|privaatsus|isikuandme|\bprivasi\b|data peribadi|data pribadi|privatliv|personoplysning|persoonsgegevens"
    r"|confidențialitat|date personale|\bαπόρρητ|προσωπικ\w* δεδομέν|бисквитк|поверителност|лични данни"
    r"|vidakuzi|faragha|data binafsi|쿠키|개인정보|คุกกี้|ความเป็นส่วนตัว|ข้อมูลส่วนบุคคล"
    # ... and in every other language a wall is written in (cookies, privacy, personal data): held-out 10's Catalan
    # ("galetes"), Galician, Basque, Serbian, Latvian, Georgian, Tamil, and their neighbours
    r"|\bcookie|galetes|privadesa|dades personals|datos persoais|pribatutasun|datu pertsonal|колачић|приватност"
    r"|лични\w* подат|lični\w* podat|sīkdatn|sīkfail|privātum|personas dat|ქუქი|კონფიდენციალურ|პერსონალურ"
    r"|குக்கீ|தனியுரிமை|தனிப்பட்ட தரவ|piškotk|zasebnost|osebn\w* podatk|informasjonskapsl|personvern"
    r"|personopplysning|vafrakök|persónuvernd|privatës|të dhënat personale|колачињ|лични податоци|թխուկ|քուքի"
    r"|գաղտնիություն|məxfilik|şəxsi məlumat|құпиялылық|кукі|прыватнасць|কুকি|গোপনীয়তা|کوکیز|رازداری|കുക്കി"
    r"|സ്വകാര്യത|కుకీ|గోప్యత|ಕುಕೀ|ಗೌಪ್ಯತ|કૂકી|ਕੂਕੀ|ኩኪ|күүки|fianáin|cwcis|témoins|galletas"
    r"|\b(?:unsere|our|nos|i nostri|nuestros|nossos) \d+ (?:partner|partenaires|partners|socios|parceiros)"
    # ... or a count of partners with a word between ("287 zaufanych partnerów", "our 312 trusted partners")
    r"|\b\d+ (?:\w+ )?(?:partner\w*|partenaires|socios|parceiros|партнер\w*|partnerimiz\w*)\b",
    re.IGNORECASE)
_CONSENT_BUTTONS = re.compile(
    r"\b(accept( all| cookies)?|reject all|i agree|agree (and|&) (continue|close)|alle akzeptieren|akzeptieren"
    r"|zustimmen|einverstanden|(tout )?accepter|j[’']accepte|aceptar( todo| todas)?|acepto|accetta( tutti)?"
    r"|accetto|aceitar( todos)?|aceito|concordo|akceptuj(ę)?|zgadzam się|принять|согласен|прийняти|погоджуюсь"
    r"|kabul et|elfogad|accepteren|akkoord"
    # a wall's one button that goes on to the site ("Przejdź do serwisu", "Weiter zur Website", "Continue to site")
    r"|przejdź do serwisu|weiter zur (seite|website|webseite)|continue to (the )?(site|website)"
    r"|continuer (vers|sur) le site|continuar (al|para o) (sitio|site)|continua (sul|al) sito"
    r"|перейти на сайт|siteye devam et|tovább az oldalra"
    r"|hyväksy( kaikki)?|hyväksyn|acceptera( alla)?|godkänn( alla)?|chấp nhận( tất cả)?|đồng ý"
    # ... and in every other language of the phrase lists ("Súhlasím", "Prihvaćam", "Sutinku", "Nõustun")
    r"|súhlasím|prijať( všetko)?|souhlasím|přijmout( vše)?|prihvaćam|prihvati( sve)?|slažem se|sutinku"
    r"|priimti( visus)?|nõustun|nõustu|aktsepteeri( kõik)?|setuju|terima( semua)?|saya setuju"
    r"|accepter alle|jeg accepterer|acceptér|accepteer( alles)?|accept(ă|ați)( tot| toate)?|sunt de acord"
    r"|αποδοχή( όλων)?|αποδέχομαι|συμφωνώ|приемам|приеми( всички)?|съгласен съм|nakubali|kubali( zote)?"
    # ... and in every other language a wall is written in (held-out 10's Catalan "Accepta-les totes"), and the
    # buttons that allow rather than accept ("Allow all", "Alle zulassen", "Permetre-les totes")
    r"|accept(a|o|ar)(-les)?( totes| tot)?|d[’']acord|acéptoas|acepta(s|las)( todas)?|onartu( guztiak)?|ados nago"
    r"|onartzen dut|прихвати( све)?|прихватам|prihvatam|слажем се|piekrītu|pieņemt( visus| visas| visu)?"
    r"|sprejmi( vse)?|sprejmem|strinjam se|godta( alle)?|godtar|aksepter( alle)?|samþykkja( allt)?|samþykki"
    r"|prano( të gjitha)?|pranoj|прифати( ги сите)?|прифаќам|се согласувам|qəbul et|razıyam|қабылдау|келісемін"
    r"|прыняць( усе)?|згодны|glac leis|glacaim|derbyn( popeth)?|cytuno|tanggapin( lahat)?"
    r"|allow (all|cookies)|alle (zulassen|erlauben)|tout autoriser|permitir (todas|todo)|permetre(-les)? totes)\b"
    r"|ვეთანხმები|მიღება|დათანხმება|ஏற்கிறேன்|ஏற்றுக்கொள்|ஒப்புக்கொள்|ընդունել|համաձայն եմ|গ্রহণ|সম্মত|قبول کریں"
    r"|അംഗീകരിക്കുക|സ്വീകരിക്കുക|అంగీకరించు|ಒಪ್ಪಿಗೆ|સ્વીકાર|ਸਵੀਕਾਰ|ተቀበል|зөвшөөрөх"
    r"|동의|수락|모두 허용|ยอมรับ|ยินยอม"
    r"|接受|同意|قبول|أوافق|موافق|אני מסכים|אישור|קבל הכל|स्वीकार|پذیرفتن", re.IGNORECASE)
CONSENT_MAX_WORDS = 150
_LOGIN_PATH = re.compile(r"/(log-?in|sign-?in|signon|auth|sso|subscribe|subscription|paywall|register|consent)\b",
                         re.IGNORECASE)


@dataclass(frozen=True, kw_only=True)
class CheckFacts:
    """What one check observed, reduced to what judging needs."""

    url: str
    status: int | None = None
    final_url: str | None = None
    redirect_statuses: tuple[int, ...] = ()  # of the redirect hops, in order
    error_kind: FetchErrorKind | None = None  # when the fetch failed
    error: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    page: PageFacts | None = None  # None for HEAD and for non-HTML answers
    soft404: str | None = None  # why the page is a soft 404, when it is one
    replaced: str | None = None  # why the page is another article than the cited one, when it is


def classify(facts: CheckFacts) -> tuple[Verdict, str]:
    """The verdict and a one-line reason."""
    if facts.error_kind is not None:
        return VERDICT_OF_ERROR[facts.error_kind], facts.error or facts.error_kind.value.replace("_", " ")
    status = facts.status
    if status is None:
        return Verdict.CONNECTION_ERROR, facts.error or "no answer"
    wall = bot_wall(status, facts.headers, facts.page)
    if wall:
        return Verdict.BLOCKED, f"HTTP {status}: {wall}"
    if 200 <= status < 300 and consent_wall(facts.page):
        return Verdict.BLOCKED, f"HTTP {status}: a cookie consent page stands in for the page"
    host = host_page(status, facts.page)
    if host:
        return Verdict.SOFT_404, f"HTTP {status}: {host}"
    if status == 404 and whole_article(facts.page):
        return Verdict.OK, "HTTP 404, but the page is the whole article (a long text with its date or byline)"
    if status in (404, 410):
        return Verdict.GONE, f"HTTP {status}"
    if status == 429:
        return Verdict.RATE_LIMITED, "HTTP 429 after retries"
    if status == 999 or 400 <= status < 500:
        return Verdict.BLOCKED, f"HTTP {status}: the server would not show the page to us"
    if status >= 500:
        return Verdict.SERVER_ERROR, f"HTTP {status}"
    redirected = bool(facts.redirect_statuses)
    final = facts.final_url or facts.url
    if redirected and _LOGIN_PATH.search(urlsplit(final).path) and not _LOGIN_PATH.search(urlsplit(facts.url).path):
        return Verdict.BLOCKED, f"redirected to a login, subscription or consent page {final}"
    if redirected and (urlsplit(final).hostname or "").startswith("consent."):
        return Verdict.BLOCKED, f"redirected to a consent page {final}"
    if facts.soft404:
        return Verdict.SOFT_404, facts.soft404
    if facts.replaced:
        return Verdict.CONTENT_REPLACED, facts.replaced
    if status == 304:
        return Verdict.OK, "HTTP 304: not modified since the last check"
    if status in REDIRECT_STATUSES:  # the answer of the last hop: a redirect that names nowhere to go
        return Verdict.SERVER_ERROR, f"HTTP {status} without a Location to follow: the page is not served"
    if PERMANENT.intersection(facts.redirect_statuses) and moved_permanently(facts.url, final):
        return Verdict.REDIRECTED, f"moved permanently to {final}"
    if redirected:
        return Verdict.OK, f"HTTP {status} after redirects, at {final}"
    return Verdict.OK, f"HTTP {status}"


def bot_wall(status: int, headers: Mapping[str, str], page: PageFacts | None) -> str | None:
    """The name of the bot wall in front of the page, if there is one."""
    if headers.get("cf-mitigated", "").lower() == "challenge":
        return "Cloudflare challenge"
    if "x-datadome" in headers or headers.get("server", "").lower().startswith("datadome"):
        return "DataDome challenge" if status in (401, 403, 405) else None
    if page is not None and status in (200, 202, 403, 405, 429, 503):
        if _WALL_TITLES.search(page.title):
            return f"bot check page {page.title.strip()[:60]!r}"
        if page.words < 300 and _WALL_TEXT.search(page.text):
            return "bot check page"
        if page.words < WAF_MAX_WORDS and not page.dated and _WAF_REFUSAL.search(page.title + " " + page.text) \
                and _WAF_REFERENCE.search(page.text):
            return "a web application firewall's refusal page"
    return None


def host_page(status: int, page: PageFacts | None) -> str | None:
    """Why a 4xx or 5xx answer's page is a host's page in the site's place (not under 404/410, already gone, nor
    429, a pace), if it is one; a 2xx's is judged with the other soft-404 evidence (``soft404.judge_soft404``)."""
    if page is None or status < 400 or status in (404, 410, 429) or article_shape(page):
        return None
    return hosting_cue(page)


def whole_article(page: PageFacts | None) -> bool:
    """True when a 404's page is the whole article a reader came for, not a "not found" page: a long text of its
    own (``LONG_ARTICLE_WORDS``) with its date or byline, and no "not found" phrase in its title or heading (a
    phrase its headline quotes or goes on past is its subject). A CMS that answers a live article with a 404
    status shows the reader the article; a site's not-found page, however long its rails, says what it is. (A 410
    says the page is gone on purpose: judged by its status alone.)"""
    if page is None or not page.dated or own_size(page) < LONG_ARTICLE_WORDS:
        return False
    return not_found_cue(page, brief=True) is None and parking_cue(page) is None and hosting_cue(page) is None


def consent_wall(page: PageFacts | None) -> bool:
    """True when the page is a cookie-consent interstitial rather than the page itself.

    Its title or first heading says so ("Before you continue", "We value your
    privacy", …), or it is a short page about cookies, tracking or privacy that
    asks the reader to accept ("Accepter & Fermer", "Accetta tutti", "Принять"),
    in any of the corpus's languages; or a short page whose markup holds a consent-management platform's dialog
    (``PageFacts.consent_mark``) and either of those, in whatever language. A long article with a cookie banner
    above it is not one, nor is a short "not found" page or a parking lander with a cookie banner.
    """
    if (page is None or page.words > CONSENT_MAX_WORDS or not_found_cue(page) or parking_cue(page)
            or hosting_cue(page)):
        return False
    if _CONSENT_TITLES.search(page.title) or _CONSENT_TITLES.search(page.heading):
        return True
    if page.consent_mark and page.words <= CONSENT_MARK_WORDS:  # a platform's dialog: its words in any language
        return bool(_CONSENT_TEXT.search(page.text) or _CONSENT_BUTTONS.search(page.text))
    return bool(_CONSENT_TEXT.search(page.text) and _CONSENT_BUTTONS.search(page.text))


def moved_permanently(url: str, final: str) -> bool:
    """True when ``final`` is a different URL than ``url``, not just its https version."""
    try:
        a, b = canonicalize(url).canonical, canonicalize(final).canonical
    except InvalidURL:
        return url != final
    return a.split("://", 1)[1] != b.split("://", 1)[1]
