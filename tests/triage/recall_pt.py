"""Portuguese recall cases: grades, ages of relatives, number words, forced labour.

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    (
        "to no nono ano e trabalho de noite no frigorifico de frango",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("ainda estou no ensino medio e limpo as maquinas depois da aula", True, ("hazardous_work",)),
    ("sou menor de idade e me colocaram na empilhadeira", True, ("hazardous_work",)),
    ("tem criancas de ate 13 anos trabalhando na linha do frigorifico", True, ("hazardous_work",)),
    ("meu primo tem desesseis anos e trabalha no matadouro", True, ("hazardous_work",)),
    ("minha irma embala carne na fabrica, ela so tem 15", True, ("hazardous_work",)),
    (
        "contrataram uns menores pra equipe de limpeza da noite no abatedouro",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("meu irmao trabalha na desossa, ele tem catorse", True, ("hazardous_work",)),
    ("o patrao pegou nossos celulares e nao podemos ligar pra familia", False, ("isolation",)),
    (
        "nao temos contato com ninguem de fora, proibido conversar com os outros trabalhadores",
        False,
        ("isolation",),
    ),
    (
        "o supervisor falou que vai chamar a imigracao se a gente reclamar",
        False,
        ("intimidation_threats",),
    ),
    (
        "ele disse que vai acontecer algo com minha familia se eu sair",
        False,
        ("intimidation_threats",),
    ),
    (
        "quem reclamar e demitido e nunca mais arruma trabalho nessa cidade",
        False,
        ("intimidation_threats",),
    ),
    ("pagam menos pra gente porque nao temos documentos", False, ("abuse_of_vulnerability",)),
    ("ele sabe que nao temos pra onde ir e faz o que quer", False, ("abuse_of_vulnerability",)),
    (
        "nao podemos sair do alojamento, o portao fica trancado a noite e tem guarda",
        False,
        ("restriction_of_movement",),
    ),
    ("so deixam a gente sair acompanhados pelo encarregado", False, ("restriction_of_movement",)),
    ("so pagam no final da temporada", False, ("withholding_of_wages",)),
    ("o chefe fica com uma parte do nosso salario toda semana", False, ("withholding_of_wages",)),
    ("estamos tres meses sem receber", False, ("withholding_of_wages",)),
    # out of school instead of in it
    (
        "ele tem 16 anos e ta fora da escola, trabalha de ajudante de pedreiro",
        True,
        ("night_or_school_hours",),
    ),
    (
        "meu primo de 15 anos nao esta matriculado, trabalha o dia todo na obra",
        True,
        ("night_or_school_hours",),
    ),
    # a shift ending after 11 pm written "23h30"
    ("minha irma de 16 anos trabalha no cinema ate as 23h30", True, ("night_or_school_hours",)),
    # asking for a day off, complaining, telling: threats
    ("quem falta no domingo o encarregado manda embora", False, ("intimidation_threats",)),
    ("se alguem reclamar do alojamento vai pagar caro", False, ("intimidation_threats",)),
    ("quem pedir folga ta na rua, falou o gerente", False, ("intimidation_threats",)),
    # language, status and housing used against the worker
    (
        "o patrao sabe que a gente nao fala ingles e paga o que quer",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("nao tenho papel, por isso me pagam 7 dolares a hora", False, ("abuse_of_vulnerability",)),
    ("se eu sair do emprego perco o quarto, e tudo do patrao", False, ("abuse_of_vulnerability",)),
    # slicers (fatiador) and garden machines
    ("meu irmao de 15 anos trabalha no fatiador de frios da padaria", True, ("hazardous_work",)),
    ("o menino de 14 anos corta grama com a rocadeira do vizinho", True, ("hazardous_work",)),
    # guessed ages: 'acho que 14 ou 15 anos'
    (
        "tem um aluno, acho que 14 anos, trabalhando na obra ate as 9 da noite",
        True,
        ("night_or_school_hours",),
    ),
    # locked in the lodging
    ("eles nos trancam no quarto depois do turno", False, ("restriction_of_movement",)),
    ("o gato me tranca no alojamento de noite", False, ("restriction_of_movement",)),
    # status and language exploited
    (
        "o patrao sabe que somos sem papel e paga menos que aos outros",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "ele sabe que ninguem fala ingles e diz que ninguem vai nos ouvir",
        False,
        ("abuse_of_vulnerability",),
    ),
    # police threat, deportation
    ("o chefe disse que quem for na policia vai ser deportado", False, ("intimidation_threats",)),
    # no phone, no contact with family
    ("ela nao tem celular e nao fala com a familia ha meses", False, ("isolation",)),
    # a birthday still to come: 16 next month is 15 now (after-7-pm limit)
    (
        "faco 16 em outubro e trabalho numa pizzaria ate as 9 da noite",
        True,
        ("night_or_school_hours",),
    ),
    (
        "minha irma vai completar dezesseis em fevereiro e trabalha de caixa ate as 8 da noite",
        True,
        ("night_or_school_hours",),
    ),
    (
        "meu primo faz 16 em julho, trabalha lavando pratos numa lanchonete ate as 8 da noite",
        True,
        ("night_or_school_hours",),
    ),
]

NEGATIVES = [
    "tenho 15 anos de experiencia como padeiro",
    "meu filho tem 16 e estuda, nao trabalha",
    "comecei aqui com 17 anos, hoje tenho 30",
    "ligo pra minha familia todo dia pelo celular",
    "meu chefe e gente boa, nunca ameacou ninguem",
    "pagam certinho toda sexta",
    "posso sair de casa quando eu quiser",
    "minha filha esta no nono ano, eu trabalho na loja",
    "tenho meus documentos e meu passaporte comigo, tudo certo",
    "a escola vai fechar amanha por causa da neve",
    "meu filho de 15 anos estuda de manha e faz natacao a noite",
    "quem pede ferias tem que avisar com um mes de antecedencia",
    "meu chefe sabe que eu falo ingles bem",
    "meu filho tem 12 anos e trabalho na fabrica de moveis",
    "minha filha tem 14 anos, meu chefe e muito legal",
    "tenho 40 anos e quero fazer o curso de empilhadeira, onde tem?",
    "tenho 10 anos de experiencia com empilhadeira, procuro vaga",
    "somos 5 numa casa grande, esta tudo bem",
    "a policia veio ontem no bairro por causa de um acidente",
]

# tune4 families: 'c' for 'com' with documents, not allowed ashore, threats against family,
# missing school days
POSITIVES += [
    (
        "o gato ta c nossos passaportes desde que chegamos",
        False,
        ("retention_of_identity_documents",),
    ),
    ("no navio ninguem pode desembarcar quando atraca", False, ("restriction_of_movement",)),
    (
        "o capataz falou que manda pegar a familia de quem reclamar",
        False,
        ("intimidation_threats",),
    ),
    (
        "meu sobrinho de 15 trabalha no lava jato e falta a aula toda semana",
        True,
        ("night_or_school_hours",),
    ),
]

NEGATIVES += [
    "meu filho de 16 faltou a aula porque estava doente",
    "o passaporte ta com a minha mae no brasil",
]

# tune5 families: dropped out told with "nem"/"tiraram da escola"; wages held with the object
# first, paid all at year end or "so nobody leaves"; a bare age opening the message; too young
# for a work permit; a relative who started working or got a job; code-switched US grades and
# "segundo ano do medio"; 12-hour days repeated over the week; "quem nao tem papel ganha
# menos"; part of the pay taken for a debt (debt bondage)
POSITIVES += [
    (
        "meu sobrinho de 15 anos ajuda o tio na feira e nem ta indo mais na escola",
        True,
        ("night_or_school_hours",),
    ),
    ("tiraram a menina da escola pra ela vender doce na rua", True, ("night_or_school_hours",)),
    (
        "o pagamento a patroa segura e diz que acerta tudo no fim da temporada",
        False,
        ("withholding_of_wages",),
    ),
    (
        "o dono falou que so paga tudo no natal, pra ninguem pedir as contas",
        False,
        ("withholding_of_wages",),
    ),
    ("15 anos, eu trabalho de ajudante na obra do meu tio", True, ()),
    (
        "17 anos e trampo de entregador de moto ate meia noite",
        True,
        ("night_or_school_hours",),
    ),
    (
        "minha prima faz faxina com a mae e nao consegue carteira de trabalho por causa da idade",
        True,
        (),
    ),
    ("ele nao tem idade pra trabalhar mas trabalha na oficina lixando carro", True, ()),
    ("minha filha de 15 comecou a trabalhar numa lanchonete no shopping", True, ()),
    ("meu enteado 16 anos arrumou um bico de entregador", True, ()),
    ("to no 10th grade e trabalho no mercado aos sabados", True, ()),
    ("meu irmao ta no 9th grade e trabalha de ajudante de cozinha", True, ()),
    ("sou do segundo ano do medio e trampo de caixa", True, ()),
    (
        "trabalhamos de segunda a sabado das 7 da manha as 8 da noite no galpao",
        False,
        ("excessive_overtime",),
    ),
    ("todo dia ela entra as 6h e sai as 20h na fabrica", False, ("excessive_overtime",)),
    ("aqui quem nao tem papel recebe menos, 9 dolares a hora", False, ("abuse_of_vulnerability",)),
    ("o gato desconta metade do meu salario pra pagar a passagem", False, ("debt_bondage",)),
]

NEGATIVES += [
    "meu filho de 16 nao foi pra escola hoje porque estava com febre",
    "o decimo terceiro a empresa paga em dezembro, certinho",
    "30 anos, trabalho de pedreiro, quero saber sobre ferias",
    "15 anos trabalho nessa firma e nunca tirei ferias vendidas, posso?",
    "nao me contratam por causa da idade, tenho 58 anos",
    "meu filho tem 16 anos e quer comecar a trabalhar, onde ele procura?",
    "meu pai comecou a trabalhar com 12 anos na roca, hoje ele tem 70",
    "minha filha ta no 11th grade e eu trabalho no hotel",
    "trabalho de segunda a sexta das 8 as 5 da tarde",
    "quem tem documento pode abrir conta no banco",
]

# tune6 families: an age told by the coming birthday ("faz 16 mes que vem": the trap on "16 mes"
# no longer eats it), a job title after "é" (salva-vidas, atendente, jovem aprendiz), "aluno meu
# de 14" and school years in digits for someone else, missing class because of work, the rest
# paid only at the end or a token sum over months, phones taken told with an infinitive, calls
# watched by the boss, not knowing the town; and the traps: a parent's own shift next to a
# child who is only taken to school or cared for.
POSITIVES += [
    ("minha sobrinha faz 15 semana que vem e ja trampa numa padaria", True, ()),
    ("O MEU PRIMO COMPLETA 17 NO MES QUE VEM E TRABALHA NO FRIGORIFICO", True, ("hazardous_work",)),
    ("minha neta tem dezesseis e eh atendente numa sorveteria do shopping", True, ()),
    ("o filho da vizinha, 14 anos, e entregador de farmacia de bicicleta", True, ()),
    ("uma aluna do 8 ano faz faxina com a tia nas sextas", True, ()),
    (
        "tenho um aluno de 15 que nao vem nas segundas pq tem que trabalhar na feira com o pai",
        True,
        ("night_or_school_hours",),
    ),
    (
        "minha afilhada de 13 nem vai pra escola porque trabalha de baba",
        True,
        ("night_or_school_hours",),
    ),
    (
        "o empreiteiro fala q o restante do pagamento ele acerta so no fim da obra",
        False,
        ("withholding_of_wages",),
    ),
    (
        "em quatro meses so me pagaram 400 reais, o resto ele diz que deve",
        False,
        ("withholding_of_wages",),
    ),
    ("eles vao recolher os telefones de todo mundo amanha, pode isso?", False, ("isolation",)),
    ("so falamos com a familia com o gato ouvindo", False, ("isolation",)),
    ("ninguem aqui sabe o nome da fazenda, viemos de van a noite", False, ("isolation",)),
]

NEGATIVES += [
    "meu filho tem 8 e eu trabalho no turno da tarde, quem leva ele na escola?",
    "minha filha tem 11 e ta na escola, eu faco limpeza num hotel, quem cuida dela a tarde?",
    "faz 16 anos que trabalho nessa empresa, tenho direito a que?",
    "minha irma tem 34 e e atendente no posto de saude",
    "meu sobrinho de 16 quer ser jovem aprendiz, como se inscreve?",
    "posso pegar o celular no intervalo do almoco?",
    "eu so ligo pra minha mae no domingo porque e mais barato",
    "o resto do material a gente recebe depois da reforma",
    "meu filho tem 10 e eu to trabalhando numa loja, posso mudar de horario?",
    "minha filha tem 4 e nao vai pra escola ainda, eu trampo numa lanchonete",
]

# tune7 families: two pay rates (undocumented vs. citizens); only leaving when the employer
# drives or allows it; the boss hits a person named, "apanhou do patrao"; weeks of pay
# held, paid only to whoever stays, pay sent to a sponsor, "nao ve um centavo";
# 13-24 hours a WEEK is part time, not overtime.
POSITIVES += [
    (
        "o empreiteiro paga 12 a hora pros que nao tem papel e 25 pros gringos",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "quem ta sem documento ganha 80 e os cidadaos 150, na mesma obra",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("a gente so pode sair do alojamento se o gato deixar", False, ("restriction_of_movement",)),
    (
        "eu so saio de casa quando a patroa vai junto no mercado",
        False,
        ("restriction_of_movement",),
    ),
    ("o encarregado bateu na Rosa na frente de todo mundo", False, ("physical_sexual_violence",)),
    (
        "meu primo apanhou do capataz porque parou pra beber agua",
        False,
        ("physical_sexual_violence",),
    ),
    ("a dona ta guardando duas semanas de pagamento de cada um", False, ("withholding_of_wages",)),
    ("ele so paga quem ficar ate dezembro, quem sair perde", False, ("withholding_of_wages",)),
    (
        "minha prima trabalha de baba e a familia deposita direto pra tia dela",
        False,
        ("withholding_of_wages",),
    ),
    ("trabalhei o mes todo e nunca recebi um tostao", False, ("withholding_of_wages",)),
]

NEGATIVES += [
    "faco 15 horas por semana na biblioteca, posso pegar mais turnos?",
    "meu filho trabalha 20 hs na semana numa loja, ele tem direito a ferias?",
    "o caminhao bateu no poste ontem, ninguem se machucou",
    "o onibus bateu na cerca da fazenda e o chefe chamou o guincho",
    "a gente so sai mais cedo quando o chefe deixa, e normal?",
]

# A vehicle or thing hit is not violence; a person hit still is.
POSITIVES += [
    (
        "o encarregado bateu no meu primo na frente de todo mundo",
        False,
        ("physical_sexual_violence",),
    ),
    ("o patrao bate na minha filha quando ela erra", False, ("physical_sexual_violence",)),
]
NEGATIVES += [
    "o cara bateu no meu carro no estacionamento da firma, quem paga o conserto?",
    "um carro bateu na minha moto na saida do trabalho, o seguro cobre?",
]

# A job started or arranged, with its title (lawful teen jobs count as minor).
POSITIVES += [
    ("meu sobrinho de 15 anos entrou como empacotador no mercado do bairro", True, ()),
    ("o filho da vizinha, 16 anos, vai comecar de garcom na lanchonete segunda", True, ()),
    ("tenho 17 e comecei ontem como caixa numa farmacia, so meio periodo", True, ()),
]
# Solvents and salon chemicals; a rash or blisters blamed on the products.
POSITIVES += [
    (
        "tenho 16, faco unha num salao e meus dedos racham por causa do removedor",
        True,
        ("hazardous_work",),
    ),
    ("minha irma de 15 anos faz escova com formol no salao da tia", True, ("hazardous_work",)),
]
# A shift that starts in the small hours; straight from work to school.
POSITIVES += [
    (
        "tenho 16 e pego as 4 da madrugada no galpao de entregas",
        True,
        ("night_or_school_hours",),
    ),
    (
        "sou de menor, saio do turno e corro direto pra escola sem dormir",
        True,
        ("night_or_school_hours",),
    ),
]
# Months unpaid told verb first; the rest paid "when I go back".
POSITIVES += [
    (
        "durmo sem colchao e nao me pagam ha dois meses, o dono diz que e normal",
        False,
        ("withholding_of_wages",),
    ),
    (
        "o patrao fala que acerta tudo quando a gente for embora no fim do ano",
        False,
        ("withholding_of_wages",),
    ),
]
NEGATIVES += [
    "quero juntar dinheiro e quando eu voltar pro brasil abrir uma loja, como mando dinheiro?",
    "um colega vive tirando sarro do meu sotaque, isso e assedio moral?",
    "meu filho de 14 anos quer comecar a trabalhar, com que idade ele pode ser caixa?",
]
# tune9 families: the writer's name then "(16)" or ", 15 anos", a name or kin word then
# "(15)", "comecei a trabalhar", "arrumei um trampo", a relative hired ("contrataram meu
# filho"), started at a workplace, nobody allowed off the boat / "nao deixa ninguem sair".
POSITIVES += [
    ("oi aqui e a Leticia (16), fui contratada numa loja de roupa do shopping", True, ()),
    ("sou o Caio, 15 anos, comecei a trabalhar numa oficina perto de casa", True, ()),
    ("meu afilhado Rafa (15) trabalha de ajudante numa obra", True, ()),
    ("a Julia (17) comecou ontem na padaria do bairro", True, ()),
    ("contrataram minha sobrinha como atendente, ela tem 16", True, ()),
    ("tenho 15 e arrumei um trampo no mercadinho da esquina", True, ()),
    (
        "o mestre do barco nao deixa ninguem descer quando a gente chega no porto",
        False,
        ("restriction_of_movement",),
    ),
    ("ninguem desembarca sem ordem do dono do navio", False, ("restriction_of_movement",)),
    (
        "o gato nao deixa os trabalhadores irem pra cidade no domingo",
        False,
        ("restriction_of_movement",),
    ),
]
NEGATIVES += [
    "meu filho de 16 conseguiu uma vaga na escola tecnica, tem como mudar meu turno?",
    "nao deixam a gente sair mais cedo do turno, e normal?",
    "eu sou a Joana (42), trabalho na limpeza de um hotel e o pagamento atrasou uma vez",
]

# tune10 families: a named injury, then told to go on; a room shared with "mais N";
# the rest of a debt still owed; work instead of going "ao/pro colegio"
POSITIVES += [
    (
        "cortei o dedo na faca e a encarregada mandou eu continuar na linha",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "minha irmã torceu o pé no depósito e o gerente obrigou ela a terminar o turno",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "mesmo com a mão inchada tive que continuar carregando caixa",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "ele queimou o braço e o supervisor mandou ele pro hospital",
        False,
        ("hazardous_work",),
        ("abusive_working_living_conditions",),
    ),
    (
        "durmo num porão com mais 7 trabalhadores da obra",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "a gente fica num trailer com outros 6 caras da fazenda",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("meu primo já pagou parte da vaga e ainda deve a maior parte", False, ("debt_bondage",)),
    ("falta pagar metade da taxa pro recrutador", False, ("debt_bondage",)),
    ("o patrão ainda me deve metade do salário de março", False, (), ("debt_bondage",)),
    (
        "meu sobrinho de 14 anos, em vez de ir ao colégio, fica vendendo picolé na praia",
        True,
        ("night_or_school_hours",),
    ),
    (
        "no lugar de ir pro colégio ela trabalha na padaria da tia, tem 15 anos",
        True,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += [
    "torci o tornozelo no futebol e o médico mandou eu ficar em repouso",
    "moro num apartamento com mais uma colega, é tranquilo e perto do trabalho",
    "em vez do colégio público, matriculamos ele num particular",
]

# tune11 families: a named person kept in ("nao deixa a Rosa sair", "proibe a prima de sair");
# threats by an ex-partner or a landlord over rent are not about work; 7-9 pm is lawful for a
# 14-15-year-old in summer; pay "guardado"/"retido"/"segurando" for the worker; "de segunda a
# segunda", "todos os dias da semana"; nobody enrolled the child in school; a cleaning company
# alone is not hazardous (a plant's sanitation crew is).
POSITIVES += [
    (
        "o encarregado não deixa a Rosa sair do alojamento nem no domingo",
        False,
        ("restriction_of_movement",),
    ),
    (
        "a patroa proíbe a minha prima de sair de casa, ela só limpa e cozinha",
        False,
        ("restriction_of_movement",),
    ),
    (
        "o patrão ameaçou chamar a imigração se a gente reclamar do aluguel do alojamento",
        False,
        ("intimidation_threats",),
    ),
    (
        "tenho 15 anos e nas férias de verão trabalho numa sorveteria das 2 às 8 da noite",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "meu irmão tem 14, no verão ele trabalha na lanchonete até as 9",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "tenho 15 anos e trabalho numa sorveteria das 4 às 8 da noite depois da escola",
        True,
        ("night_or_school_hours",),
    ),
    (
        "a patroa fala que o meu pagamento fica guardado com ela até eu ir embora",
        False,
        ("withholding_of_wages",),
    ),
    (
        "o dono está segurando nosso salário e diz que é pra ninguém sumir",
        False,
        ("withholding_of_wages",),
    ),
    (
        "meu dinheiro ta guardado com o gato, ele nao me da nem pra comprar comida",
        False,
        ("withholding_of_wages",),
    ),
    ("a gente trabalha de segunda a segunda na fazenda de tomate", False, ("excessive_overtime",)),
    ("ela faz faxina todos os dias da semana pra mesma família", False, ("excessive_overtime",)),
    (
        "minha vizinha tem 14 anos e vende bolo na rua, nunca matricularam ela no colégio",
        True,
        ("night_or_school_hours",),
    ),
    (
        "o menino de 13 anos trabalha na roça com o tio, nem matricularam ele",
        True,
        ("night_or_school_hours",),
    ),
    ("trabalho na equipe de limpeza da noite no frigorífico", False, ("hazardous_work",)),
]
NEGATIVES += [
    "minha sogra não deixa a filha sair pra festa",
    "meu ex vive ameaçando ligar pra imigração, mas no trabalho tá tudo bem",
    "minha ex-namorada disse que vai me denunciar pra polícia",
    "o senhorio ameaçou chamar a polícia se a gente não pagar o aluguel até sexta",
    "tenho um dinheirinho guardado pra comprar um carro",
    "trabalho todos os dias da semana menos sábado e domingo",
    "ainda não matriculei meu filho no curso de inglês",
    "minha irmã trabalha numa empresa de limpeza de escritórios e gosta muito",
]

# tune12 families: a shift from the evening into the night or the morning with a bare end hour
# ("das 9 da noite às 5", "das 22 às 6", "das 11 às 7 da manhã") and a 9-10 pm start; refusing a
# double shift, overtime or a Sunday answered with dismissal (intimidation plus overtime), and
# "tem fila de gente querendo a vaga"; "dobra" as a double shift; a birthday told as "fez 16 mês
# passado" / "semana passada" / "dia 3" (not a count of months); crowding told as "moramos em
# 14", rooms against people, people sleeping in the living room or garage; "dorme na sala" is a
# living room, sleeping in class is "na sala de aula".
POSITIVES += [
    ("meu turno no galpão de móveis é das 9 da noite às 5", False, ("night_or_school_hours",)),
    ("trabalho na padaria industrial das 22 às 6", False, ("night_or_school_hours",)),
    (
        "na lavanderia a gente pega às 10 da noite e só larga de manhã",
        False,
        ("night_or_school_hours",),
    ),
    ("faço limpeza no posto das 11 às 7 da manhã", False, ("night_or_school_hours",)),
    ("meu primo entra às 7 da noite e sai às 2 no depósito", False, ("night_or_school_hours",)),
    (
        "o encarregado avisou que quem não fizer a dobra no sábado está fora",
        False,
        ("intimidation_threats", "excessive_overtime"),
    ),
    (
        "caso a gente não faça hora extra ele disse que pode procurar outro emprego",
        False,
        ("intimidation_threats", "excessive_overtime"),
    ),
    (
        "a patroa falou q se eu nao vier no domingo nem preciso voltar mais, ta demitida",
        False,
        ("intimidation_threats", "excessive_overtime"),
    ),
    (
        "o gerente vive dizendo que tem fila de gente esperando a nossa vaga",
        False,
        ("intimidation_threats",),
    ),
    ("o dono fala que tem muita gente querendo o seu lugar", False, ("intimidation_threats",)),
    ("a gente faz dobra três vezes por semana na lanchonete", False, ("excessive_overtime",)),
    ("minha sobrinha fez 15 semana passada e já trabalha na feira", True, ()),
    ("meu irmão completou 16 mês passado e trabalha numa pizzaria", True, ()),
    ("o Caio fez 17 dia 2 e trabalha de entregador", True, ()),
    (
        "moramos em 14 num sobrado que o gato aluga pra gente",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "o apartamento de 2 quartos tem 10 trabalhadores da obra",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "tem uns caras dormindo na garagem e na cozinha da casa do empreiteiro",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "ele dorme na sala de aula porque trabalha de madrugada na fábrica",
        False,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += [
    "trabalho das 9 às 6 no escritório",
    "minha mãe chega às 10 da noite em casa",
    "se não quiser fazer hora extra tudo bem, ninguém é obrigado",
    "ela fez uma dobra de roupa na costura",
    "faz 2 mês que mudamos de casa",
    "moramos em 4 numa casa boa",
    "meu cachorro dorme na cozinha",
    "meu tio dorme na sala quando vem visitar",
]

# tune13 families: fall gear missing on a roof or scaffold; the undocumented "are worth no more";
# no pay until the debt is paid; a request to keep a secret is not isolation; a pretext for keeping
# a document is not a job promise.
POSITIVES += [
    (
        "o meu primo trabalha no andaime sem capacete nem corda",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("a gente coloca telha sem cinto de seguranca", False, ("abusive_working_living_conditions",)),
    (
        "o patrao fala que sem papel a gente nao merece mais que 10",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("ela diz que quem e ilegal nao vale mais do que isso", False, ("abuse_of_vulnerability",)),
    (
        "a gente so vai receber salario depois de quitar a divida da viagem",
        False,
        ("withholding_of_wages",),
    ),
    ("ele nao recebe nada ate pagar a passagem toda", False, ("withholding_of_wages",)),
    (
        "ela me pediu pra eu nao falar pra ninguem que a patroa pegou o passaporte",
        False,
        ("retention_of_identity_documents",),
        ("isolation",),
    ),
    (
        "o gato falou que era so pra tirar copia e ficou com meu passaporte",
        False,
        ("retention_of_identity_documents",),
        ("deception",),
    ),
]
NEGATIVES += [
    "minha amiga pediu pra eu nao falar pra ninguem do namorado dela",
    "o banco disse que era pra guardar o cartao num lugar seguro",
]

# job_context (session 8)
# a job sign that does not say whose (hours in words, pay, the work booklet, a hire, "um
# bico", shifts, clocking in) in the sentence of an age under 18
POSITIVES += [
    ("minha filha tem 15 anos e agora fica na sorveteria das 2 as 8 no fim de semana", True, ()),
    ("tenho 16 e sou jovem aprendiz no supermercado, 4 horas por dia", True, ()),
    ("minha neta de 14 recebe por fora, 10 reais a hora na lanchonete", True, ()),
    ("meu sobrinho tem quinze anos e ja tirou a ctps, bate ponto as 7 na padaria", True, ()),
    ("meu enteado de 16 pegou um bico de fim de semana, 80 reais a diaria", True, ()),
]
NEGATIVES += [
    "meu filho tem 15 anos e eu trabalho das 6 as 14 numa loja",
    "minha filha de 14 vai pra escola das 7 as 12",
    "meu filho de 16 quer arrumar um bico de fim de semana",
    "tenho 2 filhos de 15 e 12, a gente ganha 15 reais por hora",
]

# tune14 families: the bakery's big dough mixer ("mexe na batedeira grande"); a named person's
# passport "with" the guy or the boss lady; no paycheck ever seen, everything deducted; dawn to
# dark day after day ("de segunda a sabado das 6 ate escurecer", "de sol a sol"); and the
# writer's own care work (`care`: "sou baba", "cuido de duas criancas"), whose children are
# looked after, not workers
POSITIVES += [
    (
        "meu filho tem 15 e trabalha na pizzaria opera a batedeira de massa sozinho",
        True,
        ("hazardous_work",),
    ),
    ("na padaria botaram a menina de 16 pra mexer na batedeira sozinha", True, ("hazardous_work",)),
    (
        "os documentos da minha prima ficam com a patroa desde que ela chegou",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "a identidade dele continua na mao do gerente, nao devolve",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "trabalho faz 4 meses e nunca vi um salario, ele desconta tudo da moradia",
        False,
        ("withholding_of_wages",),
    ),
    ("a gente colhe laranja de sol a sol e o dono ainda grita", False, ("excessive_overtime",)),
    (
        "todos os dias entro as 5 ate anoitecer na obra, nem domingo escapa",
        False,
        ("excessive_overtime",),
    ),
    (
        "sou baba, cuido de dois meninos de 6 e 9 anos e a patroa pegou meu passaporte",
        False,
        ("retention_of_identity_documents",),
    ),
]
NEGATIVES += [
    "fiz um bolo na batedeira de casa pro aniversario da minha filha de 10 anos",
    "cuido de duas criancas de 3 e 7 anos em Newark. os pais trabalham o dia todo no hospital",
    "sou baba. tomo conta de dois meninos de 10 e 13 anos, a mae deles e medica. ela trabalha "
    "muito",
]

# tune15 families: roofing told by the tiles or shingles handled ("trocando as telhas", "pregando
# shingle"); school missed told in the first person or the perfect ("nao to indo", "nao tenho ido
# pra
# escola"); a late end hour with its minutes ("11 e meia da noite"); the boss who knows "a gente
# tamo sem papel"; two pay rates told with the amounts; the boss who keeps saying the worker still
# owes; the phone rationed or used beside the boss; leaving that forfeits the pay is withholding,
# not a threat
POSITIVES += [
    (
        "meu irmao de 16 anos ta trocando as telhas das casas com o pedreiro",
        True,
        ("hazardous_work",),
    ),
    ("tenho 15 e passo o dia pregando shingle com meu primo", True, ("hazardous_work",)),
    (
        "tenho 17 e faz duas semanas que nao tenho ido pra escola, to trabalhando na lanchonete",
        True,
        ("night_or_school_hours",),
    ),
    (
        "na casa da patroa eu largo a cozinha so la pelas 11 e meia da noite",
        False,
        ("night_or_school_hours",),
    ),
    (
        "o encarregado sabe que a gente tamo sem papel e nao paga hora extra",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "na firma pagam 13 dolar a hora pros latinos e 19 pros americanos",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("o gato vive dizendo que a gente ainda ta devendo a viagem", False, ("debt_bondage",)),
    (
        "a patroa so deixa eu usar o telefone uma vez por semana, e do lado dela",
        False,
        ("isolation",),
    ),
    (
        "o empreiteiro diz que quem largar a obra antes do fim perde o pagamento todo",
        False,
        ("withholding_of_wages",),
        ("intimidation_threats",),
    ),
]
NEGATIVES += [
    "o encarregado disse que a gente deve chegar as 6 amanha",
    "so posso usar o celular no intervalo do almoco, regra da loja",
    "moro em cima da casa da minha sogra",
]

# tune16 families: the boss who knows "ninguem tem documento"; a promised amount against a smaller
# one paid ("ia pagar 600 e so ta pagando 250"); a 12-hour day ending "da tarde" six days a week;
# a complete negative noun phrase ("sem luva nenhuma") that does not negate the next verb
POSITIVES += [
    (
        "o empreiteiro sabe que quase ninguem da equipe tem green card e faz o que quer",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("combinamos 20 dolar a hora mas ele so paga 13", False, ("deception",)),
    (
        "a agencia disse q a gente ia ganhar 900 por semana e chegando aqui so pagam 400",
        False,
        ("deception",),
    ),
    (
        "na granja a gente trabalha 6 dias por semana, das 5 da manha as 6 da tarde",
        False,
        ("excessive_overtime",),
    ),
    (
        "minha prima tem 14 anos, trabalha na obra sem capacete nenhum e ta faltando aula toda "
        "semana",
        True,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += [
    "o gerente paga 18 a hora e so paga 2 semanas depois, mas paga certinho",
    "de segunda a sexta das 8 da manha as 5 da tarde, com almoco",
]

# tune17 families: safety gear said not to be given ("nao tem cinto nem corda", "nunca deram
# capacete"); the first or last weeks or months of pay held ("segura as duas primeiras semanas");
# pay promised only if the worker stays ("so paga se a gente ficar ate o fim")
POSITIVES += [
    (
        "a gente sobe no andaime todo dia e a firma nunca deu capacete nem arnes",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "na obra nao tem corda nenhuma, o pessoal anda no telhado assim",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "a dona da lanchonete retem as duas primeiras semanas de cada um",
        False,
        ("withholding_of_wages",),
    ),
    (
        "o gato fica com o primeiro mes de salario de quem chega e diz q devolve depois",
        False,
        ("withholding_of_wages",),
    ),
    ("o fazendeiro so paga o salario se eu completar a colheita", False, ("withholding_of_wages",)),
]
NEGATIVES += [
    "o patrao paga toda sexta e so paga hora extra se eu ficar depois das 5, tudo certo",
    "a gente usa capacete, cinto e corda, a firma da tudo",
]

# tune18 families: let out only with the boss along ("so deixa ir ... junto com ele", "se o
# encarregado estiver junto"); dismissal told by an idiom or a take-it-or-leave-it ("a porta da
# rua e serventia da casa", "quem nao estiver satisfeito pode ir embora"); "na hora" meaning
# "right away" is no contrast (a copy taken and the original handed back at once)
POSITIVES += [
    (
        "na granja o capataz so deixa os trabalhadores sair pra cidade junto com ele",
        False,
        ("restriction_of_movement",),
    ),
    (
        "a gente so pode ir na loja se o encarregado estiver junto",
        False,
        ("restriction_of_movement",),
    ),
    (
        "toda vez que alguem pede folga o gerente responde que a porta da rua e serventia da casa",
        False,
        ("intimidation_threats",),
    ),
    ("o dono grita: quem nao estiver satisfeito pode ir embora", False, ("intimidation_threats",)),
]
NEGATIVES += [
    "tiraram copia da minha identidade e me devolveram na hora, ta certo isso?",
    "eu so vou pra cidade com meu irmao no domingo",
]

# tune19 families: the debt collected from the family back home if the worker leaves ("se eu
# sumir vai cobrar da minha mae"); a recruiter named without a debt is no debt bondage
POSITIVES += [
    (
        "o gato que me trouxe falou que se eu fugir ele cobra a divida dos meus pais no brasil",
        False,
        ("intimidation_threats", "debt_bondage"),
    ),
    (
        "se a gente sumir o patrao disse que vai cobrar tudo da nossa familia",
        False,
        ("intimidation_threats",),
    ),
    (
        "o cara da travessia vai cobrar o resto da minha mae se eu nao pagar",
        False,
        ("intimidation_threats",),
    ),
]
NEGATIVES += [
    "fui pelo agenciador da cidade e to gostando do servico de pintura",
    "a escola vai cobrar da minha mae o material do ano que vem",
]

# tune21 families: the writer's own start at an age told with a long place in between; grown
# coworkers called "as meninas"; the carer locked in or left alone with the children; everything
# deducted for a debt (debt bondage, not withheld pay); the debt collected from the family if the
# worker leaves ("se eu sair"); leaving means the street (employer owns bed and job); promises
# "seriam 8 horas", "2 mil dolares por mes"
POSITIVES += [
    (
        "a patroa ficou com o documento de todas as meninas da equipe e nao devolve",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "a dona guardou o passaporte das outras meninas no cofre",
        False,
        ("retention_of_identity_documents",),
    ),
    ("tem umas meninas de 15 anos trabalhando de noite na lavanderia", True, ()),
    (
        "a patroa sai e eu fico presa com os dois meninos em casa, ela tranca a porta por fora",
        False,
        ("restriction_of_movement",),
    ),
    (
        "quando os patroes viajam eu fico trancada com as criancas e nao posso sair",
        False,
        ("restriction_of_movement",),
    ),
    (
        "o gato desconta tudo do meu pagamento, ja faz oito meses e a divida da passagem nao acaba",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    ("ele desconta tudo do meu cheque e nunca explica por que", False, ("withholding_of_wages",)),
    (
        "o cara falou que se eu sair antes de pagar ele vai cobrar da minha familia no brasil",
        False,
        ("intimidation_threats",),
    ),
    ("se a gente desistir eles cobram tudo dos nossos pais", False, ("intimidation_threats",)),
    (
        "o empreiteiro e dono da casa onde a gente mora, se eu largar o servico fico na rua",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "se a gente sair do emprego vamos ficar sem teto porque o quarto e da firma",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "a patroa e dona do quarto e do meu emprego, nao tenho escolha",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "o agente disse que seriam 40 horas por semana e agora trabalho 70",
        False,
        ("deception",),
    ),
    (
        "a agencia falou que eu receberia 3 mil dolares por mes e aqui pagam 1200",
        False,
        ("deception",),
    ),
]
NEGATIVES += [
    "comecei a trabalhar num restaurante de frutos do mar em boston com 16 anos, hoje tenho 29",
    "cheguei sozinho aqui nos estados unidos pra trabalhar com 17, agora ja tenho 25",
    "o gerente grita com as outras meninas da limpeza e ninguem reclama",
    "a escola cobrou da minha mae a excursao",
]

# tune22 families: the SIM chip taken and calls home prevented on purpose (isolation); weeks of
# pay owed lost by leaving (withholding)
POSITIVES += [
    ("o patrao quebrou o chip do meu telefone pra eu nao falar com ninguem", False, ("isolation",)),
    (
        "a dona pegou os nossos chips e disse que e pra gente nao ligar pra familia",
        False,
        ("isolation",),
    ),
    ("ela escondeu meu celular pra eu nao ligar pro consulado", False, ("isolation",)),
    (
        "o encarregado falou que quem largar o servico perde os dois meses de salario",
        False,
        ("withholding_of_wages",),
    ),
    (
        "se eu for embora vou perder as tres semanas que a firma ta devendo",
        False,
        ("withholding_of_wages",),
    ),
    (
        "se a gente sair agora perdemos a quinzena que o gato nos deve",
        False,
        ("withholding_of_wages",),
    ),
]
NEGATIVES += [
    "eu tirei o chip do celular velho e coloquei no novo",
    "perdi duas semanas de aula quando fiquei doente",
    "a operadora bloqueou o chip porque esqueci de pagar a conta",
    "a patroa me pediu pra eu nao ligar pra familia hoje porque ela vai viajar",
]
