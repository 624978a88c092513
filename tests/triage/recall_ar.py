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
]
