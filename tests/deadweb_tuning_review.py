"""Tuning cases of two kinds a review of the rules flagged (deadweb_pages.PARTS' "tuning" part), each beside the live
pages in the same words that the rule must pass:

* a host's page in a site's place, the same for every path, under a 200, a 403, a 503 or a 509: an account suspended
  (cPanel's default page, a host's own), a website or a hosting contract run out, a site "temporarily unavailable"
  with the host's word to its owner, a bandwidth limit exceeded, in ten languages; beside them live articles and
  dated briefs about hosts suspending accounts;
* dated briefs, with and without a byline, on four layouts, whose short headline says an item of their own is no
  longer available, withdrawn, removed, blocked or taken down ("Film „Wiedźmin” nie jest już dostępny w kinach",
  "涉事视频已下架 平台回应称正在调查", "La obra de Picasso fue retirada de la subasta"): live; beside them removed
  articles that keep their byline and date, whose heading is the notice alone ("Ten materiał nie jest już dostępny"):
  dead; a Chinese forum's deleted topics on sites whose made-up URL gets a 200 template (a page written without
  spaces is counted by its characters when it is compared with the template, so its words decide): dead.
"""

from __future__ import annotations

import deadweb_templates6  # noqa: F401 - the Dutch vocabulary
from deadweb_pages import Article, Case, Site, article, notice, prose, raw

PART = "tuning"
TEMPLATES = ("classic", "divsoup", "portal", "blog")

_HOST = ("<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><div "
         "style='text-align:center;font-family:arial'><h1>{heading}</h1><p>{text}</p></div></body></html>")
# (language, status, title, heading, text) of a host's page in a site's place, the same for every path
HOSTS = [
    ("en", 200, "Account Suspended", "Account Suspended",
     "This Account has been suspended. Contact your hosting provider for more information."),
    ("en", 403, "403 Forbidden", "This account has been suspended", "Please contact the billing department."),
    ("en", 503, "Site unavailable", "This site is temporarily unavailable",
     "If you manage this site and have a question about why the site is not available, please contact us directly."),
    ("en", 509, "509 Bandwidth Limit Exceeded", "Bandwidth Limit Exceeded",
     "The server is temporarily unable to service your request due to the site owner reaching his/her bandwidth "
     "limit. Please try again later."),
    ("en", 200, "{site}", "Website expired", "Your hosting plan for {site} has expired. Renew it to bring the site "
     "back."),
    ("de", 403, "Gesperrt", "Dieser Account wurde gesperrt", "Bitte wenden Sie sich an Ihren Provider."),
    ("fr", 200, "Site suspendu", "Ce site a été suspendu", "Contactez votre hébergeur pour plus d'informations."),
    ("es", 503, "Cuenta suspendida", "Esta cuenta ha sido suspendida", "Contacte con su proveedor de hosting."),
    ("it", 200, "{site}", "Questo account è stato sospeso", "Contatta il tuo provider."),
    ("pt", 403, "Conta suspensa", "Esta conta foi suspensa", "Entre em contato com o seu provedor de hospedagem."),
    ("pl", 200, "{site}", "To konto zostało zawieszone", "Skontaktuj się z dostawcą usług hostingowych."),
    ("ru", 503, "{site}", "Этот аккаунт приостановлен", "Срок оплаты хостинга истёк."),
    ("zh", 200, "{site}", "该网站已被暂停访问", "请联系空间提供商。"),
    ("ar", 200, "{site}", "تم تعليق هذا الحساب", "يرجى التواصل مع مزود الاستضافة."),
]
# (language, headline, lead) of live articles about hosts suspending accounts
HOST_STORIES = [
    ("en", "Hosting company suspends the accounts of 400 scam sites",
     "The web host said this account has been suspended, on each of the sites, after a police request."),
    ("de", "Provider sperrt Tausende Accounts nach Betrugswelle",
     "Dieser Account wurde gesperrt, heißt es seitdem auf den Seiten der betroffenen Shops."),
]
# (language, headline, body) of dated live briefs about hosts (short: no article's shape)
HOST_BRIEFS = [
    ("en", "Web host suspends the account of the city's old tourism site", "Visitors now see a notice."),
    ("es", "La cuenta del alcalde fue suspendida por la red social", "El Ayuntamiento pidió explicaciones."),
]
# (language, headline, body) of dated briefs whose headline gives an item of its own a fate of the phrase lists'
BRIEFS = [
    ("pl", "Film „Wiedźmin” nie jest już dostępny w kinach", "Dystrybutor zakończył pokazy w piątek."),
    ("pl", "Lek na nadciśnienie nie jest już dostępny w aptekach", "GIF wstrzymał obrót kilkoma seriami."),
    ("pl", "Projekt ustawy o mediach został wycofany z Sejmu", "Rząd zapowiedział nową wersję jesienią."),
    ("pl", "Nagranie z sesji rady zostało usunięte z YouTube", "Radni żądają wyjaśnień od biura."),
    ("es", "La obra de Picasso fue retirada de la subasta", "La casa no dio explicaciones."),
    ("es", "El vídeo del alcalde ya no está disponible en la web municipal", "La oposición pide explicaciones."),
    ("es", "El contenido de la exposición ya no existe tras el incendio", "El museo perdió doscientas piezas."),
    ("ar", "تم حجب المحتوى الإباحي في البلاد بقرار حكومي", "الهيئة نشرت القائمة."),
    ("ar", "حجب الفيديو المسيء على منصات التواصل", "وزارة الإعلام طالبت بذلك."),
    ("ar", "تم حذف المقال المثير للجدل من موقع الصحيفة بعد احتجاجات", "الصحيفة اعتذرت للقراء."),
    ("zh", "涉事视频已下架 平台回应称正在调查", "平台表示将严肃处理。"),
    ("zh", "问题节目已被下架 监管部门约谈平台", "广电总局发布通报。"),
    ("zh", "该文章已被删除 作者公开道歉", "作者在微博上发表声明。"),
    ("en", "iPhone mini no longer available in Europe", "Apple stopped selling the phone on Friday."),
    ("de", "Beliebtes Kinderbuch ist nicht mehr verfügbar", "Der Verlag stoppte den Druck."),
    ("fr", "Le vaccin n'est plus disponible en pharmacie", "Le ministère annonce une nouvelle livraison."),
    ("fr", "La vidéo du maire a été supprimée de YouTube", "La mairie dénonce une erreur."),
    ("it", "Il farmaco non è più disponibile nelle farmacie", "L'Aifa annuncia nuove scorte."),
    ("pt", "O medicamento não está mais disponível nas farmácias", "A Anvisa anunciou novos lotes."),
    ("nl", "Populair medicijn niet meer beschikbaar bij apotheek", "De fabrikant meldt tekorten."),
    ("ru", "Материал о мэре снят с публикации по решению суда", "Редакция обжалует решение."),
    ("ja", "人気番組の配信を終了しました", "制作会社が発表した。"),
]
# (language, title, heading, body) of a forum's deleted topics in Chinese, on sites whose made-up URL gets a 200 template:
# written without spaces, each page's words of its own are counted as pagefacts.size counts them, so its phrase decides
FORUM = [
    ("zh", "帖子已删除", "该帖子已被版主删除", "无法查看已删除的内容。"),
    ("zh", "話題已移除", "此話題已被作者刪除", "無法查看。"),
]
# (language, heading, body) of removed articles that keep their byline and date: the heading is the notice alone
DATED_NOTICES = [
    ("pl", "Ten materiał nie jest już dostępny", "Przepraszamy."),
    ("es", "Este contenido ya no está disponible", "Disculpe las molestias."),
    ("de", "Dieser Artikel ist nicht mehr verfügbar", "Wir bitten um Verständnis."),
    ("zh", "该文章已被删除", "敬请谅解。"),
    ("ar", "تم حذف هذا المقال", "نعتذر للقراء."),
]


def build() -> list[Site]:
    sites: list[Site] = []
    for i, (lang, status, title, heading, text) in enumerate(HOSTS):
        host = Site(f"host-review-{i}.example", lang, "classic", "soft", PART, every_url=raw(_HOST.format(
            lang=lang, title=title, heading=heading, text=text), status=status))
        host.cases += [Case(f"/{lang}/2021/06/harbour-item-{n}", "parked", f"a host's page, every path, HTTP {status}")
                       for n in range(2)]
        sites.append(host)
    stories = Site("Host stories review", "en", "classic", "honest", PART)
    for i, (lang, headline, lead) in enumerate(HOST_STORIES):
        stories.add(f"/{lang}/2024/05/host-story-{i}", "live_trap", article(Article(
            headline, f"<p>{lead}</p>" + prose(lang, 1100 + i, 420))), "a live article about hosts suspending accounts")
    for i, (lang, headline, body) in enumerate(HOST_BRIEFS):
        stories.add(f"/{lang}/2024/05/host-brief-{i}", "live_trap", article(Article(headline, f"<p>{body}</p>")),
                    "a dated brief about a host suspending an account")
    sites.append(stories)
    for i, (lang, headline, body) in enumerate(BRIEFS):
        briefs = Site(f"Briefs review {lang}{i}", lang, TEMPLATES[i % 4], ("honest", "soft")[i % 2], PART)
        for byline in (True, False):
            briefs.add(f"/{lang}/2024/05/brief-{i}-{int(byline)}", "live_trap", article(Article(
                headline, f"<p>{body}</p>", byline=byline)), f"{lang} dated brief, an item of its own, byline {byline}")
        sites.append(briefs)
    for i, (lang, title, heading, body) in enumerate(FORUM):
        forum = Site(f"Forum review {lang}{i}", lang, ("divsoup", "portal")[i], "soft", PART,
                     soft_page=("论坛", "论坛", "首页"))
        forum.add(f"/thread/2022/10/{i}-harbour", "removed", notice(title, heading, f"<p>{body}</p>"),
                  f"{lang} forum topic deleted, a soft site")
        sites.append(forum)
    for i, (lang, heading, body) in enumerate(DATED_NOTICES):
        notices = Site(f"Dated notices review {lang}{i}", lang, TEMPLATES[i % 4], "honest", PART)
        notices.add(f"/{lang}/2022/03/old-story-{i}", "removed", article(Article(heading, f"<p>{body}</p>")),
                    f"{lang} removed article keeping its byline and date, the notice alone in its heading")
        sites.append(notices)
    return sites
