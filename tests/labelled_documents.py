"""Labelled pages that are not plain UTF-8 HTML: legacy-charset news pages and multi-page PDFs.

``charset_pages`` puts short articles in Russian, French, German, Japanese and
Chinese into news templates and encodes them in windows-1251, koi8-r,
iso-8859-1, iso-8859-15, shift_jis, gbk and gb2312, with the charset declared
in the HTTP header, in a ``<meta>`` tag, or nowhere (detection needed).

``pdf_documents`` writes multi-page PDFs with real text layers the way
document tools do: running headers and page numbers, words hyphenated at line
ends, two-column pages, content streams that draw a page's blocks out of
reading order, and words spaced by glyph positioning (``TJ`` kerning) instead of
space characters. The truth is the document's heading and body text in reading
order, without the running headers and page numbers.

The texts are fictional and written for these tests.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from labelled_news import TEMPLATES, Story

__all__ = ["CHARSET_CASES", "PdfDocument", "charset_pages", "pdf_documents"]

_RU1 = ("Городская дума утвердила бюджет на ремонт дорог", "Анна Смирнова", (
    "Депутаты городской думы в четверг утвердили бюджет на ремонт дорог в размере двух миллиардов рублей. "
    "За проект проголосовали двадцать два депутата, против \u2014 трое.",
    "Большая часть средств пойдёт на ремонт мостов через реку и замену асфальта на центральных улицах. "
    "Работы начнутся в мае и завершатся до конца октября.",
    "Председатель комиссии по бюджету сказала, что город впервые за десять лет публикует полный список "
    "подрядчиков и стоимость каждого контракта на сайте мэрии.",
    "Жители смогут сообщать о ямах на дорогах через новое мобильное приложение, которое запустят в апреле. "
    "Каждая заявка будет рассмотрена в течение семи дней.",
))
_RU2 = ("В областной библиотеке оцифруют старые газеты", "Игорь Волков", (
    "Областная библиотека получила грант на оцифровку местных газет, выходивших с тысяча девятисотого по "
    "тысяча девятьсот девяностый год. Всего предстоит отсканировать около трёхсот тысяч страниц.",
    "По словам директора библиотеки, многие подшивки хранятся в плохих условиях, бумага желтеет и "
    "рассыпается. Без срочной работы часть архива будет потеряна навсегда.",
    "Отсканированные страницы будут доступны бесплатно на сайте библиотеки. Первые номера читатели увидят "
    "уже осенью, а весь проект рассчитан на три года.",
    "Библиотека также ищет волонтёров, которые помогут исправлять ошибки распознавания текста в старых "
    "выпусках с дореформенной орфографией.",
))
_FR = ("Le conseil municipal adopte le budget des transports", "Élodie Marchand", (
    "Le conseil municipal a adopté mercredi soir un budget de 2,1 milliards d\u2019euros pour les transports, "
    "au terme d\u2019une séance de onze heures marquée par plus de trois cents interventions du public.",
    "Le plan rétablit le service de nuit sur quatorze lignes de bus supprimées pendant la pandémie et réserve "
    "180 millions pour l\u2019achat de bus électriques, selon le document budgétaire publié par la commission.",
    "« Les personnes qui nettoient nos bureaux et soignent nos malades à trois heures du matin méritent un bus "
    "qui passe vraiment », a déclaré la présidente de la commission des transports.",
    "L\u2019opposition estime que les prévisions de recettes sont trop optimistes et craint des coupes en cours "
    "d\u2019année. Le maire doit signer le budget la semaine prochaine ; il entrera en vigueur le 1er juillet.",
))
_FR15 = ("Hausse de 4 % du prix de l\u2019eau : le cœur du débat", "Noël Lefèvre", (
    "Le syndicat des eaux a voté jeudi une hausse de 4 % du tarif, soit environ 18 \u20ac de plus par an pour un "
    "foyer moyen. Les élus de l\u2019opposition ont quitté la salle avant le vote.",
    "Selon le rapport annuel, les fuites représentent encore un quart de l\u2019eau produite. Le syndicat veut "
    "remplacer quarante kilomètres de canalisations d\u2019ici à 2028, pour un coût de 60 millions d\u2019\u20ac.",
    "Au cœur du débat, l\u2019œuvre de rénovation du réseau lancée il y a dix ans et jamais achevée. Les "
    "associations d\u2019usagers demandent un audit indépendant avant toute nouvelle hausse.",
))
_DE = ("Stadtrat beschließt Sanierung der Brücken", "Jürgen Köhler", (
    "Der Stadtrat hat am Donnerstag mit großer Mehrheit die Sanierung von vier Brücken über die Elster "
    "beschlossen. Die Arbeiten sollen im Frühjahr beginnen und rund 48 Millionen Euro kosten.",
    "Nach einem Gutachten sind zwei der Brücken in einem so schlechten Zustand, dass sie ohne Maßnahmen "
    "spätestens in drei Jahren für den Schwerlastverkehr gesperrt werden müssten.",
    "Während der Bauzeit werden Umleitungen über die Südbrücke eingerichtet. Die Straßenbahn fährt auf "
    "der Linie 4 zeitweise im Ersatzverkehr mit Bussen.",
    "Anwohner kritisierten, dass über die Lärmbelastung nachts noch nicht entschieden sei. Die Verwaltung "
    "sagte zu, bis Ende März einen Plan für ruhigere Nachtarbeiten vorzulegen.",
))
_JA = ("市議会、路線バスの深夜運行再開を可決", "山田 花子", (
    "市議会は十八日、新型コロナウイルスの流行中に休止していた路線バス十四系統の深夜運行を再開する予算案を"
    "賛成多数で可決した。審議は十一時間に及び、三百人を超える市民が意見を述べた。",
    "予算案には電気バスの購入費として百八十億円が盛り込まれた。交通局によると、二月の利用者数は流行前の"
    "七十八パーセントまで回復している。",
    "交通委員会の委員長は「夜間に働く人たちのために、確実に来るバスが必要だ」と述べた。一方、反対した議員は"
    "運賃収入の見通しが甘いと指摘した。",
    "市長は来週にも予算に署名する見通しで、七月一日から施行される。高校生の平日運賃を無料にする試みも始まる。",
))
_ZH = ("市政府公布新的空气质量改善计划", "李明", (
    "市政府星期四公布了新的空气质量改善计划，目标是在二〇二七年以前将细颗粒物浓度降低百分之二十。"
    "计划包括关闭三座老旧燃煤电厂和扩大公共交通。",
    "根据环境部门的数据，去年全市空气质量优良天数为二百四十一天，比前年增加了十九天。"
    "冬季供暖期间的污染仍然是最大的难题。",
    "市长在新闻发布会上表示，政府将每月公布各区的监测结果，并邀请市民通过手机应用举报违规排放。",
    "一些企业代表担心改造成本过高，希望政府提供补贴和更长的过渡期。环保组织则认为目标还不够严格。",
))

# (name, text, codec sent, how it is declared, template)
CHARSET_CASES = (
    ("ru-cp1251-header", _RU1, "windows-1251", "header", "courier"),
    ("ru-cp1251-meta", _RU1, "windows-1251", "meta", "chronicle"),
    ("ru-cp1251-undeclared", _RU1, "windows-1251", "none", "tables"),
    ("ru-koi8r-header", _RU2, "koi8-r", "header", "regional"),
    ("ru-koi8r-undeclared", _RU2, "koi8-r", "none", "wordpress"),
    ("fr-latin1-meta", _FR, "iso-8859-1", "meta", "paywalled"),
    ("fr-latin9-header", _FR15, "iso-8859-15", "header", "university"),
    ("de-latin1-undeclared", _DE, "iso-8859-1", "none", "localtv"),
    ("ja-sjis-meta", _JA, "shift_jis", "meta", "nextjs"),
    ("ja-sjis-undeclared", _JA, "shift_jis", "none", "press"),
    ("zh-gbk-header", _ZH, "gbk", "header", "syndicated"),
    ("zh-gb2312-undeclared", _ZH, "gb2312", "none", "courier"),
)
_DECLARED = re.compile(r'<meta charset="utf-8">|<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
                       re.IGNORECASE)


@dataclass(frozen=True, kw_only=True)
class CharsetPage:
    name: str
    body: bytes
    content_type: str
    story: Story
    codec: str


def charset_pages() -> list[CharsetPage]:
    rng = random.Random(11)
    out = []
    for name, (title, author, paras), codec, declared, template in CHARSET_CASES:
        story = Story(slug=name, title=title, author=author, date="2025-03-12", section="News",
                      blocks=tuple(("p", p) for p in paras))
        page = TEMPLATES[template](story, rng)
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={codec}">' if declared == "meta" else ""
        page = _DECLARED.sub(meta, page, count=1)
        if declared == "meta" and meta not in page:
            page = page.replace("<head>", "<head>" + meta, 1)
        page = page.replace('lang="en"', f'lang="{name[:2]}"', 1)
        ctype = f"text/html; charset={codec}" if declared == "header" else "text/html"
        out.append(CharsetPage(name=name, body=page.encode(codec, errors="xmlcharrefreplace"), content_type=ctype,
                               story=story, codec=codec))
    return out


# -- PDFs ------------------------------------------------------------------------------------------

_PDF_TEXTS = (
    ("Annual Report on Municipal Transit Operations", "Department of Transportation"),
    ("Audit of Port Authority Payments, 2021 to 2023", "Office of the State Auditor"),
    ("Flood Risk Assessment for the Millbrook River Basin", "County Emergency Management"),
    ("Staff Report: Proposed Hospital System Merger", "Health Policy Institute"),
    ("Grant Application: Digitizing Local Newspapers", "Public Library Board"),
    ("Drinking Water Lead Testing Results in Schools", "School District Facilities"),
    ("Budget Hearing Minutes, Finance Committee", "Office of the City Clerk"),
    ("Environmental Review of the Harbor Dredging Project", "Regional Planning Commission"),
    ("Inspector General Report on Procurement Controls", "Office of the Inspector General"),
    ("Public Comment Summary: Bus Network Redesign", "Transit Planning Division"),
)


@dataclass(frozen=True, kw_only=True)
class PdfDocument:
    name: str
    body: bytes
    title: str
    truth: str
    features: tuple[str, ...]


def pdf_documents() -> list[PdfDocument]:
    from labelled_news import stories
    from pdfwriter import write_pdf

    docs = []
    source = stories(40, seed=23)
    for i, (title, office) in enumerate(_PDF_TEXTS):
        paras: list[str] = []
        for story in source[i * 3:i * 3 + 3]:
            paras += [text for kind, text in story.blocks if kind in ("p", "quote")]
        paras = [re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", p) for p in paras]
        features = {
            "two_columns": i % 3 == 1,
            "shuffled_stream": i % 4 == 2,
            "hyphenate": i % 2 == 0,
            "kerned": i % 5 == 3,
        }
        body = write_pdf(title=title, author=office, paragraphs=paras, running_head=f"{office} \u2014 {title}",
                         seed=i, **features)
        docs.append(PdfDocument(name=f"pdf-{i:02d}", body=body, title=title, truth="\n\n".join([title, *paras]),
                                features=tuple(k for k, on in features.items() if on)))
    return docs
