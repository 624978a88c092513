"""Vietnamese recall cases: grades, ages of relatives, number words, forced labour.

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    (
        "em đang học lớp 9 và làm ca đêm ở nhà máy gà",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("em vẫn còn học cấp 3, tan học xong em đi rửa máy trong xưởng", True, ("hazardous_work",)),
    ("em chưa đủ tuổi mà họ cho em lái xe nâng", True, ("hazardous_work",)),
    ("có mấy đứa nhỏ mới 13 tuổi làm trong dây chuyền nhà máy thịt", True, ("hazardous_work",)),
    ("em họ tôi mười sáu tuổi, làm ở lò mổ", True, ("hazardous_work",)),
    ("em gái tôi đóng gói thịt ở nhà máy, nó mới 15", True, ("hazardous_work",)),
    (
        "họ thuê trẻ vị thành niên làm đội vệ sinh ban đêm ở lò mổ",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("thằng em tôi làm khâu lóc xương, nó mười bốn tuổi à", True, ("hazardous_work",)),
    ("chủ lấy điện thoại của tụi tôi, không được gọi về gia đình", False, ("isolation",)),
    (
        "không được liên lạc với ai bên ngoài, cấm nói chuyện với công nhân khác",
        False,
        ("isolation",),
    ),
    ("quản lý nói sẽ gọi di trú nếu tụi tôi khiếu nại", False, ("intimidation_threats",)),
    ("ông ta nói gia đình tôi sẽ gặp chuyện nếu tôi bỏ đi", False, ("intimidation_threats",)),
    (
        "ai phàn nàn thì bị đuổi việc và không bao giờ tìm được việc ở vùng này",
        False,
        ("intimidation_threats",),
    ),
    ("họ trả lương thấp hơn vì tụi tôi không có giấy tờ", False, ("abuse_of_vulnerability",)),
    ("ông ta biết tụi tôi không có chỗ nào khác để đi", False, ("abuse_of_vulnerability",)),
    (
        "không được ra khỏi nhà trọ, cổng khóa ban đêm và có bảo vệ canh",
        False,
        ("restriction_of_movement",),
    ),
    ("chỉ được ra ngoài khi có quản lý đi kèm", False, ("restriction_of_movement",)),
    ("họ giữ lương đến cuối mùa mới trả", False, ("withholding_of_wages",)),
    ("chủ giữ lại một phần lương mỗi tuần", False, ("withholding_of_wages",)),
    ("ba tháng nay chưa được trả lương", False, ("withholding_of_wages",)),
    # a job at a workplace without a pronoun before it; "một mình" (alone) is not "mình" (I)
    ("em 15 tuoi phuc vu o quan ca phe cuoi tuan", True, ()),
    ("con gái tôi 15 tuổi đang rửa chén ở quán phở", True, ()),
    ("mot em trai 14 tuoi qua day mot minh dang lam o xuong go", True, ()),
    # school time: "should be in school", shift starting before dawn
    ("lẽ ra nó phải đi học nhưng nó ở tiệm nail cả ngày", True, ("night_or_school_hours",)),
    ("vô ca lúc 2h sáng ở lò bánh", False, ("night_or_school_hours",)),
    # debts owed to the smuggler or broker, growing with interest, family dunned
    ("em no nguoi dua em qua 15 ngan do, tra hoai khong het", False, ("debt_bondage",)),
    ("chú tôi nợ công ty môi giới 12000 đô", False, ("debt_bondage",)),
    ("nợ ngày càng nhiều vì lãi, ba mẹ ở quê cũng bị đòi nợ", False, ("debt_bondage",)),
    ("ai xin nghỉ một ngày là bị đuổi", False, ("intimidation_threats",)),
    # tune3 families: everyday third-person tasks, "half past eleven at night", dozing in
    # class, dependence on the employer for everything, not letting a group leave
    ("cháu tôi 15 tuổi, cuối tuần nó phụ quán phở của chú nó", True, ()),
    ("thằng bé nhà bên mới 14 tuổi mà ngày nào cũng cho bò ăn ở trang trại", True, ()),
    ("con nhỏ 16 tuổi, làm ở tiệm giặt tới 11 giờ rưỡi đêm", True, ("night_or_school_hours",)),
    ("em học sinh lớp 8 đi làm về khuya, sáng ngủ gục trong lớp", True, ("night_or_school_hours",)),
    (
        "ông chủ vừa là người cho ở vừa chở đi làm, mất việc là mất hết",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("cai không cho công nhân ra khỏi nông trại", False, ("restriction_of_movement",)),
    ("cháu gái tôi học lớp 10, cuối tuần gấp khăn ở tiệm giặt", True, ()),
    ("em sinh năm 2010, đang phụ hồ cho một công trình", True, ()),
    # everyday phrasings of forced-labour codes
    ("ổng nói dám trốn thì đánh gãy chân", False, ("intimidation_threats",)),
    ("20 người ngủ chung một cái kho", False, ("abusive_working_living_conditions",)),
    ("còn nợ đầu nậu 20 ngàn đô, phải làm trả dần", False, ("debt_bondage",)),
    ("trại ở giữa núi, xung quanh không có gì hết", False, ("isolation",)),
    ("chủ chửi tụi em như chó", False, ("abusive_working_living_conditions",)),
    ("làm suốt, tháng nghỉ có 1 ngày", False, ("excessive_overtime",)),
    # tune4 families
    ("thằng bé trong tổ tôi còn 5 tháng nữa mới đủ 18, nó làm ở xưởng gỗ", True, ()),
    ("con nhỏ đó khai gian tuổi để vô làm ở nhà máy gà", True, ("hazardous_work",)),
    (
        "cô giáo nói em ấy kể là em đi làm ở quán phở tới 10 giờ tối",
        True,
        ("night_or_school_hours",),
    ),
    ("mỗi tuần ông chủ chỉ chở tụi tôi đi chợ một lần", False, ("restriction_of_movement",)),
    ("muốn ra ngoài thì phải có quản lý đi kèm", False, ("restriction_of_movement",)),
    ("bà chủ cầm hết tiền lương của tụi tôi, nói để dành giùm", False, ("withholding_of_wages",)),
    ("chi phiếu của tôi bị quản lý giữ hết", False, ("withholding_of_wages",)),
]

NEGATIVES = [
    "tôi có 15 năm kinh nghiệm làm bánh",
    "con trai tôi 16 tuổi, đang đi học, không đi làm",
    "tôi bắt đầu làm ở đây năm 17 tuổi, giờ tôi 30 rồi",
    "tối nào tôi cũng gọi điện cho gia đình",
    "sếp tôi tốt lắm, chưa bao giờ đe dọa ai",
    "thứ sáu nào cũng được trả lương đúng hạn",
    "tôi muốn ra ngoài lúc nào cũng được",
    "tôi có giấy tờ và hộ chiếu, mọi thứ đều ổn",
    "ngày mai trường đóng cửa vì tuyết",
    "con gái tôi 16 tuổi đang đi học, không đi làm. hè này nó làm thêm được không?",
    "tin tuyển dụng này có phải lừa đảo không?",
    "tôi dậy lúc 5h sáng để nấu cơm",
    "con trai tôi 15 tuổi đi học, còn tôi làm ở tiệm nail",
    "ban đêm ở đây lạnh lắm, tôi ngủ không được",
    "cháu tôi 17 tuổi muốn tìm việc hè, có được phép không?",
    "con trai tôi 14 tuổi, tôi làm ở lò bánh",
    "cháu gái tôi học lớp 10, tôi làm ở nhà máy",
    # tune4 families
    "con trai tôi 16 tuổi, nó muốn làm ở tiệm kem hè này, có được không?",
    "con gái tôi 15 tuổi đang đi học, còn tôi làm tới 9 giờ tối ở tiệm nail",
    "em gái tôi 14 tuổi có thể làm những việc gì vào mùa hè?",
]

# tune5 families: "bắt" (folds to "bat") is not "ba t" (3 years); "11h tới 5h chiều" is a
# day range (tới folds like tối); work "until morning"; no longer allowed to go to school;
# gloves not given; an injury met with "ráng chịu"; "so nobody leaves" is retention only
# with documents; "ngủ cả đêm" is not "ca đêm"
POSITIVES += [
    (
        "tui làm ở quán, chủ nói nếu nghỉ thì kêu cảnh sát tới bắt",
        False,
        ("intimidation_threats",),
    ),
    ("tụi nó bốc hàng trong kho tới sáng mới được về", False, ("night_or_school_hours",)),
    (
        "con bé 15 tuổi không được đi học nữa, phải ở nhà bán hàng cho chủ",
        True,
        ("night_or_school_hours",),
    ),
    (
        "tụi tui không được phát khẩu trang hay găng tay khi xịt hóa chất",
        False,
        ("hazardous_work", "abusive_working_living_conditions"),
    ),
    (
        "tay tôi bị phỏng mà quản lý chỉ nói ráng chịu rồi bắt làm tiếp",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("chủ giữ hộ chiếu của tụi tui để không ai trốn", False, ("retention_of_identity_documents",)),
]

NEGATIVES += [
    "tôi làm ở tiệm nail từ 10h tới 6h chiều, lương ổn",
    "em lau nhà xong rồi ngủ tới sáng",
    "chủ trả lương cao để không ai bỏ đi",
    "tối qua em ngủ cả đêm không được vì lo thi",
]

# tune5: a question about the law ("có được trả lương ít hơn không?"); one long shift today
NEGATIVES += [
    "anh tôi 20 tuổi, chủ có được trả lương ít hơn cho người mới không?",
    "tui làm 12 tiếng hôm nay vì thiếu người",
]

# tune6 families: the writer's own schedule or shift changed by the employer next to a child
# who is only in school ("đổi lịch làm của tui", "bắt tôi làm thêm", "chuyển tôi sang":
# "tôi sang" is not "tới sáng"); "bé nhà tôi" is the writer's child, not the writer; the
# writer keeps their own papers; travel debts (plane ticket) worked off; a job promised at
# the destination and another one imposed on arrival
POSITIVES += [
    (
        "tiền vé máy bay qua đây chủ tính là nợ, trừ dần vào lương mỗi tháng",
        False,
        ("debt_bondage",),
    ),
    (
        "anh ấy còn thiếu 3 ngàn đô vé bay, bị ép ở lại làm cho đủ mới cho về",
        False,
        ("debt_bondage",),
    ),
    (
        "quản lý bảo tụi em nợ tiền vé, bắt làm trả cho xong mới được nghỉ",
        False,
        ("debt_bondage",),
    ),
    (
        "trung tâm giới thiệu qua bên đó làm khách sạn, qua tới thì bị bắt đi chăm người già",
        False,
        ("deception",),
    ),
    (
        "cty nói sang Nhật làm công ty thực phẩm, đến nơi thì bị chuyển qua làm xây dựng",
        False,
        ("deception",),
    ),
]

NEGATIVES += [
    "con trai tôi 13 tuổi còn đi học, tuần này quản lý đổi lịch làm của tui qua buổi chiều",
    "Bé nhà tôi mới 11 tuổi, đang học lớp 5. Họ bắt tôi làm thêm thứ bảy, có được không?",
    "cháu gái tôi 14 tuổi đi học, công ty mới chuyển tôi sang bên kho",
    "hộ chiếu tôi tự giữ, không ai đe dọa gì cả",
    "giay to tui van giu, chu tiem cung tot",
]

# tune7: named power-driven machines ("máy bóc vỏ", "máy tách xương", "máy bào", "máy khoan");
# folded "không chỗ" (no place) = "không cho" (not allowed): only "không có/còn chỗ" is the
# nowhere-to-go phrase of abuse_of_vulnerability.
POSITIVES += [
    (
        "Cháu tôi 15 tuổi, làm ở xưởng gỗ, ngày nào cũng đứng máy bào với máy khoan.",
        True,
        ("hazardous_work",),
    ),
    ("Ông chủ bắt tụi em dùng máy tách xương gà mà không có găng tay.", False, ("hazardous_work",)),
    (
        "Quản lý không cho đi bác sĩ dù tay em sưng to.",
        False,
        ("abusive_working_living_conditions",),
        ("abuse_of_vulnerability",),
    ),
    ("tụi em ko còn chỗ nào khác để ở nên phải chịu", False, ("abuse_of_vulnerability",)),
]

NEGATIVES += [
    "Chủ không cho đi về sớm vì đang mùa cao điểm.",
    "Tôi mua mấy tách cà phê cho cả tổ, mấy tiện ích này dùng tốt.",
]

# tune8 families: work during school hours ("giờ học mà vẫn đi", "làm luôn giờ học") but not
# "sau giờ học"; kept on a boat ("không cho vào bờ", "chưa được lên bờ"); an injury left
# untreated ("không cho băng bó", a cut then "vẫn bắt làm"); an adult now after a past age
# ("giờ tui 40 rồi").
POSITIVES += [
    (
        "thằng em tôi 14 tuổi, giờ học mà vẫn đi phụ hồ cho người ta",
        True,
        ("night_or_school_hours",),
    ),
    ("cháu tôi mới 15 tuổi, nó làm ở quán phở luôn cả giờ học", True, ("night_or_school_hours",)),
    (
        "con tôi 16 tuổi, sau giờ học nó làm ở tiệm bánh tới 6 giờ chiều",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "tụi tôi ở trên thuyền 3 tháng, chủ tàu không cho vào bờ",
        False,
        ("restriction_of_movement",),
    ),
    ("anh tôi nói cả tháng nay chưa được lên bờ lần nào", False, ("restriction_of_movement",)),
    (
        "em bị đứt ngón tay ở xưởng mà quản lý không cho băng bó",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "chị ấy bị chảy máu ở tay. Chủ vẫn bắt làm cho xong đơn hàng",
        False,
        ("abusive_working_living_conditions",),
    ),
]

NEGATIVES += [
    "hồi 15 tuổi tui phụ bếp ở Sài Gòn. bây giờ tui 40 rồi, làm văn phòng",
    "làm từ bảy giờ tới 11. mai nghỉ",
]

# tune9 families: violence on a coworker ("đánh một chị") and in the passive with the agent
# ("bị ông chủ tát"); missing school days ("vắng học"); promised one job, made to do another
# on arrival ("nói qua làm X, sang tới nơi thì bắt làm Y"); an age without "tuổi" after
# "mới / chỉ có" and in brackets; solvent fumes (acetone) and pesticides; "just got hired"
# (được tuyển is not a job search); a past job abroad; a past age without "tuổi"; folded
# "nó" = "nợ" and "có" = "cò" are not debts
POSITIVES += [
    (
        "quản lý đánh một chị thợ ngay trong xưởng vì chị làm chậm",
        False,
        ("physical_sexual_violence",),
    ),
    ("hôm qua tôi bị ông chủ tát vì lỡ làm bể chén", False, ("physical_sexual_violence",)),
    ("con bé lớp 8 mà vắng học hoài để bán ở chợ với dì", True, ("night_or_school_hours",)),
    ("họ nói qua làm xưởng may, sang tới nơi thì bắt đi làm rẫy", False, ("deception",)),
    ("em họ tôi là Bình, mới mười lăm, làm ở tiệm giặt ủi của người quen", True, ()),
    ("cháu Vy (16) làm thu ngân ở siêu thị cuối tuần", True, ()),
    ("thằng nhỏ 15 tuổi làm ở tiệm nail, hít mùi acetone suốt ngày", True, ("hazardous_work",)),
    ("em mới được tuyển làm phục vụ ở quán cà phê, em 16 tuổi", True, ()),
    (
        "tôi bị nó đánh hoài ở chỗ làm mà không dám nói",
        False,
        ("physical_sexual_violence",),
        ("debt_bondage",),
    ),
]

NEGATIVES += [
    "Lúc em còn đi xklđ bên Malaysia, môi giới giữ hộ chiếu của em. Giờ em làm ở tiệm giặt"
    " ở Texas, mọi thứ ổn.",
    "hồi đó tui mới 16, giờ tui 40 rồi, làm ở tiệm bánh",
    "tôi có 2 đứa con, nó học lớp 5",
    "nó chủ động xin nghỉ phép tuần sau",
]

# a birthday still to come is read one lower: "sắp 16 tuổi" = 15 now (no work after 7 pm)
POSITIVES += [
    (
        "em sắp 16 tuổi mà tối nào cũng làm phụ bếp ca đêm ở nhà hàng",
        True,
        ("night_or_school_hours",),
    ),
    (
        "Con gái tôi làm thu ngân ở siêu thị tới 11 giờ đêm, tháng sau nó mới tròn 16 tuổi",
        True,
        ("night_or_school_hours",),
    ),
]

# tune10 families: a threat by a neighbour or a customer is no employer's coercion (the employer's
# own "hăm dọa sẽ báo" / "dọa là gọi" still count); pay told as fine; stacked adverbs before "nợ";
# the plane ticket at the end of a list of deductions; all seven days of the week
POSITIVES += [
    ("bà chủ tiệm hăm dọa sẽ báo công an nếu tụi tôi nghỉ", False, ("intimidation_threats",)),
    ("quản lý dọa là gọi di trú tới bắt hết tụi tôi", False, ("intimidation_threats",)),
    ("chị ấy hiện vẫn còn nợ môi giới 9 ngàn đô", False, ("debt_bondage",)),
    ("tụi em giờ vẫn còn nợ công ty 6.000 usd tiền phí", False, ("debt_bondage",)),
    (
        "công ty vẫn còn nợ lương tụi tôi 2 tháng nay",
        False,
        ("withholding_of_wages",),
        ("debt_bondage",),
    ),
    (
        "chủ khấu trừ vào lương tiền điện, tiền nước và tiền vé máy bay",
        False,
        ("debt_bondage",),
    ),
    ("mỗi tháng họ trừ lương tiền ở với tiền vé bay qua đây", False, ("debt_bondage",)),
    (
        "tôi đi làm ở lò bánh từ 6 giờ sáng tới chiều, suốt bảy ngày trong tuần",
        False,
        ("excessive_overtime",),
    ),
    ("tuần nào cũng phải trực đủ bảy ngày ở nhà hàng, mệt lắm", False, ("excessive_overtime",)),
]

NEGATIVES += [
    "bà hàng xóm cứ hăm dọa báo công an vì con chó nhà tôi sủa",
    "khách hàng dọa gọi cảnh sát vì tôi làm móng không đẹp",
    "tiền công trả đúng ngày, chưa thấy trễ bao giờ",
    "họ trừ tiền ăn của tôi, còn vé máy bay thì công ty trả",
    "tôi làm ở xưởng, đợt rồi được nghỉ phép cả 7 ngày tết",
    "tôi làm thử 7 ngày rồi mới ký hợp đồng",
]

# tune11 families: seafood-processing and bag-sealing machines named by what they do ("máy bóc vỏ
# tôm", "máy hàn miệng túi"); dismissal told as "don't come back" ("khỏi quay lại", "đừng vác mặt
# tới nữa", after a refusal "thì ... từ mai khỏi đi làm", not a day off for a storm); "không dám
# nghỉ" out of the worker's own need is no abuse of vulnerability; pay only after a named season
# ("xong mùa cua"); not a cent received; a condition or a topic is no retention ("nếu công ty giữ
# passport ... không?"); "hè này" with a present task is work, asked about it is not; "phụ đứng
# quầy tính tiền" as a job
POSITIVES += [
    ("em trai tôi 16 tuổi đứng máy bóc vỏ tôm ở xưởng hải sản", True, ("hazardous_work",)),
    ("chị tôi làm ở hãng bánh, đứng máy hàn miệng túi cả ngày", False, ("hazardous_work",)),
    ("nó mới 15, đứng máy lột da cá trong nhà máy đông lạnh", True, ("hazardous_work",)),
    ("em xin nghỉ ốm thì bà chủ nói từ mai khỏi đi làm", False, ("intimidation_threats",)),
    ("tui từ chối tăng ca, quản lý bảo đừng vác mặt tới nữa", False, ("intimidation_threats",)),
    ("ong chu noi nghi luon di, khoi quay lai", False, ("intimidation_threats",)),
    ("chủ ghe nói làm xong mùa cua rồi mới trả lương", False, ("withholding_of_wages",)),
    ("làm cả tháng mà không nhận được một đồng nào", False, ("withholding_of_wages",)),
    ("chủ tiệm giữ hộ chiếu của em từ lúc qua đây", False, ("retention_of_identity_documents",)),
    ("con trai tôi 15 tuổi, hè này phụ bán ở tiệm tạp hóa của chú nó", True, ()),
    ("chau toi 16 tuoi, he nay lam phuc vu o quan pho", True, ()),
    ("em gái tôi 14 tuổi phụ đứng quầy tính tiền ở tiệm bánh", True, ()),
]

NEGATIVES += [
    "tui phải nuôi hai đứa con nên không dám nghỉ buổi nào",
    "hôm nay bão lớn thì chủ nói mai khỏi đi làm vì tiệm đóng cửa",
    "nếu công ty giữ passport của nhân viên thì có hợp pháp không?",
    "con coi báo nói về chuyện chủ giữ giấy tờ người làm",
    "con gái tôi 15 tuổi, hè này nó đi làm ở tiệm kem được không?",
]

# tune12 families: whoever refuses is let go ("ai hông chịu ... thì cho nghỉ luôn", "cho thôi
# việc"); a threat over the rent is no employer's coercion (the employer's "dọa gọi công an"
# stays); a count of few hours ("chỉ được có 12 tiếng") or hours per week is no overtime, a
# woman's own "chị làm 14 tiếng" still is
POSITIVES += [
    (
        "ai hông chịu ở lại làm thêm thì ông chủ cho nghỉ luôn",
        False,
        ("intimidation_threats",),
    ),
    (
        "nếu tụi em không chịu làm chủ nhật thì quản lý cho thôi việc",
        False,
        ("intimidation_threats",),
    ),
    ("ông chủ dọa gọi công an nếu tụi tui đòi lương", False, ("intimidation_threats",)),
    ("chị làm 14 tiếng mỗi ngày ở tiệm nail", False, ("excessive_overtime",)),
]

NEGATIVES += [
    "tuần này tui chỉ được có 12 tiếng thôi, ít quá",
    "mỗi tuần chỉ làm được 15 tiếng",
    "chủ nhà dọa gọi cảnh sát nếu tụi tui không trả tiền nhà",
    "bà chủ trọ hăm dọa đuổi ra vì tui trễ tiền phòng",
]

# tune13 families: a document held by the employer told document-first ("hộ chiếu ... bà chủ cầm"),
# the employer's "let me keep it so it won't get lost", kept from school by the employer (school
# hours,
# not confinement), "no base salary" (commission pay, not withheld wages), a young person said not
# to work
POSITIVES += [
    (
        "hộ chiếu của tui bà chủ cầm luôn từ hồi mới qua",
        False,
        ("retention_of_identity_documents",),
    ),
    ("giay to thi ong chu cam het, ko tra", False, ("retention_of_identity_documents",)),
    (
        "thẻ xanh của em, bà chủ nói để bà giữ cho khỏi mất",
        False,
        ("retention_of_identity_documents",),
    ),
    ("cò nói đưa anh cầm cho đỡ thất lạc", False, ("retention_of_identity_documents",)),
    (
        "em 15 tuổi, chủ tiệm không cho em đi học, bắt ở tiệm làm suốt ngày",
        True,
        ("night_or_school_hours",),
        ("restriction_of_movement",),
    ),
    (
        "con bé 14 tuổi, bà chủ quán ko để nó tới trường, bắt phụ quán",
        True,
        ("night_or_school_hours",),
        ("restriction_of_movement",),
    ),
    (
        "thang em ho 16t, ong chu bat no nghi hoc de lam o trang trai",
        True,
        ("night_or_school_hours",),
    ),
    ("ba thang nay ko co luong", False, ("withholding_of_wages",)),
    ("chủ không trả lương cơ bản cho tụi em hai tháng nay", False, ("withholding_of_wages",)),
    ("em trai tôi 16 tuổi, nó chưa 18 mà làm ở lò gà", True, ("hazardous_work",)),
    ("chủ không cho tụi em ra ngoài", False, ("restriction_of_movement",)),
]

NEGATIVES += [
    "tiệm trả theo phần trăm, không có lương cứng",
    "ko co luong theo gio, chi an commission voi tip thoi",
    "con gái tôi 16 tuổi, nó ko đi làm thêm gì hết. tôi làm ở nhà máy",
    "em trai tôi mới 16 tuổi, nó không có đi làm, chỉ đi học",
    "con tôi chưa đi làm, nó mới 15",
]

# job_context (session 8): a job sign that does not say whose (shift hours in words, pay, a
# hire, "job", a paycheck) in the sentence of an age under 18, for the writer and for a
# relative ("con gái tôi" is not the writer's "tôi"); not the parent's own job next to a
# child's age, not school hours, not a job only wished for
POSITIVES += [
    ("Con gái tôi 15 tuổi, cuối tuần ở tiệm kem từ 10g tới 4g", True, ()),
    ("em 16 tuổi, mới được tuyển vô tiệm phở", True, ()),
    ("cháu tôi 17 tuổi, tiệm trả 9 đô một giờ tiền mặt", True, ()),
    ("tui 16 tuổi, có job part time rồi, lãnh check mỗi 2 tuần", True, ()),
    ("thằng nhỏ 16 tuổi, 20 tiếng một tuần, lương tiền mặt", True, ()),
]
NEGATIVES += [
    "con trai tôi 16 tuổi, tôi lãnh lương 15 đô một giờ",
    "con tôi 14 tuổi, đi học từ 7g tới 2g chiều",
    "em 16 tuổi, muốn kiếm job part time cuối tuần",
    "con gái tôi 15 tuổi, chồng tôi lãnh lương 15 đô một giờ",
]

# tune14 families: a young person said not to work in a clause with the subject dropped ("16
# tuổi, học lớp 11, chưa đi làm"), lured abroad ("bị người quen dụ sang Mỹ"), the week told first
# ("mỗi tuần đủ bảy ngày", "làm 7/7"), people counted as "ng" in crowded housing, broken
# facilities left unrepaired; and the writer's own care work (`care`: the children a nanny looks
# after are not workers)
POSITIVES += [
    (
        "con gái tôi 17 tuổi, đang học lớp 12 và không có đi làm. Ba nó làm ở lò gà",
        False,
        ("hazardous_work",),
    ),
    (
        "cô ấy bị một người quen dụ sang Mỹ làm nhà hàng, "
        "tới nơi thì bắt ở trong nhà phục vụ khách",
        False,
        ("deception",),
    ),
    ("tụi nó dụ em qua đây làm tiệm nail lương cao", False, ("deception",)),
    (
        "chị tôi làm tiệm nail từ 10g sáng tới 7g tối, mỗi tuần đủ bảy ngày",
        False,
        ("excessive_overtime",),
    ),
    ("ổng bắt tụi tôi làm 7/7 luôn", False, ("excessive_overtime",)),
    ("12 ng ở chung 1 căn nhà di động của cai", False, ("abusive_working_living_conditions",)),
    (
        "nhà vệ sinh trong xưởng bị nghẹt cả tuần mà chủ không chịu sửa",
        False,
        ("abusive_working_living_conditions",),
    ),
    # care
    (
        "Em giữ 2 đứa nhỏ 5 và 8 tuổi cho một gia đình ở Cali, bà chủ cầm hộ chiếu của em luôn",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "tôi làm nanny cho nhà người ta, trông bé 6 tuổi với bé 10 tuổi, "
        "chủ nói nếu tôi nghỉ sẽ gọi di trú",
        False,
        ("intimidation_threats",),
    ),
]
NEGATIVES += [
    "con trai tôi 15 tuổi, học lớp 10, ko đi làm. còn tôi làm ở hãng may",
    "tuần 7 ngày thì tôi được nghỉ 2 ngày, lương ổn",
]

# tune15 families: a question where a teenager could work ("làm ở đâu") is no work; a day ending at
# 10 in the
# evening is no night shift for an adult; one long day told with yesterday or today is no excessive
# overtime;
# part of the pay held back as a span of time and lost for quitting early; a worker named by a kin
# pronoun kept
# from leaving the house
POSITIVES += [
    (
        "chủ tiệm giữ lại 2 tuần lương đầu của em, nói làm hết mùa mới trả",
        False,
        ("withholding_of_wages",),
    ),
    ("bà chủ nói ai nghỉ giữa chừng là mất trắng số tiền đó", False, ("withholding_of_wages",)),
    ("tui làm ở nhà hàng, sếp ôm một tháng lương của tụi tui", False, ("withholding_of_wages",)),
    (
        "bà chủ không cho cô ấy ra khỏi nhà một mình, đi chợ cũng phải có người theo",
        False,
        ("restriction_of_movement",),
    ),
    ("họ cấm chị tôi ra đường, điện thoại cũng bị lấy", False, ("restriction_of_movement",)),
    ("Tui vô ca lúc 10h tối và làm tới sáng ở kho hàng", False, ("night_or_school_hours",)),
    ("em học lớp 8, tan học là đi phụ tiệm nail tới 10h tối", True, ("night_or_school_hours",)),
]
NEGATIVES += [
    "con gái tôi 15 tuổi đang đi học, muốn kiếm việc cuối tuần thì làm ở đâu được ạ?",
    "tui làm phụ bếp ở quán, từ 11h trưa tới 10h tối, lương 15 đô một giờ",
    "bữa nay tui phải làm 14 tiếng vì có người nghỉ bệnh, mệt quá",
    "em ko cho con bé ra ngoài vì trời mưa",
]

# tune16 families
POSITIVES += [
    # a young person brought into a report as "một em gái/trai", told "em" afterwards
    (
        "Tui thấy có một em trai chừng 15 tuổi ở tiệm phở. Em rửa chén tới khuya, chủ không cho "
        "nghỉ ngày nào trong tuần, tay em bị bỏng hóa chất",
        True,
        ("hazardous_work",),
    ),
    # "rồi" after a time span is "already", not "and then": no broken promise of papers
    (
        "bà chủ cầm passport của em nói để làm giấy tờ, 2 tháng rồi không trả",
        False,
        ("retention_of_identity_documents",),
        ("deception",),
    ),
    # a shrimp or fish processing plant is not a peeling machine
    (
        "tui làm ở nhà máy lột vỏ tôm, chủ giữ thẻ xanh của tụi tui",
        False,
        ("retention_of_identity_documents",),
        ("hazardous_work",),
    ),
]
NEGATIVES += [
    # the polite opener "dạ em" folds to "đá em" (kick me)
    "Dạ em chào cô chú, em mới làm tiệm nail ở Dallas được 2 tuần, cho em hỏi tiền tip chia sao "
    "là đúng ạ",
    "dạ em có câu hỏi về lương tuần ạ",
    # the original returned right away ("trả lại ngay" folds to "lãi ngày")
    "cty photo căn cước của tôi rồi gửi lại ngay, vậy có sao không",
]

# tune17 families: wages cut to pay a debt or travel costs; a fee paid to the broker; going
# out only with a manager; a middle-schooler working until 7-9 pm with no age given
POSITIVES += [
    ("lương của tụi em bị khấu trừ hết vô tiền vé máy bay", False, ("debt_bondage",)),
    ("tháng nào lương cũng bị trừ một nửa để trả tiền môi giới", False, ("debt_bondage",)),
    ("tụi em phải đóng cho bên cò 8 ngàn đô mới được qua", False, ("debt_bondage",)),
    ("mỗi người phải nộp cho công ty xuất khẩu 9000 usd", False, ("debt_bondage",)),
    (
        "muốn đi siêu thị phải chờ bà chủ chở đi, ở trang trại suốt",
        False,
        ("restriction_of_movement",),
    ),
    ("đi chợ thì cai đưa đi, đi đâu cũng bị canh", False, ("restriction_of_movement",)),
    (
        "thằng nhỏ nhà chị mới học lớp 8 mà tối nào cũng phụ quán phở tới 9h tối",
        True,
        ("night_or_school_hours",),
    ),
    (
        "con bé học cấp 2, cuối tuần bán hàng ở chợ đêm đến 8 giờ tối",
        True,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += [
    # extra classes until 8 pm, and the parent's own hours
    "con tôi học lớp 7, học thêm tới 8h tối, tôi làm ca ngày ở xưởng may",
    "con gái tôi học lớp 9, tôi làm tiệm nail tới 8h tối mới đón nó được",
]

# tune18 families: the adult age now with the subject dropped ("giờ 28 rồi"); lodging given by
# the boss is not by itself dependence; travel or papers costs to pay off first; going out
# escorted by "him" or the broker (a ride alone is not)
POSITIVES += [
    ("Cò nói phải trả hết tiền visa thì mới cho đổi chỗ làm.", False, ("debt_bondage",)),
    ("Họ bắt làm trả hết tiền vé máy bay rồi mới được nghỉ.", False, ("debt_bondage",)),
    ("Ra ngoài là phải có người môi giới đi kèm.", False, ("restriction_of_movement",)),
    (
        "Đi siêu thị cũng phải có ông ta chở rồi đi theo sát.",
        False,
        ("restriction_of_movement",),
    ),
]
NEGATIVES += [
    "Hồi 15 tuổi em có làm ở lò mổ heo, giờ 28 rồi, đang làm văn phòng.",
    "Lúc 16 tuổi có làm ở nhà máy thịt gà, bây giờ đã 40 tuổi, làm tài xế.",
    "Chủ cho ở nhà riêng, có phòng đàng hoàng, lương trả đúng hạn.",
    "Đi chợ thì phải có anh ấy chở vì em không có xe.",
]

# tune19 families: folded "trông" is "trong" (in, within): a number followed by what it counts
# is no apparent age; four or more living in a basement, storeroom or garage; a room without
# windows
POSITIVES += [
    ("Sáu đứa tụi em ngủ trong nhà kho sau xưởng.", False, ("abusive_working_living_conditions",)),
    (
        "Dưới tầng hầm có 10 người ở, chủ thu tiền mỗi tháng.",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("Phòng chủ cho ở không có cửa sổ, nóng lắm.", False, ("abusive_working_living_conditions",)),
]
NEGATIVES += [
    "Em làm ở tiệm nail, ngủ chung với chị Hai trong một phòng nhỏ.",
    "Tôi làm phụ bếp ở nhà hàng, ở trong 1 căn nhỏ với vợ chồng anh tôi.",
]

# tune20 families: "(if you don't work) then get out" as a dismissal threat (the refusal inside
# it is no negation); the pay held until the season or contract ends; "the youngest" is
# relative, not a child
POSITIVES += [
    (
        "Xin nghỉ chủ nhật thì bà chủ nói ko làm thì cút, muốn nghỉ thì đi chỗ khác",
        False,
        ("intimidation_threats",),
    ),
    ("quản lý la lớn: không chịu tăng ca thì xéo", False, ("intimidation_threats",)),
    ("ổng nói nghỉ thì cút luôn, tiệm không thiếu người", False, ("intimidation_threats",)),
    ("tiền công bị giam đến cuối mùa", False, ("withholding_of_wages",)),
    ("bà chủ giữ lương cho tới hết hợp đồng", False, ("withholding_of_wages",)),
    ("chu trai giu luong toi het vu", False, ("withholding_of_wages",)),
]
NEGATIVES += [
    "em là đứa nhỏ tuổi nhất trong xưởng, năm nay 22 tuổi",
    "tui là đứa trẻ nhất ở tiệm, 25 tuổi rồi",
    "I cut my hand on a box yesterday",
    "Anh ấy làm xong thì về nhà nghỉ",
]

# tune21 families: school skipped some days to go work; folded "tiền vậy" is no loan; money still
# owed in dollars and worked off, the plane ticket called a debt and deducted bit by bit; nobody
# let ashore; a blow told by where it landed; toilet refused, diapers at work; 11 pm as a curfew;
# the pay kept until the worker quits
POSITIVES += [
    ("Con bé học lớp 9, tuần nào cũng nghỉ học một buổi để đi phụ quán phở.", True, ()),
    ("thằng nhỏ 15 tuổi trốn học mấy bữa nay rồi để đi bưng bê cho quán nhậu", True, ()),
    ("Chủ nói anh ấy còn nợ $12,000 tiền đưa qua, phải ở lại làm trả.", False, ("debt_bondage",)),
    ("ông chủ bảo tiền vé là nợ, trừ dần vào lương mỗi tuần", False, ("debt_bondage",)),
    ("lương bị trừ hoài không hết nợ", False, ("debt_bondage",)),
    ("Chủ tàu không cho tụi tôi lên bờ cả tháng nay.", False, ("restriction_of_movement",)),
    ("Tàu cập cảng mà thuyền trưởng bắt ở lại trên tàu.", False, ("restriction_of_movement",)),
    ("Tổ trưởng tát vào mặt chị ấy trước mọi người.", False, ("physical_sexual_violence",)),
    ("quản lý đấm vô bụng em vì làm chậm", False, ("physical_sexual_violence",)),
    (
        "Đi toilet phải xin phép tổ trưởng, xin hoài mà không cho.",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("Nhiều cô phải mang tã đi làm trên chuyền.", False, ("abusive_working_living_conditions",)),
    ("tiền công chủ giữ, chừng nào em về nước mới trả", False, ("withholding_of_wages",)),
    ("Lương thì bà chủ nói giữ lại, khi nào nghỉ việc mới đưa.", False, ("withholding_of_wages",)),
]
NEGATIVES += [
    "Sao tuần này trả ít tiền vậy? Lần đầu tiên vậy.",
    "Đã ba tuần rồi tôi chưa gọi về nhà.",
    "Ký túc xá 11 giờ đêm là đóng cổng.",
    "Tôi đi vệ sinh rồi quay lại làm.",
]

# tune22 families: no one paid a cent; the pay shared out only when the season or trip ends; the
# family's silence and the fear of the police for lack of papers are no exploitation by the boss
POSITIVES += [
    ("Làm trên tàu cá 4 tháng rồi mà chưa ai được trả đồng nào.", False, ("withholding_of_wages",)),
    (
        "chu tau noi tien cong chia luc het chuyen bien, gio chua thay gi",
        False,
        ("withholding_of_wages",),
    ),
    ("Ông chủ nói lương tính khi hết vụ cua.", False, ("withholding_of_wages",)),
    ("Chủ biết tụi tôi không có giấy tờ nên trả nửa lương.", False, ("abuse_of_vulnerability",)),
]
NEGATIVES += [
    "Em gái tôi 17 tuổi, đi học bình thường. Ba mẹ không dám nói gì với thầy cô.",
    "Tôi không có giấy tờ nên không dám báo cảnh sát khi bị mất xe đạp.",
]
