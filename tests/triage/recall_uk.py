"""Ukrainian recall cases: grades, ages of relatives, number words, forced labour.

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    (
        "я в 9 класі і працюю вночі на курячій фабриці",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    (
        "я ще вчуся в школі, після уроків мию обладнання на м'ясокомбінаті",
        True,
        ("hazardous_work",),
    ),
    ("я неповнолітній, а мене поставили на навантажувач", True, ("hazardous_work",)),
    ("там діти по 13 років працюють на лінії на м'ясокомбінаті", True, ("hazardous_work",)),
    ("моєму двоюрідному брату шістнацять років, працює на бійні", True, ("hazardous_work",)),
    ("сестра пакує м'ясо на заводі, їй лише 15", True, ("hazardous_work",)),
    (
        "вони найняли неповнолітніх у нічну зміну на бійні прибирати",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("мій братик працює на обвалці, йому чотирнадцять", True, ("hazardous_work",)),
    ("бригадир забрав наші телефони, не можемо подзвонити рідним", False, ("isolation",)),
    (
        "жодного зв'язку з ким-небудь ззовні, заборонено розмовляти з іншими працівниками",
        False,
        ("isolation",),
    ),
    (
        "керівник сказав, що викличе міграційну службу, якщо ми поскаржимось",
        False,
        ("intimidation_threats",),
    ),
    ("він сказав, що з моєю сім'єю щось станеться, якщо я піду", False, ("intimidation_threats",)),
    (
        "хто скаржиться, того звільняють, і роботи в цьому районі вже не знайде",
        False,
        ("intimidation_threats",),
    ),
    ("нам платять менше, бо в нас немає документів", False, ("abuse_of_vulnerability",)),
    ("він знає, що нам нікуди йти", False, ("abuse_of_vulnerability",)),
    (
        "не можемо вийти з гуртожитку, ворота на ніч замикають, і є охорона",
        False,
        ("restriction_of_movement",),
    ),
    ("виходимо тільки в супроводі бригадира", False, ("restriction_of_movement",)),
    ("зарплату платять лише в кінці сезону", False, ("withholding_of_wages",)),
    ("начальник щотижня забирає частину нашої зарплати", False, ("withholding_of_wages",)),
    ("нам не платять вже три місяці", False, ("withholding_of_wages",)),
    # "має N", "нам по N", "next year 18", classmates, side jobs, transliteration.
    ("Син уже має шістнадцять, він працює на складі", True, ()),
    ("Ми з другом однокласники, нам по 15, підробляємо на мийці машин", True, ()),
    ("Доньці наступного року буде 18, зараз працює офіціанткою", True, ()),
    (
        "meni 16, pracyuyu na budovi, nihto ne daje kasky",
        True,
        ("abusive_working_living_conditions",),
    ),
    ("sestra nepovnolitnja, jij 15, pracjuje v kafe", True, ()),
    ("Племінниці ще немає 18, її влаштували на птахофабрику", True, ("hazardous_work",)),
    # Vulnerability, threats to family, documents in a safe, injuries, harassment.
    ("Бригадир каже: куди ви дінетесь без документів", False, ("abuse_of_vulnerability",)),
    ("У мене закінчилась віза, і хазяїн цим користується", False, ("abuse_of_vulnerability",)),
    ("Він сказав, що знає, де у Львові живуть мої діти", False, ("intimidation_threats",)),
    ("Паспорти лежать у сейфі, щоб ніхто не втік", False, ("retention_of_identity_documents",)),
    (
        "Порізав руку, а майстер не пустив до лікаря і сказав працювати далі",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("Старший зміни постійно лізе до мене і хапає за талію", False, ("physical_sexual_violence",)),
    ("samym vyhodyty ne mozhna, dveri zamykayut na nich", False, ("restriction_of_movement",)),
    ("Я працюю на кухні і телефон у мене забрали ще в перший день", False, ("isolation",)),
    (
        "Син в 10 класі, працює в піцерії, закривається о пів на дванадцяту",
        True,
        ("night_or_school_hours",),
    ),
    # tune3 families: will turn N, real age vs borrowed papers, local-calendar birth years,
    # grade words, third-person job verbs, threat/withholding/debt/isolation phrasings
    ("Мені насправді 15, а в документах 18. Працюю на складі", True, ()),
    ("Донька 2011 року народження, працює в кафе офіціанткою", True, ()),
    ("мені 14, після школи сортую посилки на складі", True, ()),
    ("брат 15 років, работає на шиномонтажі, подає колеса", True, ()),
    ("Племінник, 16 років, допомагає на фермі, годує телят", True, ()),
    ("Син 16 років обрізає дерева бензопилою у сусіда", True, ("hazardous_work",)),
    ("Бригадир сказав: підеш — подзвоню в поліцію", False, ("intimidation_threats",)),
    ("Маємо віддати агенту гроші за квитки, тому працюємо без оплати", False, ("debt_bondage",)),
    ("У кімнаті нас живе 12 чоловік", False, ("abusive_working_living_conditions",)),
    ("Живемо в бараку без світла і води", False, ("abusive_working_living_conditions",)),
    ("До найближчого села 40 км, нас нікуди не возять", False, ("isolation",)),
    # tune4 families (general phrasings, own sentences)
    ("Агент обіщав роботу на складі за 15 євро, а тут дають 7", False, ("deception",)),
    (
        "казали, що буде житло безкоштовно, а тут вираховують з зарплати за ліжко",
        False,
        ("deception",),
    ),
    ("Ворота в таборі на ніч замикають ззовні", False, ("restriction_of_movement",)),
    ("з ферми вийти не можна без бригадира", False, ("restriction_of_movement",)),
    ("Живемо вдесятьох у вагончику біля цеху", False, ("abusive_working_living_conditions",)),
    ("Мій брат на фермі доїть корів, а йому 18 виповниться тільки восени", True, ()),
    ("сину 16, влітку миє машини на автомийці з 10 до 3, це законно?", True, ()),
    # tune5 families: leaving means losing pay; transliterated night hours and debt; working
    # off in every person; roofs/demolition as objects; pay promised for the season's end.
    ("сказали: якщо підеш до кінця сезону, нічого не отримаєш", False, ("withholding_of_wages",)),
    ("vin kazhe yakshcho pidesh to nichogo ne otrymayesh", False, ("withholding_of_wages",)),
    ("обіцяють заплатити все після збору врожаю", False, ("withholding_of_wages",)),
    ("moja sestra 14 rokiv pracjuje v kafe do 11 vechora", True, ("night_or_school_hours",)),
    ("borg za kvytok 2500, vin kazhe shche vysyt 1000", False, ("debt_bondage",)),
    ("я вже віддав 5000, а він каже ще висить 2000", False, ("debt_bondage",)),
    ("бригадир сказав що ми відпрацюємо за переліт", False, ("debt_bondage",)),
    ("поки не отработаешь за билет, никуда не поедешь", False, ("debt_bondage",)),
    ("мій брат, йому 15, кладе дахи з бригадою", True, ("hazardous_work",)),
    ("розбираємо старі будинки після пожежі", False, ("hazardous_work",)),
    # tune6 families: "turns N / will be N" read as N-1 (a birthday to come); 18 to come is
    # a minor cue
    ("Наступного тижня мені виповниться 15, а я вже пакую коробки на складі", True, ()),
    ("брату в травні буде 16, він миє посуд у кафе", True, ()),
    ("cherez dva misyatsi meni bude 17, pratsyuyu na budovi", True, ()),
    ("За пів року мені стукне 18, зараз працюю вантажником", True, ()),
    # 16 next month = 15 now: no work after 7 pm
    (
        "Мені в березні буде 16, працюю касиркою в супермаркеті до 21:00",
        True,
        ("night_or_school_hours",),
    ),
    ("Сину скоро 16, він миє посуд у піцерії до 22:00", True, ("night_or_school_hours",)),
    ("meni v lypni bude 16, pratsyuyu v kafe vvecheri", True, ("night_or_school_hours",)),
    # surzhyk year unit "лєт"
    ("племяннику 15 лєт, він грузить ящики на базарі", True, ()),
    ("мені 16 лєт, работаю на мийці", True, ()),
    # a job title or a workplace tells that someone else works
    ("Донька, 16 років, касирка на заправці", True, ()),
    ("сестрі 17, тепер кур'єр у доставці", True, ()),
    ("Синові моєї куми 15 лєт, а він тепер на пилорамі", True, ("hazardous_work",)),
    # daytime hours of a 14-15 year old that end after 7 pm
    ("мені 14, працюю у кав'ярні з 12 до 21", True, ("night_or_school_hours",)),
    ("синові 16, розносить газети з 10 ранку до 2 дня", True, ()),
    # transliterated ages as words
    ("meni pyatnadtsiat, pratsiuiu v kafe na kukhni", True, ()),
    (
        "sestri shistnadtsyat, vona pratsyuye v magazyni do 11 vechora",
        True,
        ("night_or_school_hours",),
    ),
    # promised vs actual pay (transliterated), crowded housing, no water
    ("obitsialy 900 evro na misiats, a platiat 500", False, ("deception",)),
    ("skazaly bude okremyi budynok, a tut zhyvemo v garazhi", False, ("deception",)),
    ("spymo v kontejneri po 9 cholovik", False, ("abusive_working_living_conditions",)),
    ("na poli tualetu nemaye i vody ne dayut", False, ("abusive_working_living_conditions",)),
    ("Живемо в бараці по дванадцять чоловік", False, ("abusive_working_living_conditions",)),
    # guarded transport, leaving forbidden with a place in between
    ("На поле й назад нас везуть під конвоєм бригадира", False, ("restriction_of_movement",)),
    ("Виходити за ворота табору нам заборонено", False, ("restriction_of_movement",)),
    ("vodyat na fabryku tilky z okhoronoyu", False, ("restriction_of_movement",)),
    # debts: deductions in any form, owing a person, working off the trip
    ("щомісяця вираховує за квартиру і квиток, а я ще винна йому", False, ("debt_bondage",)),
    ("Хазяїн каже, що я йому должна ще за візу", False, ("debt_bondage",)),
    ("сказали, доки не відпрацюємо переліт, грошей не буде", False, ("debt_bondage",)),
    # documents held by the recruiter or the acquaintance who brought them
    (
        "Паспорт досі у вербувальника, а він не відповідає",
        False,
        ("retention_of_identity_documents",),
    ),
    ("pasport v agenta, kazhe viddast pislia sezonu", False, ("retention_of_identity_documents",)),
    # tune7 families: a birth year abbreviated ("р.н.", "г.р.", "r.n.") or as a field
    ("Брат, 2010 р.н., працює на будові, тягає мішки з цементом", True, ()),
    ("Моя сестра 2009 г.р. работает на складе ночами", True, ("night_or_school_hours",)),
    ("Я 2011 р.н., підробляю у кафе, мию посуд", True, ()),
    ("syn 2010 r.n., pracyuye na budovi", True, ()),
    ("Племінник, рік народження 2009, працює на бойні", True, ("hazardous_work",)),
    # a sum of money after "йому/їм" is not an age
    (
        "Агент каже, що я винна йому 12 тисяч гривень за дорогу, вираховує з кожної зарплати",
        False,
        ("debt_bondage",),
    ),
    (
        "Хазяїн б'є нас, а ще каже, що я винна йому 15 тис. злотих за переліт",
        False,
        ("physical_sexual_violence", "debt_bondage"),
    ),
    # tune8 families: a locked gate, "lets (us) go nowhere" in the 3rd singular, "nobody leaves
    # until ...", missing helmets and harnesses
    (
        "Хвіртка в таборі на замку, бригадир нас нікуди не відпускає",
        False,
        ("restriction_of_movement",),
    ),
    ("Господар не пускає її навіть до магазину", False, ("restriction_of_movement",)),
    (
        "Агент сказав: доки не віддасте за візи, ніхто звідси не поїде",
        False,
        ("restriction_of_movement",),
    ),
    ("Лазимо по даху без страховки, касок теж нема", False, ("abusive_working_living_conditions",)),
    (
        "мій племінник, 17 років, працює на заводі, ріже метал без захисних окулярів",
        True,
        ("abusive_working_living_conditions",),
    ),
    # tune9 families: "Name (16)", "got a job" said of a third person, machine words in
    # the locative, pay held to the end of the contract, "whoever complains is sent home"
    ("Моя сестра Оля (16) влаштувалася в пекарню, працює на тістомісі", True, ("hazardous_work",)),
    ("Я Андрій (17), працюю вдень в кафе", True, ()),
    (
        "Племінник пішов працювати на склад, йому 15, ріже дошки на циркулярці",
        True,
        ("hazardous_work",),
    ),
    ("Бригадир тримає «до закінчення контракту» всю нашу оплату", False, ("withholding_of_wages",)),
    ("Зарплату нам притримують вже третій місяць", False, ("withholding_of_wages",)),
    ("Якщо хтось пожалується, кажуть що вишлють додому", False, ("intimidation_threats",)),
    ("мені 16, їжджу на карі по складу", True, ("hazardous_work",)),
    # tune10 families: "not even N yet" (self and kin, read one lower), collective numerals
    # for crowded housing, school named before "does not go", a pretext ("нібито на
    # навчання"), a worker without a phone, a passport with the landlady or relatives,
    # poultry processing named by the process
    ("мне еще 16 нет, а я уже работаю грузчиком на стройке", True, ()),
    ("мені навіть 16 немає, а я мию посуд у кафе", True, ()),
    ("сестричці ще й 15 нема, а вона прибирає в готелі", True, ()),
    ("їй нема ще 16, вона працює в пекарні", True, ()),
    ("сплять вп'ятнадцятьох у контейнері", False, ("abusive_working_living_conditions",)),
    ("ютимся всемером в одной комнате", False, ("abusive_working_living_conditions",)),
    (
        "в школу он больше не ходит, весь день таскает мешки на стройке",
        True,
        ("night_or_school_hours",),
    ),
    ("школу він кинув, тепер миє машини на автомийці", True, ("night_or_school_hours",)),
    (
        "племінницю забрали до Польщі начебто на навчання, а тепер вона працює в барі",
        False,
        ("deception",),
    ),
    ("привезли его якобы на учебу, а работает на кухне", False, ("deception",)),
    ("у них нема телефонів, ферма далеко від міста", False, ("isolation",)),
    ("мобільного у нього немає, хазяїн не дозволяє", False, ("isolation",)),
    ("документи у власника кафе", False, ("retention_of_identity_documents",)),
    ("паспорт досі у родичів, не віддають", False, ("retention_of_identity_documents",)),
    ("на фабриці курей стоїть на лінії весь день", False, ("hazardous_work",)),
    ("цілий день потрошимо бройлерів", False, ("hazardous_work",)),
    ("працюю в цеху з обробки птиці", False, ("hazardous_work",)),
    # tune11 families: not going to school told in the first person or with "stopped going";
    # a first name with the age opening a sentence (dative or with commas); a Latin "i" inside
    # a Cyrillic machine word; the authority or the status named in English; transliterated
    # phone-taking and harassment; dependence in any person; pay held to the end of a project,
    # paid in part, or threatened for days already worked; basement or windowless housing
    ("мені 15, до школи вже не ходжу, працюю на будові", True, ("night_or_school_hours",)),
    ("meni 16, v shkolu ne khodzhu, pratsiuiu na skladi", True, ("night_or_school_hours",)),
    ("я перестала ходити до школи, мию посуд у кафе, мені 14", True, ("night_or_school_hours",)),
    ("Пишу про сусідського хлопця. Денису 15 (так він сказав), він працює на автомийці", True, ()),
    ("Оксані 16. вона влаштувалась на склад", True, ()),
    ("Тарас, 17, працює на м'ясокомбінаті", True, ("hazardous_work",)),
    ("синові 16, його поставили на форклiфт", True, ("hazardous_work",)),
    ("бос сказав, що напише в immigration, якщо я піду", False, ("intimidation_threats",)),
    ("менеджер каже, якщо поскаржусь, мені скасують TPS", False, ("intimidation_threats",)),
    ("hospodar zabrav nashi telefony, ne dayut dzvonyty dodomu", False, ("isolation",)),
    ("bryhadyr do mene chipliaietsia i lapaie", False, ("physical_sexual_violence",)),
    (
        "хазяїн вночі приходить до моєї кімнати і лапає мене",
        False,
        ("physical_sexual_violence",),
        ("night_or_school_hours",),
    ),
    ("вони живуть у бригадира і залежать від нього в усьому", False, ("abuse_of_vulnerability",)),
    ("доньці 17, працює в кафе з 5 до 10 вечора", True, (), ("night_or_school_hours",)),
    ("мені 14, працюю в магазині до 10 вечора", True, ("night_or_school_hours",)),
    ("решту зарплати бригадир віддасть як здамо об'єкт", False, ("withholding_of_wages",)),
    ("платять раз на місяць, і то не всю", False, ("withholding_of_wages",)),
    ("сказав, що не заплатить за останній тиждень, якщо піду", False, ("withholding_of_wages",)),
    (
        "зарплату тримає до кінця сезону, щоб ніхто не втік",
        False,
        ("withholding_of_wages",),
        ("retention_of_identity_documents",),
    ),
    ("забрали паспорти, щоб ми не втекли", False, ("retention_of_identity_documents",)),
    ("нас поселили в гаражі без вікон", False, ("abusive_working_living_conditions",)),
    ("zhyvemo v pidvali, bez vikon", False, ("abusive_working_living_conditions",)),
]

NEGATIVES = [
    # tune10 near-misses: an adult "not yet 30", chicken bought, own passport, own phone
    # missing (a contact note), "supposedly" without a pretext, study abroad, school attended
    "мені ще й 30 немає, а вже бригадир",
    "купила курку на ринку на вечерю",
    "паспорт у мене, все добре",
    "у мене немає телефону, напишіть мені на пошту",
    "кажуть, нібито завтра буде дощ",
    "він нібито на роботі, але не відповідає",
    "вона поїхала на навчання до Польщі, все добре",
    "До школи вона ходить щодня, не працює",
    "маю 15 років досвіду як пекар",
    "моєму синові 16, він ходить до школи і не працює",
    "я почав тут працювати в 17 років, зараз мені 30",
    "я щовечора дзвоню рідним по телефону",
    "мій начальник добрий, ніколи нікому не погрожував",
    "зарплату платять щоп'ятниці вчасно",
    "я можу виходити з дому коли захочу",
    "донька в 9 класі, а я працюю в магазині",
    "мої документи і паспорт у мене, все добре",
    "завтра школа закрита через сніг",
    "Донька в 11 класі, вчиться добре, не працює",
    "Зарплату платять щотижня, все вчасно",
    # not a worker's age or job, not a threat or restriction (tune3 false-alarm families)
    "Маю 20 років досвіду. Минулого тижня відпрацював одну подвійну зміну",
    "О 22:00 двері гуртожитку зачиняють, це нормально",
    # a parent's own work (first-person verb, no pronoun) next to a child's age
    "Сину 12, працюю на фермі до вечора",
    # tune4 families: traps and non-work absences
    "ми живемо вчотирьох у квартирі, все добре",
    # tune5 precision: a shift worked is not a debt worked off; "under one roof"; a fire
    # alone; a grade number; a pending leave; "instead of school" is not a changed job.
    "я відпрацював за зміну 10 годин і пішов додому",
    "відпрацювала вчора довгу зміну, за понаднормові доплатять?",
    "живемо всі під одним дахом, все добре",
    "після пожару в гуртожитку нас переселили",
    "syn v 10 klasi, ne pracjuje",
    "кажуть, що після сезону буде відпустка",
    "якщо я піду у відпустку, не отримаю премію?",
    # tune6 precision families
    # "will be 40", a one-off long day, a wished-for job, a parent's own job title
    "мені в березні буде 40, працюю на складі вже давно",
    "У п'ятницю пропрацювала 14 годин через інвентаризацію, доплатять?",
    "Вчора відпахав 13 годин, бо напарник захворів",
    "мені 15, хочу влітку підробляти в кафе, чи можна?",
    "ya shukayu robotu na lito, meni 16, chy mozhna?",
    "Сину 13, він ходить до школи, а я касирка в супермаркеті",
    "донька 12 років, в школі, я кур'єр",
    # daytime hours and permitted leaving
    "на складі зміна з 10 до 16, перерва о першій",
    "pratsyuyu v biblioteci z 10 do 4 dnya, vse dobre",
    "працюю з 11 ранку до 5, зарплату платять вчасно",
    "з гуртожитку можна виходити коли захочеш",
    "піти у відпустку не можна до кінця сезону",
    "треба відпрацювати зміну до кінця і підемо додому",
    # tune7 families: an adult birth year abbreviated; sums of money are not ages
    "Я 2001 р.н., працюю на складі",
    "Мені платять 18 тисяч гривень, працюю на складі",
    "platiat yomu 16 tysiach hryven na misiats",
    "у вихідні ніхто не поїде на склад, все зачинено",
    # tune9: the writer's own new job next to a child at school
    "я влаштувалася прибиральницею, а син 14 ходить до школи",
    "бригадир попросив номер моєї банківської картки для зарплати",
    # tune11 near-misses: a long-haul driver, the girls on the shift (adult coworkers), "it
    # depends on him", a job at a garage (not housing), a number after a verb (not a name)
    "працюю далекобійником, все добре",
    "дівчата на зміні кажуть, що менеджер нормальний, я працюю в готелі",
    "все залежить від бригадира, графік він складає",
    "я живу в Чикаго, працюю в гаражі",
    "Працюю 12. Все нормально.",
]

# tune12 families: deductions that leave the worker "in the minus" (a leased truck); no single
# day off and round-the-clock live-in work; never once paid, pay "saved" by the boss or put on
# his account; "nowhere to go" and "nobody needs you here"; transliterated document taking,
# US papers named in English, "so you don't lose it"; "not allowed to go out" verb last; leaving
# forbidden until a debt is paid is the debt, not confinement
POSITIVES += [
    ("після всіх вирахувань я завжди в мінусі перед агенцією", False, ("debt_bondage",)),
    ("знімають за лізинг вантажівки, і я виходжу в мінус", False, ("debt_bondage",)),
    ("vse odno v minusi pered kompanijeju", False, ("debt_bondage",)),
    ("вже два місяці ні одного вихідного", False, ("excessive_overtime",)),
    ("доглядаю за пані цілодобово, живу в неї", False, ("excessive_overtime",)),
    ("pratsiuiu bez zhodnoho vykhidnoho", False, ("excessive_overtime",)),
    ("жодного разу не отримав зарплату за три місяці", False, ("withholding_of_wages",)),
    ("бос каже, що відкладає наші гроші до кінця року", False, ("withholding_of_wages",)),
    ("ni razu ne otrymav zarplatu", False, ("withholding_of_wages",)),
    ("hroshi vin kazhe shcho zberihaie", False, ("withholding_of_wages",)),
    ("бригадир кладе нашу зарплату на свою картку", False, ("withholding_of_wages",)),
    ("хазяйка каже, що без неї я тут нікому не потрібна", False, ("abuse_of_vulnerability",)),
    ("u mene nema kudy ity, vin tse znaje", False, ("abuse_of_vulnerability",)),
    ("sponsor zabrav nashi pasporty", False, ("retention_of_identity_documents",)),
    ("dokumenty trymaje u sebe v sejfi", False, ("retention_of_identity_documents",)),
    ("менеджер тримає мій EAD", False, ("retention_of_identity_documents",)),
    ("паспорт взяв, щоб я не загубила", False, ("retention_of_identity_documents",)),
    ("нам не можна виходити з табору без бригадира", False, ("restriction_of_movement",)),
    (
        "не відпускають, поки не відпрацюю квиток",
        False,
        ("debt_bondage",),
        ("restriction_of_movement",),
    ),
    ("піти не можна, доки не віддам борг", False, ("debt_bondage",), ("restriction_of_movement",)),
    # a neighbour who only reports the boss's threat does not set it aside
    (
        "Сусід по кімнаті каже, що бригадир погрожує всім депортацією",
        False,
        ("intimidation_threats",),
    ),
]

# tune12 near-misses: a neighbour, a flatmate or the landlord threatens (a quarrel at home); a
# household bill owed; weather "in the minus"; a hotline open 24/7; the writer's own saving; no
# reply received; nothing to do on weekends
NEGATIVES += [
    "Сосед по комнате угрожает выгнать меня из квартиры из-за долга за коммуналку.",
    "хазяйка квартири погрожує виселити, якщо не заплачу вчасно",
    "у мене борг за комуналку, але на роботі все нормально",
    "на вулиці досі в мінусі, холодно",
    "ваша гаряча лінія працює 24/7?",
    "я відкладаю гроші на квиток додому",
    "ні разу нічого не отримала у відповідь від агенції",
    "на вихідних тут нема куди піти, нудно",
]

# tune13 families: every transliteration of "I work" with job titles and workplaces; the boss owes
# the worker, or pays only now and then; the phone taken (named first), calls only watched; part of
# the group sleeping on the floor; no English told verb last, "who else will hire you", the boss
# knowing the worker's status; a weekly total of hours is not excessive
POSITIVES += [
    ("meni 15, pratsuyu u kafe po vykhidnykh", True, ()),
    ("mini 17, ja pracuju oficiantom u restorani", True, ()),
    ("sestri 16, vona pratsuye kasyrkoju", True, ()),
    ("мені 16, працюю в кінотеатрі ввечері", True, ()),
    ("хазяїн вже два місяці винен, каже чекайте", False, ("withholding_of_wages",)),
    ("він винен мені за три тижні роботи", False, ("withholding_of_wages",)),
    ("бригадир должен нам по 2000 долларов", False, ("withholding_of_wages",)),
    ("платять коли як, то платять, то ні", False, ("withholding_of_wages",)),
    ("платить готівкою і то через раз", False, ("withholding_of_wages",)),
    ("vin platyt cherez raz", False, ("withholding_of_wages",)),
    ("мобільні агент відібрав у першу ж ніч", False, ("isolation",)),
    ("додому звоним тільки при ньому", False, ("isolation",)),
    ("дзвонити можна лише з її телефону", False, ("isolation",)),
    ("частина хлопців спить на підлозі в коридорі", False, ("abusive_working_living_conditions",)),
    ("англійської ми не знаємо, і він цим користується", False, ("abuse_of_vulnerability",)),
    ("хазяйка повторює: кому ти ще потрібна", False, ("abuse_of_vulnerability",)),
    ("каже, хто тебе ще візьме з таким статусом", False, ("abuse_of_vulnerability",)),
    ("менеджер знає, що ми по паролю, і платить менше", False, ("abuse_of_vulnerability",)),
]
# tune13 near-misses: a weekly total of hours; a payday not always on time; the worker's own debt
NEGATIVES += [
    "працюю по 12 годин на тиждень у магазині, хочу більше",
    "работаю 20 часов в неделю, учусь в колледже",
    "платять не завжди вчасно, але платять",
]
POSITIVES += [
    ("я винен йому 2000 за квиток", False, ("debt_bondage",), ("withholding_of_wages",)),
]

# job_context (session 8): a job sign that does not say whose (hours in words, pay in cash or
# by the hour, a hire, a part-time job) in the sentence of an age under 18, of the writer or of
# a relative; not the parent's own job ("а я працюю", "мы работаем"), not school hours, not a
# job only wished for
POSITIVES += [
    ("племінниці 15, їй платять готівкою 10 доларів за годину", True, ()),
    ("мені 16, прийняли на роботу в піцерію, по 5 годин на день", True, ()),
    ("братові 14, влітку з дев'ятої до третьої роздає листівки біля метро", True, ()),
    ("сину 17, з червня на пів ставки, викладає товар", True, ()),
    ("donci 16, jij platyat hotivkoju po 12 dolariv", True, ()),
    ("сыну 15, по субботам платят наличкой", True, ()),
]
NEGATIVES += [
    "синові 15, а я працюю на складі з 7 до 3",
    "донька 13, вона в школі з 8 до 3",
    "синові 16, він хоче літню роботу в кафе",
    "сыну 15, а мы получаем зарплату наличкой",
]

# tune14 families: ages listed with dative first names after a comma ("двоє синів, Максиму 14,
# Дані 16"); a young person taken into someone's crew ("його взяв у свою бригаду"); pay taken
# against a debt is the debt, not withholding; crowding per room, all in one room, mattresses on
# the floor, one toilet for all; a shift ending at 10 pm in transliteration is not night work; pay
# held to the end of the year and "gave nothing" in transliteration; no English and nowhere to go
# in transliteration; dismissal in transliteration, and the day off forced under a condition
POSITIVES += [
    ("У сусідки двоє синів, Максиму 14, Дані 16. Вони миють посуд у кафе.", True, ()),
    ("Моєму племіннику 15, його взяв у свою бригаду сусід.", True, ()),
    (
        "Бригадир щотижня забирає половину зарплати в рахунок боргу за квиток.",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    (
        "Нас 9 чоловік на одну кімнату, спимо по черзі.",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "Живемо всі шестеро в одній кімнаті над гаражем.",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "матраци прямо на підлозі, один туалет на всіх",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("pratsiuiu z 2 do 10 vechora, meni 16", True, (), ("night_or_school_hours",)),
    ("hospodynia kazhe shcho zaplatyt tilky v kinci roku", False, ("withholding_of_wages",)),
    ("vzhe 3 misiatsi ne daly nichoho", False, ("withholding_of_wages",)),
    (
        "vin ne znaie angliiskoi i ne maie kudy ity, bos tse znaie",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("bos kazhe vyzhene yakshcho budu skarzhytys", False, ("intimidation_threats",)),
    (
        "yakshcho ne vyidesh v subotu to zvilnyu, tak kazhe bryhadyr",
        False,
        ("intimidation_threats", "excessive_overtime"),
    ),
]
# tune14 near-misses: a year-end bonus; "not given anything to eat"; two people sharing a toilet
NEGATIVES += [
    "Премію дадуть в кінці року.",
    "Мені не дали нічого поїсти весь день.",
    "Один туалет на двох, все ок.",
]
# care (session 8): the writer's care work ("працюю нянею", "я няня", "доглядаю двох дітей",
# "ya nyanya, doglyadayu ditej"): the children looked after are not working minors; the writer's
# own indicators stay
POSITIVES += [
    (
        "Працюю нянею, сиджу з дітьми 9 і 15 років, господиня забрала паспорт.",
        False,
        ("retention_of_identity_documents",),
    ),
]
NEGATIVES += [
    "Я няня в сім'ї, доглядаю двох дітей, їм 6 і 14 років.",
    "ya nyanya, doglyadayu ditej 5 i 13 rokiv",
]

# tune15 families: a wage told as a bare number after a pay verb ("платить мені 13") is no age;
# pay not paid in transliteration ("zarplatu ne vyplachuyut", "ne platyat vzhe"); leaving costs
# the pay with the money named first; documents not given back told in the future; blows to the
# workers as a group in transliteration
POSITIVES += [
    (
        "Працюю на складі, бос платить мені 13, а місцевим 18, бо знає що я без документів.",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "ja pracyuyu na fermi, zarplatu ne vyplachuyut vzhe try misiatsi",
        False,
        ("withholding_of_wages",),
    ),
    (
        "pratsiuiu na budovi, bos ne platyt nam uzhe misiats, kazhe chekaite",
        False,
        ("withholding_of_wages",),
    ),
    (
        "Бригадир каже: звільнишся раніше — зарплату за березень не побачиш.",
        False,
        ("withholding_of_wages",),
    ),
    (
        "Документи нам агент не віддасть, поки не закінчиться сезон.",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "Паспорти хазяїн поверне лише коли відпрацюємо квитки.",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "pracyuyu na fermi. brygadyr koly p'janyj b'ye robitnykiv",
        False,
        ("physical_sexual_violence",),
    ),
]
NEGATIVES += [
    "Ми відправили документи, але не знаю чи повернуть нам податки.",
    "Бос платить мені 22 за годину, все добре, просто питаю про відпустку.",
]
# tune16 families: pay put off to the end of summer/autumn; money "not seen" for months, money named
# first; 24-hour days counted by the week; extra shifts that may not be refused (threat of no
# shifts);
# the call to immigration and the status revoked, in transliteration; a one-off shortfall in one
# paycheck is not withholding
POSITIVES += [
    (
        "Хазяїн каже, що розрахується з нами після осені, а поки нічого не дає.",
        False,
        ("withholding_of_wages",),
    ),
    ("zaplatyt vse v kinci lita, tak kazhe bryhadyr", False, ("withholding_of_wages",)),
    ("Зарплати ми так і не отримали, вже третій місяць пішов.", False, ("withholding_of_wages",)),
    ("Охороняю склад, працюю 5 діб на тиждень без підміни.", False, ("excessive_overtime",)),
    (
        "Якщо відмовлюся від понаднормових годин, менеджерка каже, що більше не дасть мені змін.",
        False,
        ("excessive_overtime", "intimidation_threats"),
    ),
    (
        "bos skazav shcho zdast nas v ICE jakshcho budemo skarzhytys",
        False,
        ("intimidation_threats",),
    ),
    ("kazhe shcho skasujut status i vyzhenut", False, ("intimidation_threats",)),
]
NEGATIVES += [
    "Мені не заплатили за одну зміну в цьому чеку, бухгалтерія каже доплатять.",
    "Зарплату ще не отримала цього тижня, бо п'ятниця свято.",
    "ne zaplatyly za 1 den vidpustky, kazhut bude v nastupnomu",
]

# tune17 families: roofs in the accusative or plural, shingles and work at height; "without him"
# before a deportation threat, deportation told with "send out"; the gate or door named before the
# lock verb, "they lock us in"; the ticket or trip worked off in transliteration without "za"
POSITIVES += [
    ("Сина бригадир забрав на дахи, він кладе шінгл цілий день", False, ("hazardous_work",)),
    ("mene postavyly na dakh i kazhut klasty cherepytsyu", False, ("hazardous_work",)),
    ("Чоловік працює на висоті, монтує рекламу на будинках", False, ("hazardous_work",)),
    (
        "Бригадир каже, що без нього нас вишлють назад в Україну",
        False,
        ("intimidation_threats",),
    ),
    ("bez nioho nas deportuiut, kazhe koordynator", False, ("intimidation_threats",)),
    ("На ніч ворота замикають, а ключ тільки в хазяїна", False, ("restriction_of_movement",)),
    ("Нас на ніч замикають у гуртожитку", False, ("restriction_of_movement",)),
    ("vorota na nich zamykaiut, kliuch u bryhadyra", False, ("restriction_of_movement",)),
    ("pasport viddast tilky koly vidpracyuju dorohu", False, ("debt_bondage",)),
    ("poky ne vidroblju kvytok, kazhe, ne vidpustyt", False, ("debt_bondage",)),
]
NEGATIVES += [
    "З даху тече вода прямо в кімнату, вже тиждень так.",
    "Нам вишлють документи поштою, так сказали в агенції.",
    "Магазин працює до 22, двері закривають о 22 і йдемо додому",
]

# tune18 families: the days off named first, then "none", and made to come in every weekend; ten
# or more hours a day with six or seven days a week; the phones collected, done "so that we talk to
# nobody"; the money "not to be seen" as a threat; the pay handed to a relative or go-between
POSITIVES += [
    ("Вихідних у нас взагалі немає, бригадир каже так треба", False, ("excessive_overtime",)),
    ("vykhodnykh voobshche net, rabotaem kazhdyi den", False, ("excessive_overtime",)),
    ("Менеджер змушує нас працювати всі вихідні без винятку", False, ("excessive_overtime",)),
    ("На складі стоїмо по 10 годин, 6 днів на тиждень", False, ("excessive_overtime",)),
    ("robymo 7 dniv po 11 hodyn na fermi", False, ("excessive_overtime",)),
    ("Щоранку на вході охоронець збирає у нас телефони", False, ("isolation",)),
    ("mobilky zbyraiut pered zminoiu i viddaiut lyshe vvecheri", False, ("isolation",)),
    (
        "Поселили нас за містом, щоб ми ні з ким не спілкувалися",
        False,
        ("isolation",),
    ),
    ("Хазяїн сказав: поскаржишся — зарплати не побачиш", False, ("withholding_of_wages",)),
    ("kazhe yakshcho pidu ranishe, hroshei ne pobachu", False, ("withholding_of_wages",)),
    (
        "Гроші за мою роботу агенція перераховує спонсору, мені лише на їжу",
        False,
        ("withholding_of_wages",),
    ),
    ("Його зарплату хазяйка віддає дядькові, а він без копійки", False, ("withholding_of_wages",)),
]
NEGATIVES += [
    "На вихідних нема автобуса до міста, сидимо вдома",
    "Я ще ні з ким не говорила про це, боюся",
    "Збираємо гроші на новий телефон для мами",
]

# tune19 families: "північ" as the north is no hour, midnight after a preposition in Cyrillic; a
# shift ending at 22:00 is not late for 16-17, but is for a pupil of grades 5-9; one long day in
# the past; status thrown at the worker, "nobody will believe you", "you won't get away"; power
# tools and chemicals in transliteration; pay once in two months or only a part of it
POSITIVES += [
    ("Працюю на м'ясокомбінаті до півночі, вранці знову", False, ("night_or_school_hours",)),
    ("pratsiuiu na skladi do pivnochi kozhen den", False, ("night_or_school_hours",)),
    (
        "Племіннику 16, він пакує продукти в магазині по суботах до 22:00",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "Онука в 7 класі, а миє посуд у ресторані з 16:00 до 21:30",
        True,
        ("night_or_school_hours",),
    ),
    (
        "Мы работали 16 часов в сутки без выходных, пока не закончился сезон",
        False,
        ("excessive_overtime",),
    ),
    ("Менеджер кричить: ви тут по U4U, тож мовчіть і працюйте", False, ("abuse_of_vulnerability",)),
    ("хозяин говорит: вам никто не поверит, вы тут никто", False, ("abuse_of_vulnerability",)),
    ("bos kazhe ty nikudy ne dinesh'sia, bo bez dokumentiv", False, ("abuse_of_vulnerability",)),
    ("bratu 15, pratsiuie na lisopylts, rizhe doshky motopyloiu", True, ("hazardous_work",)),
    ("my myiemo tsekh khimiieiu bez masok", False, ("hazardous_work",)),
    ("Платять нам раз на три місяці, а живемо в борг", False, ("withholding_of_wages",)),
    ("zarplatu dayut tilky chastynu, reshtu obitsiaiut potim", False, ("withholding_of_wages",)),
]
NEGATIVES += [
    "Працюємо в Північній Дакоті на будові, все гаразд, платять вчасно",
    "Вчора на складі працював 14 годин, бо приїхала фура, таке раз на рік",
    "Я на паролі, чи можна мені працювати в Амазоні?",
]
# tune20 families: a dough mixer in transliteration; the call to immigration or the police
# threatened in the infinitive; pay not received told in the present, the employer keeping all
# of it, pay put off week after week with the same promise; half the pay taken until a debt is
# repaid is debt bondage, not withheld pay
POSITIVES += [
    ("meni 15, stoyu bilya miksera v pekarni", True, ("hazardous_work",)),
    ("Мені 16, працюю в пекарні на миксере для теста", True, ("hazardous_work",)),
    ("Бригадир пригрозив викликати поліцію, якщо ми не вийдемо", False, ("intimidation_threats",)),
    ("Хозяйка пообещала позвонить в иммиграцию, если я уйду", False, ("intimidation_threats",)),
    ("bos pryhrozyv zatelefonuvaty v immigration", False, ("intimidation_threats",)),
    ("Зарплати ми взагалі не отримуємо, тільки їжу", False, ("withholding_of_wages",)),
    ("Денег она не получает, всё себе забирает тётка", False, ("withholding_of_wages",)),
    ("hroshei vona ne otrymuie, vse zabyraie khaziaika", False, ("withholding_of_wages",)),
    ("Гроші хазяїн усі собі забирає, каже що на їжу", False, ("withholding_of_wages",)),
    ("Вже третій тиждень каже, що в понеділок заплатить", False, ("withholding_of_wages",)),
    ("Уже два месяца говорит: в пятницу всё отдам", False, ("withholding_of_wages",)),
    ("vzhe 4 tyzhni kazhe zaplatyt v piatnytsiu", False, ("withholding_of_wages",)),
    (
        "Бос забирає третину зарплати, поки не відпрацюємо борг за квитки",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
]
NEGATIVES += [
    "Я хотіла подзвонити в поліцію, але побоялася, бо сусід шумів",
    "Зарплату я не отримую вчасно один раз, а так усе нормально",
    "Гроші я отримую, все нормально, а вдома все забирає дружина на господарство",
]
# tune21 families: one age given to two or more young people with "по"; asleep in class, the
# lesson told first; the report to immigration or the police promised by the employer's "we";
# passports collected from everyone or into the office, and "so nobody runs off" in
# transliteration; no connection at a remote site, a plane or ferry once a week; a debt owed to
# the boss in transliteration, and a sum owed written "$N" or a reason in quotes; what is taken
# for housing alone is rent, not debt bondage
POSITIVES += [
    (
        "Двоє хлопців з нашої церкви, їм по 14 років, миють посуд у ресторані до 9 вечора",
        True,
        ("night_or_school_hours",),
    ),
    (
        "moi pleminnyky, im obom po 15, pracyuyut na skladi do 9 vechora",
        True,
        ("night_or_school_hours",),
    ),
    (
        "Мої племінники, обом по шістнадцять, працюють у пекарні до десятої вечора",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "Донька працює в кафе, на першому уроці вона просто спить, їй 16",
        True,
        ("night_or_school_hours",),
    ),
    ("sestri 15, pracyuye na fabryci, na urokakh spyt postiino", True, ("night_or_school_hours",)),
    ("Бригадир сказав: підеш — здамо тебе в міграційну службу", False, ("intimidation_threats",)),
    (
        "Сказали: звільнишся — вызовем полицию и скажем, что ты украл",
        False,
        ("intimidation_threats",),
    ),
    ("skazav yakshcho pidesh to vyklychemo politsiyu", False, ("intimidation_threats",)),
    (
        "На фермі паспорти у всіх зібрали в офіс і не віддають",
        False,
        ("retention_of_identity_documents",),
    ),
    ("Собрали у нас паспорта в первый же день", False, ("retention_of_identity_documents",)),
    ("dokumenty u vsikh zibraly v pershyj den", False, ("retention_of_identity_documents",)),
    (
        "pasporty zibraly v ofis 'shchob nikhto ne vtik'",
        False,
        ("retention_of_identity_documents",),
    ),
    ("Ми на рибному заводі на острові, зв'язку майже немає", False, ("isolation",)),
    ("na promysli syhnalu vzahali nema, rodyni ne podzvonyty", False, ("isolation",)),
    ("Пором сюди ходить тільки раз на місяць, ми на консервному заводі", False, ("isolation",)),
    ("ya vynen yomu 3000 dol za dorogu", False, ("debt_bondage",)),
    ("my dolzhny agentu za bilety, kazhe vse vidpracyuvaty", False, ("debt_bondage",)),
    ("Вираховують за житло і ще кажуть, що ми винні за квитки", False, ("debt_bondage",)),
    ("Кажуть, що він ще винен $1800 за «візу» і житло", False, ("debt_bondage",)),
    ("Агент каже, що я винна 2500$ агенції", False, ("debt_bondage",)),
]
NEGATIVES += [
    "Я вчителька, після уроків я сплю дві години.",
    "Ми напишемо в USCIS, щоб дізнатися статус нашої справи.",
    "Я зібрала документи на візу і віднесла їх в консульство.",
    "У мене вдома інтернету зовсім немає, пишу з бібліотеки.",
    "Забирають 300 доларів на місяць за житло, кімната нормальна.",
    "Утримують за ліжко в гуртожитку 80 доларів на тиждень",
]

# tune22 families: machine loans with transliterated case endings (forklift, slicer, baler); "one
# call" to immigration or the police; taken to the shop or town only by the boss himself or with
# him; "нікуди не відпускають" is restriction, not isolation; the passport "with" the "auntie"
POSITIVES += [
    ("ja pratsiuiu na skladi, yizdzhu na forkliftakh po 10 hodyn", False, ("hazardous_work",)),
    ("vin stoit bilia slaisera v deli, ruky porizani", False, ("hazardous_work",)),
    ("na fabrytsi pracyuyu na baleri, presuyu karton", False, ("hazardous_work",)),
    ("Я на складі стою біля балера, пресую картон", False, ("hazardous_work",)),
    (
        "Бригадир сказав: досить одного дзвінка в міграційну, і вас нема",
        False,
        ("intimidation_threats",),
    ),
    ("Хозяин говорит, что одним звонком в полицию решит вопрос", False, ("intimidation_threats",)),
    ("kazhe odnym dzvinkom v immigration vse vyrishyt", False, ("intimidation_threats",)),
    (
        "До міста 40 миль, у місто нас возить лише хазяїн, раз на два тижні",
        False,
        ("restriction_of_movement",),
    ),
    ("В магазин отпускают только с ним, сами никуда не ходим", False, ("restriction_of_movement",)),
    ("vozyt nas u mahazyn tilky sam, bilshe nikudy", False, ("restriction_of_movement",)),
    ("Її нікуди не відпускають одну", False, ("restriction_of_movement",), ("isolation",)),
    ("Паспорт у «дяді», вона каже, що так треба", False, ("retention_of_identity_documents",)),
    ("Документи в тёти, вона їх не показує", False, ("retention_of_identity_documents",)),
    ("pasport u tioti, kazhe tak bezpechnishe", False, ("retention_of_identity_documents",)),
]
NEGATIVES += [
    "Я зробила один дзвінок у поліцію, коли вкрали велосипед.",
    "Чоловік возить мене в магазин по суботах, бо я не воджу машину.",
    "Моя донька ходить на балет, хоче бути балериною.",
]
