"""Portuguese, French and Haitian Creole lexicons: numbers as words, negation, traps."""

from __future__ import annotations

import pytest

from triage import assess


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("tenho quinze anos e trabalho no frigorifico de frango", "pt", 15),
        ("eu tenho dezesseis anos, trabalho na padaria na masseira", "pt", 16),
        ("meu irmao tem dezessete anos e trabalha na desossa", "pt", 17),
        ("tem umas meninas de uns 14 15 anos trabalhando na linha", "pt", 14),
        ("j'ai quinze ans et je travaille la nuit à l'usine de poulet", "fr", 15),
        ("mon frère a dix-sept ans et il travaille sur la ligne de découpe", "fr", 17),
        ("jai seize ans je bosse a labattoir", "fr", 16),
        ("g 15 ans et je nettoie les machines", "fr", 15),
        ("mwen gen kenz an e m ap travay nan izin poul la", "ht", 15),
        ("ti frè m gen disèt an, l ap travay sou fòklif la", "ht", 17),
        ("m gen sèz an m ap travay nan abatwa a", "ht", 16),
        ("gen timoun 14, 15 an k ap netwaye machin yo", "ht", 14),
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
        # years of experience / seniority
        ("tenho 15 anos de experiencia como padeiro", "pt"),
        ("tenho 16 anos de casa nessa fabrica e quero aumento", "pt"),
        ("j'ai 17 ans d'expérience comme boucher au pays", "fr"),
        ("m gen 15 an eksperyans nan travay pen", "ht"),
        ("sa fè 16 an m ap travay nan faktori sa a", "ht"),
        # started young, adult now
        ("comecei aqui com 17 anos, hoje tenho 30", "pt"),
        ("quando eu tinha 16 trabalhava na roça, agora tenho 28 e trabalho na fabrica", "pt"),
        ("j'ai commencé à 16 ans, maintenant j'ai 30", "fr"),
        ("quand j'avais 17 ans je travaillais au pays, maintenant j'ai 29 ans", "fr"),
        ("m te kòmanse travay a 16 an, kounye a m gen 30 an", "ht"),
        ("lè m te gen 17 an m te travay ann Ayiti, kounye a m gen 28", "ht"),
        # child in school, not working
        ("minha filha tem 16 anos e estuda, nao trabalha. eu trabalho na fabrica", "pt"),
        (
            "ma fille a 16 ans et va au lycée, elle ne travaille pas. moi je travaille à l'usine",
            "fr",
        ),
        ("pitit gason m gen 15 an, l ap ale lekòl, li pa travay. m travay nan izin nan", "ht"),
        # "I'm the youngest" is not an age
        ("sou o mais novo da equipe, tenho 22 anos e trabalho no frigorifico", "pt"),
        ("je suis le plus jeune de l'équipe, j'ai 22 ans et je travaille à l'abattoir", "fr"),
        ("m se pi piti nan ekip la, m gen 22 an, m ap travay nan abatwa a", "ht"),
        # counts that are not ages
        ("tenho 2 filhos e trabalho na planta de carne", "pt"),
        ("j'ai 3 enfants et je travaille à l'abattoir", "fr"),
        ("m gen 2 pitit e m travay nan izin vyann", "ht"),
        ("I get paid 15 an hour at the chicken plant, my son works there too", "ht"),
    ],
)
def test_age_traps(text: str, lang: str) -> None:
    assert not assess(text, lang).minor


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("nao pegaram meus documentos, ta tudo comigo", "pt", "retention_of_identity_documents"),
        ("o supervisor nunca bateu em ninguem", "pt", "physical_sexual_violence"),
        ("ninguem tranca a gente, a gente sai quando quer", "pt", "restriction_of_movement"),
        ("ils n'ont pas pris mon passeport", "fr", "retention_of_identity_documents"),
        ("le chef ne m'a jamais frappé", "fr", "physical_sexual_violence"),
        ("le chef n'a jamais touché à personne, il crie beaucoup", "fr", "withholding_of_wages"),
        ("yo pa pran paspò m", "ht", "retention_of_identity_documents"),
        ("sipèvizè a pa janm frape m", "ht", "physical_sexual_violence"),
        ("yo pa janm pran telefòn nou", "ht", "isolation"),
    ],
)
def test_negation(text: str, lang: str, code: str) -> None:
    assert code not in assess(text, lang).indicators


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        # a photocopy with the original returned is not retention
        (
            "a agencia tirou copia do meu passaporte e devolveu na hora",
            "pt",
            "retention_of_identity_documents",
        ),
        (
            "ils ont fait une photocopie de mon passeport et me l'ont rendu",
            "fr",
            "retention_of_identity_documents",
        ),
        (
            "yo fè fotokopi paspò m epi yo remèt li ban mwen",
            "ht",
            "retention_of_identity_documents",
        ),
        # ordinary grievances
        (
            "meu cheque atrasou essa semana, o RH disse que cai na segunda",
            "pt",
            "withholding_of_wages",
        ),
        (
            "o portao fica trancado a noite por seguranca, eu trabalho de dia",
            "pt",
            "night_or_school_hours",
        ),
        ("on m'a dit que si je quitte avant 6 mois je dois rembourser", "fr", "deception"),
        ("li fèmen pòt la lannwit, nou travay lajounen", "ht", "night_or_school_hours"),
        # a Spanish "golpe" (a blow) is not a Portuguese "golpe" (a scam)
        ("me pego en la cara, tengo foto del golpe", "es", "deception"),
    ],
)
def test_not_flagged(text: str, lang: str, code: str) -> None:
    assert code not in assess(text, lang).indicators


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("o patrao pegou meu passaporte e nao devolve", "pt", "retention_of_identity_documents"),
        ("nao pagam a gente faz 3 semanas", "pt", "withholding_of_wages"),
        ("eles retem o salario ate o fim da temporada", "pt", "withholding_of_wages"),
        ("se reclamar ele manda a gente embora", "pt", "intimidation_threats"),
        ("devo 5 mil pro coiote e ele desconta do salario", "pt", "debt_bondage"),
        ("nao deixam a gente ir ao banheiro", "pt", "abusive_working_living_conditions"),
        ("o supervisor passou a mao na minha colega", "pt", "physical_sexual_violence"),
        (
            "vc sabe q eles pegaram nossos celulares? n podemos falar com a familia",
            "pt",
            "isolation",
        ),
        ("ils gardent notre paie jusqu'à la fin du contrat", "fr", "withholding_of_wages"),
        ("on n'est payé qu'à la fin de la saison", "fr", "withholding_of_wages"),
        ("ils nous paient pas depuis 3 semaines", "fr", "withholding_of_wages"),
        (
            "on n'a pas de gants et les produits chimiques brulent les mains",
            "fr",
            "abusive_working_living_conditions",
        ),
        ("on travaille 7j/7 sans repos", "fr", "excessive_overtime"),
        (
            "le patron m'a touché et m'a dit de me taire sinon je perds mon boulot",
            "fr",
            "intimidation_threats",
        ),
        ("on est enfermés dans le dortoir la nuit", "fr", "restriction_of_movement"),
        ("yo pa peye m depi 3 semèn", "ht", "withholding_of_wages"),
        ("yo poko peye nou pou 3 semèn", "ht", "withholding_of_wages"),
        ("nou travay 16è pa jou nan izin nan", "ht", "excessive_overtime"),
        ("bòs la pran paspò nou e li pa vle remèt nou yo", "ht", "retention_of_identity_documents"),
        ("si w plenyen yo revoke w", "ht", "intimidation_threats"),
        ("m dwe koyòt la $5000", "ht", "debt_bondage"),
        ("yo te di nou se travay nan jaden, lè nou rive se nan abatwa kochon", "ht", "deception"),
    ],
)
def test_indicators(text: str, lang: str, code: str) -> None:
    assert code in assess(text, lang).indicators


def test_full_assessments() -> None:
    r = assess(
        "eu e meu primo de 17 trabalhamos no frigorifico. o gato ficou com nossos passaportes", "pt"
    )
    assert r.minor and r.age == 17
    assert "retention_of_identity_documents" in r.indicators
    r = assess("y a des ados de 14 15 ans qui conduisent les chariots élévateurs", "fr")
    assert r.minor and r.indicators == ("hazardous_work",)
    r = assess("pitit mwen gen 17 an, li ale lekòl epi li travay nan McDonald samdi", "ht")
    assert r.minor and r.indicators == ()


def test_evidence_offsets_with_accents() -> None:
    text = "Sipèvizè a pran PASPÒ nou e li pa vle remèt nou yo"
    result = assess(text, "ht")
    assert "retention_of_identity_documents" in result.indicators
    for ev in result.evidence:
        assert text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(
    "text",
    [
        "yo pran paspò m",
        "bòs la pa peye nou depi 2 mwa",
        "m gen 16 an m ap travay nan izin poul la lannwit",
    ],
)
def test_haitian_creole_detected_without_hint(text: str) -> None:
    assert assess(text).language == "ht"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ils ont pris nos passeports et nous paient pas", "fr"),
        ("o patrao pegou nossos passaportes e nao paga a gente", "pt"),
    ],
)
def test_french_and_portuguese_not_detected_as_creole(text: str, lang: str) -> None:
    assert assess(text).language == lang
