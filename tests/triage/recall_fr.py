"""French recall cases: grades, ages of relatives, number words, forced labour.

Checked by test_recall.py.
"""

from __future__ import annotations

POSITIVES = [
    (
        "je suis en 3eme et je travaille la nuit a l'usine de poulet",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    (
        "je suis encore au lycee et je nettoie les machines apres les cours",
        True,
        ("hazardous_work",),
    ),
    ("je suis mineur et ils m'ont mis sur le chariot elevateur", True, ("hazardous_work",)),
    (
        "il y a des enfants de 13 ans qui travaillent sur la chaine a l'abattoir",
        True,
        ("hazardous_work",),
    ),
    ("mon cousin a seise ans et il travaille a l'abattoir", True, ("hazardous_work",)),
    ("ma soeur emballe la viande a l'usine, elle a que 15 ans", True, ("hazardous_work",)),
    (
        "ils embauchent des mineurs pour l'equipe de nettoyage de nuit a l'abattoir",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("mon petit frere bosse au desossage, il a quatorze ans", True, ("hazardous_work",)),
    ("le patron a pris nos telephones et on peut pas appeler nos familles", False, ("isolation",)),
    (
        "on n'a aucun contact avec l'exterieur, interdit de parler aux autres ouvriers",
        False,
        ("isolation",),
    ),
    (
        "le chef a dit qu'il va appeler l'immigration si on se plaint",
        False,
        ("intimidation_threats",),
    ),
    (
        "il a dit qu'il arrivera quelque chose a ma famille si je pars",
        False,
        ("intimidation_threats",),
    ),
    (
        "celui qui se plaint est vire et ne retrouvera jamais de travail dans la region",
        False,
        ("intimidation_threats",),
    ),
    ("ils nous payent moins parce qu'on a pas de papiers", False, ("abuse_of_vulnerability",)),
    ("il sait qu'on a nulle part ou aller et il en profite", False, ("abuse_of_vulnerability",)),
    (
        "on ne peut pas sortir du logement, le portail est ferme a cle la nuit, il y a un gardien",
        False,
        ("restriction_of_movement",),
    ),
    ("on sort seulement accompagnes par le contremaitre", False, ("restriction_of_movement",)),
    ("ils nous payent seulement a la fin de la saison", False, ("withholding_of_wages",)),
    (
        "le patron garde une partie de notre salaire chaque semaine",
        False,
        ("withholding_of_wages",),
    ),
    ("ca fait trois mois qu'on n'est pas payes", False, ("withholding_of_wages",)),
    # a job title said of someone else ("elle est caissiere")
    ("mon frere a 15 ans, il est plongeur dans une pizzeria", True, ()),
    ("ma cousine a 16 ans et elle est vendeuse au marche le samedi", True, ()),
    # a bare age at the start of a sentence, about oneself
    ("Quinze ans et je bosse sur un chantier de demolition", True, ("hazardous_work",)),
    ("Bonjour. 16 ans, je travaille la nuit a l'entrepot", True, ("night_or_school_hours",)),
    # guessed ages, misspelled number words, "n'a pas encore 18 ans"
    (
        "la fille qui emballe le poulet a cote de moi a l'air d'avoir 13 ans",
        True,
        ("hazardous_work",),
    ),
    ("ma petite soeur a kinse ans et elle fait la vaisselle au resto", True, ()),
    (
        "leur fils n'a pas encore 18 ans et il part chaque matin a l'abattoir",
        True,
        ("hazardous_work",),
    ),
    # first-person work and late hours
    ("je suis au lycee et je ferme le magasin a minuit", True, ("night_or_school_hours",)),
    ("on finit a 2h du mat a l usine", False, ("night_or_school_hours",)),
    # "je n'ai pas le droit de ...": the "n'" belongs to the complaint
    ("je n'ai pas le droit de sortir de la maison", False, ("restriction_of_movement",)),
    ("on n'a pas le droit d'aller aux toilettes", False, ("abusive_working_living_conditions",)),
    ("je n'ai pas le droit d'appeler mes parents", False, ("isolation",)),
    (
        "le patron garde sa carte de sejour dans son bureau",
        False,
        ("retention_of_identity_documents",),
    ),
    # dismissal as a threat, in the present tense
    (
        "il m'a dit que je perds mon boulot si je vais voir le syndicat",
        False,
        ("intimidation_threats",),
    ),
    ("tu perds ta place si tu refuses le dimanche", False, ("intimidation_threats",)),
    # sawmill, tractor
    ("mon cousin de 15 ans travaille a la scierie le samedi", True, ("hazardous_work",)),
    ("mon fils de 14 ans conduit le tracteur a la ferme du voisin", True, ("hazardous_work",)),
    # missing school days to work
    (
        "ma fille de 15 ans rate les cours du lundi pour travailler au restaurant",
        True,
        ("night_or_school_hours",),
    ),
    (
        "ils travaillent a la ferme pendant les heures de classe, ils ont 13 ans",
        True,
        ("night_or_school_hours",),
    ),
    # only allowed out to go to work
    (
        "la patronne ne la laisse sortir que pour aller au travail",
        False,
        ("restriction_of_movement",),
    ),
    ("on ne sort que pour aller a l'usine", False, ("restriction_of_movement",)),
    # threats against family back home, assault
    ("il dit qu'il leur arrivera quelque chose si je parle", False, ("intimidation_threats",)),
    (
        "ma collegue a ete agressee par le chef dans la reserve",
        False,
        ("physical_sexual_violence",),
    ),
]

NEGATIVES = [
    "j'ai 15 ans d'experience comme boulanger",
    "mon fils a 16 ans et va a l'ecole, il ne travaille pas",
    "j'ai commence ici a 17 ans, maintenant j'ai 30 ans",
    "j'appelle ma famille tous les soirs avec mon telephone",
    "mon chef est gentil, il n'a jamais menace personne",
    "on est payes chaque vendredi a l'heure",
    "je peux sortir de la maison quand je veux",
    "ma fille est en 3eme, moi je travaille au magasin",
    "j'ai mes papiers et mon passeport avec moi, tout va bien",
    "l'ecole est fermee demain a cause de la neige",
    "ma fille a 16 ans, elle travaille pas, elle va au lycee",
    "mon fils a 15 ans et il travaille pas encore",
    "j'ai le droit de sortir quand je veux",
    "mon fils a 12 ans, j'bosse a l'entrepot le matin",
    "ma fille a 14 ans et mon patron veut pas me donner conge",
    "si je perds le travail je perds mon toit, c'est pour ca que je pose la question",
    "on est 5 dans une maison, tout va bien",
    "je travaille dans une usine de fruits de mer, on emballe les crevettes a la main",
]

# tune4 families: 'je me plains', ranges ending after midnight, overcrowded small flats, refusing
# overtime, single long days
POSITIVES += [
    ("si je me plains, le chef appelle la police", False, ("intimidation_threats",)),
    ("il menace de me denoncer aux services d'immigration", False, ("intimidation_threats",)),
    ("je fais la vaisselle de 17h-2h du matin au restaurant", False, ("night_or_school_hours",)),
    ("on vit 9 dans un studio au-dessus du garage", False, ("abusive_working_living_conditions",)),
    (
        "chaque fois qu'on refuse les heures sup on a un avertissement",
        False,
        ("excessive_overtime",),
    ),
]

NEGATIVES += [
    "hier j'ai travaille 14 heures a cause d'un inventaire, est-ce normal ?",
    "on est 4 dans un 3 pieces, ca va",
]

# tune5 families: "né en 2009" is not the negation "ne"; code-switched US grades and Quebec
# "secondaire 3"/"sec 4"; "jamais a l'ecole"; the employer knows the worker reads no English;
# part of the pay taken for a debt (debt bondage)
POSITIVES += [
    ("mon cousin né en 2009 conduit le clark à l'entrepôt", True, ("hazardous_work",)),
    ("ma soeur, née au Guatemala, coupe la viande à l'abattoir", False, ("hazardous_work",)),
    ("chui en 11th grade et je bosse au fast food le weekend", True, ()),
    ("je suis en secondaire 3 et je travaille au depanneur", True, ()),
    ("mon frere est en sec 4, il travaille a l'epicerie", True, ()),
    (
        "le fils du voisin, 13 ans, livre des colis toute la journee, jamais a l'ecole",
        True,
        ("night_or_school_hours",),
    ),
    (
        "le patron sait qu'on ne lit pas l'anglais et nous fait signer n'importe quoi",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("elle profite du fait que je parle pas un mot d'anglais", False, ("abuse_of_vulnerability",)),
    (
        "le recruteur garde la moitie de ma paie pour rembourser le billet d'avion",
        False,
        ("debt_bondage",),
    ),
]

NEGATIVES += [
    "ma fille est en secondaire 2, moi je travaille a l'hopital",
    "j'ai fini mon secondaire 5 il y a 10 ans, je travaille au garage",
    "mon fils de 19 ans n'est plus au lycee, il cherche du travail",
    "mon patron sait que je parle bien anglais",
    "ma fille est nee en 2012, elle est en 6e",
]

# tune6 families: ages in SMS shorthand ("17a", "g 16 a,"); a job title or a job said of
# someone else ("il est maitre-nageur", "elle a trouve un petit boulot"); a parent's own job
# next to a child who is only at school; pay explained by language or status and "nobody else
# will hire you" (abuse of vulnerability); recruited for one job, another on arrival
# (deception); insulting names and humiliation in front of others, a single overcrowded room
# (abusive conditions); "je nettoie ... la nuit"
POSITIVES += [
    ("g 16a et je fais la plonge dans une brasserie", True, ()),
    ("mon frere 15a il bosse sur les toits avec notre oncle", True, ("hazardous_work",)),
    ("elle a 14a et elle vend des beignets au marche", True, ()),
    # "elle vend", "elle ramasse": the "le " of "elle" is not the article
    ("sa fille a 13 ans, elle ramasse des mangues pour un commercant", True, ()),
    ("ma niece a 16 ans, elle est animatrice au centre aere tout l'ete", True, ()),
    ("le fils de ma voisine a quinze ans et il est pompiste a la station", True, ()),
    ("mon fils a 15 ans et il a trouve un petit boulot au supermarche", True, ()),
    (
        "il me paye 5 dollars de l'heure pcq je parle pas l'anglais",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "la patronne nous donne la moitie vu qu'on est etrangers",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "le gerant repete que personne ne va t'embaucher ailleurs",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("il dit qu'on trouvera jamais de travail ailleurs", False, ("abuse_of_vulnerability",)),
    (
        "l'agence m'a recrute a Dakar comme chauffeur, une fois arrive je nettoie des bureaux",
        False,
        ("deception",),
    ),
    (
        (
            "Ils m'ont fait venir d'Haiti pour un poste de cuisinier. Arrivee "
            "la-bas c'etait dans une ferme"
        ),
        False,
        ("deception",),
    ),
    (
        "le contremaitre la traite d'idiote devant tout le monde",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "il nous humilie chaque matin devant les clients",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("nous sommes 8 dans une seule chambre", False, ("abusive_working_living_conditions",)),
    ("on dort a 12 dans une petite piece", False, ("abusive_working_living_conditions",)),
    ("je nettoie les bureaux la nuit pour une agence", False, ("night_or_school_hours",)),
]

NEGATIVES += [
    "on commence de 8a 17h au magasin",
    "mon fils a 12 ans, il cherche un job d'ete",
    "ma fille a 14 ans, elle a un travail a rendre demain",
    "ma fille a 12 ans, elle apprend bien a l'ecole. Moi je travaille dans un hotel",
    "mon fils de 13 ans est au college, moi je suis caissiere au supermarche",
    "je vous ecris en francais parce que je ne parle pas anglais",
    "On m'a embauche en mars. Finalement je suis content du poste",
    "il nous engueule parfois quand on arrive en retard",
]

# tune7: "<young person> de N ans que/qu'..." is an age, not a duration ("5 ans que je bosse
# ici" stays a trap).
POSITIVES += [
    (
        "Au resto du coin il y a une fille de 15 ans qu'on fait bosser a la plonge jusqu'a minuit.",
        True,
        ("night_or_school_hours",),
    ),
    (
        "Je connais un gamin de 13 ans que son oncle envoie vendre des fleurs dans le metro "
        "pendant les heures d'ecole.",
        True,
        ("night_or_school_hours",),
    ),
]

NEGATIVES += [
    "Ca fait 12 ans que je travaille a la boulangerie, tout va bien.",
    "Mon fils de 12 ans que je garde le soir, moi je travaille de jour au magasin.",
]

# tune8 families: a birth date with a month name ("ne le 3 mai 2010"); pay held together
# with something else ("garde mon passeport et ma paie"); no other employer would take
# the worker ("personne va m'embaucher ailleurs"); a range into the morning ("de 22h a
# 6h") is overnight, but a 10 pm finish is night work only for 14-15-year-olds.
POSITIVES += [
    ("ma niece, nee le 14 fevrier 2011, fait la plonge au resto tous les soirs", True, ()),
    ("je suis ne le 2 sept 2010 et je bosse a l'abattoir", True, ("hazardous_work",)),
    (
        "le chef retient nos passeports et nos salaires depuis des mois",
        False,
        ("withholding_of_wages", "retention_of_identity_documents"),
    ),
    (
        "il dit que personne d'autre va nous embaucher, alors on reste",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "vu qu'on parle pas anglais on trouvera rien ailleurs, le patron le sait",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "mon frere a 16 ans, il travaille a la boulangerie de 21h a 5h",
        True,
        ("night_or_school_hours",),
    ),
    (
        "ma fille a 14 ans et elle travaille au fast food jusqu'a 22h",
        True,
        ("night_or_school_hours",),
    ),
]
NEGATIVES += [
    "le 3 mai 2010 j'ai commence a l'usine, ca va bien",
    "c'est du harcelement ou pas ? le chef me donne que les sales taches",
    "personne veut m'embaucher, je cherche du travail depuis 3 mois",
]

# tune9 families: a phone taken along with another thing; talking to outsiders answered
# by a threat; leaving in the evening and coming back in the morning; a job just found;
# an age in brackets after a name; "a eu 16 ans"; third-person chores; hours per week are
# not a long day; the writer's own children at school are not working minors
POSITIVES += [
    ("le contremaitre a confisque nos passeports et tous nos portables", False, ("isolation",)),
    ("la patronne a pris ma carte de sejour et mon telephone", False, ("isolation",)),
    (
        "quand on discute avec des clients le gerant dit qu'il va nous virer",
        False,
        ("isolation", "intimidation_threats"),
    ),
    (
        "mon neveu a 17 ans, il quitte la maison a 21h pour l'entrepot et revient vers 5h",
        True,
        ("night_or_school_hours",),
    ),
    (
        "ma soeur de 16 ans part tous les soirs et rentre au petit matin, elle emballe des colis",
        True,
        ("night_or_school_hours",),
    ),
    ("g 16 ans et je viens de decrocher mon premier job dans une pizzeria", True, ()),
    ("j'ai 15 ans, je commence a travailler au supermarche samedi", True, ()),
    ("ma cousine Lea (15) range les rayons dans une epicerie", True, ()),
    ("mon petit frere a eu 16 ans en mars, il est plongeur dans un resto", True, ()),
    ("ma voisine a 15 ans et elle lave les voitures au garage du coin", True, ()),
]
NEGATIVES += [
    "je fais 20 heures par semaine a la boutique, je voudrais plus d'heures",
    "mes deux enfants vont a l'ecole pres de chez nous. mon salaire arrive toujours a l'heure",
    "ca fait 3 ans que je suis a l'entrepot, on m'a donne une augmentation",
]

# a birthday still to come is read one lower: 15 now, so the after-7-pm limit applies
POSITIVES += [
    (
        "je vais avoir seize ans en avril et je fais la plonge dans une pizzeria jusqu'a 21h",
        True,
        ("night_or_school_hours",),
    ),
    (
        "ma soeur aura 16 ans le mois prochain, elle est caissiere au supermarche jusqu'a 20h",
        True,
        ("night_or_school_hours",),
    ),
]

# tune10 families: outings only with the employer; a landlord's eviction over rent (not
# labour); work instead of "au college/au lycee"; crowding "a N dans une maison de 3 pieces",
# "une chambre avec N autres"; the rest of a debt; a named injury, then told to go on
POSITIVES += [
    ("la dame garde la cle, on sort qu'avec elle le samedi", False, ("restriction_of_movement",)),
    (
        "elle a le droit de sortir uniquement accompagnée par monsieur",
        False,
        ("restriction_of_movement",),
    ),
    ("je sors jamais sans la patronne, elle garde les cles", False, ("restriction_of_movement",)),
    (
        "le patron menace de nous expulser du logement si on se plaint de la paie",
        False,
        ("intimidation_threats",),
    ),
    (
        "ma niece de 16 ans, au lieu d'aller au lycee, fait le menage dans un hotel",
        True,
        ("night_or_school_hours",),
    ),
    (
        "au lieu d'etre au college, mon fils de 13 ans vend des fruits au marche",
        True,
        ("night_or_school_hours",),
    ),
    (
        "nous logeons a 9 dans un appartement de deux chambres",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "je partage une chambre avec 7 autres ouvriers",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("j'ai paye 3000 au recruteur et je dois encore la moitie", False, ("debt_bondage",)),
    ("il doit toujours le reste a l'agence", False, ("debt_bondage",)),
    ("le patron doit encore la moitie de mon salaire", False, (), ("debt_bondage",)),
    (
        "mon collegue s'est brule la main a la friteuse et le gerant lui a dit de continuer",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "elle s'est tordu la cheville et la cheffe l'a obligee a finir le service",
        False,
        ("abusive_working_living_conditions",),
    ),
]
NEGATIVES += [
    "le week-end je sors seulement avec mes amies du quartier",
    "je sors jamais seule le soir, j'ai peur",
    "le bailleur nous menace d'expulsion parce qu'on a pas paye le loyer de mars",
    "mon proprietaire menace de m'expulser si je ne paie pas les loyers en retard",
    "au lieu du lycee public, on l'a inscrit dans le prive",
    "on vit a 4 dans un appartement de 3 pieces, c'est correct",
    "je me suis tordu la cheville au foot, le medecin m'a dit de rester au repos",
]

# tune11 families: a working day of 12 hours or more told as a span ("de 5h du matin a 23h")
# after a work verb in the present or with the days, not one long day in the past; Sunday
# included ("dimanche compris", "du lundi au dimanche"); sleeping in a room that is no bedroom;
# the promised job missing on arrival ("arrive ici, pas de ..."); dismissal in direct speech
# after a condition or as the alternative ("si ... t'es vire", "ou vous etes dehors"); part of
# the pay taken for a debt never paid off is debt bondage only; busing and cleaning chores at a
# workplace as a third person's work (not a chore at home)
POSITIVES += [
    (
        "je travaille chez madame de 5h du matin a 23h",
        False,
        ("excessive_overtime", "night_or_school_hours"),
    ),
    ("ils bossent de 7h a 22h tous les jours", False, ("excessive_overtime",)),
    ("du lundi au samedi c'est de 6h a 21h", False, ("excessive_overtime",)),
    ("on est au champ tous les jours, dimanche compris", False, ("excessive_overtime",)),
    ("elle tresse du lundi au dimanche", False, ("excessive_overtime",)),
    (
        "je dors dans la buanderie chez mes patrons",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "les ouvriers couchent dans le hangar sur des palettes",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "on m'a embauche comme chauffeur. arrive ici, pas de camion, je lave la vaisselle",
        False,
        ("deception",),
    ),
    (
        "embauchee comme vendeuse. arrivee ici, aucun magasin, je garde trois enfants",
        False,
        ("deception",),
    ),
    ("si tu demandes un conge le patron dit t'es vire", False, ("intimidation_threats",)),
    ("tu finis ce soir ou vous etes dehors", False, ("intimidation_threats",)),
    ("si vous faites greve vous serez remplaces", False, ("intimidation_threats",)),
    (
        "le passeur prend la moitie de notre salaire et on finit jamais de payer",
        False,
        ("debt_bondage",),
        ("withholding_of_wages",),
    ),
    (
        "un eleve de 15 ans debarrasse les tables dans une pizzeria le soir",
        True,
        ("night_or_school_hours",),
    ),
    ("ma soeur a 16 ans, elle passe la serpillere au fast-food", True, ()),
]
NEGATIVES += [
    "hier j'ai travaille de 6h a 22h pour finir la commande",
    "j'ai ete vire la semaine derniere, je cherche un autre travail",
    "mon fils de 13 ans sort la poubelle et range sa chambre",
]

# tune12 families: someone else started a job, told by the start ("il a commence comme
# plongeur", "elle vient de debuter comme vendeuse", "il a commence a bosser au garage"), not
# school; no school in SMS spelling ("jvais plus a l ecole") or "pas scolarise"; the whole pay
# held "jusqu'a ..." and only an allowance "pour manger"; N weeks or months of pay owed by the
# employer is no debt of the worker; papers listed before "il garde ma paie" are not kept;
# the employer knows the papers are pending; the phone "a" (held) by the employer, calls home
# only in front of the employer or rationed; a threat by an ex-partner or a neighbour is no
# employer's coercion
POSITIVES += [
    ("mon neveu a 15 ans, il a commence comme plongeur dans un resto", True, ()),
    ("ma soeur a 16 ans, elle vient de debuter comme vendeuse chez Zara", True, ()),
    ("mon petit frere a 14 ans et il a commence a bosser au garage", True, ()),
    (
        "j'ai 15 ans, je bosse au marche et jvais plus a l ecole",
        True,
        ("night_or_school_hours",),
    ),
    (
        "jai 16 ans je suis pas scolarise, je travaille sur un chantier",
        True,
        ("night_or_school_hours",),
    ),
    (
        "le chef retient nos salaires jusqu'a la fin de la saison",
        False,
        ("withholding_of_wages",),
    ),
    (
        "on recoit seulement 30 dollars par semaine pour la bouffe",
        False,
        ("withholding_of_wages",),
    ),
    ("le patron me doit 2 mois de salaire", False, ("withholding_of_wages",), ("debt_bondage",)),
    (
        "il faut payer le visa et les papiers, 3000 dollars, il garde notre salaire",
        False,
        ("withholding_of_wages", "debt_bondage"),
        ("retention_of_identity_documents",),
    ),
    (
        "il sait que ma demande d'asile est en cours alors il me paie 6 dollars",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "le gerant profite qu'on attend nos papiers pour nous payer moins",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("c'est la patronne qui a nos portables", False, ("isolation",)),
    ("je peux appeler mes parents seulement une fois par semaine", False, ("isolation",)),
    ("j'appelle mes enfants que devant madame", False, ("isolation",)),
    ("le patron menace de nous denoncer a l'immigration", False, ("intimidation_threats",)),
]
NEGATIVES += [
    "ma fille a 15 ans, elle a commence le lycee en septembre",
    "le chef sait que j'attends une reponse a ma demande de conge",
    "il a mon numero de telephone",
    "mon ex-copain m'a menace de me denoncer a la police",
    "la voisine menace d'appeler la police a cause du bruit",
]

# tune13 families: the US grade with the number after it ("en grade 10"); the work card (EAD) kept
# and
# documents not given back ("refuse de me rendre"); all the money earned taken ("tout l'argent"); a
# job
# announced in the conditional, then taken elsewhere; narrowed: a butcher's shop alone (retail, no
# machine)
# is not hazardous, and an ex-partner's threats are no work matter
POSITIVES += [
    ("chui en grade 10 et je travaille au fast food le samedi", True, ()),
    ("je rentre en grade 9 et je fais la plonge au resto de mon oncle", True, ()),
    ("ma cousine est en grade 11, elle est caissiere au supermarche", True, ()),
    (
        "le patron a garde ma carte de travail depuis mon arrivee",
        False,
        ("retention_of_identity_documents",),
    ),
    ("l'agence refuse de nous rendre nos passeports", False, ("retention_of_identity_documents",)),
    (
        "mon autorisation de travail est chez le chef et il refuse de me la rendre",
        False,
        ("retention_of_identity_documents",),
    ),
    ("la dame empoche tout l'argent que je gagne au salon", False, ("withholding_of_wages",)),
    ("le contremaitre garde tout l argent des pourboires", False, ("withholding_of_wages",)),
    (
        "le recruteur m'a dit que je serais cuisinier dans un grand hotel, "
        "ils m'ont emmene dans une ferme",
        False,
        ("deception",),
    ),
    (
        "on leur avait dit qu'ils gagneraient 18 dollars, finalement c'est 9",
        False,
        ("deception",),
    ),
    (
        "jai 16 ans, je bosse dans une boucherie et je coupe la viande a la scie",
        True,
        ("hazardous_work",),
    ),
]
NEGATIVES += [
    "je cherche un emploi dans une boucherie a Montreal, j'ai 20 ans d'experience",
    "la gerante compte tout l'argent de la caisse le soir",
    "ma ex-copine menace d'appeler la police, est-ce que vous pouvez m'aider?",
    "mon ex dit qu'il va me faire expulser, ca n'a rien a voir avec mon travail",
    "le chef m'a dit que je pourrais partir plus tot mais finalement non",
]

# job_context (session 8): a job sign that does not say whose (hours in words, pay, a permit, a
# hire, "une job") in the sentence of an age under 18; not a parent's own job, school hours or a
# job only wished for
POSITIVES += [
    ("mon fils a 15 ans, il s'est fait embaucher au cinema du quartier pour l'ete", True, ()),
    ("ma niece a quatorze ans, on la paie en liquide au marche le dimanche", True, ()),
    ("jai 16 ans et j'ai une job au depanneur, 15 heures par semaine", True, ()),
    (
        "ma soeur a 16 ans, elle a besoin d'un permis de travail pour son job d'ete au camp",
        True,
        (),
    ),
    ("mon gars a 15 ans pis il a une jobine au depanneur le samedi de 9 a 3", True, ()),
    ("j'ai 16 ans, 12 piasses de l'heure au depanneur, c'est correct?", True, ()),
]
NEGATIVES += [
    "ma fille a 15 ans et je fais des shifts de 9h a 17h au magasin",
    "mon fils a 16 ans, il est au lycee de 8h a 15h30",
    "mon fils a 16 ans, il voudrait un petit boulot pour l'ete",
    "mes enfants ont 12 et 15 ans. moi je suis payee 11 dollars de l'heure a la blanchisserie",
]

# tune14 families: brought over on a claim told "en disant que" ("en disant qu'elle irait a
# l'ecole"); no money handed to the worker ("ne lui donne pas d'argent"); the promised job
# swapped on arrival ("en arrivant au Texas on nous a mis dans..."); a span of 10 hours or more
# six days a week, a night span of 12 hours as a habit; an earlier job in the imperfect
# ("quand je travaillais au Liban"); and the writer's own care work (`care`: "je suis nounou",
# "je garde deux enfants"), whose children are looked after, not workers
POSITIVES += [
    (
        "son oncle l'a ramene du Mali en racontant a sa mere qu'il pourrait etudier, il vend au "
        "marche toute la journee",
        False,
        ("deception",),
    ),
    (
        "le patron nous file jamais un centime, il dit que c'est pour le loyer",
        False,
        ("withholding_of_wages",),
    ),
    (
        "on m'a engagee comme cuisiniere, a mon arrivee a Miami ils m'ont mise au menage chez un "
        "vieux",
        False,
        ("deception",),
    ),
    ("on bosse de 19h a 7h toutes les nuits a l'entrepot", False, ("excessive_overtime",)),
    ("du lundi au samedi je suis au chantier de 7h a 18h", False, ("excessive_overtime",)),
    (
        "je suis nounou, je garde une petite de 6 ans et sa mere garde mon passeport",
        False,
        ("retention_of_identity_documents",),
    ),
]
NEGATIVES += [
    "lorsque je bossais au Koweit le patron avait confisque mon passeport, maintenant tout va bien",
    "je travaille de 9h a 17h six jours par semaine, c'est correct?",
    "Je suis nounou. Je m'occupe des deux gamins de 10 et 13 ans. La mere travaille a l'hopital.",
    "jsuis baby-sitter, je garde les jumeaux de 8 ans le mercredi. leur pere travaille a la banque",
]

# tune15 families: an overnight span ending at a late-morning hour ("de 21h a 9h"); the employer who
# knows the status has lapsed ("sait que mon permis a expire", "visas perimes ... en abuse"); one
# person who lodges and also drives or pays the workers, so that losing the job is losing the roof
# (and that "on perd tout" is not withheld pay); all the pay held along with a document; a document
# named with an adjective ("son propre passeport")
POSITIVES += [
    (
        "je nettoie les bureaux de 21h a 9h dans une tour a Montreal",
        False,
        ("night_or_school_hours",),
    ),
    (
        "le contremaitre sait que mon permis de travail a expire alors il me paie 7 dollars",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("nos visas sont perimes et le patron en abuse", False, ("abuse_of_vulnerability",)),
    (
        "c'est la meme dame qui nous heberge et qui nous amene aux chantiers",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "si je quitte le boulot je me retrouve a la rue, c'est lui qui me loge",
        False,
        ("abuse_of_vulnerability",),
        ("withholding_of_wages",),
    ),
    (
        "le patron nous loge. si on perd le travail on perd tout",
        False,
        ("abuse_of_vulnerability",),
        ("withholding_of_wages",),
    ),
    (
        "la gerante garde nos passeports et toute notre paie jusqu'a nouvel ordre",
        False,
        ("retention_of_identity_documents", "withholding_of_wages"),
    ),
    (
        "le recruteur a pris son propre passeport et refuse de lui rendre",
        False,
        ("retention_of_identity_documents",),
    ),
]
NEGATIVES += [
    "il sait que mon visa est valide",
    "je travaille de 8h a 17h dans un bureau",
]

# tune16 families: a document said to be with the boss ("... est chez la patronne"); pay lost by
# leaving
# before the end; pay held "pour qu'on ne parte pas"; a head count per room after a comma; the
# status
# named as the reason, also a permit still awaited, and the boss citing it; paid less "alors que les
# autres ..."; a 12-hour day from 9 or 10 every day, and "tous les jours ... meme le dimanche"; not
# one
# long day told in the past ("on a fait 14 heures de boulot")
POSITIVES += [
    (
        "mes papiers sont restes chez l'agence depuis qu'on est arrives",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "la carte de sejour de ma cousine est toujours chez le patron",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "le gerant a dit que si tu quittes avant aout tu perds ton dernier cheque",
        False,
        ("withholding_of_wages",),
    ),
    (
        "la dame nous donne l'argent seulement en decembre pour que personne ne parte",
        False,
        ("withholding_of_wages",),
    ),
    (
        "l'agence nous loge dans une vieille maison, 8 dans une piece sans fenetre",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "vu qu'on a toujours pas nos permis de travail il nous paye 7 dollars",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "le chef repete que vous n'avez pas de papiers alors fermez-la",
        False,
        ("abuse_of_vulnerability",),
    ),
    (
        "on touche 9$ de l'heure tandis que les americains gagnent 16$ pour le meme travail",
        False,
        ("abuse_of_vulnerability",),
    ),
    ("ma niece bosse au restaurant chaque jour de 10h a 23h", False, ("excessive_overtime",)),
    ("on fait le menage tous les jours, meme les week-ends", False, ("excessive_overtime",)),
]
NEGATIVES += [
    "samedi on a fait 14 heures de boulot pour finir le chantier, c'est paye double ?",
    "le passeport de mon fils est chez moi, pas de souci",
]

# tune17 families: the originals or a named person's document kept ("ils gardent les originaux",
# "garde le passeport de ma soeur"); "pour pas qu'on parte"; never out alone, escorted everywhere;
# sleeping on a mattress in a room that is no bedroom; the agency lodging workers 8 to a flat;
# no rest day "eu" ("on a pas eu un seul jour de repos")
POSITIVES += [
    (
        "le recruteur a confisque les originaux de nos contrats et de nos visas",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "le patron conserve le passeport de ma soeur dans sa voiture",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "nos cartes de sejour? l'agence dit que c'est pour pas qu'on s'en aille",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "je ne sors jamais seule, la patronne vient toujours avec moi",
        False,
        ("restriction_of_movement",),
    ),
    ("son mari m'accompagne partout, meme chez le medecin", False, ("restriction_of_movement",)),
    (
        "ma cousine dort sur un matelas dans le garage de la patronne",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "le contremaitre nous heberge a 9 dans un studio",
        False,
        ("abusive_working_living_conditions",),
    ),
    ("depuis mars on n'a jamais eu de dimanche a la ferme", False, ("excessive_overtime",)),
]
NEGATIVES += [
    "le bureau a fait une copie de mon passeport et m'a rendu l'original tout de suite",
    "garde ton passeport sur toi quand tu voyages",
    "ma mere m'accompagne a l'ecole le matin",
]

# tune18 families: a long span with the days told bare ("5h-17h, six jours"); the pay put off
# with the promise quoted ("dit toujours « vendredi prochain »"); grabbed by the throat or hair,
# touching told with the women as object; not old enough by law ("n'a pas l'age de conduire")
# with a causative work sign ("le patron le fait conduire"); the idiom "tire par les cheveux"
POSITIVES += [
    (
        "à la ferme c'est 5h-17h, six jours, des fois le dimanche aussi",
        False,
        ("excessive_overtime",),
    ),
    ("au depot on fait de 6h a 18h 6 jours", False, ("excessive_overtime",)),
    (
        "pour le cheque le contremaitre dit toujours « vendredi prochain »",
        False,
        ("withholding_of_wages",),
    ),
    (
        "ca fait 5 semaines que la patronne nous repete la semaine prochaine pour la paie",
        False,
        ("withholding_of_wages",),
    ),
    (
        "le chef de rang l'a attrapée par la gorge devant tout le monde",
        False,
        ("physical_sexual_violence",),
    ),
    (
        "le contremaitre tripote les ouvrieres dans le vestiaire",
        False,
        ("physical_sexual_violence",),
    ),
    (
        "mon petit voisin a même pas l'âge de conduire mais le patron le fait conduire le "
        "tracteur tondeuse",
        True,
        ("hazardous_work",),
    ),
    (
        "sa fille n'a pas encore l'age de travailler et il la fait porter des caisses au marché",
        True,
        (),
    ),
]
NEGATIVES += [
    "c'est tiré par les cheveux comme excuse du patron pour le retard",
    "mon fils n'a pas l'âge de conduire alors je l'emmène à l'école avant mon travail",
]

# tune19 families: "la"/"le" as the object of an unpaid worker ("elle ne la paye pas"); the pay
# that comes only every few months; the replaceable worker ("dix filles qui attendent notre
# place"); a head count of sleepers without a room named ("on dort a dix hommes")
POSITIVES += [
    (
        "la patronne ne le paie jamais, il fait le menage chez elle depuis mars",
        False,
        ("withholding_of_wages",),
    ),
    ("ils la payent plus depuis qu'elle s'est plainte", False, ("withholding_of_wages",)),
    (
        "notre salaire tombe seulement tous les 3 mois et on doit attendre",
        False,
        ("withholding_of_wages",),
    ),
    ("on est payes une fois tous les deux mois a la ferme", False, ("withholding_of_wages",)),
    (
        "si tu refuses le dimanche, il y a vingt personnes qui attendent ton poste",
        False,
        ("intimidation_threats",),
    ),
    (
        "la gerante dit qu'elle peut nous remplacer du jour au lendemain",
        False,
        ("intimidation_threats",),
    ),
    ("dans le mobil-home on dort a neuf hommes", False, ("abusive_working_living_conditions",)),
    (
        "les filles couchent a douze dans le sous-sol de l'agence",
        False,
        ("abusive_working_living_conditions",),
    ),
]
NEGATIVES += [
    "mon salaire est verse tous les mois sur mon compte",
    "mon fils dort a 7h le soir, je travaille de jour",
    "je paie le loyer tous les deux mois",
]

# tune20 families: "taper" for hitting with a body part or a worker as object, and slang slaps;
# "l'original de" a document kept; driving a loader or digger; "le boss" (noun) and a worker
# locked in at night are not night work; no toilet in the singular or by another name; the
# dismissal after a condition told in the first or third person
POSITIVES += [
    (
        "le gerant me tape sur les mains quand je vais trop lentement",
        False,
        ("physical_sexual_violence",),
    ),
    (
        "le cuisinier l'a tape dans le dos parce qu'il etait en retard",
        False,
        ("physical_sexual_violence",),
    ),
    ("il nous donne des baffes quand on parle entre nous", False, ("physical_sexual_violence",)),
    (
        "le patron a garde l'original de nos passeports depuis qu'on est arrives",
        False,
        ("retention_of_identity_documents",),
    ),
    (
        "la ferme detient toujours l'original du permis de travail de mon mari",
        False,
        ("retention_of_identity_documents",),
    ),
    ("mon cousin de 16 ans conduit la pelleteuse sur le chantier", True, ("hazardous_work",)),
    ("elle manoeuvre le bobcat dans l'etable toute la journee", False, ("hazardous_work",)),
    (
        "le contremaitre nous enferme la nuit dans le dortoir",
        False,
        ("restriction_of_movement",),
        ("night_or_school_hours",),
    ),
    ("mon frere a 16 ans, il bosse tard la nuit au depot", True, ("night_or_school_hours",)),
    ("sur le chantier y a pas de wc ni d'eau", False, ("abusive_working_living_conditions",)),
    (
        "on a pas de toilette dans le camp, on va dans les bois",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "la gerante a dit que si on refuse le samedi on est virees",
        False,
        ("intimidation_threats",),
    ),
    (
        "si on arrete avant minuit on se fait virer direct, dit le chef",
        False,
        ("intimidation_threats",),
    ),
]
NEGATIVES += [
    "mon collegue me tape sur les nerfs toute la journee",
    "je tape les commandes sur l'ordinateur du bureau",
    "ils ont pris l'original de mon passeport pour faire une photocopie et me l'ont rendu",
    "je garde l'original de mon acte de naissance chez moi",
    "j'ai oublie mon chargeur de telephone au travail",
    "il fait tres froid la nuit dans la caravane",
    "meme si je suis virée un jour, je connais mes droits",
]

# tune21 families: the one who refuses does not come back and is replaced at once (a dismissal
# threat); a head count sleeping in a room that is no bedroom ("on dort a 5 dans la reserve")
POSITIVES += [
    (
        "le chef dit que ceux qui refusent le samedi ne reviennent plus lundi",
        False,
        ("intimidation_threats",),
    ),
    (
        "si tu refuses les heures sup tu reviens pas demain, c'est comme ca ici",
        False,
        ("intimidation_threats",),
    ),
    (
        "celui qui se plaint ne revient pas, l'agence le remplace directement",
        False,
        ("intimidation_threats",),
    ),
    ("on dort a 4 dans la reserve du restaurant", False, ("abusive_working_living_conditions",)),
    (
        "elles couchent a trois dans le garage du patron",
        False,
        ("abusive_working_living_conditions",),
    ),
]
NEGATIVES += [
    "il revient pas demain parce qu'il est malade",
    "on change la piece, le technicien la remplace demain",
    "ils dorment a 6h du matin apres le service",
]

# tune22 families: 'en disant que j'irais' (deception); never gone to school since arriving; nothing
# received, pay only after a debt; whoever refuses 'n'a plus de job'; phones locked away,
# 'm'interdit de parler'; 'toutes les 6 dans une chambre'; an unpaid break is no withheld pay
POSITIVES += [
    (
        "il m'a fait venir du Mali en disant que j'irais au lycee ici, je fais le menage chez lui",
        False,
        ("deception",),
    ),
    (
        "ils nous ont recrutes en disant que j'aurais des papiers, rien du tout",
        False,
        ("deception",),
    ),
    (
        "depuis mon arrivee chez ma tante je ne suis jamais allee a l'ecole, je garde le magasin",
        False,
        ("night_or_school_hours",),
    ),
    (
        "elle a 14 ans et elle n'est toujours pas allee a l'ecole ici, elle cuisine au restaurant",
        True,
        ("night_or_school_hours",),
    ),
    (
        "je travaille six jours dans la cuisine et je ne recois rien.",
        False,
        ("withholding_of_wages",),
    ),
    (
        "le patron garde tout, on touche pas un sou pour notre travail",
        False,
        ("withholding_of_wages",),
    ),
    (
        "je dois d'abord payer le passeur avant de toucher mon salaire",
        False,
        ("withholding_of_wages",),
    ),
    (
        "le chef a dit que celui qui refuse les doubles n'a plus de travail lundi",
        False,
        ("intimidation_threats",),
    ),
    ("si tu dis non au samedi t'as plus de boulot", False, ("intimidation_threats",)),
    ("la patronne met nos portables dans son bureau toute la journee", False, ("isolation",)),
    ("le gerant enferme les telephones dans un casier jusqu'au soir", False, ("isolation",)),
    ("madame m'interdit de parler avec les voisines", False, ("isolation",)),
    ("le contremaitre nous interdit de discuter avec les autres equipes", False, ("isolation",)),
    (
        "nous dormons tous les cinq dans la meme piece derriere le restaurant",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "on dort toutes les huit dans une chambre a deux lits",
        False,
        ("abusive_working_living_conditions",),
    ),
    (
        "j'ai 17 ans, je travaille au snack, ils paient pas les pauses c'est normal?",
        True,
        (),
        ("withholding_of_wages",),
    ),
]
NEGATIVES += [
    "je ne suis jamais allee a l'ecole au pays, je voudrais apprendre a lire",
    "on dort toutes les deux dans une chambre chez ma tante",
    "je mets mon telephone dans mon casier avant le service",
    "j'ai envoye trois lettres a la mairie et je ne recois rien de special",
    "la pause n'est pas payee mais c'est marque dans le contrat",
]
