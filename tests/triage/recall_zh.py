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
    # tune3 families: workplace + task without a work verb, age before the number word,
    # "not yet adult", truancy for work, documents left "with" someone, dependence,
    # threats to the family at home, doors locked, pay only at year end
    ("我表妹今年十五岁，暑假在奶茶店洗杯子", True, ()),
    ("邻居家的小孩周末在汽修店擦车，周岁才十四", True, ()),
    ("她女儿还没成年，每天在果园摘苹果", True, ()),
    ("那个男生常常逃课，白天在面包店揉面", True, ("night_or_school_hours",)),
    ("工头说证件放他那里比较好，我要了好几次都不还", False, ("retention_of_identity_documents",)),
    ("老板同时是我们的房东和司机，离开他我们就什么都没有", False, ("abuse_of_vulnerability",)),
    ("他说谁敢辞工，就派人去老家找你爸妈算账", False, ("intimidation_threats",)),
    ("晚上十点老板就锁大门，不能自己出去买东西", False, ("restriction_of_movement",)),
    ("老板说工资到年底一次结清，平时只给一点生活费", False, ("withholding_of_wages",)),
    ("我下个月才满十六，在超市收银", True, ()),
    # everyday phrasings of forced-labour codes
    ("老板把我们的护照都收起来了，说走的时候再还", False, ("retention_of_identity_documents",)),
    ("领班说我们要是投诉，就让移民局来抓人", False, ("intimidation_threats",)),
    ("来之前说一个月三千，来了只给一千五", False, ("deception",)),
    ("干活的地方在山里，附近什么都没有", False, ("isolation",)),
    # tune4 families
    ("她才十四岁，老板不给她上初中，让她在餐馆洗碗", True, ("night_or_school_hours",)),
    ("他表弟十五岁，没去上高中，在工地搬砖", True, ("night_or_school_hours",)),
    # tune5 families: Cantonese "not let him go to school" (唔畀/唔俾 + 返學, 走堂)
    ("我細佬十五歲，老闆唔畀佢返學，叫佢留喺餐廳洗碗", True, ("night_or_school_hours",)),
    ("我個女成日走堂去茶餐廳做嘢，佢先十四", True, ("night_or_school_hours",)),
    # kin word + adverb + number (Cantonese and Mandarin); a job title as the work sign
    ("我個女啱啱十五歲，暑假喺超市做收銀", True, ()),
    ("我外甥今年才十六，周末在奶茶店当店员", True, ()),
    ("我个仔读紧中三，放暑假喺麦当劳做兼职", True, ()),
    ("我弟弟15岁在读书，周末在餐馆打工", True, ()),
    # pay deferred until the season / a year / the debt is done (not deception)
    ("老板说等收完这批庄稼再一起发工资", False, ("withholding_of_wages",)),
    ("工頭講要做滿一年先出糧", False, ("withholding_of_wages",)),
    ("中介说路费还清之前不给工资", False, ("withholding_of_wages", "debt_bondage")),
    # tune6 families: "turns N next month" with the subject dropped or a relative as subject
    # (the number read as the age); not one day off; every day from morning or noon to
    # midnight
    ("明年三月才满十五岁，现在在餐馆洗碗", True, ()),
    ("过完年就满十七，每天在工地搬砖", True, ()),
    ("我弟弟下个月就满15，在肉厂切肉", True, ("hazardous_work",)),
    ("他明年才满十六，在饭店打工", True, ()),
    ("在餐馆做厨师，一天都不休息", False, ("excessive_overtime",)),
    ("来了三个月没休过一天", False, ("excessive_overtime",)),
    ("老板一天也不让我们休息", False, ("excessive_overtime",)),
    ("每天从早上六点干到晚上九点", False, ("excessive_overtime",)),
    ("天天从中午做到凌晨两点", False, ("excessive_overtime", "night_or_school_hours")),
    # promised pay vs what reaches the hand; school left unfinished to work
    ("说好时薪15刀，实际只给10刀", False, ("deception",)),
    ("招工时讲每月五千，到手才三千", False, ("deception",)),
    # Traditional characters (廣, 點, 禮 are not folded: classes in the patterns)
    ("廣告上寫月薪八千，到手才四千", False, ("deception",)),
    ("每天從早上七點做到半夜，一天都沒休息過", False, ("excessive_overtime",)),
    ("下禮拜就滿十五歲，在雞肉廠包肉", True, ("hazardous_work",)),
    ("我初中没读完就出来打工了，今年16", True, ("night_or_school_hours",)),
    ("他高中不读了，去工地干活，才十六岁", True, ("night_or_school_hours",)),
    # A daytime shift of a 15-year-old is not night work ("十点到" after a morning word).
    ("我妹妹十五岁，周六在超市收银，早上十点到下午三点", True, (), ("night_or_school_hours",)),
    ("我細妹十四歲，禮拜日喺餐廳洗碗，上午十點到下午兩點", True, (), ("night_or_school_hours",)),
    ("我妹妹十五岁，在超市收银，晚上九点到十二点", True, ("night_or_school_hours",)),
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
    "上个月同事病了，我替他上了一个双班",
    "组长叫我一起去吃饭，人挺好的",
    "我儿子还没成年，在读初中，成绩很好",
    "护照一直在我自己手里，老板从来没要过",
    "我女儿16岁在读高中，现在没打工，想知道她暑假去哪里找工作",
    "领班喝醉了就骂人，我们都不敢出声",
    # tune4 families
    "生意越来越好，订单越滚越多，我们想问问怎么报税",
    "我在洗衣房操作滚筒烘干机，一小时十五刀，请问有加班费吗",
    # tune5 families
    "今日打風，學校停課，唔使返學",
    "我女儿十五岁，想暑假去游泳池做救生员，可以吗",
    "我女兒十五歲，準備暑假去做救生員",
    "我十六岁的时候在超市做过收银员，现在三十了",
    "我儿子在读小学，我在餐馆打工",
    "老板说这个月工资下周一发，以前从来没晚过",
    # tune6 families: a parent's own job next to a child turning 16; one long day; normal
    # hours and rest days; a wish, not a job
    "我儿子下个月满16，在读高中，我在工厂上班",
    "昨天从早干到晚，累死了",
    "我每天早上8点上班到下午5点",
    "我每周休两天，从来不加班",
    "老板说下个月满一年就加工资",
    "女儿明年满十五，想问暑假能不能去打工",
]

# tune7 families: protective gear fronted before its negation ("连口罩都没有", "手套也不发");
# a phone taken with adverbs in between; calls rationed ("一个月只能打一次电话")
POSITIVES += [
    (
        "屠宰场冷库里搬肉的活，劳保用品一直没发过，手冻得发紫",
        False,
        ("hazardous_work", "abusive_working_living_conditions"),
    ),
    ("工地上拆旧楼，安全帽也不给，砖头经常掉下来", False, ("abusive_working_living_conditions",)),
    ("厂里一进门保安就把大家的手机统统收走，说是规定", False, ("isolation",)),
    ("在船上干活，一个月只能给家里打一次电话", False, ("isolation",)),
    ("宿舍里只准周末打五分钟电话，平时不让联系家人", False, ("isolation",)),
]

NEGATIVES += [
    "老板发了口罩和手套，也有防护服",
    "我只能打电话给你们了，谢谢",
    "手套没有问题，就是太大了",
]


POSITIVES += [
    # tune8 families: a child who no longer goes to school; a promised term overrun; pay never
    # received; not allowed off a boat; money in 萬 is not an age; noon is not night
    (
        "我侄子十五岁，早就不去学校了，天天在肉厂切肉",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("她才16，学校也不去了，在餐馆后厨用绞肉机", True, ("hazardous_work", "night_or_school_hours")),
    ("中介讲好干半年就让他回家，结果到现在两年多了", False, ("deception",)),
    (
        "招工的答应每个月三千五，干了八个月，一分钱也没拿到过",
        False,
        ("deception", "withholding_of_wages"),
    ),
    ("我们的工资到今天还没收到，老板一直拖", False, ("withholding_of_wages",)),
    ("船老大不准我们上岸，一年都下不了船", False, ("restriction_of_movement",)),
    ("蛇头说我欠他八萬，每月从工资里扣", False, ("debt_bondage",), ("night_or_school_hours",)),
    ("我16歲，暑假在超市理貨，上午11點到下午5點", True, (), ("night_or_school_hours",)),
    # a passport given back once the debt is repaid is not wages
    (
        "老板扣着他的身份证，说等债还清了才给他",
        False,
        ("retention_of_identity_documents",),
        ("withholding_of_wages",),
    ),
    ("老板说机票钱还完了才发工资", False, ("withholding_of_wages", "debt_bondage")),
]

NEGATIVES += [
    "周末不去学校，在家写作业",
    "我女儿今天没去学校，她发烧了",
]

# tune9 families: SMS spaces end a clause for negation; school said in English; year-end
# lump-sum pay; "Name (15)"; just hired; a job title after 是; "not 18 yet" in other word
# orders; Cantonese restaurant titles
POSITIVES += [
    ("天天干到很晚 没人管 两个月没拿到工资", False, ("withholding_of_wages",)),
    ("老板说工钱年尾一次性结", False, ("withholding_of_wages",)),
    ("我妹妹15岁 这个月都没去school 在餐馆打工", True, ("night_or_school_hours",)),
    ("表妹阿玲（15）在奶茶店打工", True, ()),
    ("我们店新来的小伟(14)天天洗碗", True, ()),
    ("本人(16岁)在餐馆做传菜", True, ()),
    ("我外甥才十五 刚找到一份暑期工 在超市理货", True, ()),
    ("她被一家快餐店录用了，她只有16岁", True, ()),
    ("我侄子十六岁，是修车店的学徒", True, ()),
    ("她是奶茶店的收银员，才十五", True, ()),
    ("我18岁都不到 老板让我开铲车", True, ("hazardous_work",)),
    ("离十八岁还差几个月，我在工地干活", True, ()),
    ("我还差半年才满十八，在屠宰场上班", True, ("hazardous_work",)),
    ("我未夠十八，喺茶樓做傳菜", True, ()),
]

NEGATIVES += [
    # a child said not to work, the writer's own job in the next sentence
    "我儿子15岁 上初中 不打工。我在餐馆上班 一周50小时",
    # 当初+中介, 大学生, 高一点, 年初+中国 are not school words; 有人 is not a promise
    "当初中介帮我找的这份工，老板人不错",
    "老板想请几个大学生暑假来帮忙",
    "希望工资能高一点，我在超市上班",
    "年初中国来的朋友在我们店打工，他35岁",
    "老板说有人问就说你是他亲戚",
    "我儿子16岁，还没找到工作",
    "我刚找到一份工作，在超市当收银员，我30岁",
]

# a birthday still to come: the age is read one lower (15, so the after-7-pm limit applies)
POSITIVES += [
    ("我下个月才满16岁，每天放学后在奶茶店干到晚上十点", True, ("night_or_school_hours",)),
    ("我表妹快十六岁了，在火锅店当服务员，天天下班都过了十点", True, ()),
]

# tune10 families: power-driven cutters and grinders by name ("切丝机", "粉碎机") or told
# with what the machine cuts ("开着机器绞馅"); an ID card or work card "in the boss's
# hands" is retention, not dependence; a visa in the employer's hands is retention (not
# one being processed)
POSITIVES += [
    ("我弟弟十五岁，在饭店厨房用切丝机切萝卜", True, ("hazardous_work",)),
    ("表妹才十六，在包子铺开着机器绞馅", True, ("hazardous_work",)),
    ("我们店里打豆浆用粉碎机，我今年十七", True, ("hazardous_work",)),
    ("吃住全靠老板，身份也都在他手上", False, ("abuse_of_vulnerability",)),
    (
        "工作证和护照都在中介那里，说干满一年才还",
        False,
        ("retention_of_identity_documents",),
        ("abuse_of_vulnerability",),
    ),
    (
        "身份证都在老板手上，他不肯还给我",
        False,
        ("retention_of_identity_documents",),
        ("abuse_of_vulnerability",),
    ),
    ("我的签证押在中介那，说干满两年才给", False, ("retention_of_identity_documents",)),
    ("签证都在工头手里，我们走不了", False, ("retention_of_identity_documents",)),
]

NEGATIVES += [
    "我们餐馆切菜都是手切，不用机器",
    "签证在中介那里办，下个月应该就好了",
]

# tune11 families: English machine names glued to Chinese ("开forklift", "用meat grinder");
# beaten with the actor and a place between (被…揍了一顿) or "kicked him twice"; an agency's
# word (介绍所, 劳务公司, 职介) and then, after coming, less; the employer using the worker's
# poor English, or telling her she would find no other job
POSITIVES += [
    ("我十六岁，经理叫我开forklift卸货", True, ("hazardous_work",)),
    ("我17岁，暑假在肉店用meat grinder绞肉", True, ("hazardous_work",)),
    ("他被工头拉到仓库里揍了一顿", False, ("physical_sexual_violence",)),
    ("职业介绍所说月薪三千，有宿舍。来了以后雇主只给两千", False, ("deception",)),
    ("老板嫌我们英语差，说走了也没人要", False, ("abuse_of_vulnerability",)),
    # a nanny's charges are not child workers
    (
        "我在雇主家做保姆，除了两个小孩还要照顾老人，每天干十四个小时",
        False,
        ("excessive_overtime",),
    ),
    ("我做住家阿姨，照顾三个小孩，一天干十五个钟，一个月只休一天", False, ("excessive_overtime",)),
]

# tune11 traps: a forklift licence, course or exam asked about; the writer's own poor English
# or own job search; a phone call "打了个电话"
NEGATIVES += [
    "我想去考叉车证，纽约哪里能报名？",
    "叉车培训班多少钱？要考多久？",
    "我英文不好，请问怎么申请工卡",
    "我辞工以后也找不到工作，能领失业金吗",
    "经理被老板打了个电话叫回去开会",
]

# tune12 families: toxic exposure told by the solvent or its fumes and their effects (nail
# salons, paint, glue), and a rash on the hands
POSITIVES += [
    ("在美甲店上班，天天闻卸甲水，头好晕", False, ("hazardous_work",)),
    ("工厂里甲醛味很重，大家都咳嗽", False, ("hazardous_work",)),
    ("装修公司让我刷油漆，油漆味熏得胸闷", False, ("hazardous_work",)),
    ("做清洁用稀释剂，手上起了一片红疹", False, ("hazardous_work",)),
    ("我17岁，在美甲店打工，每天闻洗甲水头疼", True, ("hazardous_work",)),
    ("每天聞卸甲水，頭暈", False, ("hazardous_work",)),
]

# tune12 near-misses: a headache from the news; a child's rash at home; a nail salon alone
NEGATIVES += [
    "看新闻看得我头疼",
    "孩子身上出疹子了，今天请假在家",
    "我在美甲店工作，老板人很好",
]

# tune13 families: refusing overtime or work answered with "then don't come back" (Mandarin and
# Cantonese); a machine's licence asked about is not running it; a basement in someone's home
# counts only when crowded or described (no windows, no hot water)
POSITIVES += [
    ("经理说不加班的话以后就别来了", False, ("intimidation_threats",)),
    ("组长讲唔做就唔使返嚟", False, ("intimidation_threats",)),
    ("要是不想干，明天就不要再来上班", False, ("intimidation_threats",)),
    ("六个人住在工头家的地下室，挤得要命", False, ("abusive_working_living_conditions",)),
    ("宿舍窗户都没有，热水也没有", False, ("abusive_working_living_conditions",)),
    ("我在冷库开铲车，没人给我们培训", False, ("hazardous_work",)),
]
NEGATIVES += [
    "铲车执照哪里可以考？",
    "想问开叉车需要什么证书",
    "我住在亲戚家地下室，房租不贵",
    "老板说我明天不用来了，店要装修",
]

# job_context (session 8): a job sign that does not say whose (clock hours, pay, "份工", shifts,
# paid by the day) in the sentence of an age under 18, for the writer and for a relative; not
# the writer's or a parent's own job next to a child's age, not school hours, not a wish
POSITIVES += [
    ("我女儿十五岁，周六周日在奶茶店从早上9点到下午3点", True, ()),
    ("我16岁，一小时12块，老板给现金", True, ()),
    ("我侄子十六岁，暑假在泳池上早班", True, ()),
    ("我個仔十五歲，份工朝九晚五", True, ()),
    ("他才14岁，日结，一天80块", True, ()),
]
NEGATIVES += [
    "我儿子十五岁，我在餐馆打工，一小时十块",
    "我儿子十四岁，在上初中，从八点到三点",
    "我女儿16岁，想找一份暑假的兼职",
    "我女儿15岁，她爸经常加班",
]

# tune14 families: "before coming, the boss said" is the present job, not a past one
# ("来之前老板说", "出国之前老板说"), six or more to a room told without a verb
# ("十个人一个房间", "一间卧室住了七个人"), the boss filing taxes or buying insurance for the
# worker is no pay promise ("老板说要给她买保险"), the forfeit threatened to whoever leaves is
# withholding, not deception ("不干了的话一分也不给"); and the writer's own care work (`care`:
# the children a nanny looks after are not workers)
POSITIVES += [
    (
        "出国之前老板说一个月三千五，来了以后说要先做学徒，半年不给工资",
        False,
        ("withholding_of_wages",),
    ),
    ("来之前工厂说包住，来了以后老板扣了我们一半工资", False, ("withholding_of_wages",)),
    ("我们住在工头租的房子里，十个人一个房间", False, ("abusive_working_living_conditions",)),
    ("一间卧室住了七个人，还要自己交房租", False, ("abusive_working_living_conditions",)),
    ("我女儿十六岁，周末在餐馆打工，老板说要给她买保险", True, (), ("deception",)),
    (
        "工头讲好一天一百五，说不干了的话一分也不给",
        False,
        ("withholding_of_wages",),
        ("deception",),
    ),
    # care
    (
        "我在雇主家做住家保姆，照顾两个孩子，一个四岁一个九岁，女主人把我的护照锁起来了",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "我帮一户人家带三岁和七岁的小孩，雇主说我要是走就打电话叫移民局",
        False,
        ("intimidation_threats",),
    ),
]
NEGATIVES += [
    "我们宿舍两个人一间，有空调",
    "老板说要给我们报税，要社安号，这个正常吗",
]

# tune15 families: a photocopy or scan of a document kept on file; the worker's own debt is not
# wages owed; pay
# "kept for" the worker, paid on leaving, or a month held as a deposit; not out alone, followed
# wherever one goes;
# on arrival taken elsewhere (把/将/被); sex forced, told by a euphemism; food bought in by the boss
# is no
# dependence; a day ending at ten in the evening (adult) against a school day stretched to ten; a
# long day span
# with a six- or seven-day week; Cantonese calls to immigration or the police
POSITIVES += [
    ("她欠了蛇头的钱，每个月从工资里扣", False, ("debt_bondage",), ("withholding_of_wages",)),
    ("剩下的工钱老板说替我们保管，走的时候再一起给", False, ("withholding_of_wages",)),
    ("老板押了新人第一个月的人工，说做不满半年就不退", False, ("withholding_of_wages",)),
    ("我们几个女工不准独自外出，出去都有人跟着", False, ("restriction_of_movement",)),
    ("那个男孩不能一个人出门，去哪里都是工头跟着", False, ("restriction_of_movement",)),
    ("中介讲好去餐馆做服务员，一到就把我们送去农场摘菜", False, ("deception",)),
    ("老板逼她们接客，还有客人强迫她做那种事", False, ("physical_sexual_violence",)),
    (
        "我们被关在宿舍里，吃的都是老板买回来的",
        False,
        ("restriction_of_movement",),
        ("abuse_of_vulnerability",),
    ),
    ("我侄子十四岁，每天放学后在外卖店打包，做到晚上十点", True, ("night_or_school_hours",)),
    ("我表哥在工地干活，从上午十点做到晚上十一点，一个星期做六天", False, ("excessive_overtime",)),
    ("从早上八点干到晚上十点，一个礼拜干七天", False, ("excessive_overtime",)),
    ("佢哋話如果唔做就叫差佬嚟捉我哋", False, ("intimidation_threats",)),
    ("老細話我再投訴就打電話俾移民局", False, ("intimidation_threats",)),
]
NEGATIVES += [
    "雇主复印了我的身份证存档，原件当天就还给我了",
    "公司扫描了他们的护照放进电脑里，原件都还了",
    "我在超市上班，早上十点到晚上十点，一个星期休两天",
]

# tune16 families
POSITIVES += [
    # a manager already scheduling the young writer
    ("我16岁，周末在奶茶店 店长给我排了周六周日 下午一点到六点 想问这样合法吗", True, ()),
    # travel or smuggling money advanced by the boss, pay only once it is deducted
    (
        "我侄子今年16岁，偷渡的钱是餐馆老板帮他垫付的，他在后厨洗碗，每个月扣，扣清了才给他自己的工资",
        True,
        ("debt_bondage", "withholding_of_wages"),
    ),
    # a report to immigration told with the agency first; a blacklist threat
    (
        "工头说我要是敢走，就到移民局举报我，还让我在这行找不到工作",
        False,
        ("intimidation_threats",),
    ),
    # a promised rate, then less on arrival; demolition
    (
        "亲戚讲好一个月六千包吃住，到了以后只给三千五，每天都在敲墙砸瓷砖",
        False,
        ("deception", "hazardous_work"),
    ),
    # the passport kept with 把 ... 收着
    ("中介把我们的护照都收着，说怕我们跑", False, ("retention_of_identity_documents",)),
]
NEGATIVES += [
    # the writer's own live-in nanny job: the children looked after are not workers
    "我是在皇后区做住家保姆的，照顾一个婴儿和两个小孩，想问加班费怎么算",
    # the writer's own job glossed after 就是: not a child's
    "我儿子十五岁，在读九年级。我在工厂上班，就是搬货装箱，主管脾气很差",
    # two documents listed before the copy verb
    "入职那天公司把我的驾照和护照复印了存档，原件马上还给我了",
    # a phone curfew at ten is no night work; one long day contrasted with the usual
    "晚上十点以后要关灯睡觉，这个宿舍规定合理吗",
    "上周六店里活动，我干了14个钟头，平常一天只做8个钟头，加班费怎么算",
]

# Pinyin (session 9): ages, work and pay written in Latin letters, with or without characters;
# a two-digit or written-out birth year before 年
POSITIVES += [
    ("wo 15 sui, zhou mo zai can guan da gong, laoban gei 9 kuai yi ge xiaoshi", True, ()),
    ("wo jin nian shi liu sui, mei tian wan shang zai ji rou chang shang ban", True, ()),
    ("ni hao, wo di di 14 sui, fang xue hou zai chao shi da gong dao 9 dian", True, ()),
    ("wo mei mei shi wu sui, shu jia zai nai cha dian gong zuo, 10 dian dao 4 dian", True, ()),
    ("我零八年出生，现在在肉厂上夜班", True, ("hazardous_work",)),
    ("我侄子是一一年的，跟着他舅舅在工地搬砖", True, ()),
    (
        "wo di di 15 sui, zai ji rou chang shang ye ban",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    (
        "zhong jie na zou le wo de hu zhao, shuo huan qing lu fei cai gei wo",
        False,
        ("retention_of_identity_documents", "debt_bondage"),
    ),
    (
        "wo zai can guan gong zuo, mei tian 12 ge xiao shi, mei you xiu xi ri, "
        "laoban shuo bu zuo jiu jiao yi min ju",
        False,
        ("intimidation_threats", "excessive_overtime"),
    ),
    ("lao ban yi jing san ge yue mei fa gong zi le", False, ("withholding_of_wages",)),
    (
        "ta men bu rang wo men chu qu, shou ji ye shou zou le",
        False,
        ("restriction_of_movement", "isolation"),
    ),
    (
        "zhu zai dian li, shui di pu, mei you shou tao",
        False,
        ("abusive_working_living_conditions",),
    ),
]
NEGATIVES += [
    # a child at school, the writer's own night job
    "wo er zi 15 sui, hai zai shang xue. wo zai can guan shang ban, zhe yang ke yi ma",
    # years in a job, not an age
    "wo zai zhe li gong zuo le 16 nian, laoban ren hen hao",
    # the passport not taken
    "lao ban mei you na wo de hu zhao, ta ren hen hao",
]

# tune17 families: the writer's own hours and overtime with a dropped subject; an after-school
# start is no long day; Traditional 別; dismissal slang (走路, 執包袱, 卷铺盖)
POSITIVES += [
    ("我弟弟十五岁，老板叫他加班，做了十个小时。", True, ()),
    (
        "我妹妹十四岁，每天下课后从四点做到晚上十点，在奶茶店帮忙。",
        True,
        ("night_or_school_hours",),
        ("excessive_overtime",),
    ),
    (
        "經理摸我的手，還說我要是告訴別人就等著瞧。",
        False,
        ("physical_sexual_violence", "intimidation_threats"),
    ),
    ("老闆講下個月再遲到就叫你執包袱。", False, ("intimidation_threats",)),
    ("工头放话，谁敢请病假就叫他卷铺盖。", False, ("intimidation_threats",)),
    ("主管說誰再頂嘴就請他走路。", False, ("intimidation_threats",)),
]
NEGATIVES += [
    # a child's age, then the writer's own overtime told with the subject dropped
    "我儿子九岁，三点半放学。上周主管让我加班，做了十个小时。",
    "我女儿十岁，在读小学。昨天经理又叫我留下来，干了十一个钟头，就这一次。",
    # walking, not a dismissal
    "下班以后组长叫我走路回宿舍，路上很黑。",
]

# tune18 families: a time word between 我 and the verb (the writer's own job); noon to the
# afternoon is no night shift; smuggled in is not by itself abuse of vulnerability; the wage
# fronted and then held; rent and food deducted are no debt; weeks without a day off; the
# passport or green card named in English
POSITIVES += [
    ("我15岁，周末在面包店帮忙，十二点到下午五点。", True, (), ("night_or_school_hours",)),
    (
        "wo 17 sui, zhouliu zai can guan da gong, 12点-6点, yi xiao shi 15 kuai",
        True,
        (),
        ("night_or_school_hours",),
    ),
    ("工资先扣着，老板说怕我们跑了。", False, ("withholding_of_wages",)),
    ("人工老板一直押住，问他要也不给。", False, ("withholding_of_wages",)),
    ("三个星期都没歇，老板还叫我们加班。", False, ("excessive_overtime",)),
    ("在厂里做了两个多月，没休息过一天。", False, ("excessive_overtime",)),
    ("中介把我的passport收走了，说干满两年再还。", False, ("retention_of_identity_documents",)),
    (
        "老板说green card放在他那里保管，我要了几次他都不还。",
        False,
        ("retention_of_identity_documents",),
    ),
]
NEGATIVES += [
    "我平时在超市收银，儿子十岁，放学后在家写作业。",
    "我晚上在餐馆洗碗，白天带外甥，他才七岁，一个六岁。",
    "他是偷渡过来的，现在在餐馆打工，老板对他挺好。",
    "房租和饭钱每个月从工资里扣，其他都还好。",
    "老板包住，但是要扣房租，一个月四百。",
]

# tune19 families: the wage taken to pay off a debt is the debt, not pay withheld; pinyin "at a
# workplace, doing a job" (zai ... zuo / bang mang / shou yin); paid by the hour or on time
# with no amount (按钟点给人工, an xiao shi gei qian)
POSITIVES += [
    (
        "工资每个月被老板拿去还路费，我们也没办法。",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    ("他的工钱全被中介收走抵中介费了。", False, ("debt_bondage",), ("withholding_of_wages",)),
    ("wo 15 sui, shu jia zai chao shi zuo shou yin", True, ()),
    ("wo 16 sui, zhou mo zai restaurant bang mang", True, ()),
    ("我十六岁，老板按钟点给人工，周末去。", True, ()),
    ("wo 16 sui, lao ban an xiao shi gei qian", True, ()),
]
NEGATIVES += [
    "wo er zi 15 sui, wo zai can guan zuo chu shi.",
    "wo 15 sui, zuo tian zai dian li zuo zuo ye.",
]

# tune20 families: a threat to call the police on the worker, or the warning that a report gets
# the worker arrested (not the writer's own report); pay held until the worker comes of age or a
# set time (characters and pinyin); coworkers at a workplace named with its kind, and a third
# person on a line; no fall protection; a flat of few rooms holding many; a small child crying
# or ill is a nanny's charge; pinyin evening ranges, evenings for a 14- or 15-year-old, and
# sleeping in class
POSITIVES += [
    (
        "老板威胁说再讨工钱就报警说你是黑工",
        False,
        ("intimidation_threats",),
        ("abuse_of_vulnerability",),
    ),
    ("工头扬言要是我们走就报警，说我们是偷渡的", False, ("intimidation_threats",)),
    ("老板娘讲要是报警，警察只会抓你们", False, ("intimidation_threats",)),
    ("我今年十五岁，在亲戚的店帮忙，老板说工资要等我满十八岁才给", True, ("withholding_of_wages",)),
    (
        "wo 16 sui, zai can guan da gong, lao ban shuo gong zi deng wo 18 sui zai gei",
        True,
        ("withholding_of_wages",),
    ),
    ("gong qian yao deng dao nian di cai fa", False, ("withholding_of_wages",)),
    ("我们肉联厂新来了几个男孩，看着才十五六岁", True, ("hazardous_work",)),
    ("我们超市新来两个女生，说是读高二，才16岁", True, ()),
    ("我们店新来了三个，都是十五六岁的学生，晚上在后厨洗碗", True, ("night_or_school_hours",)),
    (
        "我弟弟十七，在工地上屋顶铺瓦，连安全带都不给",
        True,
        ("hazardous_work", "abusive_working_living_conditions"),
    ),
    ("工头不给安全绳，我们每天在三楼外墙干活", False, ("abusive_working_living_conditions",)),
    ("两房一厅住了九个工人", False, ("abusive_working_living_conditions",)),
    ("三房的房子挤了十五个人，厕所只有一个", False, ("abusive_working_living_conditions",)),
    (
        "我在一户人家做住家保姆，带一个三岁的孩子。上个月孩子哭了，太太把我的手机收走了",
        False,
        ("isolation",),
    ),
    (
        "wo 14 sui, fang xue hou zai nai cha dian da gong, zuo dao wan shang 8 dian",
        True,
        ("night_or_school_hours",),
    ),
    (
        "wo didi 15 sui, zai canguan xi wan, xia wu 5 dian dao 12 dian",
        True,
        ("night_or_school_hours",),
    ),
    (
        "wo 16 sui, shang ke zong shi da ke shui, yin wei wan shang da gong",
        True,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += [
    "邻居家一直吵架，我就报警了",
    "叔叔说等你满十八岁再带你去打工",
    "我住两房的公寓，跟老公孩子一起三个人住",
    "我们家新来了两只猫",
]

# tune21 families: a promised rate, then after months of work only less; leaving (or going to a
# doctor) answered with "then don't come back"; pinyin travel fees still owed, a long day with a
# six-day week and seven days a week
POSITIVES += [
    ("中介讲好一小时15刀，干了两个月才发一半", False, ("deception",)),
    ("老板答应月薪五千，做满一个月只拿到三千", False, ("deception",)),
    ("手被机器夹伤了，老板说你去医院的话就别回来了", False, ("intimidation_threats",)),
    ("我想请假，经理说请假就不要再来了", False, ("intimidation_threats",)),
    ("laoban shuo zou le jiu bu yong hui lai le", False, ("intimidation_threats",)),
    (
        "zhong jie shuo wo de lu fei hai qian 3 wan, mei ge yue kou gong zi",
        False,
        ("debt_bondage",),
    ),
    ("wo hai qian she tou 4 wan mei jin", False, ("debt_bondage",)),
    (
        "zai can guan zuo, zao shang 9 dian dao wan shang 10 dian, yi ge xing qi liu tian",
        False,
        ("excessive_overtime",),
    ),
    ("mei zhou zuo qi tian, mei you xiu xi", False, ("excessive_overtime",)),
    (
        "工头说好一天两百，干了一个月只给了三百块生活费",
        False,
        ("withholding_of_wages",),
        ("deception",),
    ),
]
NEGATIVES += [
    "说好每月三千，做了两个月涨到四千",
    "医生说你休息就不用回来复查了",
    "wo zhong wu 12 dian dao wan shang 6 dian shang ban, yi zhou wu tian",
]

# tune22 families: a machine named by what it cuts; sleeping on the work furniture or in the shop;
# pinyin school dropped, pinyin document kept "for me" or refused, pinyin "the rest later"
POSITIVES += [
    ("我表弟十五岁，在厂里开切肉的机器。", True, ("hazardous_work",)),
    ("老板让我操作绞馅的机器，一天十个小时。", False, ("hazardous_work",)),
    ("我们几个下了班就睡在店里的按摩台上。", False, ("abusive_working_living_conditions",)),
    ("晚上只能睡仓库，没有床。", False, ("abusive_working_living_conditions",)),
    ("wo di di 15 sui, mei du shu le, zai can guan da gong", True, ("night_or_school_hours",)),
    (
        "huzhao lao ban ti wo men shou zhe, wo yao le ta bu gei",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "shen fen zheng zhong jie bang wo bao guan, yao hui lai ye bu gei",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "mei ge yue zhi gei yi ban, sheng xia de deng he tong dao qi zai gei",
        False,
        ("withholding_of_wages",),
    ),
]
NEGATIVES += [
    "wo er zi 16 sui, zhou mo bu shang xue, zai jia xiu xi",
    "我在店里上班，下班回家睡觉。",
]
