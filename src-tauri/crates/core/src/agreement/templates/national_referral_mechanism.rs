//! Memorandum of understanding between a state body and a civil-society organisation on the
//! national referral mechanism: identifying, referring, assisting and protecting victims.

use super::Starter;
use crate::agreement::section::Section;

pub(super) const EN: Starter = Starter {
    title: "Memorandum of understanding on the national referral mechanism for victims of \
            trafficking in persons and forced labour",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "This memorandum sets out how the parties cooperate to identify, refer, assist and \
                 protect presumed and identified victims of trafficking in persons and forced \
                 labour in [country], in accordance with [national anti-trafficking law] and the \
                 standard operating procedures (SOPs) of the national referral mechanism.",
                "Of the four pillars of the national response (prevention, protection, prosecution \
                 and partnership), this memorandum covers chiefly protection and partnership. It \
                 also covers support to victims who take part in criminal or labour proceedings, \
                 and prevention activities where the annual plan provides for them.",
                "Assistance under this memorandum is given to any presumed victim, whatever their \
                 nationality, sex, age or immigration status, and does not depend on their \
                 willingness to cooperate with law enforcement.",
                "This memorandum records commitments the parties make in good faith. It does not \
                 create legally binding obligations, nor any financial commitment other than those \
                 set out in [the funding annex / a separate grant agreement].",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "By [month] each year, the parties jointly draw up an annual plan for the referral \
                 mechanism setting out planned activities, training of front-line staff, the \
                 expected number of cases, targets and the budget each party contributes.",
                "The draft plan is submitted to [name of national coordinating body] for adoption \
                 at its [first / last] meeting of the year. Once adopted, it is annexed to the \
                 minutes and guides the focal points in their daily work.",
                "The plan is reviewed at mid-year and may be adjusted by agreement between the \
                 parties, in particular after a large number of victims has been identified.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Each party designates a focal point and a deputy and notifies the other party in \
                 writing of their names and contact details within [number] working days of \
                 signature, and of any change.",
                "Referrals are made on the referral form in the national SOPs, through [secure \
                 channel]. In an emergency, where a person's safety is at risk, a referral may be \
                 made by telephone at any hour and is confirmed in writing within [number] hours.",
                "The focal points meet at least [monthly / quarterly] to review open cases and the \
                 functioning of the mechanism. They report to [name of national coordinating \
                 body] any difficulty they cannot resolve.",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "The detailed duties of each party, for each step of the referral process \
                 (identification, first assistance, shelter, medical and psychological care, legal \
                 advice, return or integration), are set out in the responsibility matrix annexed \
                 to this agreement, which states for each activity who is responsible, who pays \
                 and for how long.",
                "[State party] is responsible for the formal identification of victims, for \
                 granting the recovery and reflection period and, where applicable, residence \
                 permits, and for protecting victims and witnesses in criminal proceedings.",
                "[Civil-society party] is responsible for the first contact with presumed victims \
                 referred to it, the assessment of their needs, case management and accompanying \
                 them to services, in accordance with its own professional standards.",
                "Where a task falls to both parties, the matrix names the lead party, so that \
                 victims are not interviewed more than once and work is not duplicated.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "Every [quarter], each party reports to the other the number of persons referred, \
                 identified and assisted, broken down by sex, age group, nationality and form of \
                 exploitation, without any information that could identify a person.",
                "By [date], the parties jointly submit to [name of national coordinating body] an \
                 annual report on the implementation of this memorandum and of the annual plan, \
                 describing the difficulties met and proposals to improve the SOPs.",
                "Each party remains accountable to its own governing bodies and funders. Reporting \
                 under this memorandum does not give the other party access to its internal \
                 records.",
            ],
        ),
        (
            Section::Complaints,
            &[
                "A victim or any other person may complain to [contact point / body] about the \
                 conduct of either party's staff under this memorandum. Complaints are handled \
                 confidentially within [number] working days, and making a complaint never \
                 affects the assistance a victim receives.",
                "Any disagreement between the parties on the interpretation or application of this \
                 memorandum is first discussed by the focal points and then, if it is not \
                 resolved within [number] days, by the heads of the parties.",
                "If the disagreement persists, the parties may ask the chair of [name of national \
                 coordinating body] to mediate. Disagreements are settled amicably and are not \
                 brought before the courts.",
            ],
        ),
        (
            Section::Funding,
            &[
                "Each party bears the cost of its own activities under this memorandum, unless the \
                 annual plan or the responsibility matrix provides otherwise.",
                "Where [state party] contributes to the cost of services provided by \
                 [civil-society party], the amount, the period covered and the payment schedule are \
                 set out in [a separate grant agreement / the funding annex]. Payments are made \
                 within [number] days of receipt of the supporting documents.",
                "Public funding gives [state party] no say in the internal governance, staffing, \
                 advocacy or public positions of [civil-society party], which remains free to seek \
                 and accept funding from other sources.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "The parties keep confidential the identity, whereabouts and personal history of \
                 victims and of persons referred to them, and any information that could endanger \
                 a victim, their family or staff.",
                "Personal information about a victim passes between the parties only with the \
                 victim's informed consent, recorded in writing, and only as far as needed for \
                 their assistance and protection. Without consent, it may be shared only where a \
                 person's life is in immediate danger or where the law requires it.",
                "Personal data are processed in accordance with [national data protection law]. \
                 Each party restricts access to case files to the staff who need it, keeps them \
                 secure and destroys them after [number] years.",
                "These commitments continue to apply after this memorandum ends.",
            ],
        ),
        (
            Section::Media,
            &[
                "No party invites or allows the media to cover identification, rescue or \
                 law-enforcement operations involving victims, nor the places where victims are \
                 accommodated.",
                "No party discloses to the media or publishes a victim's name, image or voice or \
                 any detail by which they could be recognised. A victim who wishes to speak in \
                 public is told of the risks beforehand and supported by [civil-society party].",
                "Public statements about the referral mechanism as a whole are agreed between the \
                 parties. Otherwise, each party remains free to speak publicly about its own work \
                 and about policy against trafficking and forced labour.",
            ],
        ),
        (
            Section::Duration,
            &[
                "This memorandum takes effect on the effective date stated on it and remains in \
                 effect until its expiry date, unless it is ended earlier.",
                "It may be amended only in writing, by an amendment signed by all parties. It may \
                 be renewed for a further [number] years by written agreement of the parties \
                 reached at least [number] months before it expires.",
                "Either party may withdraw from this memorandum by giving the other party \
                 [number] months' written notice. Withdrawal does not affect the assistance of \
                 victims already referred, which continues until another service takes them in \
                 charge.",
            ],
        ),
    ],
};

pub(super) const FR: Starter = Starter {
    title: "Protocole d’accord relatif au mécanisme national d’orientation des victimes de la \
            traite des personnes et du travail forcé",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "Le présent protocole d’accord définit les modalités de la coopération entre les \
                 parties en vue de l’identification, de l’orientation, de l’assistance et de la \
                 protection des victimes présumées ou identifiées de la traite des personnes et du \
                 travail forcé sur le territoire de [pays], conformément à [loi nationale contre la \
                 traite] et aux procédures opérationnelles normalisées (PON) du mécanisme national \
                 d’orientation.",
                "Parmi les quatre piliers de la réponse nationale (prévention, protection, \
                 poursuites et partenariat), le présent protocole d’accord porte principalement sur \
                 la protection et le partenariat. Il couvre également l’accompagnement des victimes \
                 qui participent à une procédure pénale ou à une procédure devant les juridictions \
                 du travail, ainsi que les activités de prévention lorsque le plan annuel le \
                 prévoit.",
                "L’assistance prévue par le présent protocole d’accord est fournie à toute victime \
                 présumée, quels que soient sa nationalité, son sexe, son âge ou sa situation \
                 administrative, et n’est pas subordonnée à sa volonté de coopérer avec les \
                 services répressifs.",
                "Le présent protocole d’accord consigne les engagements pris de bonne foi par les \
                 parties. Il ne crée pas d’obligations juridiquement contraignantes ni d’engagement \
                 financier autres que ceux prévus par [l’annexe financière / une convention de \
                 subvention distincte].",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "Au plus tard en [mois] de chaque année, les parties établissent conjointement un \
                 plan annuel du mécanisme d’orientation précisant les activités prévues, la \
                 formation des intervenants de première ligne, le nombre de cas attendu, les \
                 objectifs et la contribution budgétaire de chaque partie.",
                "Le projet de plan est soumis pour adoption à [nom de l’organe national de \
                 coordination] lors de sa [première / dernière] réunion de l’année. Une fois \
                 adopté, il est annexé au procès-verbal et guide les points focaux dans leur \
                 travail quotidien.",
                "Le plan fait l’objet d’un examen à mi-parcours et peut être adapté d’un commun \
                 accord entre les parties, notamment à la suite de l’identification d’un grand \
                 nombre de victimes.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Chaque partie désigne un point focal et un suppléant et communique par écrit \
                 leurs noms et coordonnées à l’autre partie dans un délai de [nombre] jours \
                 ouvrables suivant la signature, ainsi que lors de tout changement.",
                "Les orientations se font au moyen du formulaire d’orientation figurant dans les \
                 PON nationales, par [canal sécurisé]. En cas d’urgence, lorsque la sécurité d’une \
                 personne est menacée, l’orientation peut se faire par téléphone à toute heure et \
                 est confirmée par écrit dans un délai de [nombre] heures.",
                "Les points focaux se réunissent au moins [une fois par mois / une fois par \
                 trimestre] pour examiner les dossiers en cours et le fonctionnement du mécanisme. \
                 Ils signalent à [nom de l’organe national de coordination] les difficultés qu’ils \
                 ne peuvent résoudre.",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "Les attributions détaillées de chaque partie, pour chaque étape du processus \
                 d’orientation (identification, première assistance, hébergement, soins médicaux et \
                 psychologiques, conseil juridique, retour ou intégration), figurent dans la \
                 matrice des responsabilités annexée au présent protocole d’accord, qui précise \
                 pour chaque activité la partie responsable, la partie qui en assume le coût et la \
                 durée de la prise en charge.",
                "Il incombe à [partie étatique] de procéder à l’identification formelle des \
                 victimes, d’accorder le délai de rétablissement et de réflexion et, le cas \
                 échéant, les titres de séjour, et d’assurer la protection des victimes et des \
                 témoins dans le cadre des procédures pénales.",
                "Il incombe à [partie de la société civile] d’assurer le premier contact avec les \
                 victimes présumées qui lui sont orientées, l’évaluation de leurs besoins, la \
                 gestion de leur dossier et leur accompagnement vers les services, conformément à \
                 ses propres normes professionnelles.",
                "Lorsqu’une tâche relève des deux parties, la matrice désigne la partie chef de \
                 file, afin d’éviter les auditions répétées des victimes et les doubles emplois.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "Chaque [trimestre], chaque partie communique à l’autre le nombre de personnes \
                 orientées, identifiées et assistées, ventilé par sexe, tranche d’âge, nationalité \
                 et forme d’exploitation, à l’exclusion de toute information permettant \
                 d’identifier une personne.",
                "Au plus tard le [date], les parties soumettent conjointement à [nom de l’organe \
                 national de coordination] un rapport annuel sur la mise en œuvre du présent \
                 protocole d’accord et du plan annuel, faisant état des difficultés rencontrées et \
                 des propositions d’amélioration des PON.",
                "Chaque partie demeure responsable devant ses propres instances dirigeantes et ses \
                 bailleurs de fonds. Les rapports prévus par le présent protocole d’accord ne \
                 donnent pas à l’autre partie accès à ses documents internes.",
            ],
        ),
        (
            Section::Complaints,
            &[
                "Toute victime ou toute autre personne peut adresser à [point de contact / organe] \
                 une réclamation relative au comportement du personnel de l’une ou l’autre partie \
                 dans le cadre du présent protocole d’accord. Les réclamations sont traitées de \
                 manière confidentielle dans un délai de [nombre] jours ouvrables, et leur dépôt \
                 n’a jamais d’incidence sur l’assistance dont bénéficie la victime.",
                "Tout désaccord entre les parties sur l’interprétation ou l’application du présent \
                 protocole d’accord est d’abord examiné par les points focaux puis, à défaut de \
                 solution dans un délai de [nombre] jours, par les responsables des parties.",
                "Si le désaccord persiste, les parties peuvent demander au président de [nom de \
                 l’organe national de coordination] d’intervenir en qualité de médiateur. Les \
                 désaccords sont réglés à l’amiable et ne sont pas portés devant les juridictions.",
            ],
        ),
        (
            Section::Funding,
            &[
                "Chaque partie prend en charge le coût de ses propres activités au titre du présent \
                 protocole d’accord, sauf disposition contraire du plan annuel ou de la matrice des \
                 responsabilités.",
                "Lorsque [partie étatique] contribue au coût des services fournis par [partie de la \
                 société civile], le montant, la période couverte et le calendrier des versements \
                 sont fixés par [une convention de subvention distincte / l’annexe financière]. Les \
                 versements sont effectués dans un délai de [nombre] jours à compter de la \
                 réception des pièces justificatives.",
                "Le financement public ne confère à [partie étatique] aucun droit de regard sur la \
                 gouvernance interne, le recrutement, les actions de plaidoyer ou les prises de \
                 position publiques de [partie de la société civile], qui reste libre de rechercher \
                 et d’accepter des financements d’autres sources.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "Les parties préservent la confidentialité de l’identité, du lieu de séjour et du \
                 parcours personnel des victimes et des personnes qui leur sont orientées, ainsi \
                 que de toute information susceptible de mettre en danger une victime, sa famille \
                 ou le personnel.",
                "Les informations personnelles relatives à une victime ne sont communiquées d’une \
                 partie à l’autre qu’avec le consentement éclairé de celle-ci, consigné par écrit, \
                 et dans la seule mesure nécessaire à son assistance et à sa protection. En \
                 l’absence de consentement, elles ne peuvent être communiquées qu’en cas de danger \
                 immédiat pour la vie d’une personne ou lorsque la loi l’exige.",
                "Les données à caractère personnel sont traitées conformément à [loi nationale sur \
                 la protection des données]. Chaque partie limite l’accès aux dossiers au personnel \
                 qui en a besoin, les conserve en lieu sûr et les détruit au terme d’un délai de \
                 [nombre] ans.",
                "Ces engagements demeurent applicables après la fin du présent protocole d’accord.",
            ],
        ),
        (
            Section::Media,
            &[
                "Aucune partie n’invite ni n’autorise les médias à couvrir les opérations \
                 d’identification, de sauvetage ou de répression impliquant des victimes, ni les \
                 lieux où les victimes sont hébergées.",
                "Aucune partie ne divulgue aux médias ni ne publie le nom, l’image ou la voix d’une \
                 victime, ni aucun élément permettant de la reconnaître. La victime qui souhaite \
                 s’exprimer publiquement est informée au préalable des risques encourus et \
                 accompagnée par [partie de la société civile].",
                "Les déclarations publiques portant sur le mécanisme d’orientation dans son \
                 ensemble sont arrêtées d’un commun accord entre les parties. Pour le reste, chaque \
                 partie demeure libre de s’exprimer publiquement sur ses propres activités et sur \
                 les politiques de lutte contre la traite et le travail forcé.",
            ],
        ),
        (
            Section::Duration,
            &[
                "Le présent protocole d’accord prend effet à la date d’effet qui y est indiquée et \
                 demeure en vigueur jusqu’à sa date d’expiration, sauf s’il y est mis fin de \
                 manière anticipée.",
                "Il ne peut être modifié que par écrit, au moyen d’un avenant signé par toutes les \
                 parties. Il peut être renouvelé pour une nouvelle période de [nombre] ans par \
                 accord écrit des parties conclu au moins [nombre] mois avant son expiration.",
                "Chaque partie peut se retirer du présent protocole d’accord moyennant un préavis \
                 écrit de [nombre] mois adressé à l’autre partie. Le retrait est sans effet sur \
                 l’assistance aux victimes déjà orientées, qui se poursuit jusqu’à leur prise en \
                 charge par un autre service.",
            ],
        ),
    ],
};

pub(super) const NL: Starter = Starter {
    title: "Memorandum van overeenstemming inzake het nationaal verwijzingsmechanisme voor \
            slachtoffers van mensenhandel en dwangarbeid",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "Dit memorandum beschrijft hoe de partijen samenwerken om vermoedelijke en \
                 geïdentificeerde slachtoffers van mensenhandel en dwangarbeid in [land] te \
                 identificeren, door te verwijzen, bij te staan en te beschermen, in \
                 overeenstemming met [nationale wetgeving inzake de bestrijding van mensenhandel] \
                 en de standaardwerkprocedures (SOP’s) van het nationaal verwijzingsmechanisme.",
                "Van de vier pijlers van de nationale aanpak (preventie, bescherming, vervolging \
                 en partnerschap) heeft dit memorandum voornamelijk betrekking op bescherming en \
                 partnerschap. Het heeft ook betrekking op de ondersteuning van slachtoffers die \
                 deelnemen aan een strafrechtelijke of arbeidsrechtelijke procedure, en op \
                 preventieactiviteiten wanneer het jaarplan daarin voorziet.",
                "Bijstand op grond van dit memorandum wordt verleend aan elk vermoedelijk \
                 slachtoffer, ongeacht nationaliteit, geslacht, leeftijd of verblijfsstatus, en is \
                 niet afhankelijk van diens bereidheid om met politie en justitie samen te werken.",
                "Dit memorandum legt verbintenissen vast die de partijen te goeder trouw aangaan. \
                 Het schept geen juridisch bindende verplichtingen, noch enige financiële \
                 verplichting andere dan die welke zijn vastgelegd in [de financieringsbijlage / \
                 een afzonderlijke subsidieovereenkomst].",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "Jaarlijks, uiterlijk in [maand], stellen de partijen gezamenlijk een jaarplan \
                 voor het verwijzingsmechanisme op, waarin de geplande activiteiten, de opleiding \
                 van eerstelijnsmedewerkers, het verwachte aantal casussen, de streefdoelen en de \
                 begroting die elke partij bijdraagt, worden vastgelegd.",
                "Het ontwerpplan wordt ter vaststelling voorgelegd aan [naam van het nationaal \
                 coördinatieorgaan] op zijn [eerste / laatste] vergadering van het jaar. Na \
                 vaststelling wordt het als bijlage bij de notulen gevoegd en dient het de \
                 aanspreekpunten als leidraad bij hun dagelijkse werkzaamheden.",
                "Het plan wordt halverwege het jaar geëvalueerd en kan in onderling overleg tussen \
                 de partijen worden bijgesteld, met name nadat een groot aantal slachtoffers is \
                 geïdentificeerd.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Elke partij wijst een aanspreekpunt en een plaatsvervanger aan en deelt de andere \
                 partij binnen [aantal] werkdagen na de ondertekening schriftelijk hun namen en \
                 contactgegevens mee, alsook elke wijziging daarvan.",
                "Doorverwijzingen geschieden met het verwijzingsformulier uit de nationale SOP’s, \
                 via [beveiligd kanaal]. In noodgevallen, wanneer de veiligheid van een persoon in \
                 gevaar is, kan een doorverwijzing op elk uur van de dag telefonisch worden \
                 gedaan; zij wordt binnen [aantal] uur schriftelijk bevestigd.",
                "De aanspreekpunten komen ten minste [maandelijks / driemaandelijks] bijeen om de \
                 lopende casussen en de werking van het mechanisme te bespreken. Zij melden aan \
                 [naam van het nationaal coördinatieorgaan] elke moeilijkheid die zij niet zelf \
                 kunnen oplossen.",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "De gedetailleerde taken van elke partij bij elke stap van het verwijzingsproces \
                 (identificatie, eerste bijstand, opvang, medische en psychologische zorg, \
                 juridisch advies, terugkeer of integratie) zijn vastgelegd in de \
                 verantwoordelijkheidsmatrix die als bijlage bij dit memorandum is gevoegd en die \
                 voor elke activiteit vermeldt wie verantwoordelijk is, wie betaalt en voor \
                 hoelang.",
                "[Overheidspartij] is verantwoordelijk voor de formele identificatie van \
                 slachtoffers, voor het toekennen van de herstel- en bedenktijd en, in voorkomend \
                 geval, van verblijfsvergunningen, en voor de bescherming van slachtoffers en \
                 getuigen in strafprocedures.",
                "[Partij uit het maatschappelijk middenveld] is verantwoordelijk voor het eerste \
                 contact met de vermoedelijke slachtoffers die naar haar worden doorverwezen, de \
                 beoordeling van hun behoeften, het casemanagement en de begeleiding van de \
                 slachtoffers naar voorzieningen, in overeenstemming met haar eigen beroepsnormen.",
                "Wanneer een taak aan beide partijen toekomt, wijst de matrix de leidende partij \
                 aan, zodat slachtoffers niet meer dan eenmaal worden gehoord en werk niet dubbel \
                 wordt gedaan.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "Elk [kwartaal] meldt elke partij aan de andere partij het aantal doorverwezen, \
                 geïdentificeerde en bijgestane personen, uitgesplitst naar geslacht, \
                 leeftijdsgroep, nationaliteit en vorm van uitbuiting, zonder enige informatie \
                 waarmee een persoon kan worden geïdentificeerd.",
                "Uiterlijk op [datum] dienen de partijen gezamenlijk bij [naam van het nationaal \
                 coördinatieorgaan] een jaarverslag in over de uitvoering van dit memorandum en \
                 van het jaarplan, waarin de ondervonden moeilijkheden en voorstellen ter \
                 verbetering van de SOP’s worden beschreven.",
                "Elke partij blijft verantwoording verschuldigd aan haar eigen bestuursorganen en \
                 financiers. De rapportage op grond van dit memorandum geeft de andere partij geen \
                 toegang tot haar interne administratie.",
            ],
        ),
        (
            Section::Complaints,
            &[
                "Een slachtoffer of iedere andere persoon kan bij [meldpunt / instantie] een \
                 klacht indienen over het optreden van medewerkers van een van de partijen in het \
                 kader van dit memorandum. Klachten worden binnen [aantal] werkdagen vertrouwelijk \
                 behandeld, en het indienen van een klacht heeft nooit gevolgen voor de bijstand \
                 die een slachtoffer ontvangt.",
                "Meningsverschillen tussen de partijen over de uitleg of de toepassing van dit \
                 memorandum worden eerst besproken door de aanspreekpunten en vervolgens, indien \
                 zij niet binnen [aantal] dagen zijn opgelost, door de leiding van de partijen.",
                "Blijft het meningsverschil bestaan, dan kunnen de partijen de voorzitter van \
                 [naam van het nationaal coördinatieorgaan] om bemiddeling verzoeken. \
                 Meningsverschillen worden in der minne geregeld en worden niet aan de rechter \
                 voorgelegd.",
            ],
        ),
        (
            Section::Funding,
            &[
                "Elke partij draagt de kosten van haar eigen activiteiten in het kader van dit \
                 memorandum, tenzij het jaarplan of de verantwoordelijkheidsmatrix anders bepaalt.",
                "Wanneer [overheidspartij] bijdraagt in de kosten van diensten die worden verleend \
                 door [partij uit het maatschappelijk middenveld], worden het bedrag, de periode \
                 waarop de bijdrage betrekking heeft en het betalingsschema vastgelegd in [een \
                 afzonderlijke subsidieovereenkomst / de financieringsbijlage]. Betalingen worden \
                 verricht binnen [aantal] dagen na ontvangst van de bewijsstukken.",
                "Overheidsfinanciering geeft [overheidspartij] geen zeggenschap over het interne \
                 bestuur, het personeelsbeleid, de belangenbehartiging of de publieke standpunten \
                 van [partij uit het maatschappelijk middenveld], die vrij blijft om financiering \
                 uit andere bronnen te zoeken en te aanvaarden.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "De partijen houden de identiteit, de verblijfplaats en de persoonlijke \
                 geschiedenis van slachtoffers en van naar hen doorverwezen personen \
                 vertrouwelijk, evenals alle informatie die een slachtoffer, diens familie of \
                 medewerkers in gevaar kan brengen.",
                "Persoonlijke informatie over een slachtoffer wordt tussen de partijen uitsluitend \
                 uitgewisseld met de schriftelijk vastgelegde geïnformeerde toestemming van het \
                 slachtoffer, en alleen voor zover nodig voor diens bijstand en bescherming. \
                 Zonder toestemming mag zij alleen worden gedeeld wanneer het leven van een \
                 persoon in onmiddellijk gevaar is of wanneer de wet dit voorschrijft.",
                "Persoonsgegevens worden verwerkt overeenkomstig [nationale wetgeving inzake \
                 gegevensbescherming]. Elke partij beperkt de toegang tot dossiers tot de \
                 medewerkers die deze nodig hebben, bewaart ze op beveiligde wijze en vernietigt \
                 ze na [aantal] jaar.",
                "Deze verbintenissen blijven van toepassing na afloop van dit memorandum.",
            ],
        ),
        (
            Section::Media,
            &[
                "Geen enkele partij nodigt de media uit om verslag te doen van identificatie-, \
                 bevrijdings- of opsporingsacties waarbij slachtoffers betrokken zijn, of van de \
                 plaatsen waar slachtoffers zijn ondergebracht, noch staat zij dat toe.",
                "Geen enkele partij maakt de naam, de beeltenis of de stem van een slachtoffer, of \
                 enig detail waaraan het slachtoffer kan worden herkend, bekend aan de media of \
                 publiceert deze. Een slachtoffer dat in het openbaar wil spreken, wordt vooraf op \
                 de risico’s gewezen en wordt daarbij ondersteund door [partij uit het \
                 maatschappelijk middenveld].",
                "Publieke verklaringen over het verwijzingsmechanisme als geheel worden tussen de \
                 partijen afgestemd. Voor het overige blijft elke partij vrij om zich in het \
                 openbaar uit te spreken over haar eigen werk en over het beleid tegen \
                 mensenhandel en dwangarbeid.",
            ],
        ),
        (
            Section::Duration,
            &[
                "Dit memorandum wordt van kracht op de daarin vermelde datum van inwerkingtreding \
                 en blijft van kracht tot de einddatum, tenzij het eerder wordt beëindigd.",
                "Het kan uitsluitend schriftelijk worden gewijzigd, door middel van een door alle \
                 partijen ondertekende wijziging. Het kan voor een nieuwe periode van [aantal] \
                 jaar worden verlengd bij schriftelijke overeenstemming tussen de partijen, \
                 bereikt uiterlijk [aantal] maanden vóór het verstrijken ervan.",
                "Elk van de partijen kan zich uit dit memorandum terugtrekken door de andere \
                 partij schriftelijk in kennis te stellen met inachtneming van een opzegtermijn \
                 van [aantal] maanden. De terugtrekking doet geen afbreuk aan de bijstand aan \
                 reeds doorverwezen slachtoffers, die wordt voortgezet totdat een andere dienst \
                 hun begeleiding overneemt.",
            ],
        ),
    ],
};
