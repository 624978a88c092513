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
]
