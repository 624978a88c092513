"""Per-language behaviour: numbers as words, negation, traps, offsets, priority."""

from __future__ import annotations

import pytest

from triage import assess


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("im fifteen and i work nights at the chicken plant", "en", 15),
        ("I'm 16 and they put me on the forklift at work", "en", 16),
        ("my brother is 15 n he works the kill floor", "en", 15),
        ("16yo on the baler at my plant, he works every day", "en", 16),
        ("tengo quince años y trabajo de noche en la planta de pollo", "es", 15),
        ("tngo 15 y trabajo en la panaderia en la revolvedora", "es", 15),
        ("mi hija de dieciseis años trabaja en la empacadora de carne", "es", 16),
        ("mi primo d 14 trabaja en el matadero", "es", 14),
    ],
)
def test_minor_ages(text: str, lang: str, age: int) -> None:
    result = assess(text, lang)
    assert result.minor
    assert result.age == age
    assert any(e.code == "minor" for e in result.evidence)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I have 15 years of experience as a butcher", "en"),
        ("my son is 16 and in school, he doesn't work. I work days", "en"),
        ("I started here when I was 17, now I'm 30", "en"),
        ("im 17 weeks pregnant and they keep putting me on heavy lifting", "en"),
        ("tengo 16 años d experiencia como panadero", "es"),
        ("mi hijo tiene 16 y esta en la escuela, no trabaja. yo trabajo en la panaderia", "es"),
        ("empece a trabajar aqui a los 17, ahorita tengo 34", "es"),
        ("tengo 15 años trabajando en esta planta", "es"),
    ],
)
def test_age_traps(text: str, lang: str) -> None:
    assert not assess(text, lang).minor


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("they did NOT take my passport, i have it", "en", "retention_of_identity_documents"),
        ("no one took my passport or anything like that", "en", "retention_of_identity_documents"),
        ("no me quitaron los papeles, los tengo yo", "es", "retention_of_identity_documents"),
        ("el supervisor nunca me pego", "es", "physical_sexual_violence"),
    ],
)
def test_negation(text: str, lang: str, code: str) -> None:
    assert code not in assess(text, lang).indicators


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        (
            "the contractor keeps our passports in his office",
            "en",
            "retention_of_identity_documents",
        ),
        ("they lock us in the bunkhouse at night", "en", "restriction_of_movement"),
        ("el patron se quedo con mi pasaporte", "es", "retention_of_identity_documents"),
        ("no nos dejan salir de la casa", "es", "restriction_of_movement"),
        ("el encargado nos quita los celulares", "es", "isolation"),
        ("le debo al coyote 9 mil", "es", "debt_bondage"),
        ("si no dobla turno lo corren", "es", "intimidation_threats"),
    ],
)
def test_indicators(text: str, lang: str, code: str) -> None:
    assert code in assess(text, lang).indicators


def test_accent_folding_keeps_original_offsets() -> None:
    text = "Él tiene mi PASAPORTE y mi identificación en su oficina"
    result = assess(text, "es")
    assert "retention_of_identity_documents" in result.indicators
    for ev in result.evidence:
        assert text[ev.start : ev.end] == ev.text


def test_other_script_digits() -> None:
    # Arabic-Indic digits are normalised: "im ١٥" reads as 15.
    result = assess("im ١٥ and i work nights at the chicken plant", "en")
    assert result.minor and result.age == 15


def test_language_hint_is_not_a_cage() -> None:
    result = assess("my boss keeps my passport", "es")
    assert "retention_of_identity_documents" in result.indicators


def test_priorities() -> None:
    assert assess("im 15 and i clean the kill floor at night", "en").priority == "P1"
    assert assess("the supervisor slapped a guy on the line", "en").priority == "P1"
    assert assess("boss keeps my green card in his office", "en").priority == "P2"
    assert assess("they promised 18 an hour and we get 12", "en").priority == "P3"
    assert assess("can they dock me 15 min if im 2 min late", "en").priority == "P4"


def test_detection_without_hint() -> None:
    assert assess("el patron se quedo con mi pasaporte y no me lo quiere dar").language == "es"
    assert assess("the boss is keeping my passport in the office").language == "en"
