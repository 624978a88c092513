"""Arabic recall cases: grades, ages of relatives, number words, forced labour.

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    (
        "أنا في الصف التاسع وأشتغل بالليل في مصنع الدجاج",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("لسه في الثانوية وأنظف المكائن بعد المدرسة", True, ("hazardous_work",)),
    ("أنا قاصر وحطوني على الرافعة الشوكية", True, ("hazardous_work",)),
    ("في أطفال عمرهم 13 سنة يشتغلون على الخط في مصنع اللحوم", True, ("hazardous_work",)),
    ("ابن عمي عمره ستطعش سنة ويشتغل في المسلخ", True, ("hazardous_work",)),
    ("أختي تغلف اللحم في المصنع وعمرها 15 بس", True, ("hazardous_work",)),
    (
        "وظفوا قاصرين في فريق التنظيف الليلي في المسلخ",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("أخوي يشتغل في تقطيع اللحم، عمره اربعتعش", True, ("hazardous_work",)),
    ("المدير أخذ تلفوناتنا وما نقدر نتصل بأهلنا", False, ("isolation",)),
    ("ما عندنا أي تواصل مع أحد برا، ممنوع نحكي مع باقي العمال", False, ("isolation",)),
    ("المشرف قال راح يتصل بالهجرة إذا اشتكينا", False, ("intimidation_threats",)),
    ("قال إنه راح يصير شي لعيلتي إذا تركت الشغل", False, ("intimidation_threats",)),
    ("اللي يشتكي ينطرد وما راح يلاقي شغل بالمنطقة", False, ("intimidation_threats",)),
    ("يدفعوا لنا أقل لأنه ما عندنا أوراق", False, ("abuse_of_vulnerability",)),
    ("هو عارف إنه ما عندنا مكان ثاني نروح له", False, ("abuse_of_vulnerability",)),
    ("ما نقدر نطلع من السكن، البوابة مقفلة بالليل وفي حارس", False, ("restriction_of_movement",)),
    ("ما نطلع إلا مع المشرف", False, ("restriction_of_movement",)),
    ("ما يدفعوا الراتب إلا آخر الموسم", False, ("withholding_of_wages",)),
    ("المدير ياخذ جزء من راتبنا كل أسبوع", False, ("withholding_of_wages",)),
    ("صار لنا ثلاث شهور بدون راتب", False, ("withholding_of_wages",)),
    # Conjunction-prefixed first-person work, birth years, grades with a prefix, job nouns.
    ("انا عمري ١٦ سنة وبشتغل في محل حلويات بعد الظهر", True, ()),
    ("انا من مواليد 2011 واشتغل في مزرعة مع ابوي", True, ()),
    ("اختي مولودة سنة ٢٠١٠ وبتشتغل في مصنع خياطة", True, ()),
    ("ابني بالصف الثامن وبيشتغل عند نجار بالعطلة", True, ()),
    ("انا في تانية اعدادي وبشتغل في ورشة نجارة", True, ()),
    ("بنت اختي ١٥ سنة جرسونة في كافيه", True, ()),
    # Dismissal threats, "whenever" (كل ما) is not a negation.
    ("قالنا اللي مش عاجبه الشغل الباب بيفوت جمل", False, ("intimidation_threats",)),
    ("كل ما نطلب زيادة يقولنا رح يتصل بالشرطة", False, ("intimidation_threats",)),
    ("المشرف بيقول للي بيتعب روح وما ترجع", False, ("intimidation_threats",)),
    # Phones taken, family calls rationed; documents kept until the contract ends.
    ("خدوا الموبايلات مننا وبنكلم اهلنا بس مرة في الشهر", False, ("isolation",)),
    (
        "الوكالة واخدة باسبوري ومش هترجعه غير لما اخلص السنة",
        False,
        ("retention_of_identity_documents",),
    ),
    # Missing safety gear, injury left untreated.
    ("احنا بنشتغل على السقالات بدون حزام امان", False, ("abusive_working_living_conditions",)),
    (
        "انكسر صباعه وقالوله كمل شغل وما حدا وداه عالدكتور",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("mbare7 ido w ma 7ada wadda 3al mostashfa", False, ("abusive_working_living_conditions",)),
    # Debt that never ends, travel money to repay; losing housing when leaving the boss.
    ("الدين ما بيخلص ابدا لانهم بيزيدوا فوايد كل شهر", False, ("debt_bondage",)),
    ("لازم يسدد فلوس التذكرة قبل ما ياخد راتب", False, ("debt_bondage",)),
    ("لو تركت الكفيل بخسر الاقامة والسكن", False, ("abuse_of_vulnerability",)),
    # tune3 families: will turn N, real age vs borrowed papers, local-calendar birth years,
    # grade words, third-person job verbs, threat/withholding/debt/isolation phrasings
    ("اخوي بالصف التاسع وبيشتغل في محل تصليح سيارات", True, ()),
    ("بنت جيراننا اولي ثانوي وبتشتغل في مطعم بالليل", True, ("night_or_school_hours",)),
    ("الورق مكتوب فيه ٢٠ بس انا بالحقيقة عمري ١٥ وبشتغل في مصنع", True, ()),
    ("ايدي محروقة من مواد التنظيف في المطبخ", False, ("hazardous_work",)),
    ("law et2akhart ha-ballagh el hegra 3anek", False, ("intimidation_threats",)),
    ("المدير قال اذا حد اشتكى هبلغ الشرطة عنه", False, ("intimidation_threats",)),
    ("المدير قال بكره متجيش لانك رفضت الوردية التانية", False, ("intimidation_threats",)),
    ("من شهرين ما قبضنا غير نص الراتب", False, ("withholding_of_wages",)),
    ("الراتب محجوز عند الكفيل لحد ما يخلص العقد", False, ("withholding_of_wages",)),
    ("لازم ادفع تمن التذكرة للمكتب من راتبي", False, ("debt_bondage",)),
    ("التلميذ بيغيب يومين كل اسبوع عشان يشتغل في ورشة", True, ("night_or_school_hours",)),
    # tune4 families (general phrasings, own sentences)
    ("المدير قال إذا اشتكيت راح أبلغ عنك الشرطة", False, ("intimidation_threats",)),
    ("الكفيل بيقول ببلغ عليكم الجوازات لو طلعتوا", False, ("intimidation_threats",)),
    ("لازم نشتغل لحد ما نسدد الفلوس اللي دفعها المكتب عنا", False, ("debt_bondage",)),
    ("كل شهر بيقول الدين لسا كبير وما بيخلص", False, ("debt_bondage",)),
    ("صاحب المزرعة حاطط الرواتب عنده لآخر الموسم", False, ("withholding_of_wages",)),
    (
        "el boss mesek el masari 3ando w bi2ol ma bt2bad wala 2ersh iza fallet",
        False,
        ("withholding_of_wages",),
    ),
    ("قال لي إذا تركت الشغل ما بتاخد ولا دينار", False, ("withholding_of_wages",)),
    ("mnishtighil saba3 iyyam bel esbou3 bala ra7a", False, ("excessive_overtime",)),
    ("أخي عمره ١٤ ويتغيب عن المدرسة يومين لأنه يشتغل في ورشة", True, ("night_or_school_hours",)),
    ("عمري ١٤، بشتغل مع أبوي بالمحل بالصيف من ١٠ الصبح لـ ٥ المسا", True, ()),
    # tune5 families: Arabizi "brings the police", "the police will come"; promised hours;
    # end-of-season pay in Arabizi/Gulf; "still on you N thousand"; passport until debt paid;
    # "knows she has no English / no papers" with و/ف; kin + age + ب-verb; "finishes work at".
    ("el m3allem 2al iza 7ada eshtaka hayjib el shorta 3a ahlo", False, ("intimidation_threats",)),
    ("المشرف قال اللي بيتكلم بتجي الهجرة بتاخده", False, ("intimidation_threats",)),
    ("وعدونا 8 ساعات باليوم وبنشتغل 13", False, ("deception",)),
    ("2alouli 40 sa3a bel esbo3 w tele3 aktar", False, ("deception",)),
    ("el kafil bidfa3lna kol el masari akher el mawsim", False, ("withholding_of_wages",)),
    ("sarli 3 shhour ma gbadt ratib", False, ("withholding_of_wages",)),
    ("المكتب بيقول لسه عليا ٣ الاف دولار", False, ("debt_bondage",)),
    (
        "الكفيل ماسك الاقامة وبيقول ترجعلك لما تسدد اللي عليك",
        False,
        ("debt_bondage", "retention_of_identity_documents"),
    ),
    (
        "el kafil ma3o el basbor w bi2ol lamma tkhalles el dein",
        False,
        ("debt_bondage", "retention_of_identity_documents"),
    ),
    ("والمدير عارف اننا ما بنحكي انجليزي فبيخصم من يوميتنا", False, ("abuse_of_vulnerability",)),
    ("وبيعرف انو ما معنا اقامة فبيدفعلنا نص الاجر", False, ("abuse_of_vulnerability",)),
    ("اخوي عمره 14 سنة بيشتغل بمسلخ", True, ("hazardous_work",)),
    ("بنتي 16 سنة بتشتغل كاشيرة", True, ()),
    ("ana 3omri 16 w bashta3'al fel ma63am", True, ()),
    ("اختي ١٥ سنة وبتطلع من الشغل ١١ بالليل", True, ("night_or_school_hours",)),
    # tune6 families. Night-shift nouns with glued prepositions; Arabizi "bl/fl" shorthand.
    ("بنت خالتي عمرها ١٧ وبتشتغل بالوردية الليلية بمستودع", True, ("night_or_school_hours",)),
    ("ana 3omri 15 w bshtghel fl ma6bakh la 10 bl leil", True, ("night_or_school_hours",)),
    ("akhi byeshtghel 3al shift el leili bel furn", False, ("night_or_school_hours",)),
    # Weeks without pay with a short "it's been" (صرلي), and "next week" each time we ask.
    ("صرلنا ٦ اسابيع بدون معاش", False, ("withholding_of_wages",)),
    ("كل ما نطالب بالمعاش المشرف بيقلنا الاسبوع الجاي", False, ("withholding_of_wages",)),
    ("kel ma nes2alo 3an el ratib bi2ollna el shahr el jay", False, ("withholding_of_wages",)),
    # Pay held until the season or contract ends.
    ("el ma3ash byenzal ba3d ma yekhlas el mawsem", False, ("withholding_of_wages",)),
    ("الاجر بيسلموه بعد ما يخلص العقد", False, ("withholding_of_wages",)),
    # "Nobody to turn to" is dependence, not confinement.
    ("الكفيل عارف اني لحالي هون وما بقدر روح لحدا", False, ("abuse_of_vulnerability",)),
    ("ana la7ali hon w ma ba2dar rou7 3a 7ada", False, ("abuse_of_vulnerability",)),
    # Promised vs actual pay in Arabizi, any spelling of "they promised".
    ("we3dooni b sakan majjani w tele3 bel ajar", False, ("deception",)),
    ("2alolna 20 dollar bl sa3a w 3am ya3tuna 12", False, ("deception",)),
    # "You'll lose your job" as a threat; feminine "if you tell".
    ("قالت المشرفة اللي بتحكي مع النقابة بتخسر شغلها", False, ("intimidation_threats",)),
    ("المدير قلها اذا اشتكيتي للمكتب رح تخسري وظيفتك", False, ("intimidation_threats",)),
    ("el supervisor 2alli iza ma ejet bokra bt5sar shoghlak", False, ("intimidation_threats",)),
    # Threats to report, Arabizi spellings.
    ("el m3allem 2al iza eshtakeit byballe3 3alayki el hijra", False, ("intimidation_threats",)),
    ("el kafil 2al ra7 yballe3 el police 3anna", False, ("intimidation_threats",)),
    # Phones taken (with a glued "and"); not even knowing the name of the place.
    ("وصادروا موبايلاتنا اول ما وصلنا", False, ("isolation",)),
    ("ما منعرف حتى اسم القرية اللي جابونا عليها", False, ("isolation",)),
    ("ma ba3ref 7atta esm el mante2a", False, ("isolation",)),
    # Documents kept: "keeps (ب) my residence card", also as a question; "kept at the office".
    ("هل من حق الكفيل يحتفظ باقامتي؟", False, ("retention_of_identity_documents",)),
    ("الوكالة بتحتفظ بجوازات كل العاملات", False, ("retention_of_identity_documents",)),
    ("الجوازات محفوظة عند المكتب وما بيعطونا اياها", False, ("retention_of_identity_documents",)),
    # Locked in, participle forms.
    ("المشرفين قافلين علينا الباب طول الليل", False, ("restriction_of_movement",)),
    ("ومسكرين علينا البوابة من برا", False, ("restriction_of_movement",)),
    # Turning N soon ("I turn 18 in summer"): still a minor; the age is read as N-1.
    ("ابن اختي رح يكمل ١٥ بعد شهرين وبيشتغل بمحل حلويات", True, ()),
    ("bint 3ammi btkammel 16 el shahr el jay w btishtghel bel mat3am", True, ()),
    ("انا رح كمل ١٨ بالصيف وبشتغل عند الكفيل", True, ()),
    # 16 next month = 15 now: no work after 7 pm.
    (
        "انا رح كمل ١٦ الشهر الجاي وبشتغل كاشير بالسوبرماركت لحد ٩ المسا",
        True,
        ("night_or_school_hours",),
    ),
    (
        "ibni bikammel 16 ba3d shahren w byeshtghel fel mat3am lal sa3a 10 bel leil",
        True,
        ("night_or_school_hours",),
    ),
    ("أخي سيبلغ ١٦ في الصيف ويعمل في مطعم حتى ١٠ ليلا", True, ("night_or_school_hours",)),
    # "عندي ١٦ سنة" without a pronoun is the writer's age.
    ("عندي ١٦ سنة وبشتغل بمغسلة سيارات", True, ()),
    # Job titles as predicates; a placement told in the third person.
    ("اخوي عمره ١٥ صبي حلاق بالحارة", True, ()),
    ("ibn 3ammi 3omro 16 khabbaz fel furn", True, ()),
    ("اخوي عمره ١٥ وحطوه عالخط بمصنع الخياطة", True, ()),
    # "Nobody hits us, and ..." does not negate the next clause.
    ("ما حدا بيضربنا وبيحجزوا رواتبنا كل شهر", False, ("withholding_of_wages",)),
    ("ma 7ada byhaddedna w el kafil maske el ma3ash 3ando", False, ("withholding_of_wages",)),
    # A bare age after the pronoun; "16y" shorthand.
    ("انا ١٤ وبشتغل بمحل تصليح موبايلات", True, ()),
    ("ana 16, bshtghel bel supermarket", True, ()),
    ("3omri 15y w bashtghel fel ma6bakh", True, ()),
    # Everyday third-person tasks (sells, picks, washes dishes); "N سنة" before a ب-verb.
    ("ابن جيرانا عمره ١٣ وبيبيع مناديل عالإشارة", True, ()),
    ("اختي ١٥ سنة بتجلي صحون بمطعم", True, ()),
    ("ibn 3ammi 3omro 14 w bybee3 khodra bel souq", True, ()),
    ("ابن عمي ١٦ سنة بيشتغل معنا بالمزرعة", True, ()),
    # tune7 families: school not attended is not a locked door (and is school hours);
    # Arabizi "gave us" (a3ta) negated before a wage word; repaying a sum (any person) and
    # pay going to the debt; sleeping on a floor or in a kitchen; pay or job found different
    # on arrival; "before" (قبل ما, abl ma) and a word starting ma- are not negations.
    (
        "khayye 3omro 15 w bishtghel bel forn, sar lo shahr ma ra7 3al madrase",
        True,
        ("night_or_school_hours",),
        ("restriction_of_movement",),
    ),
    (
        "بنت خالتي عمرها ١٤ وبتشتغل ببيت ناس، وما بيخلوها تروح عالمدرسة",
        True,
        ("night_or_school_hours",),
        ("restriction_of_movement",),
    ),
    ("el kafil mesh bya3teena el ratib sarelna shahrein", False, ("withholding_of_wages",)),
    ("el sherke ma a3tatni wala qirsh men 4 ashhur", False, ("withholding_of_wages",)),
    ("المقاول قال لازم يسدد عشرة آلاف دولار تمن الفيزا", False, ("debt_bondage",)),
    (
        "lazem ysadded 5000 dollar lal maktab abl ma yetla3",
        False,
        ("debt_bondage",),
        ("restriction_of_movement",),
    ),
    ("نص الراتب بينخصم عالقرض تبع المكتب كل شهر", False, ("debt_bondage",)),
    ("kol ma3ashi byrou7 3al dein taba3 el kafil", False, ("debt_bondage",)),
    ("مرتي شغالة عند عيلة وبتنام بالمطبخ", False, ("abusive_working_living_conditions",)),
    ("العمال بيناموا على البلاط بالمستودع", False, ("abusive_working_living_conditions",)),
    ("ukhti btnam 3al ard fi bet el madame", False, ("abusive_working_living_conditions",)),
    ("المكتب حكى عن شغل بمطعم، جيت هون ولقيت الشغل غير بمزرعة", False, ("deception",)),
    ("لما وصلت لقيت الراتب ٩ دولار مش ١٥", False, ("deception",)),
    ("wselna 3al mazra3a la2ena el ratib nos", False, ("deception",)),
    # tune8 families: "nowhere else to go" said of him/her/them is dependence, not confinement;
    # Arabizi half / lower pay.
    (
        "المعلم بيعطيها نص الراتب لأنه عارف انه ما إلها مكان تاني تروح عليه",
        False,
        ("abuse_of_vulnerability",),
        ("restriction_of_movement",),
    ),
    (
        "مالهم مكان ثاني يروحوا له والشركة عارفة",
        False,
        ("abuse_of_vulnerability",),
        ("restriction_of_movement",),
    ),
    (
        "el kafil bye3tina a2al men el ba2yin w 3aref ma elna makan tani nrou7 3aleh",
        False,
        ("abuse_of_vulnerability",),
        ("restriction_of_movement",),
    ),
    # tune9 families: "Name (16)", telling on someone to immigration, not allowed out
    # (masdar), only going out escorted
    ("a5oya Sami (15) bishtghel f mat3am kol yom ba3d el madrase", True, ()),
    ("بنت خالتي ريم (١٤) بتشتغل في محل خياطة", True, ()),
    ("ana Ahmad (16) w bashtghel f masna3 el djaj", True, ("hazardous_work",)),
    ("el modir 2al eza 7ada eshtaka ra7 ye7ki 3alena lel police", False, ("intimidation_threats",)),
    ("المشرف بيحكي عليك للهجرة", False, ("intimidation_threats",)),
    ("الكفيل ما يسمح لنا بالخروج من السكن ابدا", False, ("restriction_of_movement",)),
    ("هي ممنوعة من الخروج من البيت", False, ("restriction_of_movement",)),
    ("ما تطلع الا مع صاحبة البيت", False, ("restriction_of_movement",)),
]

NEGATIVES = [
    "عندي 15 سنة خبرة كخباز",
    "ابني عمره 16 ويروح المدرسة، ما يشتغل",
    "بديت هنا وعمري 17، الحين عمري 30",
    "أتصل بأهلي كل ليلة بالتلفون",
    "مديري طيب، عمره ما هدد أحد",
    "يدفعون لنا كل جمعة في الوقت",
    "أقدر أطلع من البيت وقت ما أبي",
    "بنتي في الصف التاسع، وأنا أشتغل في المحل",
    "أوراقي وجوازي معي، كل شي تمام",
    "المدرسة مسكرة بكرة بسبب الثلج",
    # Experience is not current work; permission questions; "whenever"; locked at night.
    "خبرتي ١٠ سنين بالمسلخ وبدور على شغل جديد",
    "ابني عمره ١٥ وبيدرس، بس مسموح له يشتغل بالصيف؟",
    "كل ما اتصل بأهلي ابكي",
    # not a worker's age or job, not a threat or restriction (tune3 false-alarm families)
    "عندي ١٢ سنة خبرة في المطابخ وبدور على شغل",
    "ابن اختي عنده ١٦ سنة وعايز يشتغل في الصيف، هل ده مسموح؟",
    "السكن بيقفلوا بابه الساعة ٨ بالليل",
    "الكفيل حقي رجل طيب وبيعطيني راتبي كل شهر",
    "مش عارف اشتكي لمين على الجيران",
    "لو مشيت من الشغل بدي الاقي شغل تاني",
    # a parent's own work (first-person verb, no pronoun) next to a child's age
    "ابني عنده ١٢ سنة، بشتغل في مطعم",
    # tune4 families: traps and non-work absences
    "ابني عمره ١٥ وغايب عن المدرسة يومين لأنه مريض",
    # tune5 precision: a 16-year-old off at 9 pm; a rent owed; a renewed passport; the
    # employer knows I speak English; a contract stating hours; pay at month end; years here.
    "ana 3andi 17 sana w bakhallas 9 bel leil fel weekend",
    "عليه 500 دولار ايجار الشقة كل شهر",
    "بدي اجدد جوازي لما اخلص الشغل",
    "طلبت جوازي من السفارة قالولي بعد اسبوع",
    "المدير عارف اني بحكي انجليزي منيح",
    "العقد 40 ساعة بالاسبوع وهو ماشي تمام",
    "بيعطينا الراتب اخر الشهر",
    "صار لي 16 سنة بشتغل هون",
    # a curfew hour is not a work hour ("10" ends in 0: the night cue looked past it)
    "الحارس بيقفل باب السكن الساعة ١١ بالليل",
    # tune6 families: a past young age of a now-adult writer; wishes and appointments;
    # an address not known; a first-person fear; a photocopy kept; a job only wished for.
    "بلشت بالمسلخ وعمري ١٥، وهلق عمري ٣٢",
    "كنت اشتغل بمخبز بالليل وانا عمري ١٥، اليوم عمري ٢٩",
    "kont eshtghel bel masla5 w ana 3omri 16, hala2 3omri 27",
    "بدي اخد جوازي من السفارة بكرة",
    "3andi wa3d 3and el doctor el sob7",
    "ما بعرف عنوان المكتب تبع النقابة",
    "خايف اخسر شغلي لان المصنع رح يسكر",
    "الشركة بتحتفظ بصورة عن الهوية بس",
    "ابني رح يكمل ١٦ الشهر الجاي وبدو يشتغل بالصيف",
    "ابني عمره ١٥ وانا خباز بالفرن",
    "عندي ٢٠ سنة خبرة بالبناء",
    "كل يوم بروح عالشغل وبرجع، وبدي سافر الشهر الجاي",
    "ما حدا بيضربنا وما حدا بيهددنا",
    # Levantine/Egyptian عمل "do" is not work; a job only wished for.
    "ابني عمره ١٥ وبيعمل واجباته كل يوم",
    "بنتي ١٤ سنة وبدها تشتغل بالصيف، شو لازم تعمل؟",
    # tune7 precision: a club fee, arriving to a closed shop, a child asleep, an opinion, "before".
    "لازم تدفع ٢٠ دولار رسوم التسجيل بالنادي",
    "وصلنا بكير لقينا الشغل مسكر ورجعنا عالبيت",
    "ابني نام في الحمام وهو صغير",
    "ma a3tani ra2yo bel ma3ash",
    "لازم نخلص قبل ما نطلع من الشغل",
    "lazem nkhalles el tanzeef abl ma netla3",
    "el boss bye3tina nos sa3a break kol yom",
    # tune9 traps: a past job abroad ("when I was working in ..."), a duration in years,
    # 10 pm for an adult is not a night shift
    "lamma kont ashtghel fel Saudi el kafil mesek jawazi 2 sneen, hala2 kollo tamam",
    "لما كنت اشتغل بقطر الكفيل اخد جوازي وما رجعه",
    "3esht fi Lebnan 5 snin w ba3den jit 3al America w bashtghel f mat3am",
    "بشتغل من ٩ الصبح لحد ١٠ بالليل وانا عمري ٣٥",
]

# tune10: dependence, nobody here but him ("لا أحد له هنا غيره"); not a relative ("غير امي")
POSITIVES += [
    ("العامل ما له أحد هنا غيره والمقاول يعرف هذا", False, ("abuse_of_vulnerability",)),
    ("ma 3andha 7ada hon ghero, w hiyye btishtghel bi bayto", False, ("abuse_of_vulnerability",)),
]
NEGATIVES += ["ما عندي حد غير امي بهالبلد"]

# tune10: someone else takes MY pay, or his pay in full under a pretext ("بحجة سداد الدين");
# a son who takes home his own pay is not that
POSITIVES += [
    ("الكفيل بيقبض معاشي كل شهر وما بيعطيني منه شي", False, ("withholding_of_wages",)),
    ("صاحب المزرعة ياخذ كل اجرتي ويقول هذا للسكن", False, ("withholding_of_wages",)),
    ("المعلم لهف اليومية كاملة بحجة انه الشغل مش نظيف", False, ("withholding_of_wages",)),
]
NEGATIVES += ["ابني بياخد راتبه كامل كل شهر من المطعم"]

# tune10: a threat the writer says is not about work ("مش مشكلة شغل"): a neighbour and a car;
# a boss's threat without it stays
NEGATIVES += [
    "جارتي هددتني بالشرطة بسبب صوت التلفزيون، الموضوع ما له علاقة بالشغل",
    "el jar haddadni yballegh el shorta 3ashan el sayyara, mesh moshkelt shoghl",
]
POSITIVES += [
    ("المدير هددني إنه بيتصل بالشرطة إذا اشتكيت، مش مشكلة صغيرة", False, ("intimidation_threats",)),
]

# tune11 families: no pay at all in MSA ("لا يعطونه أي راتب"); the employer's "you have no
# papers" / "nobody here but me" in the second person; promised monthly pay of four digits;
# a threat to accuse the worker to the police, "if you tell anyone"; a debt in an exceptive
# ("ما يرجعه إلا لما أسدد الدين"); a document "with her" / "with the madam"; Egyptian Arabizi
# spellings (mamnoo3, a5rog, men 3'eer agaza, ana sha3'ala); every day from early morning to
# late at night; an Arabizi word ending in a digit before "bel leil"
POSITIVES += [
    ("لم يدفعوا لها أي أجر منذ بدأت العمل في المطعم", False, ("withholding_of_wages",)),
    ("ma bya3touna ay ma3ash men shahrein", False, ("withholding_of_wages",)),
    ("صاحب الورشة لا يعطيني أي راتب ويقول انت بتتعلم", False, ("withholding_of_wages",)),
    ("صاحب المحل بيقولي انت ما معك اقامة فاسكت", False, ("abuse_of_vulnerability",)),
    ("el m3allem bi2olli enti ma 3andekish war2", False, ("abuse_of_vulnerability",)),
    ("الكفيلة تقول لي دايما ما لكيش حد غيري هنا", False, ("abuse_of_vulnerability",)),
    ("el boss daymen bi2olli ma elak 7ada hon ghairi", False, ("abuse_of_vulnerability",)),
    ("المكتب قالي هتقبض 2000 دولار في الشهر", False, ("deception",)),
    ("2alolna 1200 dollar bel shahr w sakan", False, ("deception",)),
    ("المعلم قال هقول للشرطة انك سرقت الفلوس لو مشيت", False, ("intimidation_threats",)),
    ("el modir 2al ra7 y2ol 3alayi lal shorta", False, ("intimidation_threats",)),
    ("قالت المدام اذا قلتي لحد عن اللي بيصير هنا رح تندمي", False, ("intimidation_threats",)),
    ("2alli law 2olt l7ad hayewa2a3ni", False, ("intimidation_threats",)),
    ("الكفيل مش راضي يخليني اروح غير لما اسدد الدين كله", False, ("debt_bondage",)),
    ("el mo2awel mesh hayseebna ella lamma nsadded el dein", False, ("debt_bondage",)),
    ("الباسبور معاها من اول يوم", False, ("retention_of_identity_documents",)),
    ("jawazi 3and el madam w mesh radya traga3o", False, ("retention_of_identity_documents",)),
    ("el basbor m3ah mn sana", False, ("retention_of_identity_documents",)),
    ("mamnu3 no5rog men el beit", False, ("restriction_of_movement",)),
    ("beneshta3'al men gheer ay agaza", False, ("excessive_overtime",)),
    ("نشتغل كل يوم من ٧ الصبح لحد ١١ بالليل", False, ("excessive_overtime",)),
    ("kol yom men 5 el fajr la 10 bel leil", False, ("excessive_overtime",)),
    ("ana 3omri 16 w bashtghel fel masna3 bel leil", True, ("night_or_school_hours",)),
    # the children a nanny or a domestic worker looks after are not working minors
    (
        "ana sha3'ala 3and 3ela w bal3ab ma3 el atfal, el madam 5adet el basbor",
        False,
        ("retention_of_identity_documents",),
    ),
    ("بشتغل مربية وبربي الاطفال، والمدام ماسكة جوازي", False, ("retention_of_identity_documents",)),
]
# tune11 families (narrowed): a permit or residency of one's own ("عندها تصريح عمل"); a
# neighbour's threat; a Gulf kafil in the past; one long day; the writer's own plan
NEGATIVES += [
    "بنتي عمرها ١٩ وعندها تصريح عمل",
    "هو عنده اقامة وبيدور على شغل",
    "جاري بيهددني انه رح يتصل بالشرطة بسبب السيارة",
    "el jar 2ali ra7 yballegh el shorta 3ashan el kalb",
    "بالكويت الكفيل كان حاجز جوازي، هلق كل شي تمام",
    "امبارح اشتغلت من ٧ الصبح ل ١٠ بالليل",
    "هل لازم اقول للشرطة عن الحادث؟",
]

# tune12 families: Iraqi/Gulf "said" with g (گالولي, گال) and promised pay in the future tense
# ("گال راح ناخذ ٢٥ دولار", "قالي هتقبض", "2al ra7 ya3tina"); Iraqi "من" / Maghrebi "ملي" = when
# ("من وصلنا طلع"); crowding with a verb of living and a bare number; no cooling in the housing;
# Maghrebi verbs of taking (شدات ليا الباسبور, خداو ليا البورطابل, التيليفون شداتو), "12 د الليل",
# "فالليل", "كل نهار بلا راحة"; MSA "دون يوم راحة"; the cost of bringing the worker still to pay
# back ("عليه أن يسدد ... كلفة إحضاره"); a student who "stopped attending" school
POSITIVES += [
    ("گالولنا الشغل بمطعم وطلع بمزرعة بعيدة", False, ("deception",)),
    ("كالولي الراتب ٩٠٠ دولار وعطوني نصه", False, ("deception",)),
    ("ملي وصلت لقيت الخدمة ماشي هي اللي كانو كايقولو", False, ("deception",)),
    ("المقاول قال رح يعطينا ٢٠ دولار بالساعة وهلق بيعطينا ١١", False, ("deception",)),
    ("el m3allem 2alli ra7 na5od 22 dollar bel sa3a", False, ("deception",)),
    ("نايمين ١١ بغرفة وحدة فوق المحل", False, ("abusive_working_living_conditions",)),
    ("sakneen 8 b oda wa7de", False, ("abusive_working_living_conditions",)),
    ("الكرفان ما فيه مكيف والحرارة فوق المية", False, ("abusive_working_living_conditions",)),
    ("el sakan mafi takyeef w nnam 3al ard", False, ("abusive_working_living_conditions",)),
    ("مول الدار خداو ليا الپاسپور فالمطار", False, ("retention_of_identity_documents",)),
    ("lmadame chdat lia l passport mn nhar jit", False, ("retention_of_identity_documents",)),
    ("البورطابل حتى هو خداوه مني", False, ("isolation",)),
    ("الجوالات سحبوها مننا أول يوم", False, ("isolation",)),
    ("كنخدم فالليل فالمعمل ديال الحلويات", False, ("night_or_school_hours",)),
    (
        "كنخدم من 7 د الصباح حتى 11 د الليل كل نهار",
        False,
        ("excessive_overtime", "night_or_school_hours"),
    ),
    ("يشتغلون في المزرعة دون يوم راحة منذ شهر", False, ("excessive_overtime",)),
    ("لازم ارجعله ٨٠٠٠ دولار حق جيبتي لهون", False, ("debt_bondage",)),
    ("المكتب قال علينا أن نسدد ٤ آلاف دولار قبل ما ناخذ راتب", False, ("debt_bondage",)),
    ("ysadded 10 alaf dollar taman jaybto 3al balad", False, ("debt_bondage",)),
    (
        "بنت جيراننا عمرها ١٥ انقطعت عن الدراسة وتشتغل في مشغل خياطة",
        True,
        ("night_or_school_hours",),
    ),
]
# tune12 families (narrowed): a word that only begins like a negation ("لازم", "ولاية") before
# water or a break; "ميشيغان" is not water; laughing at someone's accent is not deception; a
# forklift licence or course asked about; a fare already paid
NEGATIVES += [
    "بدي اعرف اذا لازم يعطوني استراحة بعد ٥ ساعات",
    "هل هذا مسموح بقانون ولاية ميشيغان؟",
    "الزملا بيضحكوا على لهجتي وعلى لبسي",
    "بدي اعمل رخصة فوركلفت، وين في كورس بالعربي؟",
    "baddi a3mel forklift license, fi course?",
    "دفعت ٢٠٠ دولار تمن التذكرة وجيت",
]
POSITIVES += [
    ("بسوق فوركلفت بالمستودع بدون رخصة", False, ("hazardous_work",)),
    ("المكتب ضحك علينا وجابنا على شغل تاني", False, ("deception",)),
    # "since I came I have not gone out" is not "when I came it turned out"
    ("من وصلت ما طلعت من البيت غير للسوق", False, (), ("deception",)),
]

# tune13 families: Maghrebi pay verb خلّص and the pay noun; Maghrebi "not out of the house alone"
# and the door "مسدود"; the phone taken along with the passport ("و" + phone); promised pay with
# its period further from "they told me"; whoever leaves (hospital, complaint) not coming back
POSITIVES += [
    ("عندي ثلاث شهور ما كيخلصونيش، كل مرة غدا", False, ("withholding_of_wages",)),
    ("المدام ما عطاتني حتى درهم من الصيف", False, ("withholding_of_wages",)),
    ("khdemt 4 chhour w ma khalsounach", False, ("withholding_of_wages",)),
    ("كنخدم فالفيلا وما كنخرجش بوحدي أبدا", False, ("restriction_of_movement",)),
    ("البوابة ديال الفيلا ديما مغلوقة علينا", False, ("restriction_of_movement",)),
    ("ما نطلع من الشقة لوحدي، المدام معي دايما", False, ("restriction_of_movement",)),
    ("صاحب الشغل سحب الاقامة والموبايل من اول اسبوع", False, ("isolation",)),
    ("5ado el basbor w el mobile men awal yom", False, ("isolation",)),
    (
        "وعدوني بشغل في مطعم محترم ب ١٢٠٠ دولار في الشهر",
        False,
        ("deception",),
    ),
    ("galo lina nkhdmo f lfarm b 900 dollar f simana", False, ("deception",)),
    (
        "المشرف قال اي واحد يشتكي للمكتب ما يرجع للمصنع تاني",
        False,
        ("intimidation_threats",),
    ),
    ("قالي روح اتعالج بس ما ترجع للشغل", False, ("intimidation_threats",)),
    ("illi bado yestaraye7 ma yerja3 3al sho8l", False, ("intimidation_threats",)),
]
# tune13 near-misses: Levantine "ما خلصنا" (we did not finish), "got rid of the debt", the
# metaphor "all doors are closed", staying in out of fear at night
NEGATIVES += [
    "ما خلصنا الشغل امبارح لانو الماكينة خربت",
    "الحمد لله تخلصت من الدين السنة الماضية",
    "كل الابواب مسدودة في وجهي، بدور على شغل",
]

# job_context (session 8): a job sign that does not say whose (hours in words, pay, a hire, a
# part-time job) in the sentence of an age under 18, of the writer or of a relative; not the
# parent's own shift ("وانا بشتغل"), not school hours, not a job only wished for
POSITIVES += [
    ("ابن خالتي عمره ١٥ وبيقبض كاش من محل الخضرة كل جمعة", True, ()),
    ("انا عمري ١٦ واتوظفت بمحل بيتزا، ٤ ساعات باليوم", True, ()),
    ("بنتي ١٥ سنة وبيدفعولها ٩ دولار بالساعة بمحل الحلويات", True, ()),
    ("اخوي الصغير عمره ١٤ سنة، بالصيف من ١٠ الصبح لحد ٤ العصر بمغسلة السيارات", True, ()),
    ("ana 3omri 16 w la2et shoghl part time bel mall", True, ()),
    ("ibn 3ammi 3omro 15 sana w 2ebloh bel mat3am, 5 sa3at bel yom", True, ()),
]
NEGATIVES += [
    "ابني عمره ١٥ سنة وانا بشتغل ورديات من ٧ الصبح لـ ٣ العصر",
    "بنتي عمرها ١٣ وبتروح عالمدرسة من ٨ الصبح لـ ٣ العصر",
    "ابني ١٦ سنة وبدو يلاقي شغل صيفي بمحل",
    "benti 3omra 13 w btro7 3al madrase men 8 el sob7 la 3 el 3asr",
]

# tune14 families: nowhere else to go with the glued Egyptian negation ("معنديش مكان تاني") is
# dependence, not confinement; "if you don't like it, leave" and dismissal said to the worker
# ("يطردوك", "otrodak"); the Iraqi "يخابر" (phones) the police; paid less than the others, both
# sums told; a Maghrebi taking verb with the short dative ("خدا لي الجواز"); Maghrebi sleeping on
# the floor ("كنباتو على الكارطون"); the pay named first and "not seen" for months; meat said
# "اللحمة" and a machine said to be electric; the small hours "٣ بالليل"
POSITIVES += [
    (
        "صاحب الشغل عارف اني معنديش مكان تاني اروحله",
        False,
        ("abuse_of_vulnerability",),
        ("restriction_of_movement",),
    ),
    ("ملناش حته تانيه نقعد فيها والريس عارف كده", False, ("abuse_of_vulnerability",)),
    (
        "المدير كل ما نطلب زيادة بيقول لو مش عاجبك امشي",
        False,
        ("intimidation_threats",),
        ("restriction_of_movement",),
    ),
    ("قالتلي اذا بتشتكي رح خليهم يطردوك", False, ("intimidation_threats",)),
    ("iza btshtki ra7 otrodak, hek 2al el mudir", False, ("intimidation_threats",)),
    ("المسؤول گال راح يخابر الشرطة اذا ما سكتنا", False, ("intimidation_threats",)),
    ("المعلم بيدفعلي ٩ دولار بالساعة والباقين ١٥", False, ("abuse_of_vulnerability",)),
    ("الكفيل خدا لي الجواز من المطار", False, ("retention_of_identity_documents",)),
    (
        "كنباتو على الكارطون فالكوزينة ديال المدام",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("الراتب بقالي ٣ شهور مشفتوش", False, ("withholding_of_wages",)),
    ("اخوي ١٦ سنة بيشتغل على مكنة كهربا بالمطبعة", True, ("hazardous_work",)),
    ("بنت خالتي ١٥ سنة وبتفرم اللحمة بالملحمة بعد المدرسة", True, ("hazardous_work",)),
    ("ابني ١٥ سنة يشتغل بالمطعم لحد ٣ بالليل", True, ("night_or_school_hours",)),
]
# tune14 near-misses: "he will not fire you"; "put the papers down for me"; pay not seen yet
# because it went to the bank; an electric sewing machine at home
NEGATIVES += [
    "ما رح يطردوك، لا تخاف",
    "حط لي الاوراق على الطاولة باش نسني",
    "الراتب ما شفته بعد لانه بعتوه للبنك",
    "عندي ماكينة خياطة كهربائية بالبيت",
]
# care (session 8): the writer's care work ("انا مربية", "بهتم بولادهم", "بشتغل بيبي سيتر",
# "كنتهلا فالدراري"): the children looked after are not working minors; the writer's own
# indicators stay
POSITIVES += [
    (
        "انا مربية، بهتم بولدين ١٠ و١٢ سنة، والمدام ماخدة جوازي",
        False,
        ("retention_of_identity_documents",),
    ),
]
NEGATIVES += [
    "بشتغل بيبي سيتر، بقعد مع البيبي وبنت عمرها ١٤ سنة",
    "كنتهلا فالدراري ديال المدام، واحد فيهم عندو ١٣ عام",
]

# tune15 families: the pay kept "with him" by the employer; Arabizi "didn't pay me" with the
# glued dative ("ma dafa3li"); the first person "I'll contact immigration" ("ra7 atasel bel
# hijra") and sent back to "your country" with the object in the verb ("يرجعوك على بلدك",
# "yraj3ok 3ala baladak"); nobody else would hire you, your English thrown at you; whoever
# refuses goes home and does not come back; a child never enrolled in school; the Egyptian
# glued negation ("ma 3andnash wara2"); six or more people in a flat of one or two rooms
POSITIVES += [
    (
        "صاحب المزرعة ماسك مصارينا، الفلوس بيخليها عنده لاخر الموسم",
        False,
        ("withholding_of_wages",),
    ),
    ("el m3allem ma dafa3li el ratib men shahrein", False, ("withholding_of_wages",)),
    ("iza eshtakait ra7 atasel bel hijra, hek 2alli el boss", False, ("intimidation_threats",)),
    ("الكفيل قال رح يرجعوك على بلدك اذا ما سكتت", False, ("intimidation_threats",)),
    ("el modir 2al hayrag3ak baladak law etkallemt", False, ("intimidation_threats",)),
    (
        "المعلم دايما يقول انتو ما بتعرفو انجليزي ومحدش هيشغلكم غيري",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("اللي بيرفض يشتغل السبت بيروح على بيته وما بيرجع", False, ("intimidation_threats",)),
    ("اخت مرتي عمرها ١٥ سنة وما سجلوها بالمدرسة، بتشتغل بالمخبز", True, ("night_or_school_hours",)),
    (
        "el supervisor 3aref enena ma3andnash war2 w bydfa3lna a2al",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("نحنا ٩ عمال ساكنين ببيت فيه اوضتين بس", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    "رجعنا لبلدنا بعد ما خلصت الحرب",
    "انا عمري ٣٠ وما دخلت المدرسة لما كنت صغير",
    "ما حد رح يوظفك بدون خبرة هون",
    "الراتب ما بيخليه عنده، بيحوله عالبنك اول الشهر",
    "احنا ٤ بشقة غرفتين وكلو تمام",
]
# tune16 families: the boss knows they are refugees or asylum seekers; the debt "still not
# finished";
# leaving costs every dollar and the salary ("mortab") unpaid for months in Arabizi; mattresses on
# the
# floor and a room shared with four or more
POSITIVES += [
    ("صاحب المزرعة عارف إنا طالبين لجوء فبيدفعلنا نص الأجر", False, ("abuse_of_vulnerability",)),
    (
        "el modir bya3ref enna laje2in w bi5allina nshta8el bala ma3ash",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("كل شهر بيخصم من المعاش والقرض بعده ما خلص", False, ("debt_bondage",)),
    ("el dein lessa ma 5eles w kol shahr bizid", False, ("debt_bondage",)),
    ("قالي اذا تركت الشغل قبل الموسم ما بتقبض ولا قرش", False, ("withholding_of_wages",)),
    ("el mortab mesh byedfa3o men 3 shhour", False, ("withholding_of_wages",)),
    ("ساكن بأوضة فوق المخزن مع ستة شباب", False, ("abusive_working_living_conditions",)),
    ("ننام على مراتب عالأرض جنب المكن", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    "سافرت مع اهلي الصيف الماضي وكانت رحلة حلوة",
    "اشتريت فرشة جديدة للبيت",
    "انا ساكن بشقة مع اخي ومرته",
]

# session 9: "he works" told with a day or time ("يعمل يوم السبت", "ويعمل أيام العطلة")
POSITIVES += [
    ("ابني عمره 15 سنة ويعمل أيام العطلة في مطعم", True, ()),
    ("أخي الصغير عمره ثلاث عشرة سنة، يعمل يوم السبت فقط في بقالة", True, ()),
]

# tune17 families: a woman employer who does not pay ("ما بتدفعلي", "ما عطتني"); all the pay held
# for the end of the year, contract or season; Arabizi dismissal of "us" / "me" (efsal, yotrod)
# after a condition or in the future; Levantine Arabizi spellings of "day off" (3otle, ejazeh)
POSITIVES += [
    ("صاحبة البيت ما بتدفعلي راتب من شهرين", False, ("withholding_of_wages",)),
    ("المدامة ما عطتني ولا قرش من يوم ما جيت", False, ("withholding_of_wages",)),
    ("المعلم بيقول رح يعطينا كل فلوسنا آخر السنة", False, ("withholding_of_wages",)),
    ("الكفيلة بتقول بتسلمني معاشي كامل بعد الموسم", False, ("withholding_of_wages",)),
    ("law ma kammalna el shift ra7 yotrodna kollna", False, ("intimidation_threats",)),
    ("el m3allem 2al ra7 yefsilni iza ta2akhart", False, ("intimidation_threats",)),
    ("bnishtghil kel el jom3a w ma fee 3otle", False, ("excessive_overtime",)),
    ("sar lna shahr mafi ejazeh", False, ("excessive_overtime",)),
]
NEGATIVES += [
    "الشركة بتعطينا الراتب آخر كل شهر وبونص آخر السنة",
    "أمي ما بتدفع ولا قرش للمدرسة",
    "el modir fasal wa7ed embare7 la2anno sere2",
]

# tune18 families: not one dollar / riyal / lira paid to the worker (the verb names the worker);
# a denial whose word ends its clause ("ولا دولار،") does not swallow the next "not let out";
# Levantine "we" with m(n)- ("ما منعرف انكليزي"); nowhere to go told right after another denial;
# one long shift said to be a one-off is no overtime; Arabizi "he works" without the t ("bisha8el")
POSITIVES += [
    ("الكفيل ما بيعطينا ولا دولار من شهرين", False, ("withholding_of_wages",)),
    ("ma dafa3li wala lira men awwal ma ejit", False, ("withholding_of_wages",)),
    (
        "المدام ما بتدفعلي ولا ريال، وما بتخليني اطلع من البيت لحالي",
        False,
        ("restriction_of_movement", "withholding_of_wages"),
    ),
    ("المعلم عارف انه ما منعرف انكليزي", False, ("abuse_of_vulnerability",)),
    ("ما بيدفعلنا منيح وما عندنا مكان تاني نروح عليه", False, ("abuse_of_vulnerability",)),
    (
        "khayi 3omro 15 sene w bisha8el bi mat3am lal sa3a 11 bel lel",
        True,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += [
    "مرة وحدة بس اشتغلت 13 ساعة لانه كان في عرس بالمطعم، اول مرة بتصير",
    "أمي ما بتدفع ولا دولار للمدرسة",
]

# tune19 families: an evening shift is not a late-night one for an adult (for a 14-year-old it is);
# the door locked at night is confinement, not a night shift; a work verb with 60+ hours, the week
# unsaid, but not a weekly or monthly total; "اكلم" (I talk) is not "اكل" (food); one bathroom for
# many, a mobile home; the recruiting office or agency back home said...; paying off "the debt"
# with a clitic, a debt grown by interest; a visa or residence to be cancelled, the MSA future
POSITIVES += [
    ("أختي عمرها ١٤ وبتشتغل وردية مسائية بالمطعم", True, ("night_or_school_hours",)),
    (
        "المشرف بيقفل علينا البوابة من الخارج بالليل",
        False,
        ("restriction_of_movement",),
        ("night_or_school_hours",),
    ),
    ("هنا نعمل حوالي ٨٠ ساعة والراتب نفسه", False, ("excessive_overtime",)),
    ("e7na bneshtghel 75 sa3a w el ratib zay ma howe", False, ("excessive_overtime",)),
    ("حمام واحد لـ ١٥ عامل بالسكن", False, ("abusive_working_living_conditions",)),
    ("احنا تسع شباب بالشقة ومعنا حمام واحد بس", False, ("abusive_working_living_conditions",)),
    ("ساكنين ٧ اشخاص ببيت متنقل صغير", False, ("abusive_working_living_conditions",)),
    ("الوكالة بالقاهرة قالت الراتب ١٥٠٠ دولار", False, ("deception",)),
    ("مكتب الاستقدام قال الشغل ٨ ساعات والسكن نظيف", False, ("deception",)),
    ("el maktab fi baladi 2al el sakan mni7 w el ratib 2000", False, ("deception",)),
    ("بيخصمو من معاشي كل شهر لتسديد الدين", False, ("debt_bondage",)),
    ("المبلغ اللي علي بيزيد بسبب الفوائد كل شهر", False, ("debt_bondage",)),
    ("el mablagh byekbar bel fawayed kol shahr", False, ("debt_bondage",)),
    ("قالولنا رح يلغوا الإقامة إذا اشتكينا", False, ("intimidation_threats",)),
    ("المدير قال سيبلغ الشرطة عن أي عامل يترك الشغل", False, ("intimidation_threats",)),
    ("2alli ra7 ylghilak el visa iza ma btesma3 el kalam", False, ("intimidation_threats",)),
]
NEGATIVES += [
    "المدير بدو يحطني بالشفت المسائي من الاسبوع الجاي",
    "بشتغل ١٤ ساعة بالأسبوع بمحل ملابس وبدرس بالجامعة",
    "اشتغلت ٦٥ ساعة بالشهر كله بالمطعم",
    "المشرف مش فاضي اكلمه اليوم، بكرا بسأله عن الإجازة",
    "رح يلغوا العقد مع الشركة التانية ويجيبو شركة تنظيف جديدة",
]

# tune20 families: the writer's own grade is not someone else's (a denial of the writer's work
# sets it aside); the children an MSA domestic worker looks after ("وأعتني بأطفالهم"); the rest of
# the pay kept or "sent home" by the employer; no pay "at all" told with "anything"; all the pay
# deferred to the end of the project; "I'll call immigration on you"; a sum owed for the visa or
# ticket; "carry on with your work" is an order, not a promise; ten or more people in three rooms,
# or with one bathroom
POSITIVES += [
    ("ابني طالب في الصف العاشر ويشتغل بمطعم بعد المدرسة", True, ()),
    ("انا في الصف العاشر وبشتغل بمحل خضرة", True, ()),
    ("بيعطوني ٢٠٠ بس والباقي بيبعتوه لاهلي على كلامهم", False, ("withholding_of_wages",)),
    ("باقي الراتب محفوظ عند المدام لآخر السنة", False, ("withholding_of_wages",)),
    ("el ba2i byeb3atouh la ahli w ahli ma wosello shi", False, ("withholding_of_wages",)),
    ("من ٣ شهور ما دفعولنا ولا شي", False, ("withholding_of_wages",)),
    ("لم يدفعوا لي أي شيء منذ شهرين", False, ("withholding_of_wages",)),
    ("mesh byedfa3lna ay 7aga men shahrein", False, ("withholding_of_wages",)),
    ("المعلم قال بتاخدو كل فلوسكم لما يخلص الموسم", False, ("withholding_of_wages",)),
    ("قال رح تقبضوا كل الرواتب في نهاية العقد", False, ("withholding_of_wages",)),
    ("رح اتصل بالشرطة عليكم اذا ما خلصتوا الطلبية", False, ("intimidation_threats",)),
    ("المعلم قال هبلغ الجوازات عليك لو اشتكيت", False, ("intimidation_threats",)),
    ("el m3allem 2alli hakallem el police 3aleik", False, ("intimidation_threats",)),
    ("لازم ادفعله ٤٠٠٠ دولار حق الفيزا اذا بدي اسافر", False, ("debt_bondage",)),
    ("lazem nedfa3lhom 3000 dollar taman el tazkara", False, ("debt_bondage",)),
    ("ساكنين ١٢ عامل في بيت فيه ٣ غرف", False, ("abusive_working_living_conditions",)),
    ("11 shabab bi sha2a fiha 3 ghoraf", False, ("abusive_working_living_conditions",)),
    ("احنا ١٠ عمال بالسكن وحمام واحد بس", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    "انا طالب بالصف الحادي عشر وما بشتغل، امي بتشتغل بمحل خياطة",
    "اني في الصف التاسع وما اشتغل، ابوي شغال بمطعم",
    "أعمل عند عائلة وأعتني بطفلين (٤ و٧ سنوات)",
    "ببعت الباقي لأهلي كل شهر",
    "ما دفعت اي شي للمكتب",
    "لازم ادفعله ٣٠٠ حق الغرفة آخر الشهر",
    "المشرف قال لي خلص الكرتون وكمل شغلك",
    "نحنا ٤ بشقة فيها ٣ غرف",
]
# tune21 families: came "on the basis of" a job, and on arrival the job "turned out" another (not a
# job that came up for the writer); not paid "for two months" told after the negated verb; the rest
# of the pay sent by the employer to "my" family, the verb first; nobody else will hire the writer,
# first person, and the boss saying the writer has no English; the boss will "talk with"
# immigration; Arabizi "not a single day off" with the negation first (not a withholding);
# "برا" (out) is not "برامج" (programs) nor "براتب" (with a salary)
POSITIVES += [
    ("اجينا ست شباب من ميشيغان على اساس شغل بمصنع، لقينا حالنا بمزرعة", False, ("deception",)),
    ("جابوني عاساس انو الشغل بمطعم وهلق بنظف بيوت", False, ("deception",)),
    ("jabouna 3ala asas shoghl bi masna3 w tele3 zra3a", False, ("deception",)),
    ("وصلت عالمزرعة اتاري الشغل تعشيب بالشمس", False, ("deception",)),
    ("المعلم ما دفعلنا من ٣ شهور وكل يوم بيقول بكرا", False, ("withholding_of_wages",)),
    ("اخوي عمره ١٧ وما قبض ولا قرش من شهرين بالمحل", True, ("withholding_of_wages",)),
    ("el m3allem ma dafa3li men shahrein", False, ("withholding_of_wages",)),
    ("بيعطيني ١٥٠ بس وبيقول بيبعت الباقي لاهلي بالسودان", False, ("withholding_of_wages",)),
    ("bya3tini 100 w byeb3at el ba2i la ahli 3a kalamo", False, ("withholding_of_wages",)),
    ("صاحب المحل بيقلي ما حدا رح يشغلني غيره بدون اوراق", False, ("abuse_of_vulnerability",)),
    ("المدام تقول لي دايما انك ما بتعرفي انجليزي", False, ("abuse_of_vulnerability",)),
    ("ma 7ada ra7 ysha3'elni gheiro hek bi2olli", False, ("abuse_of_vulnerability",)),
    ("كل ما اطلب معاشي بيقلي رح يحكي مع الشرطة", False, ("intimidation_threats",)),
    ("قالي رح احكي مع الهجرة عنك اذا ما سكتت", False, ("intimidation_threats",)),
    ("el boss 2alli ra7 y7ki ma3 el immigration", False, ("intimidation_threats",)),
    (
        "sarlna shahrein ma akhadna wala yom ra7a",
        False,
        ("excessive_overtime",),
        ("withholding_of_wages",),
    ),
    ("mesh by3touna ay yom agaza", False, ("excessive_overtime",)),
]
NEGATIVES += [
    "لما وصلت على امريكا طلعلي شغل بمطعم وهلق مرتاح",
    "بشتغل على اساس الساعة وبيدفعولي كل جمعة",
    "ما دفعت الايجار من شهرين لانو الشغل خفيف",
    "ابني بيبعت الباقي لأهله بالضيعة",
    "رح احكي مع الشرطة عن جاري",
    "بنتي بدها تعرف اذا في برامج صيفية للشباب",
    "لو لقيت شغل براتب احسن بروح",
]
# tune22 families: Egyptian Arabizi "he locks (the door) on us" and "nobody goes out except with
# him" (and "at night" after the housing or door is no night shift); the passport "of travel" with
# him; ending up owing the boss; the writer's own child-care job; sleeping in the kitchen
POSITIVES += [
    (
        "el modir bi2felo 3aleina el bab bel leil",
        False,
        ("restriction_of_movement",),
        ("night_or_school_hours",),
    ),
    ("ma7adesh bi5rog gheir ma3ahom men el sakan", False, ("restriction_of_movement",)),
    ("مفيش حد يطلع إلا معاه حتى للسوق", False, ("restriction_of_movement",)),
    ("جواز السفر تبعي لسه معو وما بيرضى يرجعه", False, ("retention_of_identity_documents",)),
    ("جواز سفري عند الكفيل من يوم وصلت", False, ("retention_of_identity_documents",)),
    ("وبعد خصم الايجار صرنا مطلوبين للشركة كل شهر", False, ("debt_bondage",)),
    ("kol shahr batla3 matloub lo flous", False, ("debt_bondage",)),
    (
        "بشتغل عند عيلة برعاية طفلين وما قبضت من ٣ شهور",
        False,
        ("withholding_of_wages",),
    ),
    ("بنام على فرشة بالمخزن ورا المطبخ", False, ("abusive_working_living_conditions",)),
    ("الكفيل حاطني انام في الممر", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    "جواز سفري عنده مشكلة بالتاريخ",
    "el modir 2afal 3alaya el sekka",
    "صرت مطلوب لشغل جديد بالمطعم",
    "انا وزوجي بنام بالغرفة الكبيرة",
]
