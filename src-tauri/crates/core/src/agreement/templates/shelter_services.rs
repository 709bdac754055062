//! Memorandum of understanding between a state body and a civil-society organisation running a
//! shelter: accommodation and assistance for victims, including large groups of victims of
//! labour exploitation.

use super::Starter;
use crate::agreement::section::Section;

pub(super) const EN: Starter = Starter {
    title: "Memorandum of understanding on shelter and assistance services for victims of \
            trafficking in persons and forced labour",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "This memorandum sets out how [civil-society party] provides safe accommodation \
                 and assistance to victims of trafficking in persons and forced labour referred by \
                 [state party] or through the national referral mechanism, and how [state party] \
                 supports that work.",
                "The services covered are accommodation, food, medical and psychological assistance \
                 (including screening for post-traumatic stress), legal and administrative advice, \
                 interpretation, information on victims' rights, education and vocational \
                 training, and help with job placement or return. They fall under the protection \
                 pillar of the national action plan.",
                "Child victims are accommodated separately from unrelated adults and are cared for \
                 in accordance with [child protection law] and the best interests of the child, in \
                 cooperation with [child protection authority].",
                "Staying in the shelter is voluntary. Residents are free to come and go, subject to \
                 the safety rules explained to them on arrival, and the assistance they receive \
                 does not depend on their cooperation with the authorities.",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "By [month] each year, the parties agree on the number of places the shelter keeps \
                 available, the expected occupancy, the services offered and the corresponding \
                 budget, as part of the annual plan of [name of national coordinating body].",
                "The annual plan provides a contingency arrangement for the arrival of a large \
                 group of victims, for instance after a labour inspection or an operation on board \
                 a fishing vessel, comprising emergency capacity of [number] places, additional \
                 premises at [location] and the extra staff and funds needed.",
                "The plan is reviewed at mid-year in the light of actual occupancy and may be \
                 adjusted by written agreement of the parties.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Requests for admission are sent by the referring body to the shelter's focal \
                 point on the referral form in the national SOPs. The shelter confirms within \
                 [number] hours whether it can admit the person and, if not, helps find another \
                 place.",
                "Each party designates a focal point who can be reached at all times in an \
                 emergency. At least every [number] weeks, the focal points hold a case conference \
                 on each resident's care plan and planned date of departure.",
                "Police officers, labour inspectors, immigration officers and other officials visit \
                 the shelter or interview a resident only by prior arrangement with the shelter's \
                 management and with the resident's consent, in the presence of a support person \
                 if the resident so wishes.",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "For each service (accommodation, food, medical and psychological care, social \
                 services for child victims, education and vocational training, job placement and \
                 micro-enterprise support, protection, translation, legal and administrative \
                 advice, information on rights), the responsibility matrix annexed to this \
                 agreement states which party is responsible, which party pays, for how many days \
                 or weeks, and which confidentiality and safety rules apply.",
                "[Civil-society party] is responsible for running the shelter day to day, employing \
                 qualified staff, managing each resident's case and keeping the premises safe and \
                 in good repair.",
                "[State party] is responsible for ensuring residents' access to public health care, \
                 to identity and travel documents and, where needed, to residence permits, and for \
                 police protection when a threat against a resident or the shelter is reported.",
                "A resident may stay for up to [number] days. The case conference may extend the \
                 stay where the resident's recovery or safety, or their part in proceedings, \
                 requires it.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "Every month, [civil-society party] reports to [state party], in anonymised form, \
                 the number of residents, admissions and departures, bed-nights and services \
                 provided.",
                "Serious incidents (a threat or assault, a resident going missing, a health \
                 emergency, an allegation of abuse) are reported to the other party's focal point \
                 within 24 hours.",
                "By [date] each year, [civil-society party] submits a narrative and financial \
                 report on the use of public funds received under this memorandum. Supporting \
                 documents are kept available for audit for [number] years.",
            ],
        ),
        (
            Section::Complaints,
            &[
                "The shelter has a complaints procedure, explained to each resident on arrival in \
                 a language they understand. A resident may also complain to [independent body / \
                 ombudsperson]. No resident loses their place or any service for having \
                 complained.",
                "Allegations of abuse or exploitation by a member of staff are reported at once to \
                 [state party] and to the competent authorities. The person concerned is kept away \
                 from any contact with residents while the allegation is investigated.",
                "Disagreements between the parties are settled by the focal points, then by the \
                 heads of the parties and, failing agreement within [number] days, through \
                 mediation by [name of national coordinating body].",
            ],
        ),
        (
            Section::Funding,
            &[
                "[State party] contributes [amount] per resident per day, together with a fixed \
                 annual amount of [amount] towards running costs, paid [quarterly in advance] on \
                 the basis of the agreed annual budget.",
                "Costs not covered by this contribution are shared as set out in the \
                 responsibility matrix. When a large group of victims is admitted, the parties \
                 agree within [number] days on the additional funding needed and on which party \
                 provides it.",
                "Public funding does not affect the independence of [civil-society party], which \
                 may also receive funds from other donors. Decisions on admission within the \
                 agreed criteria, house rules, staffing and advocacy remain its own.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "The address of the shelter is confidential. The parties disclose it only to \
                 services that need it to assist residents, and tell them that it is \
                 confidential.",
                "Residents' files are kept by [civil-society party] under lock or in a protected \
                 system, in accordance with [national data protection law]. Information from them \
                 is passed to [state party] or other services only with the resident's informed \
                 consent, except where a life is in immediate danger, a child needs protection or \
                 the law requires it.",
                "Staff, volunteers and interpreters of both parties sign a confidentiality \
                 undertaking before working with residents. The parties' duty of confidentiality \
                 continues after this memorandum ends.",
            ],
        ),
        (
            Section::Media,
            &[
                "No journalist, photographer or film crew is admitted to the shelter, and no \
                 photograph or recording of residents is taken or published, whether by the \
                 parties or by visitors.",
                "The parties do not seek or facilitate media coverage of operations involving \
                 victims, including the arrival of a group of victims at the shelter.",
                "Public communication about the shelter service (reports, campaigns, fundraising) \
                 contains no information by which a resident could be recognised, and is agreed \
                 between the parties where it mentions the other party.",
            ],
        ),
        (
            Section::Duration,
            &[
                "This memorandum takes effect on its effective date and expires on its expiry \
                 date. It may be renewed for [number] years by written agreement of the parties \
                 reached at least [number] months before it expires.",
                "Any amendment, including a change in the daily rate or in the number of places, \
                 is made in writing and signed by both parties.",
                "Either party may end this memorandum by giving [number] months' written notice. \
                 During the notice period, the parties agree on the transfer of each resident to \
                 another suitable place, and funding continues until the last transfer.",
            ],
        ),
    ],
};

pub(super) const FR: Starter = Starter {
    title: "Protocole d’accord relatif aux services d’hébergement et d’assistance aux victimes de \
            la traite des personnes et du travail forcé",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "Le présent protocole d’accord définit les conditions dans lesquelles [partie de la \
                 société civile] fournit un hébergement sûr et une assistance aux victimes de la \
                 traite des personnes et du travail forcé orientées par [partie étatique] ou par \
                 l’intermédiaire du mécanisme national d’orientation, ainsi que le soutien apporté \
                 à cette action par [partie étatique].",
                "Les services couverts sont l’hébergement, l’alimentation, l’assistance médicale \
                 et psychologique (y compris le dépistage du syndrome de stress post-traumatique), \
                 le conseil juridique et administratif, l’interprétation, l’information des \
                 victimes sur leurs droits, l’éducation et la formation professionnelle, ainsi que \
                 l’aide au placement professionnel ou au retour. Ils relèvent du pilier de la \
                 protection du plan d’action national.",
                "Les enfants victimes sont hébergés séparément des adultes avec lesquels ils n’ont \
                 pas de lien familial et sont pris en charge conformément à [loi relative à la \
                 protection de l’enfance] et à l’intérêt supérieur de l’enfant, en coopération \
                 avec [autorité de protection de l’enfance].",
                "Le séjour au centre d’hébergement est volontaire. Les résidents sont libres \
                 d’aller et venir, sous réserve des règles de sécurité qui leur sont expliquées à \
                 leur arrivée, et l’assistance qu’ils reçoivent n’est pas subordonnée à leur \
                 coopération avec les autorités.",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "Chaque année, au plus tard en [mois], les parties conviennent du nombre de places \
                 que le centre tient à disposition, du taux d’occupation prévu, des services \
                 proposés et du budget correspondant, dans le cadre du plan annuel de [nom de \
                 l’organe national de coordination].",
                "Le plan annuel prévoit un dispositif d’urgence pour l’accueil d’un groupe \
                 important de victimes, par exemple à la suite d’une inspection du travail ou d’une \
                 opération à bord d’un navire de pêche, comprenant une capacité d’urgence de \
                 [nombre] places, des locaux supplémentaires à [lieu] ainsi que le personnel et les \
                 fonds supplémentaires nécessaires.",
                "Le plan est réexaminé à mi-parcours au regard du taux d’occupation constaté et \
                 peut être adapté par accord écrit des parties.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Les demandes d’admission sont adressées par l’organisme orienteur au point focal \
                 du centre au moyen du formulaire d’orientation figurant dans les PON nationales. \
                 Le centre indique dans un délai de [nombre] heures s’il peut accueillir la \
                 personne et, à défaut, contribue à lui trouver une autre solution d’hébergement.",
                "Chaque partie désigne un point focal joignable à tout moment en cas d’urgence. Au \
                 moins toutes les [nombre] semaines, les points focaux tiennent une réunion de \
                 synthèse sur le projet de prise en charge de chaque résident et sa date de sortie \
                 prévue.",
                "Les policiers, inspecteurs du travail, agents des services de l’immigration et \
                 autres agents publics ne se rendent au centre ou n’entendent un résident qu’après \
                 accord préalable de la direction du centre et avec le consentement du résident, en \
                 présence d’une personne de soutien si celui-ci le souhaite.",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "Pour chaque service (hébergement, alimentation, soins médicaux et psychologiques, \
                 services sociaux destinés aux enfants victimes, éducation et formation \
                 professionnelle, placement professionnel et appui à la micro-entreprise, \
                 protection, traduction, conseil juridique et administratif, information sur les \
                 droits), la matrice des responsabilités annexée au présent protocole d’accord \
                 précise la partie responsable, la partie qui en assume le coût, la durée de la \
                 prise en charge en jours ou en semaines et les règles de confidentialité et de \
                 sécurité applicables.",
                "Il incombe à [partie de la société civile] d’assurer le fonctionnement quotidien \
                 du centre, d’employer un personnel qualifié, d’assurer le suivi individuel de \
                 chaque résident et de maintenir les locaux en bon état et en sécurité.",
                "Il incombe à [partie étatique] de garantir aux résidents l’accès aux soins de \
                 santé publics, aux documents d’identité et de voyage et, le cas échéant, aux \
                 titres de séjour, ainsi que d’assurer une protection policière en cas de menace \
                 signalée contre un résident ou contre le centre.",
                "La durée du séjour est de [nombre] jours au plus. La réunion de synthèse peut la \
                 prolonger lorsque le rétablissement ou la sécurité du résident, ou sa \
                 participation à une procédure, l’exige.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "Chaque mois, [partie de la société civile] communique à [partie étatique], sous \
                 forme anonymisée, le nombre de résidents, d’admissions et de sorties, de nuitées \
                 et de services fournis.",
                "Les incidents graves (menace ou agression, disparition d’un résident, urgence \
                 sanitaire, allégation de maltraitance) sont signalés au point focal de l’autre \
                 partie dans un délai de 24 heures.",
                "Au plus tard le [date] de chaque année, [partie de la société civile] présente un \
                 rapport d’activité et un rapport financier sur l’utilisation des fonds publics \
                 reçus au titre du présent protocole d’accord. Les pièces justificatives sont \
                 tenues à disposition aux fins d’audit pendant [nombre] ans.",
            ],
        ),
        (
            Section::Complaints,
            &[
                "Le centre dispose d’une procédure de réclamation, expliquée à chaque résident à \
                 son arrivée dans une langue qu’il comprend. Tout résident peut également saisir \
                 [organe indépendant / médiateur]. Aucun résident ne perd sa place ni le bénéfice \
                 d’un service pour avoir présenté une réclamation.",
                "Les allégations de maltraitance ou d’exploitation commises par un membre du \
                 personnel sont immédiatement signalées à [partie étatique] et aux autorités \
                 compétentes. La personne mise en cause est écartée de tout contact avec les \
                 résidents pendant l’enquête.",
                "Les désaccords entre les parties sont réglés par les points focaux, puis par les \
                 responsables des parties et, à défaut d’accord dans un délai de [nombre] jours, \
                 par voie de médiation confiée à [nom de l’organe national de coordination].",
            ],
        ),
        (
            Section::Funding,
            &[
                "[Partie étatique] verse une contribution de [montant] par résident et par jour, \
                 ainsi qu’un montant annuel forfaitaire de [montant] au titre des frais de \
                 fonctionnement, payable [trimestriellement et d’avance] sur la base du budget \
                 annuel convenu.",
                "Les coûts non couverts par cette contribution sont répartis conformément à la \
                 matrice des responsabilités. En cas d’admission d’un groupe important de victimes, \
                 les parties conviennent, dans un délai de [nombre] jours, du financement \
                 supplémentaire nécessaire et de la partie qui le fournit.",
                "Le financement public ne porte pas atteinte à l’indépendance de [partie de la \
                 société civile], qui peut également recevoir des fonds d’autres bailleurs. Les \
                 décisions d’admission dans le respect des critères convenus, le règlement \
                 intérieur, le recrutement du personnel et les actions de plaidoyer relèvent de sa \
                 seule compétence.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "L’adresse du centre est confidentielle. Les parties ne la communiquent qu’aux \
                 services qui en ont besoin pour assister les résidents, en les informant de son \
                 caractère confidentiel.",
                "Les dossiers des résidents sont conservés par [partie de la société civile] sous \
                 clé ou dans un système protégé, conformément à [loi nationale sur la protection \
                 des données]. Les informations qu’ils contiennent ne sont communiquées à [partie \
                 étatique] ou à d’autres services qu’avec le consentement éclairé du résident, sauf \
                 en cas de danger immédiat pour la vie d’une personne, lorsqu’un enfant doit être \
                 protégé ou lorsque la loi l’exige.",
                "Le personnel, les bénévoles et les interprètes des deux parties signent un \
                 engagement de confidentialité avant toute intervention auprès des résidents. \
                 L’obligation de confidentialité des parties perdure après la fin du présent \
                 protocole d’accord.",
            ],
        ),
        (
            Section::Media,
            &[
                "Aucun journaliste, photographe ou équipe de tournage n’est admis dans le centre, \
                 et aucune photographie ni aucun enregistrement des résidents n’est réalisé ou \
                 publié, que ce soit par les parties ou par des visiteurs.",
                "Les parties ne recherchent ni ne facilitent la couverture médiatique des \
                 opérations impliquant des victimes, y compris l’arrivée d’un groupe de victimes au \
                 centre.",
                "La communication publique relative au service d’hébergement (rapports, campagnes, \
                 collecte de fonds) ne comporte aucune information permettant de reconnaître un \
                 résident et fait l’objet d’un accord entre les parties lorsqu’elle mentionne \
                 l’autre partie.",
            ],
        ),
        (
            Section::Duration,
            &[
                "Le présent protocole d’accord prend effet à sa date d’effet et expire à sa date \
                 d’expiration. Il peut être renouvelé pour [nombre] ans par accord écrit des \
                 parties conclu au moins [nombre] mois avant son expiration.",
                "Toute modification, y compris celle du tarif journalier ou du nombre de places, \
                 fait l’objet d’un avenant écrit signé par les deux parties.",
                "Chaque partie peut mettre fin au présent protocole d’accord moyennant un préavis \
                 écrit de [nombre] mois. Pendant la durée du préavis, les parties conviennent du \
                 transfert de chaque résident vers un autre lieu d’accueil adapté, et le \
                 financement est maintenu jusqu’au dernier transfert.",
            ],
        ),
    ],
};

pub(super) const NL: Starter = Starter {
    title: "Memorandum van overeenstemming inzake opvang en hulpverlening voor slachtoffers van \
            mensenhandel en dwangarbeid",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "Dit memorandum beschrijft hoe [partij uit het maatschappelijk middenveld] veilige \
                 huisvesting en hulpverlening biedt aan slachtoffers van mensenhandel en \
                 dwangarbeid die door [overheidspartij] of via het nationaal verwijzingsmechanisme \
                 worden doorverwezen, en hoe [overheidspartij] dat werk ondersteunt.",
                "De diensten waarop dit memorandum betrekking heeft, zijn huisvesting, voeding, \
                 medische en psychologische bijstand (met inbegrip van screening op \
                 posttraumatische stress), juridisch en administratief advies, tolkdiensten, \
                 voorlichting over de rechten van slachtoffers, onderwijs en beroepsopleiding, en \
                 hulp bij arbeidsbemiddeling of terugkeer. Zij vallen onder de pijler bescherming \
                 van het nationaal actieplan.",
                "Minderjarige slachtoffers worden gescheiden van niet-verwante volwassenen \
                 ondergebracht en worden verzorgd overeenkomstig [wetgeving inzake \
                 kinderbescherming] en het belang van het kind, in samenwerking met \
                 [kinderbeschermingsautoriteit].",
                "Het verblijf in de opvang is vrijwillig. Bewoners zijn vrij om te komen en te \
                 gaan, met inachtneming van de veiligheidsregels die hun bij aankomst worden \
                 uitgelegd, en de hulpverlening die zij ontvangen, is niet afhankelijk van hun \
                 samenwerking met de autoriteiten.",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "Jaarlijks, uiterlijk in [maand], komen de partijen in het kader van het jaarplan \
                 van [naam van het nationaal coördinatieorgaan] overeen hoeveel plaatsen de opvang \
                 beschikbaar houdt, wat de verwachte bezetting is, welke diensten worden \
                 aangeboden en welke begroting daarbij hoort.",
                "Het jaarplan voorziet in een noodregeling voor de aankomst van een grote groep \
                 slachtoffers, bijvoorbeeld na een arbeidsinspectie of een actie aan boord van een \
                 vissersvaartuig, bestaande uit een noodcapaciteit van [aantal] plaatsen, \
                 aanvullende ruimten op [locatie] en het extra personeel en de extra middelen die \
                 daarvoor nodig zijn.",
                "Het plan wordt halverwege het jaar geëvalueerd in het licht van de werkelijke \
                 bezetting en kan bij schriftelijke overeenstemming tussen de partijen worden \
                 bijgesteld.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Verzoeken om opname worden door de verwijzende instantie met het \
                 verwijzingsformulier uit de nationale SOP’s gericht aan het aanspreekpunt van de \
                 opvang. De opvang bevestigt binnen [aantal] uur of zij de persoon kan opnemen en \
                 helpt, zo niet, bij het vinden van een andere plaats.",
                "Elke partij wijst een aanspreekpunt aan dat in noodgevallen te allen tijde \
                 bereikbaar is. Ten minste om de [aantal] weken houden de aanspreekpunten een \
                 casusoverleg over het zorgplan en de geplande vertrekdatum van elke bewoner.",
                "Politieambtenaren, arbeidsinspecteurs, ambtenaren van de vreemdelingendienst en \
                 andere functionarissen bezoeken de opvang of spreken met een bewoner uitsluitend \
                 na voorafgaande afspraak met de leiding van de opvang en met toestemming van de \
                 bewoner, in aanwezigheid van een vertrouwenspersoon indien de bewoner dat wenst.",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "Voor elke dienst (huisvesting, voeding, medische en psychologische zorg, sociale \
                 diensten voor minderjarige slachtoffers, onderwijs en beroepsopleiding, \
                 arbeidsbemiddeling en ondersteuning bij het opzetten van een micro-onderneming, \
                 bescherming, vertaling, juridisch en administratief advies, voorlichting over \
                 rechten) vermeldt de verantwoordelijkheidsmatrix die als bijlage bij dit \
                 memorandum is gevoegd, welke partij verantwoordelijk is, welke partij betaalt, \
                 voor hoeveel dagen of weken, en welke regels inzake vertrouwelijkheid en \
                 veiligheid van toepassing zijn.",
                "[Partij uit het maatschappelijk middenveld] is verantwoordelijk voor het \
                 dagelijks beheer van de opvang, het in dienst hebben van gekwalificeerd \
                 personeel, het casemanagement van elke bewoner en het veilig en in goede staat \
                 houden van de ruimten.",
                "[Overheidspartij] is verantwoordelijk voor het waarborgen van de toegang van \
                 bewoners tot de openbare gezondheidszorg, tot identiteits- en reisdocumenten en, \
                 waar nodig, tot verblijfsvergunningen, en voor politiebescherming wanneer een \
                 bedreiging van een bewoner of van de opvang wordt gemeld.",
                "Een bewoner kan ten hoogste [aantal] dagen verblijven. Het casusoverleg kan het \
                 verblijf verlengen wanneer het herstel of de veiligheid van de bewoner, of diens \
                 deelname aan een procedure, dat vereist.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "[Partij uit het maatschappelijk middenveld] meldt maandelijks aan \
                 [overheidspartij], in geanonimiseerde vorm, het aantal bewoners, opnamen en \
                 vertrekken, overnachtingen en verleende diensten.",
                "Ernstige incidenten (een bedreiging of aanval, de vermissing van een bewoner, een \
                 medisch noodgeval, een beschuldiging van misbruik) worden binnen 24 uur gemeld \
                 aan het aanspreekpunt van de andere partij.",
                "Jaarlijks, uiterlijk op [datum], dient [partij uit het maatschappelijk \
                 middenveld] een inhoudelijk en financieel verslag in over de besteding van de \
                 overheidsmiddelen die zij op grond van dit memorandum heeft ontvangen. De \
                 bewijsstukken worden gedurende [aantal] jaar beschikbaar gehouden voor controle.",
            ],
        ),
        (
            Section::Complaints,
            &[
                "De opvang beschikt over een klachtenprocedure, die bij aankomst aan elke bewoner \
                 wordt uitgelegd in een taal die de bewoner begrijpt. Een bewoner kan ook een \
                 klacht indienen bij [onafhankelijke instantie / ombudsman]. Het indienen van een \
                 klacht kost een bewoner nooit diens plaats of enige dienst.",
                "Beschuldigingen van misbruik of uitbuiting door een medewerker worden \
                 onmiddellijk gemeld aan [overheidspartij] en aan de bevoegde autoriteiten. De \
                 betrokken medewerker wordt van elk contact met bewoners uitgesloten zolang de \
                 beschuldiging wordt onderzocht.",
                "Meningsverschillen tussen de partijen worden beslecht door de aanspreekpunten, \
                 vervolgens door de leiding van de partijen en, indien binnen [aantal] dagen geen \
                 overeenstemming wordt bereikt, via bemiddeling door [naam van het nationaal \
                 coördinatieorgaan].",
            ],
        ),
        (
            Section::Funding,
            &[
                "[Overheidspartij] draagt [bedrag] per bewoner per dag bij, alsmede een vast \
                 jaarlijks bedrag van [bedrag] in de exploitatiekosten, te betalen [per kwartaal \
                 vooraf] op basis van de overeengekomen jaarbegroting.",
                "Kosten die niet door deze bijdrage worden gedekt, worden verdeeld zoals bepaald \
                 in de verantwoordelijkheidsmatrix. Wanneer een grote groep slachtoffers wordt \
                 opgenomen, komen de partijen binnen [aantal] dagen overeen welke aanvullende \
                 financiering nodig is en welke partij die verstrekt.",
                "Overheidsfinanciering doet geen afbreuk aan de onafhankelijkheid van [partij uit \
                 het maatschappelijk middenveld], die ook middelen van andere donoren kan \
                 ontvangen. Beslissingen over opname binnen de overeengekomen criteria, de \
                 huisregels, het personeelsbeleid en de belangenbehartiging blijven aan haar \
                 voorbehouden.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "Het adres van de opvang is vertrouwelijk. De partijen maken het uitsluitend \
                 bekend aan diensten die het nodig hebben om bewoners bij te staan, en wijzen hen \
                 op het vertrouwelijke karakter ervan.",
                "De dossiers van bewoners worden door [partij uit het maatschappelijk middenveld] \
                 achter slot en grendel of in een beveiligd systeem bewaard, overeenkomstig \
                 [nationale wetgeving inzake gegevensbescherming]. Informatie daaruit wordt \
                 uitsluitend met de geïnformeerde toestemming van de bewoner aan [overheidspartij] \
                 of andere diensten verstrekt, behalve wanneer een leven in onmiddellijk gevaar \
                 is, een kind bescherming nodig heeft of de wet dit voorschrijft.",
                "Medewerkers, vrijwilligers en tolken van beide partijen ondertekenen een \
                 geheimhoudingsverklaring voordat zij met bewoners werken. De geheimhoudingsplicht \
                 van de partijen blijft na afloop van dit memorandum bestaan.",
            ],
        ),
        (
            Section::Media,
            &[
                "Geen journalist, fotograaf of filmploeg wordt tot de opvang toegelaten, en er \
                 worden geen foto’s of opnamen van bewoners gemaakt of gepubliceerd, noch door de \
                 partijen, noch door bezoekers.",
                "De partijen zoeken geen media-aandacht voor acties waarbij slachtoffers betrokken \
                 zijn, met inbegrip van de aankomst van een groep slachtoffers in de opvang, en \
                 werken daar ook niet aan mee.",
                "Publieke communicatie over de opvang (verslagen, campagnes, fondsenwerving) bevat \
                 geen informatie waaraan een bewoner kan worden herkend, en wordt tussen de \
                 partijen afgestemd wanneer daarin de andere partij wordt genoemd.",
            ],
        ),
        (
            Section::Duration,
            &[
                "Dit memorandum wordt van kracht op de datum van inwerkingtreding en vervalt op de \
                 einddatum. Het kan voor [aantal] jaar worden verlengd bij schriftelijke \
                 overeenstemming tussen de partijen, bereikt uiterlijk [aantal] maanden vóór het \
                 verstrijken ervan.",
                "Elke wijziging, met inbegrip van een wijziging van het dagtarief of van het \
                 aantal plaatsen, geschiedt schriftelijk en wordt door beide partijen ondertekend.",
                "Elk van de partijen kan dit memorandum beëindigen met inachtneming van een \
                 schriftelijke opzegtermijn van [aantal] maanden. Tijdens de opzegtermijn maken de \
                 partijen afspraken over de overplaatsing van elke bewoner naar een andere \
                 geschikte plaats, en de financiering loopt door tot de laatste overplaatsing.",
            ],
        ),
    ],
};
