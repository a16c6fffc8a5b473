"""Speakers of quotations in copy not in English (annotate.quotes_abroad), through the whole annotator, on wire
copy written for these tests in the word order each language's desks use. Each test holds a sentence whose
speaker must be found and one whose words must not be taken for a speaker."""

from __future__ import annotations

from typing import Any

import pytest

from newstrace.annotate import annotate
from newstrace.models import Article


def said(language: str, *paragraphs: str) -> list[tuple[str | None, str]]:
    """(speaker, the quotation's first words) for each quotation of an article in `language`."""
    article = Article(id="a", path="a.txt", body=list(paragraphs), language=language)
    return [(q.speaker, " ".join(q.text.split()[:2])) for q in annotate(article).quotes]


@pytest.mark.parametrize(("language", "paragraph", "speaker"), [
    ("es", '"Es la mayor obra en veinte años", dijo la consejera de Movilidad, Lucía Ferrándiz, en una rueda de '
           "prensa.", "Lucía Ferrándiz"),
    ("es", '"No habrá cortes de agua", dijo a EFE el alcalde, Pedro Ruiz Salas.', "Pedro Ruiz Salas"),
    ("fr", "« Le port restera à l'arrêt », a déclaré à l'AFP Marc Thébaud, secrétaire du syndicat.", "Marc Thébaud"),
    ("fr", "« Nous demandons le respect des engagements », a expliqué à Belga Luc Verhaegen.", "Luc Verhaegen"),
    ("it", '"Difendere i posti di lavoro è un dovere", ha detto il segretario provinciale Paolo Serra.',
     "Paolo Serra"),
    ("pt", '"Não há risco iminente", afirmou à agência o coordenador da Defesa Civil, coronel Júlio Mendes.',
     "Júlio Mendes"),
    ("de", "„Wir können kein Risiko eingehen“, sagte Niederlassungsleiter Jens Albrecht laut dpa.", "Jens Albrecht"),
    ("de", "„Die Brücke bleibt gesperrt“, so Stadtsprecherin Anna Berg.", "Anna Berg"),
    ("nl", '"De dijk houdt het", zei Jan de Vries van het waterschap.', "Jan de Vries"),
    ("ru", "«Мы восстановим подачу тепла к утру», - сказал глава города Андрей Волков.", "Андрей Волков"),
    # A country in the genitive before the name ("of Russia").
    ("ru", "«Мы готовы к диалогу», — заявил министр иностранных дел России Сергей Лавров.", "Сергей Лавров"),
    ("it", '"Serve unità", ha detto Mattarella al Quirinale.', "Mattarella"),
    ("uk", "«Бригади працювали всю ніч», - заявив Олег Марченко.", "Олег Марченко"),
    ("pl", '"To była największa inwestycja od lat" - powiedział prezes spółki Tomasz Wrona.', "Tomasz Wrona"),
    ("cs", '"Voda stoupala velmi rychle," uvedla mluvčí hasičů Lenka Dvořáková.', "Lenka Dvořáková"),
    ("id", '"Kami sudah mengevakuasi 250 warga," kata Kepala BPBD Sungai Lestari, Rudi Hartono.', "Rudi Hartono"),
    ("und", "– Vi har alla montörer ute, säger Nordkrafts presschef Karin Holm till TT.", "Karin Holm"),
])
def test_speaker_named_after_the_quotation(nlp: Any, language: str, paragraph: str, speaker: str) -> None:
    assert [s for s, _ in said(language, paragraph)] == [speaker]


def test_speaker_named_before_the_quotation(nlp: Any) -> None:
    assert said("de", "Bürgermeisterin Petra Lange sagte: „Wir öffnen die Turnhalle für alle.“") == [
        ("Petra Lange", "Wir öffnen")]
    assert said("es", 'La alcaldesa Ana Ruiz habló con los vecinos.', 'Según Ruiz, "nadie quedará sin techo".') == [
        ("Ana Ruiz", "nadie quedará")]


def test_a_credit_or_an_unnamed_body_is_no_speaker(nlp: Any) -> None:
    assert said("es", '"El servicio se restablecerá el lunes", según informó EFE.') == [(None, "El servicio")]
    assert said("es", '"No hay heridos", dijo la policía local.') == [(None, "No hay")]
    assert said("de", "„Wir ermitteln in alle Richtungen“, sagte ein Sprecher der Polizei.") == [
        (None, "Wir ermitteln")]
    # A capitalised word opening the sentence is any word: alone before the verb it names no one.
    assert said("es", 'Ayer dijo: "Volveremos pronto".') == [(None, "Volveremos pronto")]
    assert said("de", "Die Polizei sagte: „Wir ermitteln in alle Richtungen.“") == [(None, "Wir ermitteln")]
    # The body in a title is no one's name: the run after "de" is left, and no person follows.
    assert said("es", '"Se cerrarán tres estaciones", informó el director de Metro Valdeluna.') == [
        (None, "Se cerrarán")]


def test_a_bare_verb_or_a_pronoun_goes_on_with_the_last_speaker(nlp: Any) -> None:
    assert said("es", '"Es la mayor obra en veinte años", dijo la consejera Lucía Ferrándiz.',
                '"No podía esperar más", añadió.', '"Todo está bajo control", aseguró a los periodistas.') == [
        ("Lucía Ferrándiz", "Es la"), ("Lucía Ferrándiz", "No podía"), ("Lucía Ferrándiz", "Todo está")]
    # The speaker the reporter named with a verb of saying, not with a quotation: Russian and Turkish order.
    assert said("ru", "Об этом сообщил глава города Андрей Волков.",
                "«Повреждение найдено», - сказал он.") == [("Андрей Волков", "Повреждение найдено")]
    assert said("und", "Kaymakam Ahmet Yılmaz, yaptığı açıklamada, 45 kişinin kurtarıldığını söyledi.",
                '"Şu an için can kaybı yok," dedi.') == [("Ahmet Yılmaz", "Şu an")]
    assert said("fr", "« Nous ne céderons pas », explique-t-elle.") == [(None, "Nous ne")]


def test_a_surname_alone_is_given_in_full(nlp: Any) -> None:
    assert said("pl", "Prezes spółki Tomasz Wrona zapowiedział remont.",
                '"Wymieniliśmy cztery kilometry torów" - powiedział Wrona.') == [
        ("Tomasz Wrona", "Wymieniliśmy cztery")]


def test_a_colon_or_the_paragraph_introduces_the_speaker(nlp: Any) -> None:
    # Whatever the verb ("kündigte ... an", a verb split round its object), a colon gives the sentence's subject.
    assert said("de", "Bürgermeister Thomas Hering kündigte Hilfe an: „Wir lassen die Firmen nicht allein.“") == [
        ("Thomas Hering", "Wir lassen")]
    assert said("it", '"Ogni mattina perderò mezz\'ora", racconta Paolo Rinaldi, operaio. "Ma meglio così".',
                '"Nessuno ci ha avvisato".') == [("Paolo Rinaldi", "Ogni mattina"), ("Paolo Rinaldi", "Ma meglio"),
                                                    (None, "Nessuno ci")]


def test_a_role_stands_for_the_person_named_beside_it(nlp: Any) -> None:
    assert said("pt", "Segundo o comandante sub-regional do Algarve, Vítor Vaz Pinto, o fogo está a ser combatido.",
                '"O vento forte está a dificultar o combate", afirmou o comandante.') == [
        ("Vítor Vaz Pinto", "O vento")]
    # The role's sentence only mentions the person ("detained Juan Pérez"): the police, unnamed, speak.
    assert said("es", "La policía detuvo a Juan Pérez el lunes.", '"No hay más detenidos", dijo la policía.') == [
        (None, "No hay")]
