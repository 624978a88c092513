"""Spanish recall cases: "de menor", school years, dismissal and reporting threats,
overcrowded housing, night shifts given as a range.

Checked by test_recall.py (once "es" is in its language list).
"""

from __future__ import annotations

POSITIVES = [
    # "soy de menor" / "es de menor"
    ("soy de menor y trabajo en la empacadora limpiando las maquinas", True, ("hazardous_work",)),
    ("mi sobrino es de menor y lo tienen cargando cajas en la bodega", True, ()),
    ("yo todavia soy de menor edad y me ponen en el montacargas", True, ("hazardous_work",)),
    # school year of secondary school, said of oneself
    ("voy en tercero de secundaria y me ponen en la cortadora de carne", True, ("hazardous_work",)),
    ("estoy en 2do de prepa y trabajo en un restaurante los fines de semana", True, ()),
    ("mi hermana tiene 16, su trabajo es en la tienda", True, ()),
    ("ando en la prepa y trabajo en el rastro limpiando", True, ("hazardous_work",)),
    # reporting and dismissal used as threats
    ("el mayordomo dice q si hablamos con alguien nos reporta", False, ("intimidation_threats",)),
    (
        "el q se queje del pago ya no regresa mañana, asi dijo el patron",
        False,
        ("intimidation_threats",),
    ),
    (
        "la que falte el sabado pierde su trabajo, dijo la supervisora",
        False,
        ("intimidation_threats",),
    ),
    ("si pedimos el dia nos manda a la calle", False, ("intimidation_threats",)),
    # overcrowded or broken housing
    ("vivimos 12 en una cochera sin ventanas", False, ("abusive_working_living_conditions",)),
    (
        "somos 9 trabajadores en un sotano y el baño no funciona",
        False,
        ("abusive_working_living_conditions",),
    ),
    # a night shift given as a range
    ("mi turno de limpieza es de 11 a 7 en la planta", False, ("night_or_school_hours",)),
    # tune3 families: grade ordinals, school-year words, third-person job verbs
    ("estoy en 8vo grado y trabajo de cajera en la tienda del barrio", True, ()),
    ("soy de 10mo grado y me ponen a lavar platos en el restaurante", True, ()),
    ("un estudiante freshman me dijo que empaca cajas en el almacen", True, ()),
    ("mi sobrina de 14 ayuda en una panaderia los domingos", True, ()),
    ("mi nieto de 15 años ordeña las vacas en un rancho cerca de aqui", True, ()),
    ("la vecina de 13 años dobla toallas en un hotel despues de la escuela", True, ()),
    # power-driven garden machines
    ("mi hijo de 16 trabaja con una motosierra cortando arboles", True, ("hazardous_work",)),
    # false promises about the job or papers
    (
        "el contratista nos dijo que era trabajo de construccion y aqui estamos en el campo",
        False,
        ("deception",),
    ),
    ("el patron dijo que nos sacaban los papeles, aca no hay nada de eso", False, ("deception",)),
    # phone taken away / place unknown
    ("en la granja no tenemos telefono y no sabemos el nombre del lugar", False, ("isolation",)),
    # long days every day
    ("entramos a las 5 am y salimos a las 10 pm, todos los dias", False, ("excessive_overtime",)),
    ("trabajamos de lunes a domingo en la empacadora de frutas", False, ("excessive_overtime",)),
    # a birthday still to come: 16 next month is 15 now (after-7-pm limit)
    (
        "cumplo 16 en diciembre y en la taqueria me tienen hasta las 9 de la noche",
        True,
        ("night_or_school_hours",),
    ),
    (
        "mi hermanita va a cumplir dieciseis en enero y trabaja de cajera hasta las 8 pm",
        True,
        ("night_or_school_hours",),
    ),
    (
        "mi sobrino cumple 16, lava platos en una fonda hasta las 8 de la noche",
        True,
        ("night_or_school_hours",),
    ),
]

NEGATIVES = [
    "tengo 15 años de experiencia como panadero",
    "mi hijo tiene 16 y estudia, no trabaja",
    "mi hermano es menor que yo y estudia en la universidad",
    "trabajo de 9 a 5 en una oficina",
    "los sabados trabajo de 10 a 4 en la tienda",
    "empece aqui a los 17, ahora tengo 30",
    "vivo con mi familia en una casa grande, todo bien",
    "mi hijo tiene 15, me pagan poco en la bodega",
    "mi hija tiene 13 y trabajo en la fabrica de muebles",
    "tengo un problema menor con mi cheque, me falto una hora",
    "tengo 20 años de experiencia en carniceria, busco trabajo",
    "quiero tomar un curso de montacargas, donde hay uno?",
    "mis hijas tienen 6 y 9 años, puedo pedir el turno de la mañana?",
    "una vez hice doble turno porque falto gente, me pagaron bien",
    "mi hija de 12 ayuda a su mama en la casa",
    "tengo mi clase de ingles los jueves en la noche, me pueden cambiar el horario?",
]

# tune4 families: missing protective gear said of a third person, slaughter tasks, big kitchen
# machines, kept out of school, wages lost on quitting
POSITIVES += [
    (
        "mi primo de 16 trabaja en la obra y no le dan casco ni botas",
        True,
        ("abusive_working_living_conditions",),
    ),
    ("no nos dieron guantes para el cloro", False, ("abusive_working_living_conditions",)),
    ("mi vecino de 15 años mata gallinas en una granja", True, ("hazardous_work",)),
    ("el chavo de 14 trabaja en la pizzeria con la amasadora grande", True, ("hazardous_work",)),
    (
        "mi hermana de 15 trabaja en una tienda y el dueño no la deja ir a la escuela",
        True,
        ("night_or_school_hours",),
    ),
    (
        "el patron dice que si nos vamos antes de la temporada perdemos todo",
        False,
        ("withholding_of_wages",),
    ),
]

NEGATIVES += [
    "si pierdo este trabajo pierdo todo, quiero saber mis derechos",
    "mi hijo de 12 no va a ir a la escuela mañana porque esta enfermo",
]

# Families from the tune5 misses: "trabajo sabados", "entro de lavaplatos", "alumna de octavo",
# de 11 a 5 de la madrugada, straight to school, "dejo de ir a la secundaria", sent home if you
# complain, "ya no vuelves", what the offer said then what is paid, "no tenemos a donde ir",
# "y se aprovecha" after a negation, borrowed money; and their traps (a borrowed phone, a leaking
# roof, a one-off bank error, an ESL class, a sick day).
POSITIVES += [
    ("tengo 15 y trabajo sabados y domingos en una taqueria", True, ()),
    ("mi sobrino tiene 16 y entro de lavaplatos en un restaurante", True, ()),
    ("una alumna de octavo me dijo que trabaja limpiando casas con su tia", True, ()),
    (
        "mi hijo va en 10mo y trabaja de 11 a 5 de la madrugada limpiando la planta",
        True,
        ("night_or_school_hours",),
    ),
    (
        "tengo 16 salgo del turno y me voy directo a la prepa sin dormir",
        True,
        ("night_or_school_hours",),
    ),
    (
        "mi hija tiene 15 y dejo de ir a la secundaria porque trabaja en la tienda",
        True,
        ("night_or_school_hours",),
    ),
    (
        "si te quejas del pago te mandan pa tu casa, asi dice el mayordomo",
        False,
        ("intimidation_threats",),
    ),
    ("si faltas un dia ya no vuelves, dice el encargado", False, ("intimidation_threats",)),
    ("la oferta decia 16 dolares la hora pero aqui nos pagan 9", False, ("deception",)),
    ("el patron sabe que no tenemos a donde ir", False, ("abuse_of_vulnerability",)),
    ("no conozco a nadie aqui y el patron se aprovecha", False, ("abuse_of_vulnerability",)),
    ("pedimos dinero prestado al contratista y le pagamos cada semana", False, ("debt_bondage",)),
]

NEGATIVES += [
    "mi compañero me presto su cel para escribirles",
    "vivimos en una traila y el techo gotea, hay que arreglarlo",
    "este viernes no nos pagaron, fue error del banco, es la primera vez",
    "mi hija va en noveno y no trabaja, puedo cambiar de turno?",
    "ya no voy a la escuela de ingles porque salgo tarde, hay otra clase?",
    "nos mandaron a la casa temprano porque no hubo trabajo",
    "mi hijo no va a la escuela hoy, esta enfermo. puedo faltar?",
]

# tune6 families: a birthday coming ("cumple los 16 en mayo"), a job title after "es"/"esta de"
# (salvavidas, vendedora...), "estudiante de 14", kept out of school told with "ni"/"no esta
# yendo", missing class because of work, the job promised then found on arrival, the rest paid
# at the end or a token sum over months, phones kept by the boss, calls in front of him, not
# knowing the town; and the traps: a parent's own shift next to a child who is only cared for,
# taken or picked up ("quien me la cuida?", "quien lo recoge de la escuela?").
POSITIVES += [
    ("mi prima cumple los 16 en mayo y ya trabaja en una carniceria", True, ("hazardous_work",)),
    ("MI HERMANO CUMPLE 15 LA OTRA SEMANA Y CHAMBEA EN UNA LLANTERA", True, ()),
    ("mi nieta tiene 17 y es salvavidas en la alberca del hotel", True, ()),
    ("la hija de mi comadre, de 15, esta de vendedora en el tianguis", True, ()),
    ("el nieto de don jose, 13, lava carros en el autolavado", True, ()),
    ("un estudiante de 14 vende elotes en la calle en las tardes", True, ()),
    (
        "mi sobrina de 13 ya ni va a la secundaria, la tienen limpiando casas",
        True,
        ("night_or_school_hours",),
    ),
    (
        "el chamaco de 15 no esta yendo a clases, anda en la pizca con su tio",
        True,
        ("night_or_school_hours",),
    ),
    (
        (
            "tengo una alumna de 16 que falta a clases los viernes porque tiene "
            "que trabajar en la panaderia"
        ),
        True,
        ("night_or_school_hours",),
    ),
    (
        "varios estudiantes de la secundaria no vienen los lunes xq trabajan en la cosecha",
        True,
        ("night_or_school_hours",),
    ),
    (
        "nos ofrecieron q ibamos a estar en una empacadora, llegamos y nos pusieron a pizcar chile",
        False,
        ("deception",),
    ),
    (
        (
            "la agencia dijo que seria de mesero en un hotel y resulta que es "
            "limpiar baños en una gasolinera"
        ),
        False,
        ("deception",),
    ),
    (
        "el contratista dice que lo demas nos lo paga al final de la temporada",
        False,
        ("withholding_of_wages",),
    ),
    ("en 3 meses nomas me han dado 250 dolares, no se que hacer", False, ("withholding_of_wages",)),
    ("la encargada se queda con los celulares de todas", False, ("isolation",)),
    ("solo podemos llamar a la casa enfrente del patron", False, ("isolation",)),
    ("ni sabemos como se llama el pueblo, nos trajeron de noche", False, ("isolation",)),
]

NEGATIVES += [
    (
        "mi hijo tiene 11 y va a la primaria, yo trabajo en un restaurante y "
        "me cambiaron el horario, quien me lo cuida?"
    ),
    "mis hijas tienen 9 y 13, quien las recoge de la escuela si me ponen a las 3?",
    "mi hija tiene 14, quien la lleva a la escuela si yo entro a las 5?",
    "mi esposa ya no va a la escuela de ingles porque no tiene tiempo",
    "me dijeron que habia trabajo en la bodega, llegue y me contrataron el mismo dia",
    "me dijeron que habia casa, llegue y es como dijeron, todo bien",
    "mi hijo tiene 9 y yo ando chambeando en una tienda, me pueden dar el turno de la mañana?",
    "mi niña tiene 4 y no va a la escuela todavia, yo estoy trabajando en un restaurante",
    "mi hija de 13 se queda con mi celular mientras trabajo, eso esta bien?",
]

# tune7 families: the boss knows the worker speaks no English; a debt that keeps growing;
# unwanted grabbing when alone or by force; "si digo algo me quedo sin trabajo";
# 12-24 hours a WEEK is part time, not overtime.
POSITIVES += [
    (
        "el contratista sabe q no hablamos nada de ingles y nos paga lo que quiere",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "la dueña sabia que yo no entiendo el idioma y me hizo firmar todo",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("nos cobran el cuarto y la comida y cada mes debemos mas y mas", False, ("debt_bondage",)),
    ("el mayordomo dijeron que todavia le debo 3000 por el pasaje", False, ("debt_bondage",)),
    ("el encargado nos abraza a la fuerza en la bodega", False, ("physical_sexual_violence",)),
    (
        "el dueño me soba la cintura cuando ando sola en la cocina",
        False,
        ("physical_sexual_violence",),
    ),
    (
        "la supervisora nos dijo que si nos quejamos con recursos humanos perdemos el trabajo",
        False,
        ("intimidation_threats",),
    ),
    (
        "si le cuentas a tu esposo te quedas sin chamba, me dijo el jefe",
        False,
        ("intimidation_threats",),
    ),
]

NEGATIVES += [
    "hago 20 hrs por semana en la tienda, puedo pedir vacaciones?",
    "mi hija trabaja 18 horas a la semana en la biblioteca y le pagan bien",
    "si cierran la planta me quedo sin trabajo, hay ayuda del gobierno?",
    "disculpe que no hablo ingles, quiero saber de clases para adultos",
    "mi abuela me abraza cuando estoy sola y triste",
    "mi hijo me abraza fuerte cuando llego del trabajo",
]

# Birth dates with a month name; a kin word and a name with the age in brackets; shifts
# that end after midnight ("sale a las 2am", "hasta la 1"); school days missed because
# someone takes the child to work; SMS "q" in promised-job deception; pay held for a span
# and lost on leaving; documents "guardados"; "7 dias sin descanso" is a rest day, not a break.
POSITIVES += [
    (
        "mi sobrino nacio el 3 de agosto de 2010 y lo tienen en la obra cargando block",
        True,
        (),
    ),
    (
        "yo naci el 22 de septiembre del 2009 y trabajo en la bodega de noche",
        True,
        ("night_or_school_hours",),
    ),
    ("mi hija Daniela (15) trabaja de mesera en una taqueria", True, ()),
    ("la hermana de mi amiga Rosa ( 14 años ) vende dulces en el tianguis todo el dia", True, ()),
    (
        "mi hijo tiene 16 y trabaja en un car wash, sale como a las 3 am casi todos los dias",
        True,
        ("night_or_school_hours",),
    ),
    ("tengo 17 y en la tienda me dejan hasta la 1 de la mañana", True, ("night_or_school_hours",)),
    (
        "mi primo de 14 falta los lunes y viernes porque su tio lo lleva a la obra",
        True,
        ("night_or_school_hours",),
    ),
    (
        "tengo 15, falto varios dias xq tengo q trabajar con mi papa en el rancho",
        True,
        ("night_or_school_hours",),
    ),
    (
        "le dijeron q era para limpiar oficinas y ahora la tienen en la cocina todo el dia",
        False,
        ("deception",),
    ),
    (
        "el patron les retiene el sueldo de dos quincenas y no dice cuando",
        False,
        ("withholding_of_wages",),
    ),
    (
        "la señora dice que si me regreso a mi pais antes de tiempo lo pierdo todo, ya van 4 meses",
        False,
        ("withholding_of_wages",),
    ),
    (
        "el contratista tiene guardados nuestros pasaportes y no nos los regresa",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "en el rancho son 3 semanas seguidas sin descanso, 11 horas diarias",
        False,
        ("excessive_overtime",),
        ("abusive_working_living_conditions",),
    ),
]

NEGATIVES += [
    "mi hijo nacio el 5 de mayo de 2012, donde lo inscribo para la escuela?",
    "mi hija (12) falta los lunes porque tiene cita con el doctor",
    "mi esposo sale del trabajo a las 4 de la tarde y llega a casa como a las 5",
]

# tune9 families: SMS "d" before a job title, got a job / hired, the writer's name with
# the age in brackets, night told after the workplace, third-person deception, thrown
# against a wall, landlord-and-driver employer, wages owed to the worker are not a debt
POSITIVES += [
    ("mi prima tiene 15 y la contrataron d mesera en un restaurante chino", True, ()),
    ("mi nieta de 16 ya consiguio trabajo en una farmacia, los sabados nomas", True, ()),
    ("mi hermano (17) le dieron chamba en un taller de llantas", True, ()),
    ("soy Yesenia (15) y me acaban de contratar en una paleteria", True, ()),
    (
        "tengo 16 y ando empacando cajas en la bodega por las noches",
        True,
        ("night_or_school_hours",),
    ),
    (
        "mi sobrino de 17 esta en la linea de la empacadora en las noches",
        True,
        ("night_or_school_hours",),
    ),
    (
        "al primo le prometieron trabajo en un hotel. Ahora anda pizcando en el campo",
        False,
        ("deception",),
    ),
    ("el mayordomo lo estrello contra la puerta del baño", False, ("physical_sexual_violence",)),
    ("el supervisor me jalo del pelo enfrente de todos", False, ("physical_sexual_violence",)),
    (
        "el contratista nos alquila una casita y nos lleva a la obra en su troca, todo nos cobra",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "a mi tia el patron le debe 3 quincenas y no le quiere pagar",
        False,
        ("withholding_of_wages",),
        ("debt_bondage",),
    ),
]

NEGATIVES += [
    "mis hijos de 10 y 13 estan en la escuela y bien, yo sigo en la lavanderia",
    "en mi trabajo anterior me pagaban en efectivo, ahora ya me pagan con cheque",
]

# tune10 families: children as the object of a carer's job (a nanny is not a child worker),
# children put to work as the object, paid less than the newcomers (seniority, not status),
# "cuando llegue" only as a bait-and-switch, "no se en q pueblo estoy", sent back "de
# regreso", hunted down if the worker leaves, the debt the boss says is still owed, owed for
# the trip, always left owing, "una sola" room for many
POSITIVES += [
    ("en el rancho ponen a los niños a cargar cajas", True, ()),
    ("hay niñas limpiando cuartos en el hotel", True, ()),
    (
        "nos pagan menos q a los nuevos porque no tenemos papeles",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("cuando llegamos al rancho era otra cosa, puro campo y ni casa", False, ("deception",)),
    ("cuando llegamos nos bajaron el pago a 9 la hora", False, ("deception",)),
    (
        "la señora se quedo con mi pasaporte cuando llegue",
        False,
        ("retention_of_identity_documents",),
        ("deception",),
    ),
    (
        "no se ni en que ciudad estoy, el contratista nos trajo en una camioneta",
        False,
        ("isolation",),
    ),
    ("ni sabemos en q rancho nos tienen", False, ("isolation",)),
    (
        "el mayordomo dice que nos va a mandar de vuelta pa guatemala si no trabajamos el domingo",
        False,
        ("intimidation_threats",),
    ),
    (
        "te mando de regreso a tu tierra si sigues preguntando, me dijo la patrona",
        False,
        ("intimidation_threats",),
    ),
    (
        "si nos escapamos del rancho nos van a encontrar, dice el contratista",
        False,
        ("intimidation_threats",),
    ),
    (
        "el enganchador dijo que si me salgo del trabajo me va a ir a buscar a mi casa",
        False,
        ("intimidation_threats",),
    ),
    ("el mayordomo les dice que todavia deben 3 mil dolares", False, ("debt_bondage",)),
    ("la patrona me dijo que debo 1500 de la comida", False, ("debt_bondage",)),
    ("mi primo debe como 4 mil del pasaje y se lo descuentan", False, ("debt_bondage",)),
    ("debemos todavia 2000 por el transporte desde mexico", False, ("debt_bondage",)),
    ("con los descuentos de la renta seguimos debiendo cada quincena", False, ("debt_bondage",)),
    (
        "la tienda de la compañia cobra tanto que siempre andamos debiendo",
        False,
        ("debt_bondage",),
    ),
    (
        "dormimos 10 en un solo cuarto del galeron",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "son ocho trabajadores en una sola casita",
        False,
        ("abusive_working_living_conditions",),
    ),
]

NEGATIVES += [
    "trabajo de niñera cuidando a los niños de una familia en dallas, me pagan bien",
    "cuido a la niña de mi patrona y limpio la casa",
    "llevo 8 años en la empresa y nos pagan menos que a los recien contratados",
    "a mi me pagan la mitad q a los novatos, eso se puede?",
    "no se en que ciudad esta la corte de mi caso",
    "cada quincena mando dinero de regreso a mi familia en honduras",
    "si salgo tarde del turno mi esposo me va a buscar a la parada",
    "el jefe me dice que debe 2 semanas y que paga el viernes",
    "el contratista nos debe 300 del transporte que pagamos nosotros",
    "ya no le quedo debiendo nada al patron, ya acabe",
    "somos 12 en una sola cuadrilla",
]

# tune11 families: a document kept with the singular "su"/"nuestra" or the birth papers
# ("le quito su acta de nacimiento"), a document named and then "no se la quiere dar";
# pay promised as "iba a ganar 15 la hora" and the pay received after it; and the
# narrowings: "tiene su permiso" is the worker's own, a thing lent that is not given back.
POSITIVES += [
    (
        "el mayordomo le quito su pasaporte a mi primo cuando llego",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "la patrona se quedo con su partida de nacimiento",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "le pedimos las micas y no nos las quiere devolver",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "mi credencial la tiene el contratista y no me la regresan",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "el reclutador nos dijo alla en guate q ibamos a ganar 18 la hora",
        False,
        ("deception",),
    ),
    (
        "me aseguraron que iba a ganar bien y aca me pagan la mitad",
        False,
        ("deception",),
    ),
    (
        "ibamos a cobrar 900 a la semana pero nos dan 400",
        False,
        ("deception",),
    ),
]

NEGATIVES += [
    "mi hijo ya tiene su permiso de trabajo, desde que edad puede manejar?",
    "le preste mi carro a un compañero y no me lo quiere devolver",
    "le pedi permiso al supervisor para el doctor y no me lo quiere dar",
    "mi esposo iba a ganar mas pero se enfermo",
]

# tune12 families: the phone lent back only at set times; every day of the week in SMS
# spelling ("d lunes a domingo", "lunes-domingo"); the boss knows that none of them has
# papers; more pay for the ones with papers or for "los gueros"; "nadie te va a contratar
# sin papeles", "deberias estar agradecida"; a visa that binds the worker to one employer;
# someone else started at a workplace; dozing in a named class period.
POSITIVES += [
    ("la patrona nomas nos da los celulares una hora en la noche", False, ("isolation",)),
    ("solo me prestan mi telefono los domingos pa llamar a mi mama", False, ("isolation",)),
    ("trabajamos d lunes a domingo en la obra sin descanso", False, ("excessive_overtime",)),
    ("tengo 16 y trabajo lunes-domingo en un restaurante", True, ("excessive_overtime",)),
    (
        "el patron sabe que nadie de nosotros tiene documentos y nos paga poquito",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("a los que tienen papeles les pagan 15 y a nosotros 9", False, ("abuse_of_vulnerability",)),
    ("los gringos ganan 20 la hora y nosotros 11", False, ("abuse_of_vulnerability",)),
    ("sin papeles nadie te da trabajo, me dice la señora", False, ("abuse_of_vulnerability",)),
    ("el jefe dice que deberia estar agradecida", False, ("abuse_of_vulnerability",)),
    ("con esta visa no podemos trabajar con otro patron", False, ("abuse_of_vulnerability",)),
    ("mi hijo tiene 15 y empezo en una tienda de yogurt los sabados", True, ()),
    (
        "mi alumno de 14 se duerme en la primera hora porque trabaja en la noche",
        True,
        ("night_or_school_hours",),
    ),
]

NEGATIVES += [
    "mi hija solo usa el celular una hora al dia, es normal?",
    "solo me dan el telefono de la oficina para llamar",
    "la tienda abre de lunes a viernes",
    "mi hija tiene 14 y empezo en la secundaria",
    "estoy muy contenta con mi trabajo",
    "los americanos ganan mas, eso dicen",
]

# tune13 families: touching after a refusal ("me agarra y le dije que no"), thrown upon, an unwanted
# kiss;
# not even Sunday off ("ni el domingo descansamos", "no descanso ni los domingos"); dawn to dark all
# week;
# a missed day costs the week's or fortnight's pay; a stated cost or debt is not a pay promise; the
# writer's own children in a custody quarrel are not working children.
POSITIVES += [
    ("el encargado me toca y yo le digo que no pero sigue", False, ("physical_sexual_violence",)),
    (
        "el mayordomo se le echa encima a mi compañera en la bodega",
        False,
        ("physical_sexual_violence",),
    ),
    ("el dueño de la fonda me quiso besar en la cocina", False, ("physical_sexual_violence",)),
    ("en el rancho no descansamos ni los domingos", False, ("excessive_overtime",)),
    ("chambeamos en la obra y ni el domingo paramos", False, ("excessive_overtime",)),
    ("pizcamos de sol a sol todos los dias", False, ("excessive_overtime",)),
    ("si me enfermo pierdo toda la semana de pago", False, ("withholding_of_wages",)),
    ("el patron dice que si faltamos nos quita la quincena", False, ("withholding_of_wages",)),
    ("me dijeron que ibamos a ganar 900 dolares a la semana", False, ("deception",)),
    (
        "tengo 15 y en la empacadora ponen a los niños a trabajar de noche",
        True,
        ("night_or_school_hours",),
    ),
]

NEGATIVES += [
    "si falto pierdo el dia nomas",
    "el contratista nos dijo que la renta costaba 600 dolares",
    "mi ex quiere visitar a los niños los domingos y yo trabajo de mesera",
]

# job_context (session 8)
# a job sign that does not say whose (hours in words, pay, a permit, a hire, "el jale",
# shifts, the paycheck) in the sentence of an age under 18
POSITIVES += [
    ("mi hija tiene 15 y ahora esta en la heladeria los sabados de 10 a 4", True, ()),
    ("tengo 16 y ya me sale el cheque de pago cada viernes", True, ()),
    ("mi primo de 15 ya tiene permiso de trabajo firmado por su mama", True, ()),
    (
        "mi sobrina tiene dieciseis y la aceptaron en el restaurante, "
        "entra en el turno de la tarde",
        True,
        (),
    ),
    ("mi nieto de 14 anda en un jale de fin de semana, le pagan 60 dolares en efectivo", True, ()),
]
NEGATIVES += [
    "mi hijo tiene 15 y yo trabajo de 6 a 2 en la planta",
    "mi hija de 14 va a la secundaria de 7 a 2",
    "mi hijo tiene 16 y anda buscando un trabajo de verano",
    "mi hijo tiene 15 y mi esposo y yo ganamos 12 dolares la hora",
]

# tune14 families: a shift ending at 10 pm is not night work from 16 on, a 10 pm start is,
# and a 7th or 8th grader working into the evening is; a shift from the afternoon into the
# small hours; a day of 10 hours or more six days a week; out only with the boss; the
# dismissal in the subjunctive ("que ya no vuelva"); an injury with care refused; hired for
# one job and put to another; the phone banned ("tampoco"), taken (preterite) or calls made
# in front of the boss; "al llegar" telling when, not a lie
POSITIVES += [
    (
        "mi hijo tiene 17 y trabaja en la pizzeria de 4 a 10 de la noche",
        True,
        (),
        ("night_or_school_hours",),
    ),
    (
        "mi sobrina va en 8vo y atiende la caja de la tienda hasta las 9 de la noche",
        True,
        ("night_or_school_hours",),
    ),
    (
        "mi hijo de 17 entra a las 10 de la noche a limpiar la planta",
        True,
        ("night_or_school_hours",),
    ),
    ("mi hermano de 16 lava trastes desde las 5pm hasta las 2am", True, ("night_or_school_hours",)),
    ("mi hija de 17 sale del restaurante a la una de la mañana", True, ("night_or_school_hours",)),
    (
        "trabajamos de 6 de la mañana a 5 de la tarde de lunes a sabado en la obra",
        False,
        ("excessive_overtime",),
    ),
    ("trabajo 11 horas diarias, 6 dias a la semana, en la bodega", False, ("excessive_overtime",)),
    ("no podemos salir a la tienda sin el mayordomo", False, ("restriction_of_movement",)),
    (
        "los domingos vamos al mercado pero el patron siempre va con nosotros",
        False,
        ("restriction_of_movement",),
    ),
    ("la patrona solo me deja salir una vez al mes", False, ("restriction_of_movement",)),
    (
        "la supervisora dijo que quien no venga el sabado que ya no vuelva",
        False,
        ("intimidation_threats",),
    ),
    ("el patron dice q el que se queje mejor ni regrese", False, ("intimidation_threats",)),
    (
        "se quemo el brazo con el aceite y no le dieron permiso de ir al medico",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "me cai en la cocina y el gerente no me llevo al hospital",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "a mi prima la contrataron de mesera y aca la pusieron a limpiar cuartos del motel",
        False,
        ("deception",),
    ),
    (
        "nos trajeron para la cosecha de fresa pero aqui nos tienen en la construccion",
        False,
        ("deception",),
    ),
    ("tampoco nos dejan tener celular en el rancho", False, ("isolation",)),
    ("solo puedo llamar a mi mama enfrente de el", False, ("isolation",)),
    ("el contratista nos recogio los celulares al llegar", False, ("isolation",), ("deception",)),
]

# care (tune14): the writer's own care work; the children looked after are not workers
POSITIVES += [
    (
        "trabajo de nana cuidando a tres niños de 2, 5 y 9 años y la señora no me paga "
        "desde hace dos meses",
        False,
        ("withholding_of_wages",),
    ),
    (
        "yo cuido a los gemelos de mi patrona, tienen 4 años, y me quito el pasaporte",
        False,
        ("retention_of_identity_documents",),
    ),
]
NEGATIVES += [
    "soy niñera, cuido a dos niños de 3 y 6 años en una casa en Dallas",
    "trabajo de interna cuidando a los niños de la señora, uno de 8 y otra de 11",
]

# tune15 families: an afternoon start and an end at 11 or 12 told without "pm"; the hours or
# pay they were told, then "but"; touching told in the perfect or with a count; out only on
# set days or escorted, told with "ir" or "llevar"; the family back home made to pay if the
# worker leaves
POSITIVES += [
    (
        "mi hermana de 15 empieza en la cocina a las 4 de la tarde y termina como a las 12",
        True,
        ("night_or_school_hours",),
    ),
    ("en la lavanderia entramos 2pm y salimos 11:15", False, ("night_or_school_hours",)),
    (
        "nos dijeron q serian 8 horas diarias y 15 la hora pero aqui nos pagan 10",
        False,
        ("deception",),
    ),
    (
        "el mayordomo ya la ha tocado varias veces en la bodega",
        False,
        ("physical_sexual_violence",),
    ),
    (
        "el encargado me quiso tocar cuando estaba sola en el cuarto frio",
        False,
        ("physical_sexual_violence",),
    ),
    (
        "nomas nos llevan al walmart una vez por semana y con el contratista",
        False,
        ("restriction_of_movement",),
    ),
    (
        "dice el coyote que si nos escapamos se lo cobran a nuestras familias",
        False,
        ("intimidation_threats",),
    ),
]
NEGATIVES += [
    "me toco dos veces limpiar los baños de la oficina este mes",
    "me ha tocado ver muchas cosas en este trabajo",
    "solo puedo ir a la escuela los sabados porque entre semana cuido a mi abuela",
    "si me voy a mexico en diciembre mi hermana le cobra la renta al inquilino",
    "entro a las 6am y salgo a las 11",
]

# tune16 families: a deportation threat told with an infinitive or clitic ("lo van a regresar a
# Guatemala", "te regresan a tu pais"); toilet breaks refused with any pronoun ("no las deja ir al
# baño"); a dismissal threat as "si ... que ya no vengas"; a complete negative noun phrase ("sin
# arnes ni nada") that does not negate the next verb
POSITIVES += [
    (
        "el patron dice que si nos quejamos nos van a mandar de vuelta a honduras",
        False,
        ("intimidation_threats",),
    ),
    (
        "la encargada amenaza que si no pagamos nos regresan a nuestro pais",
        False,
        ("intimidation_threats",),
    ),
    (
        "en la empacadora la supervisora no le da permiso de ir al bano en todo el turno",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "y si uno se queja el mayordomo le dice que ya no venga el lunes",
        False,
        ("intimidation_threats",),
    ),
    (
        "mi sobrino tiene 15, lo suben al techo sin arnes ni nada y falta a la escuela 2 dias por "
        "semana",
        True,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += [
    "en diciembre me regreso a guatemala a ver a mi mama",
    "el baño de la tienda estaba ocupado y no pude ir al baño hasta el break",
]

# tune17 families: kept out of school before "aunque" ("no esta yendo a la escuela aunque..."); the
# wood chipper in Spanglish ("chipeadora"); documents counted ("guarda todos los pasaportes") and
# given back at season's end (no withholding); a pay rate told with no word before it ("nos dijeron
# 15 dlls la hora"); sent back as reported speech with no destination ("le dijo que lo mandaba de
# regreso") and barred from coming back ("nunca mas iba a poder entrar a estados unidos")
POSITIVES += [
    (
        "ya no va a la escuela aunque tiene 15, trabaja en la obra con su tio",
        True,
        ("night_or_school_hours",),
    ),
    (
        "mi primo de 16 trabaja con los jardineros y usa la chipiadora todo el dia",
        True,
        ("hazardous_work",),
    ),
    (
        "el encargado recogio todos los pasaportes y dice que nos los devuelve al final de la "
        "temporada",
        False,
        ("retention_of_identity_documents",),
        ("withholding_of_wages",),
    ),
    (
        "la patrona tiene guardadas todas las micas en su oficina",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "nos dijeron 18 dlls la hora y aca pagan 9",
        False,
        ("deception",),
    ),
    (
        "dice el mayordomo que si reclamamos nos manda de vuelta",
        False,
        ("intimidation_threats",),
    ),
    (
        "el contratista le grito que jamas iba a poder entrar a eeuu si se salia del rancho",
        False,
        ("intimidation_threats",),
    ),
]
NEGATIVES += [
    "yo nunca voy a regresar a estados unidos, aqui estoy bien con mi familia",
    "no va a la escuela aun, esta enfermo desde el lunes",
]

# tune18 families: the poultry plant by its slang names ("la pollera", "la avicola"); a pay
# promised by the week or day with no currency word, set against what is paid ("nos ofrecieron 90
# al dia y nos dan 60"); weeks without pay told with a clitic or a clause ("sin pagarme", "sin ver
# un cheque"); gear lacking told with "no tengo / no traemos", an ambulance or a doctor refused;
# handed to immigration with any clitic ("los entregan a inmigracion"); the dismissal as an order
# after a condition ("si faltas ni vuelvas", "mejor ya no regreses")
POSITIVES += [
    (
        "mi sobrino de 16 trabaja en la pollera en el turno de la mañana",
        True,
        ("hazardous_work",),
    ),
    ("entro a la avicola a las 5 de la mañana y salgo a las 3", False, ("hazardous_work",)),
    ("nos ofrecieron 90 al dia y nos dan 60", False, ("deception",)),
    ("me prometieron 600 por semana pero me pagan 350", False, ("deception",)),
    ("el patron tiene cuatro semanas sin pagarme", False, ("withholding_of_wages",)),
    ("ya van 2 quincenas sin ver un cheque", False, ("withholding_of_wages",)),
    ("no traemos casco ni guantes en la obra", False, ("abusive_working_living_conditions",)),
    (
        "se corto la mano con la maquina y nadie llamo a la ambulancia",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "la supervisora no quiso llevarla al hospital cuando se desmayo en la linea",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("a los que reclaman los entregan a inmigracion", False, ("intimidation_threats",)),
    ("si faltas el sabado ni vuelvas, dijo la encargada", False, ("intimidation_threats",)),
    ("si no te quedas mas tarde mejor ya no regreses", False, ("intimidation_threats",)),
]
NEGATIVES += [
    "si te sientes mal mejor no vengas hoy, descansa",
    "mi mama me cosio una pollera para la fiesta",
    "me dijeron 500 a la semana y si me pagan 500",
]

# tune19 families: the writer's own gerund after a first-person singular verb ("yo trabajo
# lavando platos", "ando cargando cajas") does not make the writer's child a worker ("estamos
# limpiando" still may); every day of the week with the article ("los 7 dias"), not a count of
# days gone by; a six-day week with a day of 10 hours or more in bare clock numbers ("de lunes a
# sabado de 7 a 7", "de 8 a 7, seis dias a la semana")
POSITIVES += [
    ("mi hijo de 15 y yo estamos limpiando oficinas en la noche", True, ("night_or_school_hours",)),
    ("mi esposo trabaja los 7 dias en la obra", False, ("excessive_overtime",)),
    ("en la lecheria trabajamos todos los siete dias", False, ("excessive_overtime",)),
    ("trabajo de 8 a 7, seis dias a la semana, en una tienda", False, ("excessive_overtime",)),
    ("de lunes a sabado entramos de 6 a 6 en el vivero", False, ("excessive_overtime",)),
]
NEGATIVES += [
    "mi hija tiene 14 y esta en la escuela, yo ando cargando cajas en una tienda",
    "mi niño tiene 12, yo trabajo lavando platos en una fonda",
    "estuve enfermo los 7 dias que me dieron de incapacidad",
    "trabajo de lunes a sabado de 9 a 3 en una oficina",
]

# tune20 families: "not even 18" with "ni" ("no tengo ni los 18"); the writer's own job with a
# time of day before the gerund ("trabajo en la noche empacando"); unpaid in the preterite or with
# "tampoco"; the pay "kept" until the worker goes home; school days missed with the work told
# later without "porque"; a 10-hour-plus clock range every day; not the length of the day a daily
# wage is for ("80 dlls por dia de 12 hrs")
POSITIVES += [
    ("no tengo ni los 18 y me ponen a manejar el montacargas", True, ("hazardous_work",)),
    ("ni tengo 18 todavia y trabajo en una taqueria en las tardes", True, ()),
    ("mi prima no tiene ni los 18 y la tienen limpiando cuartos en un motel", True, ()),
    ("la quincena pasada no nos pago nada el contratista", False, ("withholding_of_wages",)),
    ("tampoco nos pagan desde marzo", False, ("withholding_of_wages",)),
    (
        "la patrona dice que nos lo guarda hasta que nos vayamos a guatemala",
        False,
        ("withholding_of_wages",),
    ),
    (
        "el señor le guarda el sueldo para cuando se regrese a su pais",
        False,
        ("withholding_of_wages",),
    ),
    (
        "mi alumna de decimo falta casi todos los viernes y me dijo que trabaja en una granja",
        True,
        ("night_or_school_hours",),
    ),
    (
        "el muchacho de octavo grado falta los lunes y martes, anda trabajando con su tio",
        True,
        ("night_or_school_hours",),
    ),
    ("trabajamos de 5 de la mañana a 5 de la tarde todos los dias", False, ("excessive_overtime",)),
    ("diario desde las 7am hasta las 8pm en el vivero", False, ("excessive_overtime",)),
]
NEGATIVES += [
    "yo trabajo todo el dia limpiando oficinas y mi hija de 13 se queda con mi mama",
    "trabajo en las tardes lavando trastes y mi hijo de 12 esta en la escuela",
    "no tengo ni 18 dolares para la renta este mes",
    "en el landscaping pagan 90 dlls por dia de 12 hrs, es normal?",
]

# tune21 families: most of the pay taken in a sentence that tells of the worker's debt is its
# repayment (debt_bondage, not withholding); the roof of the housing that leaks is no roofing
# work; six or more workers "en la traila"; hit "con la manguera" and blows in "-azo"; a day of
# 10 hours or more told "entra ... y sale ...", six days a week; in summer an end before 9 pm
# is no night work for a 15-year-old.
POSITIVES += [
    (
        "el contratista dice q le debemos 5 mil del raite y cada semana se queda con"
        " casi todo el cheque",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    (
        "la señora le descuenta la mayor parte del sueldo para pagar la deuda del coyote",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    ("el patron se queda con casi todo mi cheque y no se xq", False, ("withholding_of_wages",)),
    (
        "le debo 3 mil al señor. y ademas se queda con todo el cheque, nomas me da pa comer",
        False,
        ("debt_bondage", "withholding_of_wages"),
    ),
    (
        "trabajamos en la lecheria y el techo de la barraca se gotea, dormimos mojados",
        False,
        (),
        ("hazardous_work",),
    ),
    ("en la traila el techo tiene goteras y no hay calefaccion", False, (), ("hazardous_work",)),
    ("lo subieron al techo sin arnes a poner lamina", False, ("hazardous_work",)),
    (
        "dormimos ocho trabajadores en el cuarto de atras de la bodega",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "vivimos como 10 hombres en esa traila del rancho",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("el mayordomo le dio con un palo a mi compañero", False, ("physical_sexual_violence",)),
    ("el encargado nos pego con el cinto por llegar tarde", False, ("physical_sexual_violence",)),
    ("el patron le solto un manguerazo a un muchacho", False, ("physical_sexual_violence",)),
    (
        "mi hermano entra a las 6 de la mañana y sale a las 8 de la noche de lunes a sabado",
        False,
        ("excessive_overtime",),
    ),
    (
        "seis dias a la semana empiezo a las 9 am y termino a las 10 pm en la cocina",
        False,
        ("excessive_overtime",),
    ),
    (
        "tengo 15 y trabajo en la nieveria, en el verano salgo a las 8 de la noche, esta bien?",
        True,
        (),
        ("night_or_school_hours",),
    ),
    ("tengo 14 y los viernes salgo de la tienda a las 8:30 pm", True, ("night_or_school_hours",)),
]
NEGATIVES += [
    "en mi casa el techo se gotea cuando llueve, el dueño no lo arregla",
    "somos 6 en la casa, mis papas y mis 3 hermanos",
    "el agua de la manguera le dio en la cara al niño jugando",
    "entro a las 8 de la mañana y salgo a las 5 de la tarde de lunes a viernes",
]

# tune22 families: crab or fish meat picked by the pound is seafood packing, not a meat plant;
# "en el turno de noche" names the writer's own shift next to a child who does not work; a wage
# told for the ones without papers; handed over "si nos vamos", the migra named earlier.
POSITIVES += [
    (
        "en la planta de jaiba nos pagan por libra de carne q sacamos y el jefe tiene"
        " nuestros pasaportes",
        False,
        ("retention_of_identity_documents",),
        ("hazardous_work",),
    ),
    ("trabajo en la planta de carne en el turno de noche", False, ("hazardous_work",)),
    (
        "el mayordomo nos paga 9 la hora a los que no tenemos papeles, a los demas 16",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "a los q no tienen documentos les pagan la mitad en la obra",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "nos dice que la migra anda rondando y que si nos salimos el mismo nos entrega",
        False,
        ("intimidation_threats",),
    ),
    (
        "la patrona dice q si me quejo me entrega, que ella conoce gente",
        False,
        ("intimidation_threats",),
    ),
]
NEGATIVES += [
    "me gusta la carne de cangrejo, donde la venden?",
    "trabajo en la tienda en el turno de dia y mi hijo de 13 se queda con mi mama. el no trabaja,"
    " va a la escuela",
    "si nos vamos temprano el mismo nos entrega el cheque el viernes",
]
