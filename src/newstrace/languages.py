"""The languages the project tells apart, by their most common words. One table for every stage: the text
extractor weighs a line's prose by its page language's stop words, and annotation reads only English."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as", "is",
            "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these", "those",
            "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "not", "no", "will", "would", "said",
            "says", "after", "about", "into", "than", "which", "who", "what", "when", "where", "there", "also", "can",
            "could", "more", "most", "over", "up", "out", "if", "so"
        ]
    ),
    "fr": frozenset(
        [
            "le", "la", "les", "un", "une", "des", "et", "ou", "de", "du", "au", "aux", "en", "dans", "sur", "pour",
            "par", "avec", "est", "sont", "été", "a", "ont", "il", "elle", "ils", "nous", "vous", "je", "ne", "pas",
            "que", "qui", "ce", "cette", "ces", "son", "sa", "ses", "leur", "plus", "mais", "se", "comme"
        ]
    ),
    "de": frozenset(
        [
            "der", "die", "das", "ein", "eine", "einer", "und", "oder", "von", "zu", "im", "in", "auf", "für", "mit",
            "aus", "ist", "sind", "war", "wurde", "hat", "haben", "es", "er", "sie", "wir", "ich", "nicht", "kein",
            "dass", "den", "dem", "des", "auch", "sich", "bei", "nach", "wie", "noch", "nur", "um"
        ]
    ),
    "es": frozenset(
        [
            "el", "la", "los", "las", "un", "una", "unos", "y", "o", "de", "del", "al", "en", "por", "para", "con",
            "es", "son", "fue", "ha", "han", "se", "que", "su", "sus", "lo", "no", "como", "más", "pero", "este",
            "esta", "sobre", "entre"
        ]
    ),
    "it": frozenset(
        [
            "il", "lo", "la", "gli", "le", "un", "una", "e", "o", "di", "del", "della", "dei", "in", "su", "per", "con",
            "è", "sono", "stato", "ha", "hanno", "si", "che", "non", "come", "più", "ma", "questo", "questa", "nel",
            "alla"
        ]
    ),
    "pt": frozenset(
        [
            "o", "a", "os", "as", "um", "uma", "e", "ou", "de", "do", "da", "dos", "das", "em", "no", "na", "por",
            "para", "com", "é", "são", "foi", "tem", "se", "que", "não", "como", "mais", "mas", "seu", "sua", "este",
            "esta", "ao", "aos", "à", "às", "nos", "nas", "pelo", "pela", "está", "também", "já", "ele", "ela"
        ]
    ),
    "nl": frozenset(
        [
            "de", "het", "een", "en", "of", "van", "in", "op", "voor", "met", "uit", "is", "zijn", "was", "werd",
            "heeft", "hebben", "hij", "zij", "wij", "ik", "niet", "dat", "die", "ook", "bij", "naar", "als",
            "maar", "nog", "om"
        ]
    ),
    "ru": frozenset(
        [
            "и", "в", "во", "не", "на", "что", "с", "со", "по", "к", "а", "из", "о", "об", "как", "это", "от", "за",
            "у", "же", "для", "то", "его", "но", "бы", "она", "он", "они", "мы", "так", "был", "была", "были", "было",
            "при", "до", "после", "также", "который", "которые", "сообщил", "заявил", "сказал", "без", "под", "над",
            "через", "около", "между", "перед", "против", "среди", "из-за", "или", "если", "чтобы", "когда", "где",
            "ли", "уже", "еще", "ещё", "только", "даже", "более", "есть", "будет", "быть", "этот", "эта", "эти",
            "этого", "этой", "этом", "том", "той", "тот", "все", "всех", "ее", "её", "их", "им", "ему", "ней",
            "них", "которая", "которое", "которых", "которой", "котором", "которую", "которым"
        ]
    ),
    # Polish and Czech without their words English writes as words or names ("ale", "ten", "pro", "co", "jest").
    "pl": frozenset(
        [
            "i", "w", "we", "z", "ze", "na", "się", "nie", "do", "to", "że", "jak", "po", "od", "za", "przez", "dla",
            "oraz", "jego", "jej", "ich", "był", "była", "było", "były", "będzie", "także", "również", "który",
            "która", "które", "którzy", "ta", "te", "tym", "tego", "już", "tylko", "czy", "gdy", "przy", "nad", "o",
            "u", "a", "lub", "powiedział", "poinformował", "jest", "są", "być", "może", "więc", "jednak", "bardzo",
            "tak", "też", "jeszcze", "bez", "nawet", "kiedy", "gdzie", "ponieważ", "jeśli", "aby", "żeby", "ma",
            "mają", "został", "została", "zostało", "zostały", "około", "według", "których", "którym", "tej",
            "tych", "jako", "między", "przed", "przeciw", "sobie", "swoje", "swoich", "jeden", "jedna"
        ]
    ),
    "cs": frozenset(
        [
            "a", "i", "v", "ve", "z", "ze", "na", "se", "je", "že", "do", "to", "o", "s", "k", "ke", "po", "za", "by",
            "jako", "od", "při", "jeho", "její", "jejich", "byl", "byla", "bylo", "byly", "bude", "také", "který",
            "která", "které", "kteří", "ta", "tento", "tato", "už", "nebo", "když", "nad", "u", "podle", "řekl",
            "uvedl", "jsou", "jsem", "jsme", "být", "tak", "než", "mezi", "však", "může", "již", "ještě", "před",
            "či", "kde", "této", "tohoto", "tím", "ty", "své", "svého", "svou", "jim", "jí", "má", "mají", "další",
            "více", "proti", "bez", "přes", "až", "pak", "aby", "pokud", "protože", "kterou", "kterých", "kterým",
            "jejím", "dnes", "uvedla", "řekla"
        ]
    ),
    # Indonesian and Malay, without the words English writes as names ("dan", "ada") and the agency's ("antara").
    "id": frozenset(
        [
            "yang", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "dalam", "tidak", "akan", "juga",
            "oleh", "atau", "karena", "telah", "sudah", "bahwa", "sebagai", "lebih", "saat", "setelah", "bisa",
            "dapat", "masih", "hingga", "tersebut", "mereka", "kami", "kita", "ia", "dia", "namun", "serta", "bagi",
            "sejak", "tanpa", "sampai", "kata", "menurut", "adalah", "merupakan", "yakni", "ketika", "secara",
            "belum", "sedang", "harus", "agar", "jika", "kepada", "terhadap", "tentang", "seperti", "para"
        ]
    ),
    # Romanian, without the words English writes as words or names ("care", "dar", "deja").
    "ro": frozenset(
        [
            "și", "în", "de", "la", "cu", "pe", "a", "un", "o", "că", "din", "pentru", "nu", "se", "mai", "au",
            "fost", "este", "sunt", "fi", "ca", "sau", "iar", "după", "prin", "spre", "către", "lui", "ei", "lor",
            "acest", "această", "aceste", "unei", "unui", "fiind", "va", "vor", "poate", "potrivit", "între", "până",
            "fără", "despre", "când", "unde", "dacă", "însă", "doar", "declarat"
        ]
    ),
    "uk": frozenset(
        [
            "і", "й", "та", "в", "у", "не", "на", "що", "з", "із", "зі", "по", "до", "а", "о", "про", "як", "це", "від",
            "за", "для", "його", "її", "їх", "але", "він", "вона", "вони", "ми", "так", "був", "була", "були", "було",
            "при", "після", "також", "який", "яка", "які", "якого", "яких", "під", "через", "або", "якщо", "щоб",
            "коли", "де", "вже", "ще", "тільки", "лише", "буде", "бути", "цей", "ця", "ці", "цього", "цієї", "цих",
            "між", "без", "понад", "близько", "повідомив", "заявив", "сказав", "зазначив"
        ]
    ),
}
ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())
_LANGUAGES_OF = {word: tuple(code for code, stops in STOPWORDS.items() if word in stops) for word in ALL_STOPWORDS}

# BCP 47's tag for a language none of the above: a page of prose with too few of their common words.
UNDETERMINED = "und"
_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
          "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "cs": "Czech", "id": "Indonesian",
          "ro": "Romanian",
          UNDETERMINED: "another language"}
# Languages' English names, as a note on an edition's translation names them ("first published in German"): those
# told apart and others.
LANGUAGE_NAMES = frozenset([*(name.lower() for name in _NAMES.values()),
                            "arabic", "chinese", "mandarin", "cantonese", "japanese", "korean", "hebrew", "turkish",
                            "persian", "farsi", "ukrainian", "polish", "hindi", "urdu", "bengali", "indonesian",
                            "malay", "vietnamese", "thai", "greek", "swedish", "norwegian", "danish", "finnish",
                            "czech", "slovak", "hungarian", "romanian", "bulgarian", "serbian", "croatian", "catalan",
                            "swahili", "tagalog", "filipino"])

# Hits of a language's stop words, in a sample, that make a guess: fewer is a caption or a list, not prose. And the
# share of the sample's short words they must make up: most short words of a language's prose are its function
# words, where prose in another meets a few of them by chance (Swedish "de", "en", "del" in Spanish's list; its "i",
# "på", "och", "att" in none).
_MIN_HITS = 5
_MIN_SHORT_SHARE = 1 / 3
_SHORT_LETTERS = 3
# A language's words making up this share of all a sample's words is its prose (English 0.24 and up on the seeds),
# where another's meets them far less often (Swedish 0.08 of Spanish's, Norwegian 0.10 of English's).
_SURE_SHARE = 0.2


def guess_language(words: Iterable[str]) -> str | None:
    """The language whose stop words make up most of the lower-cased `words`; None when too few are prose, or
    when they make up too few of its short words for prose in that language."""
    words = list(words)
    hits = dict.fromkeys(STOPWORDS, 0)
    # Only stop words are counted: most of a sample's words are none.
    for word, count in Counter(filter(_LANGUAGES_OF.__contains__, words)).items():
        for code in _LANGUAGES_OF[word]:
            hits[code] += count
    code = max(hits, key=hits.__getitem__)
    if hits[code] < _MIN_HITS:
        return None
    if hits[code] >= _SURE_SHARE * len(words):
        return code  # prose in the language, with no need to count its short words
    short = sum(1 for w in words if len(w) <= _SHORT_LETTERS and w.isalpha())
    return code if hits[code] >= _MIN_SHORT_SHARE * short else None


# A page's own stop words, where its language has no list: its commonest words of at most four letters.
_OWN_STOP_WORDS, _OWN_STOP_LETTERS = 40, 4


def commonest_short_words(words: Iterable[str]) -> frozenset[str]:
    """The commonest short words of a sample of prose: in a language not told apart, its function words ("w", "się",
    "nie" of a Polish page), which every language uses most, stand for the stop words it has no list of."""
    counts = Counter(w for w in words if len(w) <= _OWN_STOP_LETTERS and w.isalpha())
    return frozenset(word for word, _ in counts.most_common(_OWN_STOP_WORDS))


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
SAMPLE_WORDS = 500  # enough to tell the language, few enough to stay fast


def text_language(text: str) -> str | None:
    """The language of running text (an article's body), from its first few hundred words."""
    return guess_language(m.group().lower() for m in itertools.islice(_WORD.finditer(text), SAMPLE_WORDS))


def language_name(code: str | None) -> str:
    """"French" for "fr"; a code the table does not name, as it is."""
    return _NAMES.get(code or "", code or "an unknown language")


def declines(language: str | None) -> bool:
    """Whether words of a text in `language` change their endings by their place in the sentence so much that a
    headline and its text write one word in two forms ("Horském sedle" / "Horské sedlo"): the Slavic languages in
    Latin letters, Romanian, and a language not told apart. Cyrillic words are read so in any text."""
    return language in _DECLINING


_DECLINING = frozenset({"cs", "pl", "ro", UNDETERMINED})


def read_as_english(language: str | None) -> bool:
    """Whether the annotators, whose model, speech verbs and date grammar are English, read a text in `language`:
    a text in no language told apart is taken for English."""
    return language in (None, "en")


_READ_SCRIPTS = frozenset({"LATIN", "CYRILLIC"})  # the scripts of the languages above
_SCRIPT_SAMPLE = 2000  # letters


def unread_script(text: str) -> str | None:
    """The script most of the text's letters are in ("Arabic", "CJK"), when it is none of the languages above's."""
    letters = itertools.islice((c for c in text if c.isalpha()), _SCRIPT_SAMPLE)
    scripts = Counter(unicodedata.name(c, "UNKNOWN").split()[0] for c in letters)
    if not scripts:
        return None
    script = scripts.most_common(1)[0][0]
    if script in _READ_SCRIPTS:
        return None
    return script if script == "CJK" else script.title()
