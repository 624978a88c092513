"""Somali, Vietnamese and Arabic (script and Arabizi): numbers as words, negation, traps."""

from __future__ import annotations

import pytest

from triage import assess


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        # Somali: compound number words, both orders, and "N jir" (N-year-old).
        ("waxaan ahay shan iyo toban jir, waxaan ka shaqeeyaa warshadda digaagga", "so", 15),
        ("walaalkay waa toban iyo lix jir, wuxuu ka shaqeeyaa kawaanka habeenkii", "so", 16),
        ("15 jir baan ahay oo waxaan nadiifiyaa mashiinnada", "so", 15),
        ("carruur 13 iyo 14 jir ah ayaa ka shaqeeya line-kayaga", "so", 13),
        # Vietnamese: with and without diacritics, number words, "16t" shorthand.
        ("tôi mười lăm tuổi, làm ca đêm ở lò mổ gà", "vi", 15),
        ("em muoi sau tuoi, dang lam o xuong thit heo", "vi", 16),
        ("em năm nay 16 tuổi, đang làm ở nhà máy gà", "vi", 16),
        ("em gái tôi 17 tuổi làm ở xưởng chế biến thịt", "vi", 17),
        ("thằng nhỏ mới 14t mà làm ca đêm ở xưởng", "vi", 14),
        # Arabic script, dialects and Arabic-Indic digits.
        ("انا عمري خمستاشر سنة وبشتغل بالمسلخ بالليل", "ar", 15),
        ("أنا عندي ١٦ سنة وأعمل في مصنع دجاج", "ar", 16),
        ("اخوي عمره ١٤ سنة ويشتغل في مسلخ", "ar", 14),
        ("بنت عمي عمرها سبعطعش وتشتغل على خط التقطيع", "ar", 17),
        # Arabizi: the digit-letters (3omri, 3andi) must not be read as ages.
        ("3omri 15 sana w bshtghel bel masla5 bel leil", "ar", 15),
        ("ana 3andi 16 sene w beshtghel 3al forklift", "ar", 16),
        ("ibni 3omro khamsta3sh w byeshtghel bel masna3 bel leil", "ar", 15),
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
        # Years of experience / in the country.
        ("waxaan haystaa 15 sano oo khibrad ah oo hilib jarid ah", "so"),
        ("tôi có 15 năm kinh nghiệm làm ở lò mổ", "vi"),
        ("عندي ١٥ سنة خبرة بالذبح", "ar"),
        ("أنا من ١٦ سنة بهالبلد وبشتغل بنفس المصنع", "ar"),
        ("3andi 15 sana khebra bel masla5", "ar"),
        # An age in the past, adult now.
        ("markaan ahaa 17 ayaan halkan ka bilaabay, hadda waxaan ahay 30", "so"),
        ("hồi 17 tuổi tôi đã đi làm ở đây, giờ tôi 35 tuổi", "vi"),
        ("بلشت اشتغل هون لما كان عمري ١٧، هلق عمري ٣٢", "ar"),
        # A child in school who does not work; the writer works.
        (
            "gabadhayda waa 16 jir, dugsiga sare ayay dhigataa, ma shaqeyso. "
            "aniga waxaan ka shaqeeyaa hilibka",
            "so",
        ),
        ("con gái tôi 15 tuổi còn đi học, không đi làm. tôi làm ở kho hàng ca ngày", "vi"),
        ("ابني عمره ١٦ وهو بالمدرسة وما بيشتغل. انا بشتغل بالمسلخ", "ar"),
        ("ibni 3omro 17 bel madrase, ma byeshtghel. ana bshtghel bel masna3", "ar"),
        # "I'm the youngest", with an adult age.
        ("waxaan ahay kan ugu da'da yar shaqada, 25 jir baan ahay", "so"),
        ("tôi là út trong nhà, năm nay 24 tuổi, làm ở nhà máy", "vi"),
        ("انا اصغر واحد بالشغل وعمري ٢٤", "ar"),
        # Hours, money and times are not ages.
        ("waxaan shaqeeyaa 16 saacadood maalintii", "so"),
        ("em làm 16 tiếng mỗi ngày, lương 15 đô", "vi"),
        ("نشتغل ١٦ ساعة باليوم بـ ١٥ دولار", "ar"),
    ],
)
def test_age_traps(text: str, lang: str) -> None:
    assert not assess(text, lang).minor


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("baasaboorkayga ma qaadan, waan haystaa", "so", "retention_of_identity_documents"),
        ("supervisor-ka weligiis ima garaacin", "so", "physical_sexual_violence"),
        ("waxaan ka shaqeeyaa warshad, lacagta waa la i siiyay", "so", "withholding_of_wages"),
        ("chủ không giữ hộ chiếu của tụi em", "vi", "retention_of_identity_documents"),
        ("ông quản lý chưa bao giờ đánh tụi em", "vi", "physical_sexual_violence"),
        ("ko ai lay dien thoai cua tui em het", "vi", "isolation"),
        ("المدير ما اخد جوازي، هو معي", "ar", "retention_of_identity_documents"),
        ("المشرف عمره ما ضربني", "ar", "physical_sexual_violence"),
        ("el modir ma a5ad el basbor taba3i", "ar", "retention_of_identity_documents"),
        # A photocopy kept for the file is not retention.
        ("they made a copy; اخدوا صورة عن الجواز ورجعوه", "ar", "retention_of_identity_documents"),
    ],
)
def test_negation(text: str, lang: str, code: str) -> None:
    assert code not in assess(text, lang).indicators


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("maamulaha ayaa baasaboorkeyga haya", "so", "retention_of_identity_documents"),
        ("supervisor-ka ayaa i garaacay", "so", "physical_sexual_violence"),
        ("saddex bilood lacag lama na siin", "so", "withholding_of_wages"),
        ("taleefannadii ayay naga qaateen", "so", "isolation"),
        ("nama oggola inaan dibadda u baxno", "so", "restriction_of_movement"),
        ("haddii aad cabato waxaan u wacayaa socdaalka", "so", "intimidation_threats"),
        ("deyn baan ku leeyahay, tahriibiyaha ayaan lacag ku leeyahay", "so", "debt_bondage"),
        ("quản lý giữ hộ chiếu của tụi em", "vi", "retention_of_identity_documents"),
        ("ko duoc nghi ngay nao, lam 7 ngay 1 tuan", "vi", "excessive_overtime"),
        ("tụi em nợ môi giới 20 ngàn đô phải làm trả nợ", "vi", "debt_bondage"),
        ("ổng nói ai báo cáo thì gọi di trú", "vi", "intimidation_threats"),
        ("khong duoc ra ngoai, cua bi khoa", "vi", "restriction_of_movement"),
        ("الكفيل ماخذ جوازاتنا ومش راضي يرجعها", "ar", "retention_of_identity_documents"),
        ("اخدوا منا الموبايلات وما بيخلونا نحكي مع اهلنا", "ar", "isolation"),
        ("قالولنا اذا اشتكيتوا رح نتصل بالهجرة", "ar", "intimidation_threats"),
        ("ما قبضنا راتب من شهرين", "ar", "withholding_of_wages"),
        ("نشتغل شفتين كل يوم ومافي يوم راحة", "ar", "excessive_overtime"),
        ("علينا دين للمكتب ٥٠٠٠ دولار", "ar", "debt_bondage"),
        (
            "el modir 5ad el basbor taba3na w mesh rady yraj3o",
            "ar",
            "retention_of_identity_documents",
        ),
        ("ma 2abadna ma3ash men shahrein", "ar", "withholding_of_wages"),
    ],
)
def test_indicators(text: str, lang: str, code: str) -> None:
    assert code in assess(text, lang).indicators


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Vietnamese folded homographs: cả/ca, dưới/đuổi, nó/nợ must not fire.
        ("cả ba đứa đều đi học", "vi"),
        ("tôi dưới 30 tuổi, hỏi về bảo hiểm", "vi"),
        ("trả nó 10 đô tiền xăng", "vi"),
        # Arabizi "3am" (uncle / progressive) is not 3 am.
        ("ya 3am el modir bye7ki ma3na bel 3arabi", "ar"),
        # Spanish "no le" is not Vietnamese "nô lệ".
        ("la compañia no le quiere pagar la terapia", "es"),
    ],
)
def test_no_false_alarm(text: str, lang: str) -> None:
    result = assess(text, lang)
    assert not result.minor
    assert not result.indicators


def test_evidence_offsets_point_into_original_text() -> None:
    for text, lang in [
        ("Em gái tôi 17 tuổi làm ở nhà máy gà, bị ông quản lý sờ soạng", "vi"),
        ("أخوي عُمره ١٥ سنة ويشتغل في مَسلخ الدجاج بالليل", "ar"),
    ]:
        result = assess(text, lang)
        assert result.minor
        for ev in result.evidence:
            assert text[ev.start : ev.end] == ev.text
