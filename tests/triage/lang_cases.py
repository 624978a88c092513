"""Per-language lexicon cases: numbers as words, ages that are not a working minor's, negation,
lookalikes, the forced-labour codes and language detection, each table keyed by language.

Checked by test_languages.py. A sentence sits under the language passed as the hint, which is
not always the language it is written in: those are cross-language traps, marked where they
stand.
"""

from __future__ import annotations

# (text, age): a working minor, and the age the engine must read.
MINOR_AGES: dict[str, list[tuple[str, int]]] = {
    "en": [
        ("im fifteen and i work nights at the chicken plant", 15),
        ("I'm 16 and they put me on the forklift at work", 16),
        ("my brother is 15 n he works the kill floor", 15),
        ("16yo on the baler at my plant, he works every day", 16),
    ],
    "es": [
        ("tengo quince años y trabajo de noche en la planta de pollo", 15),
        ("tngo 15 y trabajo en la panaderia en la revolvedora", 15),
        ("mi hija de dieciseis años trabaja en la empacadora de carne", 16),
        ("mi primo d 14 trabaja en el matadero", 14),
    ],
    "pt": [
        ("tenho quinze anos e trabalho no frigorifico de frango", 15),
        ("eu tenho dezesseis anos, trabalho na padaria na masseira", 16),
        ("meu irmao tem dezessete anos e trabalha na desossa", 17),
        ("tem umas meninas de uns 14 15 anos trabalhando na linha", 14),
    ],
    "fr": [
        ("j'ai quinze ans et je travaille la nuit à l'usine de poulet", 15),
        ("mon frère a dix-sept ans et il travaille sur la ligne de découpe", 17),
        ("jai seize ans je bosse a labattoir", 16),
        ("g 15 ans et je nettoie les machines", 15),
    ],
    "ht": [
        ("mwen gen kenz an e m ap travay nan izin poul la", 15),
        ("ti frè m gen disèt an, l ap travay sou fòklif la", 17),
        ("m gen sèz an m ap travay nan abatwa a", 16),
        ("gen timoun 14, 15 an k ap netwaye machin yo", 14),
    ],
    # Compound number words in both orders, and "N jir" (N-year-old).
    "so": [
        ("waxaan ahay shan iyo toban jir, waxaan ka shaqeeyaa warshadda digaagga", 15),
        ("walaalkay waa toban iyo lix jir, wuxuu ka shaqeeyaa kawaanka habeenkii", 16),
        ("15 jir baan ahay oo waxaan nadiifiyaa mashiinnada", 15),
        ("carruur 13 iyo 14 jir ah ayaa ka shaqeeya line-kayaga", 13),
    ],
    # With and without diacritics, number words, "16t" shorthand.
    "vi": [
        ("tôi mười lăm tuổi, làm ca đêm ở lò mổ gà", 15),
        ("em muoi sau tuoi, dang lam o xuong thit heo", 16),
        ("em năm nay 16 tuổi, đang làm ở nhà máy gà", 16),
        ("em gái tôi 17 tuổi làm ở xưởng chế biến thịt", 17),
        ("thằng nhỏ mới 14t mà làm ca đêm ở xưởng", 14),
    ],
    "ar": [
        # Arabic script, dialects and Arabic-Indic digits.
        ("انا عمري خمستاشر سنة وبشتغل بالمسلخ بالليل", 15),
        ("أنا عندي ١٦ سنة وأعمل في مصنع دجاج", 16),
        ("اخوي عمره ١٤ سنة ويشتغل في مسلخ", 14),
        ("بنت عمي عمرها سبعطعش وتشتغل على خط التقطيع", 17),
        # Arabizi: the digit-letters (3omri, 3andi) must not be read as ages.
        ("3omri 15 sana w bshtghel bel masla5 bel leil", 15),
        ("ana 3andi 16 sene w beshtghel 3al forklift", 16),
        ("ibni 3omro khamsta3sh w byeshtghel bel masna3 bel leil", 15),
    ],
    # Number words (Simplified and Traditional), digits, subject dropped.
    "zh": [
        ("我今年十五岁，在肉厂上夜班", 15),
        ("我才十六，每天在雞肉廠切肉", 16),
        ("今年17岁，在仓库开叉车", 17),
        ("我表弟十四歲，在餐館後面洗碗打工", 14),
        ("厂里有几个十五六岁的孩子在包装车间干活", 15),
    ],
    # Number words and Burmese digits.
    "my": [
        ("ကျွန်တော် အသက် ဆယ့်ငါး နှစ်ပါ။ ကြက်သားစက်ရုံမှာ အလုပ်လုပ်နေတယ်", 15),
        ("ကျွန်မ ၁၆ နှစ်ပါ။ ညဆိုင်း အလုပ်လုပ်ရတယ်", 16),
    ],
    # Number words, Ethiopic numerals, romanised.
    "am": [
        ("እኔ አስራ አምስት ዓመቴ ነው። በስጋ ፋብሪካ እሰራለሁ", 15),
        ("ወንድሜ ፲፮ ዓመቱ ነው። መጋዘን ውስጥ ፎርክሊፍት ይሰራል", 16),
        ("ene 16 ametie new, doro factory wist eseralehu", 16),
    ],
    # Inflected number words, apostrophe variants, Russian spelling.
    "uk": [
        ("мені п’ятнадцять років, працюю на м'ясокомбінаті вночі", 15),
        ("Мені пятнадцять, працюю на складі", 15),
        ("мне шестнадцать лет, работаю на птицефабрике", 16),
        ("моя сестра, сімнадцять років, працює на фабриці", 17),
    ],
    # Devanagari words and digits, romanised.
    "ne": [
        ("म पन्ध्र वर्षको हुँ, मासु कारखानामा काम गर्छु", 15),
        ("मेरो भाइ १६ वर्षको छ, फ्याक्ट्रीमा काम गर्छ", 16),
        ("mero umer 15 barsa, chicken factory ma kaam garchhu", 15),
        ("ma sorha barsa ko hun, raati shift ma kaam garchhu", 16),
    ],
}

# Numbers that are not a working minor's age: years of experience or in the country, an age
# in the past with an adult age now, a child in school who does not work while the writer
# does, "I'm the youngest", and counts, hours and money.
AGE_TRAPS: dict[str, list[str]] = {
    "en": [
        "I have 15 years of experience as a butcher",
        "my son is 16 and in school, he doesn't work. I work days",
        "I started here when I was 17, now I'm 30",
        "im 17 weeks pregnant and they keep putting me on heavy lifting",
    ],
    "es": [
        "tengo 16 años d experiencia como panadero",
        "mi hijo tiene 16 y esta en la escuela, no trabaja. yo trabajo en la panaderia",
        "empece a trabajar aqui a los 17, ahorita tengo 34",
        "tengo 15 años trabajando en esta planta",
    ],
    "pt": [
        "tenho 15 anos de experiencia como padeiro",
        "tenho 16 anos de casa nessa fabrica e quero aumento",
        "comecei aqui com 17 anos, hoje tenho 30",
        "quando eu tinha 16 trabalhava na roça, agora tenho 28 e trabalho na fabrica",
        "minha filha tem 16 anos e estuda, nao trabalha. eu trabalho na fabrica",
        "sou o mais novo da equipe, tenho 22 anos e trabalho no frigorifico",
        "tenho 2 filhos e trabalho na planta de carne",
    ],
    "fr": [
        "j'ai 17 ans d'expérience comme boucher au pays",
        "j'ai commencé à 16 ans, maintenant j'ai 30",
        "quand j'avais 17 ans je travaillais au pays, maintenant j'ai 29 ans",
        "ma fille a 16 ans et va au lycée, elle ne travaille pas. moi je travaille à l'usine",
        "je suis le plus jeune de l'équipe, j'ai 22 ans et je travaille à l'abattoir",
        "j'ai 3 enfants et je travaille à l'abattoir",
    ],
    "ht": [
        "m gen 15 an eksperyans nan travay pen",
        "sa fè 16 an m ap travay nan faktori sa a",
        "m te kòmanse travay a 16 an, kounye a m gen 30 an",
        "lè m te gen 17 an m te travay ann Ayiti, kounye a m gen 28",
        "pitit gason m gen 15 an, l ap ale lekòl, li pa travay. m travay nan izin nan",
        "m se pi piti nan ekip la, m gen 22 an, m ap travay nan abatwa a",
        "m gen 2 pitit e m travay nan izin vyann",
        # English under a Creole hint: "15 an hour" is not "15 an" (15 years).
        "I get paid 15 an hour at the chicken plant, my son works there too",
    ],
    "so": [
        "waxaan haystaa 15 sano oo khibrad ah oo hilib jarid ah",
        "markaan ahaa 17 ayaan halkan ka bilaabay, hadda waxaan ahay 30",
        (
            "gabadhayda waa 16 jir, dugsiga sare ayay dhigataa, ma shaqeyso. "
            "aniga waxaan ka shaqeeyaa hilibka"
        ),
        "waxaan ahay kan ugu da'da yar shaqada, 25 jir baan ahay",
        "waxaan shaqeeyaa 16 saacadood maalintii",
    ],
    "vi": [
        "tôi có 15 năm kinh nghiệm làm ở lò mổ",
        "hồi 17 tuổi tôi đã đi làm ở đây, giờ tôi 35 tuổi",
        "con gái tôi 15 tuổi còn đi học, không đi làm. tôi làm ở kho hàng ca ngày",
        "tôi là út trong nhà, năm nay 24 tuổi, làm ở nhà máy",
        "em làm 16 tiếng mỗi ngày, lương 15 đô",
    ],
    "ar": [
        "عندي ١٥ سنة خبرة بالذبح",
        "أنا من ١٦ سنة بهالبلد وبشتغل بنفس المصنع",
        "3andi 15 sana khebra bel masla5",
        "بلشت اشتغل هون لما كان عمري ١٧، هلق عمري ٣٢",
        "ابني عمره ١٦ وهو بالمدرسة وما بيشتغل. انا بشتغل بالمسلخ",
        "ibni 3omro 17 bel madrase, ma byeshtghel. ana bshtghel bel masna3",
        "انا اصغر واحد بالشغل وعمري ٢٤",
        "نشتغل ١٦ ساعة باليوم بـ ١٥ دولار",
    ],
    "zh": [
        "我在这个肉厂做了十五年了，想问退休金",
        "我喺呢間廠做咗16年",
        "我17岁来的美国，现在35了，在工厂上班",
        "我是厂里年纪最小的，老板对我很好",
        "我儿子16岁在上高中，我在肉厂上班",
    ],
    "my": [
        "ကျွန်တော် ဒီစက်ရုံမှာ ဆယ့်ငါး နှစ် လုပ်ခဲ့ပြီ",
    ],
    "am": [
        "በዚህ ፋብሪካ አስራ አምስት ዓመት ሰርቻለሁ",
        "በአስራ ሰባት ዓመቴ ስራ ጀመርኩ፣ አሁን 30 ዓመቴ ነው",
        "ልጄ 16 ዓመቱ ነው ትምህርት ቤት ይማራል። እኔ ፋብሪካ ውስጥ እሰራለሁ",
    ],
    "uk": [
        "маю 15 років досвіду на м'ясокомбінаті",
        "мені було 17, коли я почала працювати, зараз 30",
        "я наймолодша на зміні, але мені 25",
        "мій син 16 років ходить до школи, я працюю на фабриці",
    ],
    "ne": [
        "ma yo factory ma 15 barsa dekhi kaam garchhu",
        "म यो कम्पनीमा पन्ध्र वर्षदेखि काम गर्छु",
        "ma 16 barsa ko hunda Malaysia ma kaam garthe, ahile 32 barsa",
        "मेरो छोरा १६ वर्षको छ, स्कुल पढ्छ। म फ्याक्ट्रीमा काम गर्छु",
    ],
}

# (text, code): a code the engine must not raise, because the sentence denies it or only
# looks like it.
NOT_RAISED: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("they did NOT take my passport, i have it", "retention_of_identity_documents"),
        ("no one took my passport or anything like that", "retention_of_identity_documents"),
    ],
    "es": [
        ("no me quitaron los papeles, los tengo yo", "retention_of_identity_documents"),
        ("el supervisor nunca me pego", "physical_sexual_violence"),
        # A Spanish "golpe" (a blow) is not a Portuguese "golpe" (a scam).
        ("me pego en la cara, tengo foto del golpe", "deception"),
    ],
    "pt": [
        ("nao pegaram meus documentos, ta tudo comigo", "retention_of_identity_documents"),
        ("o supervisor nunca bateu em ninguem", "physical_sexual_violence"),
        ("ninguem tranca a gente, a gente sai quando quer", "restriction_of_movement"),
        # A photocopy with the original handed back is not retention.
        (
            "a agencia tirou copia do meu passaporte e devolveu na hora",
            "retention_of_identity_documents",
        ),
        # Ordinary grievances.
        (
            "meu cheque atrasou essa semana, o RH disse que cai na segunda",
            "withholding_of_wages",
        ),
        (
            "o portao fica trancado a noite por seguranca, eu trabalho de dia",
            "night_or_school_hours",
        ),
    ],
    "fr": [
        ("ils n'ont pas pris mon passeport", "retention_of_identity_documents"),
        ("le chef ne m'a jamais frappé", "physical_sexual_violence"),
        ("le chef n'a jamais touché à personne, il crie beaucoup", "withholding_of_wages"),
        (
            "ils ont fait une photocopie de mon passeport et me l'ont rendu",
            "retention_of_identity_documents",
        ),
        ("on m'a dit que si je quitte avant 6 mois je dois rembourser", "deception"),
    ],
    "ht": [
        ("yo pa pran paspò m", "retention_of_identity_documents"),
        ("sipèvizè a pa janm frape m", "physical_sexual_violence"),
        ("yo pa janm pran telefòn nou", "isolation"),
        ("yo fè fotokopi paspò m epi yo remèt li ban mwen", "retention_of_identity_documents"),
        ("li fèmen pòt la lannwit, nou travay lajounen", "night_or_school_hours"),
    ],
    "so": [
        ("baasaboorkayga ma qaadan, waan haystaa", "retention_of_identity_documents"),
        ("supervisor-ka weligiis ima garaacin", "physical_sexual_violence"),
        ("waxaan ka shaqeeyaa warshad, lacagta waa la i siiyay", "withholding_of_wages"),
    ],
    "vi": [
        ("chủ không giữ hộ chiếu của tụi em", "retention_of_identity_documents"),
        ("ông quản lý chưa bao giờ đánh tụi em", "physical_sexual_violence"),
        ("ko ai lay dien thoai cua tui em het", "isolation"),
    ],
    "ar": [
        ("المدير ما اخد جوازي، هو معي", "retention_of_identity_documents"),
        ("المشرف عمره ما ضربني", "physical_sexual_violence"),
        ("el modir ma a5ad el basbor taba3i", "retention_of_identity_documents"),
        ("they made a copy; اخدوا صورة عن الجواز ورجعوه", "retention_of_identity_documents"),
    ],
    "zh": [
        ("他们没有拿走我的护照，护照在我自己手里", "retention_of_identity_documents"),
        ("主管從來沒打過我", "physical_sexual_violence"),
    ],
    "my": [
        ("ပတ်စ်ပို့ကို မသိမ်းထားဘူး", "retention_of_identity_documents"),
    ],
    "am": [
        ("ኤጀንሲው ፓስፖርቴን አልወሰደም", "retention_of_identity_documents"),
    ],
    "uk": [
        ("агенція не забирала наші паспорти", "retention_of_identity_documents"),
        ("бригадир ніколи мене не бив", "physical_sexual_violence"),
    ],
    "ne": [
        ("कम्पनीले मेरो पासपोर्ट राखेको छैन", "retention_of_identity_documents"),
        ("malik le passport khoseko chhaina", "retention_of_identity_documents"),
    ],
}

# (text, code): a code the engine must raise.
RAISED: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("the contractor keeps our passports in his office", "retention_of_identity_documents"),
        ("they lock us in the bunkhouse at night", "restriction_of_movement"),
    ],
    "es": [
        ("el patron se quedo con mi pasaporte", "retention_of_identity_documents"),
        ("no nos dejan salir de la casa", "restriction_of_movement"),
        ("el encargado nos quita los celulares", "isolation"),
        ("le debo al coyote 9 mil", "debt_bondage"),
        ("si no dobla turno lo corren", "intimidation_threats"),
    ],
    "pt": [
        ("o patrao pegou meu passaporte e nao devolve", "retention_of_identity_documents"),
        ("nao pagam a gente faz 3 semanas", "withholding_of_wages"),
        ("eles retem o salario ate o fim da temporada", "withholding_of_wages"),
        ("se reclamar ele manda a gente embora", "intimidation_threats"),
        ("devo 5 mil pro coiote e ele desconta do salario", "debt_bondage"),
        ("nao deixam a gente ir ao banheiro", "abusive_working_living_conditions"),
        ("o supervisor passou a mao na minha colega", "physical_sexual_violence"),
        ("vc sabe q eles pegaram nossos celulares? n podemos falar com a familia", "isolation"),
    ],
    "fr": [
        ("ils gardent notre paie jusqu'à la fin du contrat", "withholding_of_wages"),
        ("on n'est payé qu'à la fin de la saison", "withholding_of_wages"),
        ("ils nous paient pas depuis 3 semaines", "withholding_of_wages"),
        (
            "on n'a pas de gants et les produits chimiques brulent les mains",
            "abusive_working_living_conditions",
        ),
        ("on travaille 7j/7 sans repos", "excessive_overtime"),
        (
            "le patron m'a touché et m'a dit de me taire sinon je perds mon boulot",
            "intimidation_threats",
        ),
        ("on est enfermés dans le dortoir la nuit", "restriction_of_movement"),
    ],
    "ht": [
        ("yo pa peye m depi 3 semèn", "withholding_of_wages"),
        ("yo poko peye nou pou 3 semèn", "withholding_of_wages"),
        ("nou travay 16è pa jou nan izin nan", "excessive_overtime"),
        ("bòs la pran paspò nou e li pa vle remèt nou yo", "retention_of_identity_documents"),
        ("si w plenyen yo revoke w", "intimidation_threats"),
        ("m dwe koyòt la $5000", "debt_bondage"),
        ("yo te di nou se travay nan jaden, lè nou rive se nan abatwa kochon", "deception"),
    ],
    "so": [
        ("maamulaha ayaa baasaboorkeyga haya", "retention_of_identity_documents"),
        ("supervisor-ka ayaa i garaacay", "physical_sexual_violence"),
        ("saddex bilood lacag lama na siin", "withholding_of_wages"),
        ("taleefannadii ayay naga qaateen", "isolation"),
        ("nama oggola inaan dibadda u baxno", "restriction_of_movement"),
        ("haddii aad cabato waxaan u wacayaa socdaalka", "intimidation_threats"),
        ("deyn baan ku leeyahay, tahriibiyaha ayaan lacag ku leeyahay", "debt_bondage"),
    ],
    "vi": [
        ("quản lý giữ hộ chiếu của tụi em", "retention_of_identity_documents"),
        ("ko duoc nghi ngay nao, lam 7 ngay 1 tuan", "excessive_overtime"),
        ("tụi em nợ môi giới 20 ngàn đô phải làm trả nợ", "debt_bondage"),
        ("ổng nói ai báo cáo thì gọi di trú", "intimidation_threats"),
        ("khong duoc ra ngoai, cua bi khoa", "restriction_of_movement"),
    ],
    "ar": [
        ("الكفيل ماخذ جوازاتنا ومش راضي يرجعها", "retention_of_identity_documents"),
        ("اخدوا منا الموبايلات وما بيخلونا نحكي مع اهلنا", "isolation"),
        ("قالولنا اذا اشتكيتوا رح نتصل بالهجرة", "intimidation_threats"),
        ("ما قبضنا راتب من شهرين", "withholding_of_wages"),
        ("نشتغل شفتين كل يوم ومافي يوم راحة", "excessive_overtime"),
        ("علينا دين للمكتب ٥٠٠٠ دولار", "debt_bondage"),
        ("el modir 5ad el basbor taba3na w mesh rady yraj3o", "retention_of_identity_documents"),
        ("ma 2abadna ma3ash men shahrein", "withholding_of_wages"),
    ],
    "zh": [
        ("中介把我們的護照扣了，說做完合同才還", "retention_of_identity_documents"),
        ("老板三个月没发工资了", "withholding_of_wages"),
        ("工头说不干就叫移民局来抓我们", "intimidation_threats"),
    ],
    "my": [
        ("ကုမ္ပဏီက ပတ်စ်ပို့ကို သိမ်းထားတယ်", "retention_of_identity_documents"),
        ("လစာ နှစ်လ မပေးသေးဘူး", "withholding_of_wages"),
    ],
    "am": [
        ("ደላላው ፓስፖርቴን ወሰደ", "retention_of_identity_documents"),
        ("ሶስት ወር ደሞዝ አልከፈሉኝም", "withholding_of_wages"),
    ],
    "uk": [
        ("агенція забрала паспорт і не віддає", "retention_of_identity_documents"),
        ("бригадир погрожує викликати імміграційну службу", "intimidation_threats"),
    ],
    "ne": [
        ("malik le mero passport khosyo", "retention_of_identity_documents"),
        ("dui mahina dekhi talab diyena", "withholding_of_wages"),
        ("म्यानपावरको ऋण तिर्न बाँकी छ", "debt_bondage"),
    ],
}

# Neither a minor nor any code: words that fold onto a lexicon entry of another meaning.
NO_FALSE_ALARMS: dict[str, list[str]] = {
    # Spanish "no le" is not Vietnamese "nô lệ".
    "es": ["la compañia no le quiere pagar la terapia"],
    # Folded homographs: cả/ca, dưới/đuổi, nó/nợ.
    "vi": [
        "cả ba đứa đều đi học",
        "tôi dưới 30 tuổi, hỏi về bảo hiểm",
        "trả nó 10 đô tiền xăng",
    ],
    # Arabizi "3am" (uncle / progressive) is not 3 am.
    "ar": ["ya 3am el modir bye7ki ma3na bel 3arabi"],
}

# Text detected as this language without a hint.
DETECTED: dict[str, list[str]] = {
    "en": ["the boss is keeping my passport in the office"],
    "es": ["el patron se quedo con mi pasaporte y no me lo quiere dar"],
    # Creole must not swallow the French and Portuguese it borrows from, nor they it.
    "pt": ["o patrao pegou nossos passaportes e nao paga a gente"],
    "fr": ["ils ont pris nos passeports et nous paient pas"],
    "ht": [
        "yo pran paspò m",
        "bòs la pa peye nou depi 2 mwa",
        "m gen 16 an m ap travay nan izin poul la lannwit",
    ],
    # Detected by script.
    "zh": ["我今年十五岁，在肉厂上夜班"],
    "uk": ["мені п'ятнадцять років, працюю вночі"],
}

# (text, flag): evidence offsets must point into the text as written (accents, diacritics,
# Arabic harakat), checked on a text that raises `flag`: "minor" or an indicator code.
EVIDENCE_OFFSETS: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Él tiene mi PASAPORTE y mi identificación en su oficina",
            "retention_of_identity_documents",
        ),
    ],
    "ht": [
        ("Sipèvizè a pran PASPÒ nou e li pa vle remèt nou yo", "retention_of_identity_documents"),
    ],
    "vi": [("Em gái tôi 17 tuổi làm ở nhà máy gà, bị ông quản lý sờ soạng", "minor")],
    "ar": [("أخوي عُمره ١٥ سنة ويشتغل في مَسلخ الدجاج بالليل", "minor")],
}
