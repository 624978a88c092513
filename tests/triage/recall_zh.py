"""Chinese recall cases: grades, ages of relatives, number words, forced labour.

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    ("我上初三，晚上在鸡肉厂上夜班", True, ("hazardous_work", "night_or_school_hours")),
    ("我还在读高中，放学后去厂里洗机器", True, ("hazardous_work",)),
    ("我未成年，他们让我开叉车", True, ("hazardous_work",)),
    ("肉厂生产线上有才13岁的孩子在干活", True, ("hazardous_work",)),
    ("我表弟十六岁，在屠宰场打工", True, ("hazardous_work",)),
    ("我妹妹在工厂包肉，她才15", True, ("hazardous_work",)),
    ("他们雇了未成年人在屠宰场做夜班清洁", True, ("hazardous_work", "night_or_school_hours")),
    ("我弟弟在剔骨线上干活，才十四", True, ("hazardous_work",)),
    ("老板把我们的手机收走了，不能给家里打电话", False, ("isolation",)),
    ("跟外面没有任何联系，不准跟其他工人说话", False, ("isolation",)),
    ("主管说如果我们投诉就叫移民局", False, ("intimidation_threats",)),
    ("他说我要是走了，我家里人会出事", False, ("intimidation_threats",)),
    ("谁投诉就开除，以后在这一带找不到工作", False, ("intimidation_threats",)),
    ("因为我们没有身份，他们给我们的工资更低", False, ("abuse_of_vulnerability",)),
    ("他知道我们没别的地方可去", False, ("abuse_of_vulnerability",)),
    ("不能离开宿舍，晚上大门锁着，还有保安看着", False, ("restriction_of_movement",)),
    ("只能在领班陪同下出去", False, ("restriction_of_movement",)),
    ("工资要等到季末才发", False, ("withholding_of_wages",)),
    ("老板每周扣一部分工资", False, ("withholding_of_wages",)),
    ("三个月没发工资了", False, ("withholding_of_wages",)),
    # birth year of someone else; goes to the site with a relative; 别人 is not a negation
    ("社工你好，有个2011年出生的女孩每天跟着她舅舅去工地搬砖", True, ()),
    ("我外甥跟他表哥在别人家屋顶上铺瓦，他才十五岁", True, ("hazardous_work",)),
    # Cantonese place + job with the kin word in the previous clause; evening for a 14-year-old
    ("我個女十四歲，喺茶樓幫手，夜晚做到九點", True, ("night_or_school_hours",)),
    ("我十六岁，周末每天干十个小时", True, ()),
    # quitting costs the pay; promise vs reality across clauses; remote site; injury ignored
    ("老板说谁要是辞职，这个月的工资就不给了", False, ("withholding_of_wages",)),
    ("中介说是去工厂做包装，结果被安排在农场摘菜", False, ("deception",)),
    ("来了才发现根本没有宿舍", False, ("deception",)),
    ("离最近的小镇开车要两个小时，周围没有人家", False, ("isolation",)),
    ("手被刀割破了，领班让她贴个创可贴继续干", False, ("abusive_working_living_conditions",)),
]

NEGATIVES = [
    "我有15年做面包的经验",
    "我儿子16岁，在上学，不工作",
    "我17岁开始在这里干，现在30了",
    "我每天晚上给家里打电话",
    "我老板人很好，从来没威胁过谁",
    "每个星期五都按时发工资",
    "我想什么时候出门都可以",
    "我女儿上初三，我在商店上班",
    "我的证件和护照都在自己手里，一切都好",
    "明天学校因为下雪关门",
    "昨天上了一个十四小时的班，平时八小时",
    "我家孩子十五岁，他跟他爸爸去钓鱼",
    "我跟别人合租，房间很干净",
]
