//! Binding agreement on sharing personal data and statistics about victims between a state
//! body and a civil-society organisation (or between state bodies), under data protection law.

use super::Starter;
use crate::agreement::section::Section;

pub(super) const EN: Starter = Starter {
    title: "Agreement on the sharing of data on victims of trafficking in persons and forced \
            labour",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "This agreement governs the sharing between the parties of personal data and \
                 statistics on presumed and identified victims of trafficking in persons and \
                 forced labour, in accordance with [national data protection law] and [national \
                 anti-trafficking law]. It is binding on the parties.",
                "Data are shared only to refer a person to assistance and manage their case, to \
                 assess risks to their safety, to support victims who take part in criminal or \
                 labour proceedings, and to produce anonymised statistics for policy-making and \
                 reporting. Data shared for one of these purposes are not used for another.",
                "This agreement serves the protection, prosecution and partnership pillars of the \
                 national response. It does not permit the use of shared data for immigration \
                 enforcement, or to prosecute victims for offences they were compelled to commit \
                 as a result of being trafficked.",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "By [month] each year, the parties review together the data flows needed for the \
                 coming year, the statistics to be produced and any change in systems or security \
                 measures, and record the outcome in the annual plan of [name of national \
                 coordinating body].",
                "A new data flow or a new category of data may be added only after the parties \
                 have assessed its necessity and the risks it poses to the persons concerned, and \
                 by a written amendment to the list of data flows annexed to this agreement.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Each party designates a data protection focal point responsible for requests, \
                 transmissions and incidents under this agreement, and notifies the other party of \
                 their contact details in writing.",
                "Personal data are transmitted only through [secure channel / case management \
                 system], and never by ordinary e-mail, instant messaging or on paper sent by \
                 ordinary post. Each transmission is recorded in a log stating its date, sender, \
                 recipient, purpose and the categories of data sent.",
                "The data protection focal points meet at least [twice a year] to review the log, \
                 incidents and requests from the persons concerned.",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "For each data flow, the responsibility matrix annexed to this agreement states the \
                 data shared, the sending and the receiving party, the purpose, the legal basis, \
                 who may access the data and how long they are kept.",
                "Each party is the controller of the data it collects and of the data it receives \
                 once they are in its systems, and answers for their lawful processing under \
                 [national data protection law].",
                "Before sending data, the sending party checks that they are accurate and \
                 necessary, and it informs the receiving party without delay of any correction or \
                 deletion.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "Every [six months], each party reports to the other the number of transmissions \
                 made and received for each data flow, the requests received from persons \
                 concerned and any incident.",
                "The parties jointly submit an annual report on the operation of this agreement to \
                 [name of national coordinating body] and, where the law requires it, to [data \
                 protection authority].",
                "Statistics published by either party from shared data are aggregated so that no \
                 person can be identified. No figure below [5] is published for any combination of \
                 place, nationality, sex or age group.",
            ],
        ),
        (
            Section::Complaints,
            &[
                "Any person whose data are shared under this agreement may ask either party to see, \
                 correct or delete their data, or object to their sharing. The party receiving the \
                 request answers within [number] days and informs the other party where the \
                 request concerns data that party holds.",
                "Any person may also lodge a complaint with [data protection authority]. The \
                 parties cooperate with any inquiry by that authority.",
                "Disputes between the parties about the interpretation or application of this \
                 agreement are settled amicably between the heads of the parties within [number] \
                 days. Failing that, they are referred to [mediation / arbitration / the competent \
                 court].",
            ],
        ),
        (
            Section::Funding,
            &[
                "Each party bears its own costs of implementing this agreement, including the \
                 training of its staff and the security of its own systems.",
                "The cost of any shared system or secure channel is divided as set out in [the \
                 responsibility matrix / a separate funding arrangement]. Funding a shared system \
                 gives the funding party no right of access to data beyond what this agreement \
                 allows.",
                "Nothing in this agreement makes public funding of [civil-society party] \
                 conditional on sharing data, nor obliges that party to disclose information held \
                 in confidence beyond what this agreement provides.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "Only the data listed for each data flow in the responsibility matrix are shared, \
                 and only as far as the purpose requires. Information on a person's health, sexual \
                 life, ethnic origin, religion, immigration status or criminal record is shared \
                 only where strictly necessary for their assistance or protection.",
                "Before their data are shared, the person concerned is told, in a language they \
                 understand, what will be shared, with whom, why and for how long, and that \
                 refusing does not affect their assistance. Their informed consent is recorded in \
                 writing. For a child, the consent of [guardian / child protection authority] is \
                 also obtained and the child's views are taken into account.",
                "Data may be shared without consent only where a person's life or safety is in \
                 immediate danger, to protect a child, or where a law expressly requires it. The \
                 sending party records the reason and informs the person concerned as soon as it \
                 is safe to do so.",
                "Each party restricts access to shared data to named staff who need them for the \
                 stated purpose, protects them by passwords and encryption, and keeps paper \
                 records under lock. Staff with access sign a confidentiality undertaking and are \
                 trained in data protection.",
                "A receiving party passes no shared data to any third party, including another \
                 public authority, a foreign authority or a donor, without the written agreement \
                 of the sending party and, where required, the consent of the person concerned. \
                 Information a victim gives for their assistance is not used as evidence against \
                 them.",
                "Shared data are kept no longer than [number] months after the person's case is \
                 closed, or the period set for the data flow in the matrix, and are then deleted or \
                 anonymised. Each party confirms the deletion to the other on request.",
                "A party that discovers a loss, theft or unauthorised disclosure of shared data \
                 informs the other party's focal point within [24] hours, takes immediate steps to \
                 limit the harm, warns the persons at risk where it is safe to do so and, where \
                 the law requires it, notifies the breach to [data protection authority].",
            ],
        ),
        (
            Section::Media,
            &[
                "No party discloses shared data, or information drawn from them that could \
                 identify a person, to the media or in any public communication.",
                "The parties do not invite or allow media coverage of operations involving victims \
                 that were prepared using shared data, and do not comment publicly on individual \
                 cases.",
                "Either party may publish statistics drawn from shared data in accordance with the \
                 rules on aggregation in this agreement, citing both parties as sources.",
            ],
        ),
        (
            Section::Duration,
            &[
                "This agreement enters into force on its effective date and remains in force until \
                 its expiry date. It is renewed for successive periods of [number] year(s) unless \
                 a party objects in writing at least [number] months before it expires.",
                "This agreement, including its annexes, may be amended only by a written amendment \
                 signed by all parties.",
                "A party may terminate this agreement by giving the other parties [number] months' \
                 written notice. It may terminate it with immediate effect if another party \
                 seriously breaches its obligations of confidentiality or data protection.",
                "On expiry or termination, each party returns or deletes, as the sending party \
                 chooses, the personal data received under this agreement, unless the law requires \
                 them to be kept. The obligations of confidentiality and data protection continue \
                 to apply to any data kept.",
            ],
        ),
    ],
};

pub(super) const FR: Starter = Starter {
    title: "Convention relative au partage de données concernant les victimes de la traite des \
            personnes et du travail forcé",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "La présente convention régit le partage, entre les parties, de données à \
                 caractère personnel et de statistiques concernant les victimes présumées ou \
                 identifiées de la traite des personnes et du travail forcé, conformément à [loi \
                 nationale sur la protection des données] et à [loi nationale contre la traite]. \
                 Elle lie les parties.",
                "Les données ne sont partagées qu’aux fins de l’orientation d’une personne vers \
                 l’assistance et de la gestion de son dossier, de l’évaluation des risques pour sa \
                 sécurité, de l’accompagnement des victimes qui participent à une procédure pénale \
                 ou devant les juridictions du travail et de l’établissement de statistiques \
                 anonymisées destinées à l’élaboration des politiques et aux rapports. Les données \
                 partagées pour l’une de ces finalités ne sont pas utilisées pour une autre.",
                "La présente convention concourt aux piliers de la protection, des poursuites et \
                 du partenariat de la réponse nationale. Elle n’autorise pas l’utilisation des \
                 données partagées à des fins de contrôle de l’immigration, ni pour poursuivre des \
                 victimes au titre d’infractions qu’elles ont été contraintes de commettre du fait \
                 de la traite dont elles ont fait l’objet.",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "Chaque année, au plus tard en [mois], les parties examinent ensemble les flux de \
                 données nécessaires pour l’année à venir, les statistiques à produire et toute \
                 modification des systèmes ou des mesures de sécurité, et en consignent les \
                 conclusions dans le plan annuel de [nom de l’organe national de coordination].",
                "L’ajout d’un nouveau flux de données ou d’une nouvelle catégorie de données n’est \
                 possible qu’après évaluation par les parties de sa nécessité et des risques qu’il \
                 présente pour les personnes concernées, et par voie d’avenant écrit modifiant la \
                 liste des flux de données annexée à la présente convention.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Chaque partie désigne un point focal pour la protection des données, chargé des \
                 demandes, des transmissions et des incidents relevant de la présente convention, \
                 et en communique par écrit les coordonnées à l’autre partie.",
                "Les données à caractère personnel ne sont transmises que par [canal sécurisé / \
                 système de gestion des dossiers], et jamais par courrier électronique ordinaire, \
                 par messagerie instantanée ou sur support papier envoyé par courrier simple. \
                 Chaque transmission est consignée dans un registre indiquant sa date, \
                 l’expéditeur, le destinataire, la finalité et les catégories de données \
                 transmises.",
                "Les points focaux pour la protection des données se réunissent au moins [deux \
                 fois par an] pour examiner le registre, les incidents et les demandes des \
                 personnes concernées.",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "Pour chaque flux de données, la matrice des responsabilités annexée à la présente \
                 convention précise les données partagées, la partie qui les transmet et celle qui \
                 les reçoit, la finalité, la base juridique, les personnes habilitées à y accéder \
                 et la durée de conservation.",
                "Chaque partie est responsable du traitement des données qu’elle collecte ainsi que \
                 des données qu’elle reçoit dès leur intégration dans ses systèmes, et répond de la \
                 licéité de leur traitement au regard de [loi nationale sur la protection des \
                 données].",
                "Avant toute transmission, la partie qui transmet les données s’assure de leur \
                 exactitude et de leur nécessité, et elle informe sans délai la partie destinataire \
                 de toute rectification ou suppression.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "Tous les [six mois], chaque partie communique à l’autre le nombre de transmissions \
                 effectuées et reçues pour chaque flux de données, les demandes reçues des \
                 personnes concernées et tout incident survenu.",
                "Les parties présentent conjointement un rapport annuel sur l’application de la \
                 présente convention à [nom de l’organe national de coordination] et, lorsque la \
                 loi l’exige, à [autorité de protection des données].",
                "Les statistiques publiées par l’une ou l’autre partie à partir des données \
                 partagées sont agrégées de manière qu’aucune personne ne puisse être identifiée. \
                 Aucun effectif inférieur à [5] n’est publié pour une quelconque combinaison de \
                 lieu, de nationalité, de sexe ou de tranche d’âge.",
            ],
        ),
        (
            Section::Complaints,
            &[
                "Toute personne dont les données sont partagées en application de la présente \
                 convention peut demander à l’une ou l’autre partie d’y accéder, de les rectifier \
                 ou de les effacer, ou s’opposer à leur partage. La partie saisie répond dans un \
                 délai de [nombre] jours et informe l’autre partie lorsque la demande porte sur des \
                 données que celle-ci détient.",
                "Toute personne peut également introduire une réclamation auprès de [autorité de \
                 protection des données]. Les parties coopèrent à toute enquête menée par cette \
                 autorité.",
                "Les différends entre les parties relatifs à l’interprétation ou à l’application \
                 de la présente convention sont réglés à l’amiable entre les responsables des \
                 parties dans un délai de [nombre] jours. À défaut, ils sont soumis à [la médiation \
                 / l’arbitrage / la juridiction compétente].",
            ],
        ),
        (
            Section::Funding,
            &[
                "Chaque partie supporte ses propres frais de mise en œuvre de la présente \
                 convention, y compris la formation de son personnel et la sécurisation de ses \
                 propres systèmes.",
                "Le coût de tout système commun ou canal sécurisé est réparti conformément à [la \
                 matrice des responsabilités / un arrangement financier distinct]. Le financement \
                 d’un système commun ne confère à la partie qui le finance aucun droit d’accès aux \
                 données au-delà de ce que permet la présente convention.",
                "Aucune disposition de la présente convention ne subordonne le financement public \
                 de [partie de la société civile] au partage de données, ni n’oblige cette partie \
                 à divulguer des informations détenues à titre confidentiel au-delà de ce que \
                 prévoit la présente convention.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "Seules les données énumérées pour chaque flux dans la matrice des responsabilités \
                 sont partagées, et dans la seule mesure nécessaire à la finalité poursuivie. Les \
                 informations relatives à la santé, à la vie sexuelle, à l’origine ethnique, à la \
                 religion, à la situation administrative ou aux antécédents judiciaires d’une \
                 personne ne sont partagées que lorsque cela est strictement nécessaire à son \
                 assistance ou à sa protection.",
                "Avant tout partage de ses données, la personne concernée est informée, dans une \
                 langue qu’elle comprend, des données partagées, de leurs destinataires, de la \
                 finalité du partage et de la durée de conservation, ainsi que du fait qu’un refus \
                 est sans incidence sur l’assistance qu’elle reçoit. Son consentement éclairé est \
                 consigné par écrit. S’agissant d’un enfant, le consentement de [tuteur / autorité \
                 de protection de l’enfance] est également recueilli et l’opinion de l’enfant est \
                 prise en compte.",
                "Les données ne peuvent être partagées sans consentement qu’en cas de danger \
                 immédiat pour la vie ou la sécurité d’une personne, pour protéger un enfant ou \
                 lorsqu’une loi l’exige expressément. La partie qui transmet les données en \
                 consigne le motif et en informe la personne concernée dès que cela peut se faire \
                 sans danger.",
                "Chaque partie limite l’accès aux données partagées aux membres du personnel \
                 nommément désignés qui en ont besoin pour la finalité indiquée, les protège par \
                 des mots de passe et par chiffrement, et conserve les documents papier sous clé. \
                 Les personnes habilitées signent un engagement de confidentialité et sont formées \
                 à la protection des données.",
                "La partie destinataire ne communique les données partagées à aucun tiers, y \
                 compris une autre autorité publique, une autorité étrangère ou un bailleur de \
                 fonds, sans l’accord écrit de la partie qui les a transmises et, le cas échéant, \
                 le consentement de la personne concernée. Les informations fournies par une \
                 victime en vue de son assistance ne sont pas utilisées comme preuve contre elle.",
                "Les données partagées ne sont pas conservées au-delà de [nombre] mois après la \
                 clôture du dossier de la personne concernée, ou de la durée fixée pour le flux \
                 dans la matrice, puis elles sont effacées ou anonymisées. Chaque partie confirme \
                 l’effacement à l’autre sur demande.",
                "La partie qui constate une perte, un vol ou une divulgation non autorisée de \
                 données partagées en informe le point focal de l’autre partie dans un délai de \
                 [24] heures, prend immédiatement les mesures nécessaires pour en limiter les \
                 conséquences, avertit les personnes exposées à un risque lorsque cela peut se \
                 faire sans danger et, lorsque la loi l’exige, notifie la violation à [autorité de \
                 protection des données].",
            ],
        ),
        (
            Section::Media,
            &[
                "Aucune partie ne communique aux médias, ni dans le cadre d’une communication \
                 publique, les données partagées ou les informations qui en sont tirées et qui \
                 permettraient d’identifier une personne.",
                "Les parties n’invitent ni n’autorisent les médias à couvrir les opérations \
                 impliquant des victimes qui ont été préparées à l’aide de données partagées, et ne \
                 commentent pas publiquement les cas individuels.",
                "Chaque partie peut publier des statistiques tirées des données partagées dans le \
                 respect des règles d’agrégation prévues par la présente convention, en citant les \
                 deux parties comme sources.",
            ],
        ),
        (
            Section::Duration,
            &[
                "La présente convention entre en vigueur à sa date d’effet et reste en vigueur \
                 jusqu’à sa date d’expiration. Elle est reconduite tacitement pour des périodes \
                 successives de [nombre] an(s), sauf opposition écrite de l’une des parties \
                 notifiée au moins [nombre] mois avant son expiration.",
                "La présente convention, y compris ses annexes, ne peut être modifiée que par voie \
                 d’avenant écrit signé par toutes les parties.",
                "Chaque partie peut résilier la présente convention moyennant un préavis écrit de \
                 [nombre] mois notifié aux autres parties. Elle peut la résilier avec effet \
                 immédiat en cas de manquement grave d’une autre partie à ses obligations de \
                 confidentialité ou de protection des données.",
                "À l’expiration ou à la résiliation de la présente convention, chaque partie \
                 restitue ou efface, au choix de la partie qui les a transmises, les données à \
                 caractère personnel reçues en application de celle-ci, sauf obligation légale de \
                 conservation. Les obligations de confidentialité et de protection des données \
                 continuent de s’appliquer aux données conservées.",
            ],
        ),
    ],
};

pub(super) const NL: Starter = Starter {
    title: "Overeenkomst inzake het delen van gegevens over slachtoffers van mensenhandel en \
            dwangarbeid",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "Deze overeenkomst regelt het delen tussen de partijen van persoonsgegevens en \
                 statistische gegevens over vermoedelijke en geïdentificeerde slachtoffers van \
                 mensenhandel en dwangarbeid, in overeenstemming met [nationale wetgeving inzake \
                 gegevensbescherming] en [nationale wetgeving inzake de bestrijding van \
                 mensenhandel]. Zij is bindend voor de partijen.",
                "Gegevens worden uitsluitend gedeeld om een persoon door te verwijzen naar \
                 hulpverlening en diens dossier te beheren, om de risico’s voor diens veiligheid \
                 te beoordelen, om slachtoffers te ondersteunen die deelnemen aan een \
                 strafrechtelijke of arbeidsrechtelijke procedure, en om geanonimiseerde \
                 statistieken op te stellen ten behoeve van beleidsvorming en rapportage. Gegevens \
                 die voor een van deze doeleinden zijn gedeeld, worden niet voor een ander doel \
                 gebruikt.",
                "Deze overeenkomst dient de pijlers bescherming, vervolging en partnerschap van de \
                 nationale aanpak. Zij staat niet toe dat gedeelde gegevens worden gebruikt voor \
                 de handhaving van de vreemdelingenwetgeving, of om slachtoffers te vervolgen voor \
                 strafbare feiten die zij als gevolg van de mensenhandel hebben moeten plegen.",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "Jaarlijks, uiterlijk in [maand], bespreken de partijen gezamenlijk de \
                 gegevensstromen die voor het komende jaar nodig zijn, de op te stellen \
                 statistieken en eventuele wijzigingen in systemen of beveiligingsmaatregelen, en \
                 leggen zij de uitkomst vast in het jaarplan van [naam van het nationaal \
                 coördinatieorgaan].",
                "Een nieuwe gegevensstroom of een nieuwe categorie gegevens kan pas worden \
                 toegevoegd nadat de partijen de noodzaak ervan en de risico’s ervan voor de \
                 betrokkenen hebben beoordeeld, en uitsluitend door middel van een schriftelijke \
                 wijziging van de lijst van gegevensstromen die als bijlage bij deze overeenkomst \
                 is gevoegd.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Elke partij wijst een aanspreekpunt voor gegevensbescherming aan dat \
                 verantwoordelijk is voor verzoeken, verstrekkingen en incidenten in het kader van \
                 deze overeenkomst, en deelt de contactgegevens daarvan schriftelijk mee aan de \
                 andere partij.",
                "Persoonsgegevens worden uitsluitend verstrekt via [beveiligd kanaal / \
                 casusregistratiesysteem] en nooit via gewone e-mail, chatberichten of op papier \
                 per gewone post. Elke verstrekking wordt vastgelegd in een logboek waarin de \
                 datum, de verzender, de ontvanger, het doel en de categorieën verstrekte gegevens \
                 worden vermeld.",
                "De aanspreekpunten voor gegevensbescherming komen ten minste [twee keer per jaar] \
                 bijeen om het logboek, de incidenten en de verzoeken van betrokkenen te \
                 bespreken.",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "Voor elke gegevensstroom vermeldt de verantwoordelijkheidsmatrix die als bijlage \
                 bij deze overeenkomst is gevoegd, welke gegevens worden gedeeld, welke partij ze \
                 verstrekt en welke partij ze ontvangt, het doel, de rechtsgrond, wie toegang tot \
                 de gegevens heeft en hoe lang zij worden bewaard.",
                "Elke partij is verwerkingsverantwoordelijke voor de gegevens die zij verzamelt en \
                 voor de gegevens die zij ontvangt zodra deze zich in haar systemen bevinden, en \
                 staat in voor de rechtmatige verwerking ervan overeenkomstig [nationale wetgeving \
                 inzake gegevensbescherming].",
                "Alvorens gegevens te verstrekken, gaat de verstrekkende partij na of zij juist en \
                 noodzakelijk zijn, en zij stelt de ontvangende partij onverwijld in kennis van \
                 elke rectificatie of wissing.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "Om de [zes maanden] brengt elke partij de andere partij verslag uit over het \
                 aantal verstrekkingen dat per gegevensstroom is gedaan en ontvangen, de verzoeken \
                 die van betrokkenen zijn ontvangen en eventuele incidenten.",
                "De partijen dienen gezamenlijk een jaarverslag over de uitvoering van deze \
                 overeenkomst in bij [naam van het nationaal coördinatieorgaan] en, indien de wet \
                 dit vereist, bij [gegevensbeschermingsautoriteit].",
                "Statistieken die een van de partijen op basis van gedeelde gegevens publiceert, \
                 worden zodanig geaggregeerd dat geen enkele persoon kan worden geïdentificeerd. \
                 Voor geen enkele combinatie van plaats, nationaliteit, geslacht of leeftijdsgroep \
                 wordt een aantal lager dan [5] gepubliceerd.",
            ],
        ),
        (
            Section::Complaints,
            &[
                "Eenieder wiens gegevens op grond van deze overeenkomst worden gedeeld, kan elk \
                 van de partijen verzoeken om inzage in, rectificatie of wissing van diens \
                 gegevens, of bezwaar maken tegen het delen ervan. De partij die het verzoek \
                 ontvangt, beantwoordt het binnen [aantal] dagen en stelt de andere partij op de \
                 hoogte wanneer het verzoek betrekking heeft op gegevens die die partij onder zich \
                 heeft.",
                "Eenieder kan ook een klacht indienen bij [gegevensbeschermingsautoriteit]. De \
                 partijen verlenen hun medewerking aan elk onderzoek van die autoriteit.",
                "Geschillen tussen de partijen over de uitleg of de toepassing van deze \
                 overeenkomst worden binnen [aantal] dagen in der minne geregeld door de leiding \
                 van de partijen. Bij gebreke daarvan worden zij voorgelegd aan [bemiddeling / \
                 arbitrage / de bevoegde rechter].",
            ],
        ),
        (
            Section::Funding,
            &[
                "Elke partij draagt haar eigen kosten voor de uitvoering van deze overeenkomst, \
                 met inbegrip van de opleiding van haar personeel en de beveiliging van haar eigen \
                 systemen.",
                "De kosten van een gemeenschappelijk systeem of beveiligd kanaal worden verdeeld \
                 zoals bepaald in [de verantwoordelijkheidsmatrix / een afzonderlijke \
                 financieringsregeling]. De financiering van een gemeenschappelijk systeem geeft \
                 de financierende partij geen recht op toegang tot gegevens verder dan deze \
                 overeenkomst toestaat.",
                "Niets in deze overeenkomst maakt de overheidsfinanciering van [partij uit het \
                 maatschappelijk middenveld] afhankelijk van het delen van gegevens, noch \
                 verplicht het die partij om informatie die zij in vertrouwen onder zich heeft, \
                 bekend te maken verder dan deze overeenkomst bepaalt.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "Alleen de gegevens die in de verantwoordelijkheidsmatrix voor elke gegevensstroom \
                 zijn vermeld, worden gedeeld, en alleen voor zover het doel dat vereist. \
                 Informatie over de gezondheid, het seksuele leven, de etnische afkomst, de \
                 godsdienst, de verblijfsstatus of het strafrechtelijk verleden van een persoon \
                 wordt alleen gedeeld wanneer dat strikt noodzakelijk is voor diens hulpverlening \
                 of bescherming.",
                "Voordat gegevens worden gedeeld, wordt de betrokkene in een taal die hij of zij \
                 begrijpt geïnformeerd over welke gegevens worden gedeeld, met wie, waarom en voor \
                 hoe lang, en over het feit dat een weigering geen gevolgen heeft voor de \
                 hulpverlening. De geïnformeerde toestemming van de betrokkene wordt schriftelijk \
                 vastgelegd. Bij een kind wordt ook de toestemming van [voogd / \
                 kinderbeschermingsautoriteit] verkregen en wordt rekening gehouden met de mening \
                 van het kind.",
                "Gegevens mogen zonder toestemming alleen worden gedeeld wanneer het leven of de \
                 veiligheid van een persoon in onmiddellijk gevaar is, ter bescherming van een \
                 kind, of wanneer een wet dit uitdrukkelijk voorschrijft. De verstrekkende partij \
                 legt de reden vast en informeert de betrokkene zodra dat veilig kan.",
                "Elke partij beperkt de toegang tot gedeelde gegevens tot met naam aangewezen \
                 medewerkers die deze voor het vermelde doel nodig hebben, beveiligt ze met \
                 wachtwoorden en versleuteling, en bewaart papieren dossiers achter slot en \
                 grendel. Medewerkers met toegang ondertekenen een geheimhoudingsverklaring en \
                 worden opgeleid in gegevensbescherming.",
                "Een ontvangende partij verstrekt geen gedeelde gegevens aan derden, met inbegrip \
                 van een andere overheidsinstantie, een buitenlandse autoriteit of een donor, \
                 zonder de schriftelijke instemming van de verstrekkende partij en, waar vereist, \
                 de toestemming van de betrokkene. Informatie die een slachtoffer ten behoeve van \
                 de eigen hulpverlening verstrekt, wordt niet als bewijs tegen het slachtoffer \
                 gebruikt.",
                "Gedeelde gegevens worden niet langer bewaard dan [aantal] maanden na de \
                 afsluiting van het dossier van de betrokkene, of dan de termijn die in de matrix \
                 voor de gegevensstroom is vastgesteld, en worden daarna gewist of geanonimiseerd. \
                 Elke partij bevestigt de wissing op verzoek aan de andere partij.",
                "Een partij die verlies, diefstal of ongeoorloofde openbaarmaking van gedeelde \
                 gegevens vaststelt, stelt het aanspreekpunt van de andere partij binnen [24] uur \
                 in kennis, neemt onmiddellijk maatregelen om de schade te beperken, waarschuwt de \
                 personen die gevaar lopen wanneer dat veilig kan en meldt, indien de wet dit \
                 vereist, de inbreuk in verband met persoonsgegevens bij \
                 [gegevensbeschermingsautoriteit].",
            ],
        ),
        (
            Section::Media,
            &[
                "Geen enkele partij maakt gedeelde gegevens, of daaruit afgeleide informatie \
                 waarmee een persoon kan worden geïdentificeerd, bekend aan de media of in enige \
                 openbare communicatie.",
                "De partijen nodigen de media niet uit om verslag te doen van acties waarbij \
                 slachtoffers betrokken zijn en die met gebruikmaking van gedeelde gegevens zijn \
                 voorbereid, staan dat ook niet toe, en doen geen publieke uitspraken over \
                 individuele zaken.",
                "Elk van de partijen mag statistieken publiceren die uit gedeelde gegevens zijn \
                 afgeleid, overeenkomstig de regels inzake aggregatie in deze overeenkomst en met \
                 vermelding van beide partijen als bron.",
            ],
        ),
        (
            Section::Duration,
            &[
                "Deze overeenkomst treedt in werking op de datum van inwerkingtreding en blijft \
                 van kracht tot de einddatum. Zij wordt telkens verlengd voor opeenvolgende \
                 perioden van [aantal] jaar, tenzij een partij zich daartegen uiterlijk [aantal] \
                 maanden vóór het verstrijken ervan schriftelijk verzet.",
                "Deze overeenkomst, met inbegrip van de bijlagen, kan uitsluitend worden gewijzigd \
                 door middel van een schriftelijke wijziging die door alle partijen is \
                 ondertekend.",
                "Een partij kan deze overeenkomst opzeggen door de andere partijen schriftelijk in \
                 kennis te stellen met inachtneming van een opzegtermijn van [aantal] maanden. Zij \
                 kan de overeenkomst met onmiddellijke ingang beëindigen indien een andere partij \
                 haar verplichtingen inzake vertrouwelijkheid of gegevensbescherming ernstig \
                 schendt.",
                "Bij het verstrijken of de beëindiging van deze overeenkomst retourneert of wist \
                 elke partij, naar keuze van de verstrekkende partij, de persoonsgegevens die zij \
                 op grond van deze overeenkomst heeft ontvangen, tenzij de wet bewaring \
                 voorschrijft. De verplichtingen inzake vertrouwelijkheid en gegevensbescherming \
                 blijven van toepassing op bewaarde gegevens.",
            ],
        ),
    ],
};
