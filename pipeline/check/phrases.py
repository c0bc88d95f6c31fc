"""How a page's phrases saying it is not there are matched: the data of :func:`soft404.not_found_cue`.

The lists, one pattern a language, are :mod:`pipeline.check.phrases_latin` (the languages written in Latin
letters) and :mod:`pipeline.check.phrases_nonlatin` (the others); here are the heading's "nothing here", the
phrases that count only in a short page's body, and the matching. Title cues are strong enough for a page's
``<title>`` or first heading; body cues count only on a short page (the rules of when each counts are in
:mod:`pipeline.check.soft404`). Four rules shape every language's list:

1. **A phrase names the page, article or content** ("Seite nicht gefunden", not
   "nicht gefunden"), so that a headline ("Vermisster Wanderer nicht gefunden",
   "Le suspect reste introuvable") is not one.
2. **A word or two may stand between the key words** where the language puts
   them there: "تم حذف *هذا* المقال", "la página *que buscas* no existe",
   "die Seite *konnte* nicht gefunden werden", "该文章*已经被*删除". In a
   pattern, ``" ~ "`` is such a gap (at most :data:`GAP_WORDS` words, as in "the page
   *that you requested*", none crossing a sentence's or a title's punctuation)
   and ``"≈"`` its Chinese and Japanese form (at most :data:`CJK_GAP_CHARS`
   characters).
3. **Each language says the common real sites' ways**: "not found", "could not
   find the page", "does not exist", "no longer exists / available", "was
   removed / deleted / moved or deleted", "has expired", "taken down".
4. **A heading that says only "nothing here"** ("Ops, qui non c'è niente", "Hier
   ist leider nichts", "Nothing lives at this address"), an interjection before
   it at most, is a not-found page's; a headline going on ("Nothing here for
   young people: …") is not: :data:`NOTHING_HERE`, matched against a short title
   or heading whole (apart from the other lists and their quick test).

A page with an article's shape is never judged by these (``soft404.article_shape``):
the looser the phrase, the more a headline about deleted pages says it — and
says nothing. ``CUE_WORDS`` is a quick test that turns most pages away before
the long alternation runs; every alternative holds one of its words
(tests/check/test_phrases.py checks that). A text of Latin letters alone is then searched
without the lists of ``NON_LATIN`` languages (phrases_nonlatin's), whose every phrase holds a letter
of another script (the same answer, at a fraction of the cost).
"""

from __future__ import annotations

import re

from . import phrases_latin, phrases_nonlatin
from .phrases_latin import CANT

__all__ = ["BODY_CUES", "CUE_WORDS", "NON_LATIN", "NON_LATIN_LETTER", "NOTHING_HERE", "TITLE_CUES",
           "TITLE_PHRASES", "cue"]

GAP_WORDS = 3  # "la página *que buscas* no existe", "A página *que você procura* foi removida"
CJK_GAP_CHARS = 3
_GAP = r"(?:\s+[^\s.,;:!?¡¿|()\[\]–—،؟。，！？]+){0,N}\s+".replace("N", str(GAP_WORDS))
_CJK_GAP = r"[^\s。，！？、|]{0,N}".replace("N", str(CJK_GAP_CHARS))
# a heading that says only "nothing here" (an interjection before it at most), in the corpus's languages
NOTHING_HERE = re.compile(
    r"^\s*((oops|ops|ups|oups|hoppla|huch|hmm+|упс|ой|hoppá|hups|oih|oi)\s*[,!.…]*\s+)?("
    r"(there[’']s |there is )?nothing (to see )?here|nothing (lives|is) at this address"
    r"|hier ist (leider )?nichts( zu sehen)?|(il n[’']y a )?rien (à voir )?ici"
    r"|(aquí )?no hay nada( aquí| por aquí)?|(qui )?non c[’']è (niente|nulla)( qui)?|não há nada (aqui|por aqui)"
    r"|nic tu nie ma|tu nic nie ma|здесь ничего нет|тут ничего нет|тут нічого (немає|нема)"
    r"|burada (hiçbir şey|bir şey) yok|itt nincs semmi|hier is niets( te zien)?|这里什么都没有|ここには何もありません"
    # ... "nothing at this address", "nothing (was) found", said alone
    r"|nothing (was )?found|по этому адресу ничего нет|ничего не (нашлось|найдено)|за цією адресою нічого (немає|нема)"
    r"|нічого не знайдено|unter dieser adresse (ist|gibt es) nichts|nichts gefunden|rien (n[’']a été )?trouvé"
    r"|il n[’']y a rien à cette adresse|no (se encontró|encontramos) nada|no hay nada en esta dirección"
    r"|non (abbiamo trovato|è stato trovato) (nulla|niente)|non c[’']è (niente|nulla) a questo indirizzo"
    r"|nic nie znaleziono|pod tym adresem nic nie ma|ezen a címen nincs semmi|hiçbir şey bulunamadı|niets gevonden"
    r"|nic jsme nenašli|na této adrese nic není|nu (am găsit|există) nimic aici|δεν (βρέθηκε|υπάρχει) τίποτα( εδώ)?"
    r"|아무것도 (없습니다|찾을 수 없습니다)"
    r"|här finns (ingenting|inget)( att se)?|täällä ei ole mitään|không có gì ở đây( cả)?|אין כאן (כלום|דבר)"
    r"|(यहाँ |यहां )?कुछ (भी )?नहीं (है|मिला)|(اینجا )?چیزی (نیست|یافت نشد)"
    r"|(there[’']s |there is )?nothing at this (address|url|link)|her er (der )?(ikke noget|intet)( at se)?"
    r"|der er intet her|tidak ada apa-apa di (sini|alamat ini)|hakuna kitu hapa|тук няма нищо|ไม่มีอะไรที่นี่"
    r"|لا يوجد (أي )?شيء (هنا|في هذا العنوان)|siin (pole|ei ole) (mitte )?midagi|čia nieko nėra|(tu )?nič tu nie je"
    r"|tu nie je nič|ovdje nema ničega|ovdje nema ništa|tiada apa-apa di sini"
    r"|(aquí )?no hi ha res( aquí)?|šeit nekā nav|šajā adresē nekā nav|ovde nema ničega|овде нема ничега"
    r"|აქ არაფერია|ამ მისამართზე არაფერია|இங்கு எதுவும் இல்லை"
    r")\s*[.!…]*\s*$", re.IGNORECASE)
NOTHING_HERE_CHARS = 60  # a title or heading longer than this says more than "nothing here"
BODY_PHRASES = (
    r"\bwe " + CANT + r" find\b"
    r"|\b(page|url|link|video|article|story|content) you (requested|were looking for|are looking for|followed)\b"
    r"|\bthis (page|article|story) (is missing|may have been (moved|removed|deleted)|has been (removed|deleted))\b"
    r"|\bnothing (was )?found\b|\boops\b|\bwurde (entfernt|gelöscht)\b|\ba été (supprimé|retiré)e?\b"
    r"|\bha sido (eliminad|retirad)[ao]\b|\bpotrebbe essere stat[oa] (rimoss|cancellat|eliminat|spostat)[oa]\b"
)


def _expand(pattern: str) -> str:
    return pattern.replace(" ~ ", _GAP).replace("≈", _CJK_GAP)


TITLE_PHRASES = phrases_latin.TITLE_PHRASES | phrases_nonlatin.TITLE_PHRASES
TITLE_CUES = re.compile("|".join(_expand(p) for p in TITLE_PHRASES.values()), re.IGNORECASE)
BODY_CUES = re.compile(TITLE_CUES.pattern + "|" + _expand(BODY_PHRASES), re.IGNORECASE)
# the languages whose every phrase holds a letter outside ASCII (Cyrillic, Greek, Arabic, Hangul, Chinese and Japanese
# characters): a text in ASCII alone is searched without them, the same answer at a fraction of the alternation's cost
# (most pages that pass the quick test below are English, and each alternative tried costs at every position)
NON_LATIN = frozenset(phrases_nonlatin.TITLE_PHRASES)
_LATIN = "|".join(_expand(p) for lang, p in TITLE_PHRASES.items() if lang not in NON_LATIN)
_ASCII_CUES = {TITLE_CUES: re.compile(_LATIN, re.IGNORECASE),
               BODY_CUES: re.compile(_LATIN + "|" + _expand(BODY_PHRASES), re.IGNORECASE)}
# ... and so is a text whose letters are all Latin (accents, dashes and curly quotes are no other script's): every
# phrase of those lists holds a letter of these blocks (Greek, Cyrillic, Hebrew, Arabic, Indic scripts, Hangul, Chinese
# and Japanese, full-width forms; Armenian and Georgian since held-out 10), and a page in French or Vietnamese is
# searched at the cost of an English one
NON_LATIN_LETTER = re.compile("[\u0370-\u052f\u0530-\u0e7f\u10a0-\u11ff\u1f00-\u1fff\u2e80-\u9fff"
                              "\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
PHRASE_BEFORE_WORD = 100  # characters a phrase may start before the word of CUE_WORDS it holds (cue(); 45 at most
# in the labelled set: "Der Artikel wurde auf Wunsch des Betroffenen gelöscht")
# Every alternative of the cues above contains one of these (lower-case) words: a text that holds none of
# them cannot match, and most pages are turned away by these few substring tests before the long
# alternation runs. (Where an alternative's key word has branches, each branch needs its own word here:
# "movida" holds no "removid".)
CUE_WORDS = ("404", "found", "exist", "no longer", "available", "removed", "deleted", "expired", "taken down",
             "unpublished", "find", "gefunden", "verfügbar", "vorhanden", "abrufbar", "existiert", "depubliziert",
             "gibt es", "finden", "gelöscht", "létezik", "introuvable", "dispon", "trouvée", "trouver", "est plus",
             "supprim", "retir", "expiré", "déplacé", "encontr", "eliminad", "caducado", "expirado", "trova",
             "esiste", "rimoss", "existe", "removid", "gevonden", "beschikbaar", "bestaat", "verwijderd", "vinden",
             "znalezion", "znaleziono", "istnieje", "usunięt", "przeniesion", "dostępn", "naleźć", "requested",
             "looking for", "followed", "missing", "moved", "oops", "entfernt",
             "страниц", "удал", "доступ", "найд", "найти", "существует", "сторінк", "видален", "знайд", "знайти",
             "існує", "доступн", "页面", "网页", "找不到", "已", "頁面", "網頁",
             "ページ", "記事", "掲載", "الصفحة", "الصفحه", "العثور", "متاح", "موجود", "حذف", "إزالة", "محذوف",
             "bulunamad", "mevcut değil", "kaldırıl", "yayında değil", "silinmiş", "artık", "található",
             "elérhető", "érhető el", "törölve", "eltávolít", "törölték", "nincs ilyen", "rimoss", "spostat",
             "verplaatst", "przeniesion", "перемещ", "переміщен", "nicht mehr", "encuentr", "borrad", "movid",
             "elimina", "cancellat", "excluíd", "apagad", "削除", "移动", "移動", "نقل", "bulamad", "találjuk",
             "találtuk", "不存在", "找到", "走丢", "走丟", "下架", "移除", "屏蔽", "无法",
             "c'è", "c’è", "consultabil", "raggiungibil", "accessibil", "ritirat", "ended", "closed",
             "retired", "withdrawn", "公開", "配信", "filled", "accepting applications", "zurückgezogen",
             "abgelaufen", "finaliza", "de baja", "retirad", "caducad", "expirad", "wygasł", "nieaktualn",
             "zakończon", "találhat", "archived", "kept online", "held online", "hosted online",
             "published online", "no text", "keinen text", "dépubli", "trouvé", "aucun texte", "vacía",
             "contiene testo", "è vuota", "do ar", "indispon", "langer", "verlopen", "offline gehaald", "geen tekst",
             "wygasł", "niedostępn", "найден", "такой стат", "такой публ", "такой нов", "такого мат", "такого сюж",
             "отсутствует", "недоступ", "没有找到", "未找到", "終了", "ulaşamad", "ulaşılam", "ulaşamıy",
             "nem található", "tartalmaz szöveg", "nalezen", "neexistuje", "odstraněn", "smazán", "stažen",
             "dispozici", "dostupn", "najít", "nalézt", "neobsahuje", "찾을 수 없", "존재하지 않", "삭제",
             "제공되지", "găsi", "există", "șters", "eliminat", "retras", "disponibil", "inexistent",
             "βρέθηκε", "υπάρχει", "βρούμε", "βρήκαμε", "αποσύρθηκε", "διαγράφηκε", "αφαιρέθηκε", "διαθέσιμ",
             "wonach sie", "was sie", "disabled", "suspended", "gesperrt", "désactiv",
             # held-out 7's kinds (the six languages it brought, forum items, "no article with the id")
             "hitta", "finns inte", "tagits", "radera", "avpublicer", "tillgänglig", "borttag",
             "löyty", "löydy", "olemassa", "poistet", "poistun", "saatavilla", "saatavissa", "luettavissa",
             "không tìm thấy", "tồn tại", "khả dụng", "gỡ", "xóa", "xoá", "không có",
             "לא נמצא", "קיים", "הוסר", "נמחק", "זמין", "नहीं मिल", "उपलब्ध नहीं", "मौजूद नहीं", "हटा",
             "یافت نشد", "پیدا نشد", "وجود ندارد", "در دسترس نیست", "withdrawn", "publicly", "adresse",
             "skasowan", "adresem", "скрыт", "silin", "سحب", "لا يوجد", "azonosítójú", "何もありません",
             # held-out 8's kinds (the five languages it brought, "leads nowhere", withdrawn items, vacancies)
             "ditemukan", "tersedia", "dihapus", "diturunkan", "dicabut", "menemukan", "ada lagi", "apa-apa",
             "ไม่พบ", "ไม่มี", "ไม่พร้อม", "ถูก", "ลบ", "намерен", "съществува", "намерим", "открием", "премахнат",
             "изтрит", "свален", "оттеглен", "достъпн", "наличн", "няма нищо", "не води", "fundet", "findes",
             "eksisterer", "finde", "fjernet", "slettet", "afpubliceret", "taget ned", "tilgængelig", "udløbet",
             "ikke noget", "intet", "patikan", "haupo", "ondolewa", "futwa", "hakuna kitu", "nowhere", "to nothing",
             "nothing at this", "suspended", "ins leere", "nirgendwohin", "besetzt", "beendet", "nulle part",
             "à rien", "pourvu", "clôtur", "ninguna parte", "ningún", "cerrada", "cubierta", "nessuna parte",
             "a nulla", "a niente", "lugar", "a nada", "donikąd", "nigdzie", "никуда", "в никуда", "снят", "изъят",
             "нікуди", "нічого", "вилучен", "знят", "hiçbir yere", "erişime", "sehová", "sehova", "visszavon",
             "يؤدي", "يقود", "غير", "أزيل", "没有指向", "不指向", "何もありません", "削除", "nergens",
             "gesloten", "vervuld", "ingenstans", "ingen vart", "minnekään", "mihinkään", "nikam", "ไม่มีอะไร",
             "тук няма",
             # held-out 9's kinds (the five languages it brought, items withdrawn, retracted, taken down)
             "wujud", "dijumpai", "ditemui", "dipadam", "dibuang", "ditarik balik", "dikeluarkan", "tiada", "leitud",
             "leia", "olemas", "sellist", "eemaldatud", "kustutatud", "enam", "järelvaat", "nerast", "neegzistuoja",
             "nepavyko", "tokio", "pašalint", "ištrint", "nebė", "nebep", "nájden", "odstránen", "zmazan",
             "stiahn", "stiahl", "odstránil", "dostupn", "pronađen", "ne postoji", "uklonjen", "izbrisan",
             "povučen", "nije dostup", "deaccession", "retracted", "redacted", "wycofan", "udostępnian",
             "такой стран", "такой стат", "такой публ", "eltávolítottuk", "حجب", "seite gibt es",
             # held-out 10's kinds (the languages it brought, items withdrawn or annulled, a page gone astray)
             "trobat", "trobada", "trobar", "existeix", "ja no", "eliminat", "esborrat", "suprimit", "anul·lat",
             "despublicat",
             "atrast", "atrodam", "šāda", "dzēs", "izņ", "atsau", "noņ", "pieejam", "publicēt", "nekā nav",
             "nav nekā", "hidden", "cancel", "annul", "rescinded", "pulled", "replay", "recording", "catch",
             "archive", "lost", "astray", "wandered", "genommen", "widerrufen", "aufgehoben", "annulliert",
             "verirrt", "verloren", "verschwunden", "abhandengekommen", "masqué", "annulé", "terminé", "égarée",
             "perdue", "disparu", "anulad", "suprimid", "cancelad", "despublicad", "finalizad", "extravi", "perdido",
             "perdió", "desaparecido", "annullat", "revocat", "persa", "smarrita", "sparita", "scomparsa", "perdeu",
             "sumiu", "desapareceu", "usunął", "usunęł", "usunęli", "wycofał", "wycofali", "zdjął", "zdjęł",
             "zdjęli", "ukrył", "ukryli", "unieważni", "odwołan", "ukryt", "zapodział", "zgubił", "zaginęł",
             "zniknęł", "törölt", "visszavont", "elveszett", "eltévedt", "eltűnt", "ingetrokken", "teruggetrokken",
             "geannuleerd", "zoekgeraakt", "verdwenen", "kwijt", "zalutal", "nestal", "izgubil", "obrisan",
             "poništen", "kaybol", "ztratil", "zmizel", "stratil", "zmizl", "försvunnit", "vilse", "kommit bort",
             "მოიძებნა", "არსებობს", "წაიშალა", "წაშლილია", "ამოღებულია", "ამოიღეს", "მიუწვდომელია",
             "ხელმისაწვდომი", "არაფერი", "შეცდომა", "கிடைக்கவில்லை", "காணப்படவில்லை", "நீக்கப்பட்ட",
             "அகற்றப்பட்ட", "கிடைக்காது", "இல்லை என", "பிழை", "எதுவும் இல்லை", "пронађен", "не постоји",
             "није доступ", "залутал", "нестал", "изгубил", "уклоњен", "избрисан", "повучен", "обрисан", "поништен",
             "ништа није", "нема ничега", "грешка 404", "отозван", "аннулирован", "потерял", "заблудил", "пропал",
             "исчез", "знято", "прибрано", "вилучено", "скасован", "відкликан", "загубил", "заблукал", "зникл",
             "不再", "迷路", "丢失", "不见", "失踪", "不見", "迷子", "見当たりません", "行方不明", "取り下げ", "取消",
             "撤回", "길을 잃", "사라졌")


# ... and those a text of Latin letters alone can hold (a word of another script is never found in it: not looked for)
_LATIN_CUE_WORDS = tuple(word for word in CUE_WORDS if NON_LATIN_LETTER.search(word) is None)


def cue(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first phrase of ``pattern`` in ``text``, past the quick test of :data:`CUE_WORDS`.

    A phrase holds one of those words, so it starts at most ``PHRASE_BEFORE_WORD`` characters before one of
    them: the pattern is tried only at those places, in order (the same first match as a search of the whole
    text, which tries its long alternation at every position: a short page's 600 characters cost milliseconds).
    A text whose letters are all Latin is searched without the lists of ``NON_LATIN`` languages, looked at for the
    words of Latin letters alone, and, past a title's length, tried only where a word starts (not inside one)."""
    lowered = text.lower()
    latin = text.isascii() or NON_LATIN_LETTER.search(text) is None
    found = [(at, word) for word in (_LATIN_CUE_WORDS if latin else CUE_WORDS) if (at := lowered.find(word)) >= 0]
    if not found:
        return None
    compiled = _ASCII_CUES.get(pattern, pattern) if latin else pattern
    if len(lowered) != len(text):  # (a letter whose lower case is longer)
        return compiled.search(text)
    if len(text) <= PHRASE_BEFORE_WORD:  # a title, a heading: at every place up to the last word found
        last = max(lowered.rfind(word) for _, word in found)
        return next((m for start in range(last + 1) if (m := compiled.match(text, start)) is not None), None)
    starts: set[int] = set()
    for first, word in found:
        at = first
        while at >= 0:
            starts.update(range(max(0, at - PHRASE_BEFORE_WORD), at + 1))
            at = lowered.find(word, at + 1)
    for start in sorted(starts):
        if latin and 0 < start < len(text) and text[start].isalnum() and text[start - 1].isalnum():
            continue  # inside a word: a phrase of the Latin lists starts at a word (their cost is in the alternation)
        match = compiled.match(text, start)
        if match:
            return match
    return None
