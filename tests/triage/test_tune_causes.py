"""One or two invented sentences per general cause of the misses found on the tune set
(`tests/data/triage/TUNE.md`), per language the cause touched; none is a tune sentence.

Causes (see docs/triage.md): a young relative's age told next to an indicator with no
third-person work verb; everyday third-person work verbs (sells, washes dishes, babysits);
kin word + bare age ("mi primo 16 años"); misspelled number words; "still in high school"
and grade words for the writer; "underage" said of oneself; "I turn 18 in March"; birth
years; ages at the end of the message or after "age"; first-person work verbs; and the
forced-labour phrasings (conditional threats, pay deferred to season end, "no papers so
less pay", phone/SIM taken, gates chained, "said X, here Y", drugs to keep working).
"""

from __future__ import annotations

import re

import pytest

from triage import assess
from triage.engine import REFERENCE_YEAR, _gregorian_birth_year
from triage.lexicon import expand, load

MINOR = [
    # relative's age next to an indicator, no third-person work sign
    ("my nephew, 15, on the roofing crew with his dad all summer", "en"),
    ("我表弟十四岁，跟着舅舅在工地开叉车", "zh"),
    ("मेरो भाइ १५ वर्षको छ, मामासँग छाना हाल्ने काममा जान्छ", "ne"),
    # everyday third-person work verbs
    ("my sister is 13 and she sells candy at the flea market every weekend", "en"),
    ("la sobrina de mi esposo tiene 13 y vende tamales en la parada del bus", "es"),
    ("o filho do meu vizinho tem 11 anos e vende bala no semaforo", "pt"),
    ("ma niece a 14 ans et elle fait la plonge dans une pizzeria le samedi", "fr"),
    ("pitit fi vwazin mwen an gen 13 an, l ap vann pen nan mache a", "ht"),
    ("em gái tui 14 tuổi đi bán vé số ngoài chợ", "vi"),
    ("我侄女十五岁，周末在奶茶店收银", "zh"),
    ("онуці 13, вона продає ягоди біля траси", "uk"),
    ("बहिनी १३ वर्षकी, पसलमा सामान बेच्छे", "ne"),
    ("ညီလေး အသက် ၁၃ နှစ်၊ ဈေးမှာ ရောင်းတယ်", "my"),
    # kin word + bare age, appositive age
    ("mi sobrina quince años limpia casas con su tia", "es"),
    ("meu primo dezessete anos carrega caixa no mercado", "pt"),
    ("le frere de mon ami, 13 ans environ, vend des journaux le matin", "fr"),
    ("se mwen kenz an, li netwaye machin nan garaj la", "ht"),
    # misspelled number words
    ("tengo catorse años y trabajo en una carniceria", "es"),
    ("mon cousin a quinz ans et travaille dans un abattoir", "fr"),
    # still in high school / grade / freshman (writer)
    ("im a sophomore and i work the register at a burger place on weekends", "en"),
    ("sigo en la prepa y trabajo en una tienda los domingos", "es"),
    ("ainda to no ensino medio e trabalho de caixa no mercado", "pt"),
    ("weli waxaan dhigtaa dugsiga sare, waxaan ka shaqeeyaa maqaayad", "so"),
    ("em đang học lớp 10, tối đi làm phục vụ quán cà phê", "vi"),
    ("我还在读初三，暑假在餐馆端盘子", "zh"),
    ("я восьмикласниця, після школи мию посуд у кафе", "uk"),
    ("ajhai school ma padhdai chu, beluka pasal ma kaam garchu", "ne"),
    ("ገና ሃይስኩል ነኝ፣ ካፌ ውስጥ እሰራለሁ", "am"),
    ("အထက်တန်း ကျောင်းတက်နေတုန်းပါ၊ ဆိုင်မှာ အလုပ်လုပ်တယ်", "my"),
    # underage said of oneself
    ("anigu qaan gaar ma ihi, waxaan ka shaqeeyaa bakhaar", "so"),
    ("tui chưa đủ tuổi mà quản lý bắt tui chạy máy cắt", "vi"),
    # turning 18 later
    ("i'll be 18 in june, right now i stock shelves at night at the grocery", "en"),
    ("мені 18 виповниться тільки восени, працюю на складі", "uk"),
    # birth years
    ("I was born in 2011 and I wash dishes at a diner after school", "en"),
    ("naci en el 2010 y trabajo en una empacadora", "es"),
    # age at the end / after "age"
    ("ဆိုင်မှာ အလုပ်လုပ်တယ်၊ ညနေ ၆ နာရီ ဆင်းတယ်။ အသက် ဆယ့်လေး", "my"),
    ("သမီး အသက် ၁၅၊ စားသောက်ဆိုင်မှာ ပန်းကန်ဆေးတယ်", "my"),
    ("e lam o tiem nail, e muoi bon", "vi"),
    ("ልጄ 13 ነው፣ ሱቅ ውስጥ ይሰራል", "am"),
    ("сусідський хлопчик років 13 миє машини на мийці", "uk"),
    # first-person work verbs / group ages
    ("me and my cousin are both 16, we bag groceries at the supermarket", "en"),
    ("eu e minha amiga, as duas com 16, atendemos numa lanchonete", "pt"),
    ("con tôi 12t đi phụ bán hàng ở chợ", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), MINOR)
def test_working_minor(text: str, lang: str) -> None:
    assert assess(text, lang).minor, text


NOT_MINOR = [
    # parent's own work next to a child's age
    ("my son is 13, I work nights at the poultry plant, who can watch him?", "en"),
    ("mi hija tiene 15 y va a la escuela, yo trabajo en la planta de pollo de noche", "es"),
    ("my daughter is 16 and doesn't work, she's in school. I clean rooms at a hotel", "en"),
    ("con tôi 14 tuổi đi học, không đi làm. tôi làm ca đêm ở lò mổ", "vi"),
    # adult birth year, past age
    ("I was born in 1994 and I work at the warehouse", "en"),
    ("started at the bakery when i was 16, now i'm 31", "en"),
    # "bắt"/"nó" are not ages or debts
    ("quản lý bắt tụi tui làm thêm, tôi trả nó 20 đô", "vi"),
    # the youngest, a grade of one's child who does not work
    ("soy el mas chico de la cuadrilla, tengo 24", "es"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_MINOR)
def test_not_a_working_minor(text: str, lang: str) -> None:
    assert not assess(text, lang).minor, text


def test_birth_year_reading() -> None:
    # youngest possible age in REFERENCE_YEAR (birthday may not have come yet)
    a = assess(f"born in {REFERENCE_YEAR - 16}, i work at a car wash", "en")
    assert a.minor and a.age == 15
    b = assess(f"born in {REFERENCE_YEAR - 30}, i work at a car wash", "en")
    assert not b.minor and b.age == 29


def test_other_calendars_read_as_the_latest_gregorian_year() -> None:
    # Ethiopian year E overlaps E + 7 and E + 8; Bikram Sambat year B overlaps B - 57 and
    # B - 56: the later one, so the age errs young (towards review), as for {Y}.
    assert _gregorian_birth_year("_ye0", 2003) == 2011
    assert _gregorian_birth_year("_yb12", 2067) == 2011
    assert _gregorian_birth_year("_y3", 2010) == 2010


def test_calendar_macros_capture_their_own_groups() -> None:
    numbers = load("en").numbers
    src = expand("born {YE} or {YB} or {Y}", spaced=True, numbers=numbers, capture=True)
    m = re.search(src, "born 2003 or 2067 or 2010")
    assert m is not None
    assert m.groupdict() == {"_ye0": "2003", "_yb0": "2067", "_y0": "2010"}


THREATS = "intimidation_threats"
WAGES = "withholding_of_wages"
DOCS = "retention_of_identity_documents"
CONFINED = "restriction_of_movement"
VULNERABLE = "abuse_of_vulnerability"
VIOLENCE = "physical_sexual_violence"

FORCED = [
    # conditional threats: refuse / complain / leave -> fired, police, blacklist, sent back
    ("if we complain about the hours he says we can go back to Mexico", "en", THREATS),
    ("he said one call and ICE will be waiting at the bunkhouse", "en", THREATS),
    ("ai từ chối tăng ca là bị đuổi việc", "vi", THREATS),
    ("واللي يشتكي ينطرد فورا", "ar", THREATS),
    ("хто відмовиться, того внесуть у чорний список", "uk", THREATS),
    ("गुनासो गरे ब्ल्याकलिस्टमा हाल्छु भन्छ", "ne", THREATS),
    ("ငြင်းရင် ရဲခေါ်ပြီး ဖမ်းခိုင်းမယ်လို့ ပြောတယ်", "my", THREATS),
    ("ቅሬታ ካቀረብሽ ፖሊስ ጠርቼ አሳስርሻለሁ ይላል", "am", THREATS),
    # pay deferred to season end / forfeited on leaving / "next week"
    ("they pay us all when the season is over, leave early u get nothing", "en", WAGES),
    ("la mitad nos la guardan hasta fin de temporada", "es", WAGES),
    ("два місяці 'наступного тижня заплачу', а поїдеш - нічого не отримаєш", "uk", WAGES),
    ("በሚቀጥለው ወር እከፍላለሁ ይላል፣ ከሄድክ ምንም አታገኝም", "am", WAGES),
    # exploiting status / language
    ("he pays me less bc i dont have papers", "en", VULNERABLE),
    ("vì tui không có giấy tờ nên chủ trả có 6 đô", "vi", VULNERABLE),
    ("عشان ما عندي اقامة بيدفعلي نص الراتب", "ar", VULNERABLE),
    # phone / SIM taken, cut off
    ("they took our sim cards when we arrived", "en", "isolation"),
    ("ስልኳን ወስደውባታል፣ ቤተሰቧን ማግኘት አትችልም", "am", "isolation"),
    ("на фермі зв'язку нема, з місцевими говорити заборонили", "uk", "isolation"),
    # confinement
    ("the gate is locked at 9pm and nobody goes out alone", "en", CONFINED),
    ("الباب يتسكر بالليل والحارس يمشي معنا", "ar", CONFINED),
    ("pasal jana pani malik ko anumati chahinchha", "ne", CONFINED),
    ("a dona da casa nao deixa ela sair de casa", "pt", CONFINED),
    # documents held (possessive noun, other scripts)
    ("the recruiter keeps the girl's passport in his truck", "en", DOCS),
    ("老板扣着我们的护照不给", "zh", DOCS),
    ("ቀጣሪው ፓስፖርቴን ይዞታል", "am", DOCS),
    # promised X, here Y
    ("They said it was a hotel job at $15. Here we are picking tomatoes for $8", "en", "deception"),
    ("Me dijeron que era en un restaurante. Aqui estoy en un rancho", "es", "deception"),
    ("说好是工厂上班，来了让我去餐馆洗碗", "zh", "deception"),
    ("ሞግዚት ነው ብለው አመጡኝ", "am", "deception"),
    # violence, drugs to keep working
    ("o gerente chutou meu amigo no estoque", "pt", VIOLENCE),
    ("tổ trưởng tát em vì làm chậm", "vi", VIOLENCE),
    ("бригадир дає таблетки, щоб ми не спали", "uk", VIOLENCE),
    # deductions that grow a debt
    ("вираховують за житло і дорогу, і я ще й винен залишаюся", "uk", "debt_bondage"),
]


@pytest.mark.parametrize(("text", "lang", "code"), FORCED)
def test_forced_labour_phrasings(text: str, lang: str, code: str) -> None:
    assert code in assess(text, lang).indicators, text


CLEAN = [
    # one long day is not excessive overtime
    ("hôm qua làm 14 tiếng vì kiểm kê, có được trả thêm không", "vi", "excessive_overtime"),
    ("вчора 14 годин працював через ревізію", "uk", "excessive_overtime"),
    # a clock time is not a number of hours
    ("ဟိုတယ်မှာ ည ၁၂ နာရီအထိ အလုပ်လုပ်တယ်", "my", "excessive_overtime"),
    # documents: negated, or at a previous job
    ("कम्पनीले मेरो पासपोर्ट राखेनन्, फोटोकपी मात्र गरे", "ne", DOCS),
    ("အရင် မလေးရှားမှာ အလုပ်လုပ်တုန်းက ပတ်စ်ပို့ သိမ်းထားခဲ့တယ်", "my", DOCS),
    ("ပတ်စ်ပို့ကို မသိမ်းထားဘူး", "my", DOCS),
    # pay held to season end is wages, not documents
    ("chủ giữ lương, hết mùa mới trả", "vi", DOCS),
    # "education" contains the Burmese word for "lie"
    ("သမီးက ပညာသင်နေတယ်", "my", "deception"),
    # "instead of going to school" is not "not allowed to go"
    ("بدل ما يروح المدرسة بيشتغل بمحل", "ar", CONFINED),
]


@pytest.mark.parametrize(("text", "lang", "code"), CLEAN)
def test_traps_stay_clean(text: str, lang: str, code: str) -> None:
    assert code not in assess(text, lang).indicators, text


PARENT_WORK = [
    ("mi hijo de 15 va a la escuela, yo trabajo en la cocina del hotel", "es"),
    ("meu filho tem 14 anos e estuda, eu trabalho na cozinha da fabrica", "pt"),
    ("mi hija tiene 16 y esta en la escuela, la maquina no sirve", "es"),
    ("我儿子14岁，在读初中。我在酒店做清洁，做到半夜", "zh"),
    ("con tôi 15 tuổi đi học, tôi làm phục vụ nhà hàng", "vi"),
    ("my son is 15 and the school gives him a laptop. i work at the plant", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PARENT_WORK)
def test_parent_work_is_not_the_childs(text: str, lang: str) -> None:
    assert not assess(text, lang).minor, text
