"""Who said a quotation in copy that is not in English, read from the copy desks' own word order without a
parser (the project's language model reads English only).

A quotation's speaker is named by the reporter's verb of saying next to it, and the desks of most languages set it
the same few ways: after the quotation, the verb and then the speaker ("...", dijo la consejera de Movilidad, Lucía
Ferrándiz; "...", a déclaré à l'AFP Marc Thébaud; "...", so Albrecht; "...", - сказав Марченко), or before it, the
speaker and then the verb ("Jens Albrecht sagte: „...“"; "Según Ferrándiz, «...»"), or a sentence that introduces
it with a colon. The speaker is the first person's name in the clause: capitalised words not set after an article or
a preposition ("de Movilidad", "da Defesa Civil" name a body in a title), nor holding an acronym ("Kepala BPBD Sungai
Lestari"), without the capitalised title before them ("Niederlassungsleiter Jens Albrecht"). A verb with no name or
with a pronoun ("dedi.", "añadió él") gives the quotation to the person the reporter named last, else to whoever
spoke last; a quotation with no verb runs on from the one before it in its paragraph. A surname alone is given at
the fullest form the article uses.
Names in the cases of Slavic grammar other than the nominative are not read as speakers: only the verb's subject
is taken ("сказал Волков", never "слова главы города Андрея Волкова").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newstrace.annotate.entities import NAME_PARTICLES, word_set
from newstrace.annotate.quotes_marks import CLOSE_MARKS, OPEN_MARKS, STRAIGHT
from newstrace.extract.credits import HONORIFICS
from newstrace.models import Quote

# Verbs of saying, in the past and present tenses the desks use, in the languages the project tells apart and in
# Turkish and the Nordic languages, which it reads as undetermined. One list: a page's language guess may be
# wrong or undetermined, and these words do not stand for anything else right beside a quotation.
_CUES = """
    dijo dice afirmó aseguró explicó señaló declaró añadió agregó indicó defendió advirtió subrayó destacó
    manifestó sostuvo comentó precisó insistió reconoció apuntó recalcó relató lamentó contó recordó resumió
    explica señala asegura afirma añade agrega apunta advierte insiste recuerda lamenta resume subraya destaca
    sostiene reconoce comenta precisa indica relata cuenta confirmó admitió denunció reiteró aclaró
    ha_dicho ha_afirmado ha_declarado ha_explicado ha_señalado ha_asegurado ha_añadido ha_indicado ha_subrayado
    ha_destacado ha_advertido ha_reconocido ha_insistido ha_apuntado ha_manifestado ha_comentado ha_precisado
    ha_lamentado
    a_déclaré a_dit a_affirmé a_expliqué a_ajouté a_souligné a_indiqué a_estimé a_assuré
    a_précisé a_averti a_confié a_déploré a_martelé a_insisté a_poursuivi déclare affirme explique
    ajoute souligne indique estime assure précise témoigne a_témoigné raconte résume rappelle confie insiste
    poursuit note regrette
    prévient avertit a_raconté a_rappelé a_regretté a_prévenu a_reconnu a_confirmé a_admis a_dénoncé a_répété
    sagte sagt erklärte erklärt betonte betont warnte warnt meinte meint fügte fügt ergänzte ergänzt berichtete
    berichtet
    ha_detto ha_dichiarato ha_spiegato ha_aggiunto ha_sottolineato ha_affermato ha_commentato
    ha_precisato ha_ribadito ha_raccontato ha_osservato ha_concluso ha_ricordato ha_annunciato ha_assicurato
    ha_avvertito ha_confermato ha_ammesso ha_denunciato dice spiega aggiunge sottolinea afferma racconta osserva
    conclude ricorda commenta
    disse afirmou declarou explicou acrescentou ressaltou destacou garantiu defendeu salientou sublinhou contou
    lembrou alertou admitiu confirmou reiterou denunciou lamentou adiantou referiu frisou indicou diz afirma explica
    conta acrescenta lembra
    zei zegt verklaarde benadrukte stelde vertelt vertelde
    подтвердил подтвердила признал признала
    сказал сказала заявил заявила отметил отметила добавил добавила пояснил пояснила подчеркнул подчеркнула
    рассказал рассказала сообщил сообщила уточнил уточнила говорит рассказывает отмечает добавляет
    сказав сказала заявив заявила зазначив зазначила додав додала пояснив пояснила наголосив наголосила
    розповів розповіла повідомив повідомила уточнив уточнила підтвердив підтвердила каже розповідає зазначає
    powiedział powiedziała poinformował poinformowała dodał dodała podkreślił podkreśliła zaznaczył zaznaczyła
    stwierdził stwierdziła wyjaśnił wyjaśniła przyznał przyznała ocenił oceniła mówi dodaje podkreśla wyjaśnia
    zaznacza zapowiedział zapowiedziała tłumaczył tłumaczyła przekonywał przekonywała
    řekl řekla uvedl uvedla dodal dodala zdůraznil zdůraznila prohlásil prohlásila vysvětlil vysvětlila
    upozornil upozornila postěžoval postěžovala poznamenal poznamenala potvrdil potvrdila sdělil sdělila doplnil
    doplnila konstatoval konstatovala říká dodává uvádí vysvětluje
    kata katanya ujar ujarnya tutur tuturnya jelas jelasnya ungkap ungkapnya tambah tambahnya
    a_spus a_declarat a_afirmat a_precizat a_explicat a_adăugat
    dedi söyledi
    sa sade säger sier sagde siger sanoi sanoo
"""
# Words that cite a speaker as a preposition does ("Según Ferrándiz, «...»", "..., so Albrecht").
_AS = word_set("según selon laut so secondo segundo volgens aldus według podle menurut enligt ifølge")
# "a_déclaré": the words of one cue, which French also sets around its pronoun ("a-t-il déclaré").
_CUE = "|".join(w.replace("_", r"(?:-t-(?:il|elle))?\s+")
                for w in sorted({*_CUES.split(), *_AS}, key=len, reverse=True))
# French sets the pronoun after its verb ("explique-t-elle", "a-t-il déclaré").
_INVERTED = re.compile(r"-(?:t-)?(?:il|elle)\b")
# After the closing mark: its comma, a dash some desks set before the verb, then the verb.
_AFTER = re.compile(rf"[\s,]*(?:[-–—]\s*)?(?P<cue>{_CUE})(?=[\s,.:;-]|$)")
# Before the opening mark, a verb with its word for "that", a colon or a comma ("Jens Albrecht sagte: „"), or a
# preposition with its speaker and a comma ("Según Ferrándiz, «").
_BEFORE_VERB = re.compile(rf"(?<![\w-])(?P<cue>{_CUE})(?:\s+(?:que|dass|che|dat|что|що|że|že|bahwa|att))?\s*[:,]?\s*$")
# The speaker after the preposition may stand after a title and its comma ("Selon leur chef, le capitaine Éric Lafon,").
_BEFORE_AS = re.compile(rf"(?<![\w-])(?P<cue>{'|'.join(sorted(_AS))})\s+(?P<who>[^:;]{{1,100}}?),\s*$", re.IGNORECASE)
# Every quotation mark, on either side of the words, as languages open and close them each their own way („...“,
# »...«, ”...”), and the spaces French sets inside its guillemets ("« ... »").
_MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT + "‘’‚‛‹›'… \u00a0\u202f"
# The clause a speaker is named in ends at its full stop, semicolon or line; an initial's dot does not end it.
_CLAUSE_END = re.compile(r"(?<!\b\w)[.;!?](?=\s|$)|\n")
_TOKEN = re.compile(r"[\w'’.-]*\w|[^\w\s]")
_PRONOUNS = word_set("""
    él ella elle er sie lui lei ele ela hij zij он она він вона on ona hän han hon hun dia beliau
""")
# The reflexive particle some verbs of saying take ("postěžoval si", complained; "skarżył się").
_REFLEXIVE = word_set("si se się")
# Words after which capitalised words name a body or a place, not a person: articles and prepositions. A
# verb of saying followed by a preposition has no subject of its own ("dijo en Madrid": the last speaker).
_ARTICLES = word_set("""
    el la los las unos unas le les il lo gli un una une uno o os as die der das den dem des ein eine einer eines
    einem einen het een de
""")
_PREPOSITIONS = word_set("""
    del da do dos della delle dei degli di du au aux à a al alla em no na nos nas en in im am an bei op te van von
    ter ten w we v ve z ze dla при в во на из у с со к по від з із до dalam ke dari pada för i på av från vid hos
    în din pentru
""")
_NOT_BEFORE_NAME = _ARTICLES | _PREPOSITIONS
# Who is told ("a déclaré à Belga Luc Verhaegen", "dijo a EFE el alcalde", "aseguró a los periodistas"): the word
# after these, or after their article, is the listener.
_TO = word_set("a à al ao an tegen")
# Words of address before a name ("a déclaré Mme Ortega"), which are not part of it.
_HONORIFICS = {h.lower() for h in HONORIFICS} | word_set("mme mlle m dra sr sra srta sig herr pan pani")
# Particles inside a name ("Jan de Vries", "Ursula von der Leyen", "Erik ten Hag"), but not the articles, "to the",
# "and" and "is" they also are in Romance copy ("ha detto Mattarella al Quirinale").
_PARTICLES = NAME_PARTICLES - word_set("al el la le y es") | {"ten"}
# German capitalises every noun, and Turkish and Indonesian a title before a name, so the title runs into the name
# ("Niederlassungsleiter Jens Albrecht", "Kaymakam Ahmet Yılmaz", "Bupati Andi Wijaya").
_TITLE_ENDINGS = (
    "leiter", "leiterin", "meister", "meisterin", "sprecher", "sprecherin", "chef", "chefin", "minister",
    "ministerin", "präsident", "präsidentin", "direktor", "direktorin", "vorsitzende", "vorsitzender", "kanzler",
    "kanzlerin", "rat", "rätin", "experte", "expertin", "beauftragte", "beauftragter", "kommandant",
    "kommandantin", "führer", "führerin", "arzt", "ärztin", "professor", "professorin", "sekretär", "sekretärin",
    "mann", "frau",
    "kaymakam", "kaymakamı", "vali", "valisi", "bakan", "bakanı", "başkan", "başkanı", "müdür", "müdürü", "sözcüsü",
    "komutan", "komutanı", "bupati", "gubernur", "menteri", "presiden", "ketua", "walikota", "camat", "direktur",
)
_LOOKBACK = 600  # characters before a quotation within which the person the reporter last named is looked for
_REACH = 16  # tokens of the clause after the verb within which the speaker is named
_TITLE_WORDS = 2  # lowercase words of a title between an owner and the name ("Nordkrafts presschef Karin Holm")
_RUNNING = ""  # a verb with no name or a pronoun: the quotation is the last speaker's


def attribute_abroad(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """`quotes` of a text not in English, in order, each with its speaker and cue where the desk's words give them."""
    named: list[Quote] = []
    last: str | None = None
    last_end = 0
    for quote in quotes:
        found = _after(text, quote) or _before(text, quote)
        if found is None:
            # A quotation with no verb of its own runs on from the one before it in its paragraph ("'...', racconta
            # Paolo Rinaldi, operaio. 'Ma meglio così'").
            runs_on = bool(named) and "\n" not in text[last_end:quote.start]
            named.append(replace(quote, speaker=named[-1].speaker) if runs_on else quote)
        else:
            cue, speaker = found
            if speaker == _RUNNING:
                said = _named_between(text, max(last_end, quote.start - _LOOKBACK), quote.start)
                who = _fullest(text, said) if said else last
            else:
                who = _fullest(text, speaker)
            named.append(replace(quote, speaker=who, cue=cue or None))
            last = who or last
        last_end = quote.end
    return named


def _named_between(text: str, start: int, end: int) -> str | None:
    """The person the reporter last named between `start` and `end`, whom a quotation set after them with a bare
    verb or a pronoun goes on quoting ("Le maire de Paterna, Juan Ribas, a salué ... « ... », a-t-il dit"; "Об
    этом ТАСС сообщил глава города Андрей Волков. «...», - сказал он."): the first name of the last sentence that
    names one, its subject in the languages that set the subject first."""
    return next((name for sentence in reversed(_CLAUSE_END.split(text[start:end]))
                 if (name := _subject(text, sentence))), None)


def _subject(text: str, sentence: str) -> str | None:
    """The first person's name of a sentence of `text`."""
    tokens = _TOKEN.findall(sentence)
    for first, last in _runs(tokens):
        name = _name_of(tokens, first, last)
        # A word alone may be any word opening a sentence, or a place: it stands only for a name used in full.
        if name and (" " in name or " " in _fullest(text, name)):
            return name
    return None


def _after(text: str, quote: Quote) -> tuple[str, str] | None:
    at = quote.end
    while at < len(text) and text[at] in _MARKS:
        at += 1
    m = _AFTER.match(text, at)
    if m is None:
        return None
    cue = m.group("cue")
    if _INVERTED.match(text, m.end()) or _INVERTED.search(cue):
        return cue, _RUNNING
    end = _CLAUSE_END.search(text, m.end())
    tokens = _TOKEN.findall(text[m.end(): end.start() if end else len(text)])[:_REACH]
    if tokens and tokens[0] in _REFLEXIVE:
        tokens = tokens[1:]
    if tokens and tokens[0].lower() in _PRONOUNS:
        return cue, _RUNNING
    if tokens and tokens[0].lower() in _TO:
        tokens = tokens[2:] if len(tokens) < 3 or tokens[1].lower() not in _ARTICLES else tokens[3:]
    speaker = _first_name(tokens) or _role_named(text, tokens, quote.start)
    if speaker:
        return cue, speaker
    # An article opens a speaker not named ("dijo la policía"); a preposition or nothing, the verb's own clause.
    if cue not in _AS and (not tokens or not tokens[0][0].isalnum() or tokens[0].lower() in _PREPOSITIONS):
        return cue, _RUNNING
    return None


def _role_named(text: str, tokens: list[str], before: int) -> str | None:
    """The person a role after the verb stands for ("referiu ainda o comandante", "afirmou o comandante"), where the
    text before the quotation named them by it, the role and the name side by side ("o comandante dos bombeiros de
    Vale de Cima, Rui Figueiredo", "o comandante sub-regional do Algarve, Vítor Vaz Pinto"); not one the role's
    sentence only mentions ("la policía detuvo a Juan Pérez")."""
    while tokens and tokens[0].islower() and tokens[0] not in _ARTICLES:
        tokens = tokens[1:]  # "ainda", "también": an adverb before the role
    if len(tokens) < 2 or tokens[0] not in _ARTICLES or not tokens[1].isalpha() or not tokens[1].islower():
        return None
    # The role, then the name, or what it is of ("do Algarve"), perhaps after an adjective or two ("sub-regional"),
    # then the name.
    of = "|".join(_PARTICLES)
    named = re.compile(rf"\b{re.escape(tokens[1])}\b(?:(?:\s+(?!(?:{of})\b)[^\W\d_A-ZÀ-ÞЀ-Я][\w-]*){{0,2}}"
                       rf"\s+(?:{of})\s+[^\s,.;]+(?:\s+[^\s,.;]+){{0,4}})?,?\s+"
                       r"(?P<name>[^\s,.;]+(?:\s+[^\s,.;]+){0,3})")
    found = [m for m in named.finditer(text, 0, before) if (name := _first_name(_TOKEN.findall(m.group("name"))))
             and m.group("name").startswith(name)]
    return _first_name(_TOKEN.findall(found[-1].group("name"))) if found else None


def _before(text: str, quote: Quote) -> tuple[str, str] | None:
    open_at = quote.start
    while open_at and text[open_at - 1] in _MARKS:
        open_at -= 1
    start = max(text.rfind("\n", 0, open_at), text.rfind(". ", 0, open_at)) + 1
    clause = text[start:open_at]
    m = _BEFORE_AS.search(clause)
    if m:
        tokens = _TOKEN.findall(m.group("who"))
        if tokens and tokens[0].lower() in _PRONOUNS:
            return m.group("cue"), _RUNNING
        speaker = _first_name(tokens)
        return (m.group("cue"), speaker) if speaker else None
    m = _BEFORE_VERB.search(clause)
    if m is None and clause.rstrip().endswith(":"):
        # A sentence that introduces the quotation with a colon, whatever its verb ("Bürgermeister Thomas Hering
        # kündigte Hilfe an: „...“"): its subject's.
        speaker = _subject(text, clause)
        return ("", speaker) if speaker else None
    if m is None or m.group("cue") in _AS:
        return None
    tokens = _TOKEN.findall(clause[: m.start()])
    if tokens and tokens[-1].lower() in _PRONOUNS:
        return m.group("cue"), _RUNNING
    runs = _runs(tokens)
    if not runs or runs[-1][1] != len(tokens):
        return None
    speaker = _name_of(tokens, *runs[-1])
    # A capitalised word opening a sentence may be any word: alone there it must be a name the article uses in full.
    if speaker and " " not in speaker and runs[-1][0] == 0 and _fullest(text, speaker) == speaker:
        return None
    return (m.group("cue"), speaker) if speaker else None


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """The [start, end) token ranges of capitalised words, with the particles between them."""
    runs, i = [], 0
    while i < len(tokens):
        if not _capital(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and (_capital(tokens[j]) or (
                tokens[j] in _PARTICLES and j + 1 < len(tokens) and _capital(tokens[j + 1]))):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _first_name(tokens: list[str]) -> str | None:
    """The first name of a clause; a word alone before a title is its owner ("säger Nordkrafts presschef Karin
    Holm") or a capitalised title ("Kaymakam"), when a name of two words follows the title."""
    runs = _runs(tokens)
    for i, (start, end) in enumerate(runs):
        name = _name_of(tokens, start, end)
        if name is None:
            continue
        after = runs[i + 1] if i + 1 < len(runs) else None
        if (end - start == 1 and after and after[1] - after[0] > 1 and after[0] - end <= _TITLE_WORDS
                and all(t[0].islower() for t in tokens[end: after[0]])):
            return _name_of(tokens, *after) or name
        return name
    return None


def _name_of(tokens: list[str], start: int, end: int) -> str | None:
    """The person's name a run of capitalised words holds, if it holds one."""
    if start and tokens[start - 1].lower() in _NOT_BEFORE_NAME:
        return None
    words = tokens[start:end]
    if any(len(w) > 1 and w.isupper() for w in words):
        return None
    # A sentence's first word, capitalised, may be an article ("Die Polizei sagte:"): what follows is no name.
    if words[0].lower() in _ARTICLES:
        return None
    while len(words) > 1 and words[0].lower().endswith(_TITLE_ENDINGS):
        words = words[1:]
    # Russian and Ukrainian set a country or a city in the genitive before the name ("министр ... России Сергей
    # Лавров"); given names do not end so.
    while len(words) > 2 and words[0].endswith(("и", "ы")):
        words = words[1:]
    return " ".join(words)


def _capital(token: str) -> bool:
    return token[0].isupper() and token.lower() not in _HONORIFICS


def _fullest(text: str, name: str) -> str:
    """A surname alone as the fullest name of the article that ends with it ("Wrona" -> "Tomasz Wrona")."""
    if " " in name:
        return name
    best = name
    for m in re.finditer(rf"((?:[\w'’-]+ ){{1,3}}){re.escape(name)}\b", text):
        words = m.group(1).split()
        kept: list[str] = []
        for word in reversed(words):
            if not _capital(word) or word.lower().endswith(_TITLE_ENDINGS) or (len(word) > 1 and word.isupper()):
                break
            kept.insert(0, word)
        if len(kept) + 1 > len(best.split()):
            best = " ".join([*kept, name])
    return best
