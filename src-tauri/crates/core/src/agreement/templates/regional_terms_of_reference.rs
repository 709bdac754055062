//! Terms of reference of a regional coordination body bringing together government agencies,
//! workers' and fishers' organisations and civil society of several countries (for instance a
//! regional forum for fishers): how the body works, adopted by its members.

use super::Starter;
use crate::agreement::section::Section;

pub(super) const EN: Starter = Starter {
    title: "Terms of reference of the regional coordination body against trafficking in persons \
            and forced labour",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "[Name of regional coordination body] (the Forum) brings together government \
                 agencies, workers' and fishers' organisations, employers and civil-society \
                 organisations of [countries] to cooperate against trafficking in persons and \
                 forced labour, in particular of migrant fishers and of workers on fishing vessels \
                 and in seafood processing.",
                "The Forum works across the four pillars: prevention (fair recruitment and \
                 information for fishers before departure), protection (cross-border referral, \
                 assistance and safe return of victims), prosecution (exchange of information and \
                 good practice between enforcement agencies within the limits of national law) and \
                 partnership (joint advocacy and shared standards).",
                "These terms of reference describe how the Forum works. They create no legal \
                 obligations for members or their governments and do not replace bilateral or \
                 national agreements.",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "Each year, at its annual meeting, the Forum adopts a regional work plan on the \
                 basis of a draft that the secretariat prepares from members' proposals received \
                 by [date].",
                "For each activity, the work plan states the members leading it, the countries \
                 concerned, the timetable, the budget and its source of funding. National members \
                 align their own plans with it as far as they can.",
                "The steering committee reviews progress at mid-year and may adjust the plan within \
                 the approved budget.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Each member designates a focal point. The members from each country choose a \
                 national contact who coordinates their input and passes on urgent cross-border \
                 referrals.",
                "The Forum meets in plenary once a year, in each member country in turn. Its \
                 steering committee of [number] members, balanced between governments and civil \
                 society, meets at least [quarterly], in person or online. Working groups may be \
                 set up on specific topics, such as port inspections or the return of fishers.",
                "The Forum decides by consensus. Where consensus cannot be reached, [decisions are \
                 taken by a two-thirds majority of members present / the matter is deferred to the \
                 next meeting]. The working languages are [English and French].",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "The division of tasks between the members, the chair and the secretariat, \
                 including who leads each regional activity, is set out in the responsibility \
                 matrix annexed to these terms of reference.",
                "The chair, elected for [number] years and held in turn by each country and \
                 alternately by a government and a civil-society member, convenes and chairs \
                 meetings and represents the Forum.",
                "The secretariat, hosted by [host organisation], prepares meetings and their \
                 minutes, keeps the list of members and focal points, follows up the work plan and \
                 manages the Forum's funds. Members carry out the activities they lead and share \
                 the information agreed in the work plan.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "At each of its meetings, the secretariat reports to the steering committee on \
                 progress with the work plan and on the Forum's finances.",
                "Before the annual meeting, each national contact sends the secretariat a short \
                 report on developments in their country, including cases of cross-border \
                 cooperation, without any personal data.",
                "The Forum publishes an annual report adopted at its annual meeting, together with \
                 audited accounts, and shares it with members, donors and [regional \
                 organisation].",
            ],
        ),
        (
            Section::Complaints,
            &[
                "Any person, including a fisher or a victim, may complain to the secretariat about \
                 the conduct of the Forum, its secretariat or a member acting on its behalf or, \
                 where the complaint concerns the secretariat, directly to the chair. Complaints \
                 are handled confidentially and answered within [number] days.",
                "Disagreements between members about the Forum's work are first discussed between \
                 the members concerned, then by the steering committee, which seeks a solution by \
                 consensus. The Forum does not settle disputes between states.",
                "After hearing the member concerned, the steering committee may suspend a member \
                 that seriously breaches these terms of reference, in particular the rules on \
                 confidentiality.",
            ],
        ),
        (
            Section::Funding,
            &[
                "The Forum is funded by [members' contributions in cash or in kind, grants from \
                 donors and support from the host organisation]. Each member bears the cost of its \
                 own participation, unless the work plan provides otherwise.",
                "Funds are held by the secretariat in a separate account, spent in accordance with \
                 the approved budget and audited every year.",
                "No contribution gives a government or a donor control over the Forum's agenda or \
                 over the positions of its civil-society members, who take part in their own name \
                 and remain independent. The Forum's budget sets aside funds so that fishers' and \
                 civil-society organisations without the means to do so can attend meetings.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "No personal data on victims or presumed victims are discussed in plenary or \
                 recorded in the minutes, reports or documents of the Forum. Cases are presented \
                 only in a form that identifies neither a person, nor a crew, nor a vessel under \
                 investigation.",
                "Information on an individual case needed for a cross-border referral or return \
                 passes only between the national contacts or focal points directly concerned, \
                 with the informed consent of the person, through [secure channel] and in \
                 accordance with the data protection laws of the countries concerned.",
                "Unless the meeting decides otherwise, discussions are held under the Chatham House \
                 Rule, participants being free to use the information received without revealing \
                 who gave it or their affiliation.",
            ],
        ),
        (
            Section::Media,
            &[
                "The chair, or the secretariat with the chair's agreement, speaks for the Forum. \
                 Members speak in their own name and do not present their views as those of the \
                 Forum.",
                "No member invites the media to cover, or facilitates media coverage of, rescue, \
                 inspection or return operations involving victims, and no member discloses to the \
                 media the identity, image or whereabouts of a victim or their family.",
                "Public statements of the Forum that name a country, a company or a vessel are \
                 approved beforehand by the steering committee.",
            ],
        ),
        (
            Section::Duration,
            &[
                "These terms of reference take effect on the date of their adoption by the Forum, \
                 recorded as their effective date, and are reviewed every [number] years, or \
                 earlier at the request of [one third] of the members.",
                "They may be amended only in writing, by decision of the annual meeting taken [by \
                 consensus / by a two-thirds majority], on a proposal circulated to members at \
                 least [number] weeks in advance.",
                "They remain in effect until the expiry date stated on them and may be renewed by \
                 decision of the annual meeting. A member may leave the Forum by giving the \
                 secretariat [number] months' written notice. Its duty of confidentiality \
                 continues after it leaves.",
            ],
        ),
    ],
};

pub(super) const FR: Starter = Starter {
    title: "Termes de référence de l’organe régional de coordination de la lutte contre la traite \
            des personnes et le travail forcé",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "[Nom de l’organe régional de coordination] (ci-après le Forum) réunit des \
                 organismes publics, des organisations de travailleurs et de pêcheurs, des \
                 employeurs et des organisations de la société civile de [pays] afin de coopérer \
                 dans la lutte contre la traite des personnes et le travail forcé, en particulier à \
                 l’égard des pêcheurs migrants et des travailleurs employés à bord des navires de \
                 pêche et dans la transformation des produits de la mer.",
                "Le Forum agit dans le cadre des quatre piliers que sont la prévention (recrutement \
                 équitable et information des pêcheurs avant leur départ), la protection \
                 (orientation transfrontière, assistance et retour en sécurité des victimes), les \
                 poursuites (échange d’informations et de bonnes pratiques entre services \
                 répressifs dans les limites du droit national) et le partenariat (plaidoyer commun \
                 et normes partagées).",
                "Les présents termes de référence décrivent le fonctionnement du Forum. Ils ne \
                 créent aucune obligation juridique à la charge des membres ou de leurs \
                 gouvernements et ne se substituent pas aux accords bilatéraux ou nationaux.",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "Chaque année, lors de sa réunion annuelle, le Forum adopte un plan de travail \
                 régional sur la base d’un projet que le secrétariat élabore à partir des \
                 propositions des membres reçues au plus tard le [date].",
                "Pour chaque activité, le plan de travail précise les membres chefs de file, les \
                 pays concernés, le calendrier, le budget et sa source de financement. Les membres \
                 nationaux y alignent leurs propres plans dans la mesure du possible.",
                "Le comité de pilotage fait le point à mi-parcours et peut adapter le plan dans la \
                 limite du budget approuvé.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Chaque membre désigne un point focal. Les membres de chaque pays choisissent un \
                 correspondant national chargé de coordonner leurs contributions et de transmettre \
                 les orientations transfrontières urgentes.",
                "Le Forum se réunit en séance plénière une fois par an, successivement dans chacun \
                 des pays membres. Son comité de pilotage, composé de [nombre] membres répartis de \
                 manière équilibrée entre gouvernements et société civile, se réunit au moins [une \
                 fois par trimestre], en présentiel ou en ligne. Des groupes de travail peuvent \
                 être constitués sur des thèmes précis, tels que les inspections portuaires ou le \
                 retour des pêcheurs.",
                "Le Forum statue par consensus. À défaut de consensus, [les décisions sont prises à \
                 la majorité des deux tiers des membres présents / la question est reportée à la \
                 réunion suivante]. Les langues de travail sont [l’anglais et le français].",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "La répartition des tâches entre les membres, la présidence et le secrétariat, y \
                 compris la désignation du chef de file de chaque activité régionale, figure dans \
                 la matrice des responsabilités annexée aux présents termes de référence.",
                "La présidence, élue pour [nombre] ans et assurée à tour de rôle par chacun des \
                 pays et, alternativement, par un membre gouvernemental et par un membre de la \
                 société civile, convoque et préside les réunions et représente le Forum.",
                "Le secrétariat, assuré par [organisation hôte], prépare les réunions et en établit \
                 les procès-verbaux, tient à jour la liste des membres et des points focaux, assure \
                 le suivi du plan de travail et gère les fonds du Forum. Les membres mettent en \
                 œuvre les activités dont ils sont chefs de file et partagent les informations \
                 convenues dans le plan de travail.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "À chacune de ses réunions, le secrétariat rend compte au comité de pilotage de \
                 l’état d’avancement du plan de travail et de la situation financière du Forum.",
                "Avant la réunion annuelle, chaque correspondant national adresse au secrétariat \
                 un bref rapport sur l’évolution de la situation dans son pays, y compris les cas de \
                 coopération transfrontière, sans aucune donnée à caractère personnel.",
                "Le Forum publie un rapport annuel adopté lors de sa réunion annuelle, accompagné \
                 des comptes audités, et le communique aux membres, aux bailleurs de fonds et à \
                 [organisation régionale].",
            ],
        ),
        (
            Section::Complaints,
            &[
                "Toute personne, y compris un pêcheur ou une victime, peut adresser au secrétariat \
                 une réclamation relative au comportement du Forum, de son secrétariat ou d’un \
                 membre agissant en son nom ou, lorsque la réclamation concerne le secrétariat, \
                 l’adresser directement à la présidence. Les réclamations sont traitées de manière \
                 confidentielle et reçoivent une réponse dans un délai de [nombre] jours.",
                "Les désaccords entre membres concernant les travaux du Forum sont d’abord \
                 examinés entre les membres concernés, puis par le comité de pilotage, qui \
                 recherche une solution par consensus. Le Forum ne règle pas les différends entre \
                 États.",
                "Après avoir entendu le membre concerné, le comité de pilotage peut suspendre un \
                 membre qui manque gravement aux présents termes de référence, notamment aux règles \
                 de confidentialité.",
            ],
        ),
        (
            Section::Funding,
            &[
                "Le Forum est financé par [les contributions des membres en espèces ou en nature, \
                 les subventions des bailleurs de fonds et l’appui de l’organisation hôte]. Chaque \
                 membre prend en charge le coût de sa propre participation, sauf disposition \
                 contraire du plan de travail.",
                "Les fonds sont détenus par le secrétariat sur un compte distinct, sont utilisés \
                 conformément au budget approuvé et font l’objet d’un audit annuel.",
                "Aucune contribution ne confère à un gouvernement ou à un bailleur de fonds la \
                 maîtrise de l’ordre du jour du Forum ou des positions de ses membres issus de la \
                 société civile, qui participent en leur nom propre et demeurent indépendants. Le \
                 budget du Forum réserve des fonds pour permettre aux organisations de pêcheurs et \
                 de la société civile qui n’en ont pas les moyens d’assister aux réunions.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "Aucune donnée à caractère personnel relative à des victimes ou à des victimes \
                 présumées n’est évoquée en séance plénière ni consignée dans les procès-verbaux, \
                 rapports ou documents du Forum. Les cas ne sont présentés que sous une forme ne \
                 permettant d’identifier ni une personne, ni un équipage, ni un navire faisant \
                 l’objet d’une enquête.",
                "Les informations relatives à un cas individuel, nécessaires à une orientation \
                 transfrontière ou à un retour, ne sont échangées qu’entre les correspondants \
                 nationaux ou points focaux directement concernés, avec le consentement éclairé de \
                 la personne, par [canal sécurisé] et conformément aux lois sur la protection des \
                 données des pays concernés.",
                "Sauf décision contraire de la réunion, les débats se tiennent selon la règle de \
                 Chatham House, les participants étant libres d’utiliser les informations \
                 recueillies sans en révéler l’auteur ni l’affiliation de celui-ci.",
            ],
        ),
        (
            Section::Media,
            &[
                "La présidence, ou le secrétariat avec l’accord de celle-ci, s’exprime au nom du \
                 Forum. Les membres s’expriment en leur nom propre et ne présentent pas leurs \
                 opinions comme étant celles du Forum.",
                "Aucun membre n’invite les médias à couvrir des opérations de sauvetage, \
                 d’inspection ou de retour impliquant des victimes, ni ne facilite une telle \
                 couverture, et aucun membre ne divulgue aux médias l’identité, l’image ou le lieu \
                 de séjour d’une victime ou de sa famille.",
                "Les déclarations publiques du Forum qui nomment un pays, une entreprise ou un \
                 navire sont préalablement approuvées par le comité de pilotage.",
            ],
        ),
        (
            Section::Duration,
            &[
                "Les présents termes de référence prennent effet à la date de leur adoption par le \
                 Forum, retenue comme date d’effet, et sont réexaminés tous les [nombre] ans, ou \
                 plus tôt à la demande [d’un tiers] des membres.",
                "Ils ne peuvent être modifiés que par écrit, par décision de la réunion annuelle \
                 prise [par consensus / à la majorité des deux tiers], sur une proposition \
                 communiquée aux membres au moins [nombre] semaines à l’avance.",
                "Ils demeurent en vigueur jusqu’à la date d’expiration qui y est indiquée et \
                 peuvent être renouvelés par décision de la réunion annuelle. Tout membre peut se \
                 retirer du Forum moyennant un préavis écrit de [nombre] mois adressé au \
                 secrétariat. Son obligation de confidentialité perdure après son retrait.",
            ],
        ),
    ],
};

pub(super) const NL: Starter = Starter {
    title: "Reglement van het regionaal coördinatieorgaan tegen mensenhandel en dwangarbeid",
    sections: &[
        (
            Section::PurposeAndScope,
            &[
                "[Naam van het regionaal coördinatieorgaan] (het Forum) verenigt \
                 overheidsinstanties, werknemers- en vissersorganisaties, werkgevers en \
                 maatschappelijke organisaties uit [landen] met het oog op samenwerking tegen \
                 mensenhandel en dwangarbeid, in het bijzonder van migrerende vissers en van \
                 werknemers aan boord van vissersvaartuigen en in de visverwerkende industrie.",
                "Het Forum werkt aan alle vier de pijlers: preventie (eerlijke werving en \
                 voorlichting van vissers vóór hun vertrek), bescherming (grensoverschrijdende \
                 doorverwijzing, bijstand en veilige terugkeer van slachtoffers), vervolging \
                 (uitwisseling van informatie en goede praktijken tussen handhavingsinstanties \
                 binnen de grenzen van het nationale recht) en partnerschap (gezamenlijke \
                 belangenbehartiging en gemeenschappelijke normen).",
                "Dit reglement beschrijft hoe het Forum werkt. Het schept geen juridische \
                 verplichtingen voor de leden of hun regeringen en treedt niet in de plaats van \
                 bilaterale of nationale overeenkomsten.",
            ],
        ),
        (
            Section::AnnualPlanning,
            &[
                "Elk jaar stelt het Forum op zijn jaarvergadering een regionaal werkplan vast op \
                 basis van een ontwerp dat het secretariaat opstelt aan de hand van de voorstellen \
                 van de leden die uiterlijk op [datum] zijn ontvangen.",
                "Voor elke activiteit vermeldt het werkplan de leden die de activiteit leiden, de \
                 betrokken landen, het tijdschema, de begroting en de financieringsbron daarvan. \
                 De nationale leden stemmen hun eigen plannen er zoveel mogelijk op af.",
                "De stuurgroep evalueert de voortgang halverwege het jaar en kan het plan binnen \
                 de goedgekeurde begroting bijstellen.",
            ],
        ),
        (
            Section::Collaboration,
            &[
                "Elk lid wijst een aanspreekpunt aan. De leden uit elk land kiezen een nationaal \
                 contactpersoon die hun inbreng coördineert en dringende grensoverschrijdende \
                 doorverwijzingen doorgeeft.",
                "Het Forum komt eenmaal per jaar in voltallige vergadering bijeen, beurtelings in \
                 elk van de deelnemende landen. De stuurgroep van [aantal] leden, evenwichtig \
                 samengesteld uit vertegenwoordigers van regeringen en van het maatschappelijk \
                 middenveld, komt ten minste [eenmaal per kwartaal] bijeen, fysiek of online. Voor \
                 specifieke onderwerpen, zoals haveninspecties of de terugkeer van vissers, kunnen \
                 werkgroepen worden ingesteld.",
                "Het Forum besluit bij consensus. Wanneer geen consensus kan worden bereikt, \
                 [worden besluiten genomen met een tweederdemeerderheid van de aanwezige leden / \
                 wordt de kwestie naar de volgende vergadering verdaagd]. De werktalen zijn \
                 [Engels en Frans].",
            ],
        ),
        (
            Section::Responsibilities,
            &[
                "De taakverdeling tussen de leden, de voorzitter en het secretariaat, met inbegrip \
                 van wie elke regionale activiteit leidt, is vastgelegd in de \
                 verantwoordelijkheidsmatrix die als bijlage bij dit reglement is gevoegd.",
                "De voorzitter wordt gekozen voor [aantal] jaar; het voorzitterschap rouleert \
                 tussen de landen en wordt afwisselend bekleed door een lid uit de overheid en een \
                 lid uit het maatschappelijk middenveld. De voorzitter roept de vergaderingen \
                 bijeen, zit ze voor en vertegenwoordigt het Forum.",
                "Het secretariaat, ondergebracht bij [gastorganisatie], bereidt de vergaderingen \
                 en de notulen daarvan voor, houdt de lijst van leden en aanspreekpunten bij, \
                 bewaakt de uitvoering van het werkplan en beheert de middelen van het Forum. De \
                 leden voeren de activiteiten uit die zij leiden en delen de informatie die in het \
                 werkplan is overeengekomen.",
            ],
        ),
        (
            Section::Reporting,
            &[
                "Op elke vergadering van de stuurgroep brengt het secretariaat verslag uit over de \
                 voortgang van het werkplan en over de financiën van het Forum.",
                "Vóór de jaarvergadering zendt elke nationaal contactpersoon het secretariaat een \
                 beknopt verslag over de ontwikkelingen in diens land, met inbegrip van gevallen \
                 van grensoverschrijdende samenwerking, zonder persoonsgegevens.",
                "Het Forum publiceert een jaarverslag dat op zijn jaarvergadering is vastgesteld, \
                 samen met de gecontroleerde jaarrekening, en deelt het met de leden, de donoren \
                 en [regionale organisatie].",
            ],
        ),
        (
            Section::Complaints,
            &[
                "Eenieder, met inbegrip van een visser of een slachtoffer, kan bij het \
                 secretariaat een klacht indienen over het optreden van het Forum, zijn \
                 secretariaat of een lid dat namens het Forum optreedt, of, wanneer de klacht het \
                 secretariaat betreft, rechtstreeks bij de voorzitter. Klachten worden \
                 vertrouwelijk behandeld en binnen [aantal] dagen beantwoord.",
                "Meningsverschillen tussen leden over de werkzaamheden van het Forum worden eerst \
                 tussen de betrokken leden besproken en vervolgens door de stuurgroep, die bij \
                 consensus naar een oplossing zoekt. Het Forum beslecht geen geschillen tussen \
                 staten.",
                "Na het betrokken lid te hebben gehoord, kan de stuurgroep een lid schorsen dat \
                 dit reglement ernstig schendt, in het bijzonder de regels inzake \
                 vertrouwelijkheid.",
            ],
        ),
        (
            Section::Funding,
            &[
                "Het Forum wordt gefinancierd door [bijdragen van de leden in geld of in natura, \
                 subsidies van donoren en steun van de gastorganisatie]. Elk lid draagt de kosten \
                 van zijn eigen deelname, tenzij het werkplan anders bepaalt.",
                "De middelen worden door het secretariaat op een afzonderlijke rekening \
                 aangehouden, besteed overeenkomstig de goedgekeurde begroting en jaarlijks door \
                 een accountant gecontroleerd.",
                "Geen enkele bijdrage geeft een regering of een donor zeggenschap over de agenda \
                 van het Forum of over de standpunten van zijn leden uit het maatschappelijk \
                 middenveld, die in eigen naam deelnemen en onafhankelijk blijven. De begroting \
                 van het Forum reserveert middelen zodat vissersorganisaties en maatschappelijke \
                 organisaties die zelf niet over de nodige middelen beschikken, de vergaderingen \
                 kunnen bijwonen.",
            ],
        ),
        (
            Section::Confidentiality,
            &[
                "Er worden geen persoonsgegevens van slachtoffers of vermoedelijke slachtoffers \
                 besproken in de voltallige vergadering of opgenomen in de notulen, verslagen of \
                 documenten van het Forum. Zaken worden uitsluitend gepresenteerd in een vorm \
                 waarin noch een persoon, noch een bemanning, noch een vaartuig waarnaar een \
                 onderzoek loopt, herkenbaar is.",
                "Informatie over een individuele zaak die nodig is voor een grensoverschrijdende \
                 doorverwijzing of terugkeer, wordt uitsluitend uitgewisseld tussen de \
                 rechtstreeks betrokken nationale contactpersonen of aanspreekpunten, met de \
                 geïnformeerde toestemming van de betrokkene, via [beveiligd kanaal] en in \
                 overeenstemming met de wetgeving inzake gegevensbescherming van de betrokken \
                 landen.",
                "Tenzij de vergadering anders besluit, worden de besprekingen gevoerd volgens de \
                 Chatham House-regel: de deelnemers mogen de ontvangen informatie vrij gebruiken, \
                 zonder te onthullen wie deze heeft verstrekt of tot welke organisatie die persoon \
                 behoort.",
            ],
        ),
        (
            Section::Media,
            &[
                "De voorzitter, of het secretariaat met instemming van de voorzitter, spreekt \
                 namens het Forum. De leden spreken in eigen naam en stellen hun standpunten niet \
                 voor als die van het Forum.",
                "Geen enkel lid nodigt de media uit om verslag te doen van bevrijdings-, \
                 inspectie- of terugkeeracties waarbij slachtoffers betrokken zijn, of werkt mee \
                 aan dergelijke verslaggeving, en geen enkel lid maakt de identiteit, de beeltenis \
                 of de verblijfplaats van een slachtoffer of diens familie bekend aan de media.",
                "Publieke verklaringen van het Forum waarin een land, een onderneming of een \
                 vaartuig wordt genoemd, worden vooraf door de stuurgroep goedgekeurd.",
            ],
        ),
        (
            Section::Duration,
            &[
                "Dit reglement wordt van kracht op de datum waarop het door het Forum wordt \
                 vastgesteld, die als datum van inwerkingtreding wordt vermeld, en wordt om de \
                 [aantal] jaar herzien, of eerder op verzoek van [een derde] van de leden.",
                "Het kan uitsluitend schriftelijk worden gewijzigd, bij besluit van de \
                 jaarvergadering genomen [bij consensus / met een tweederdemeerderheid], op een \
                 voorstel dat ten minste [aantal] weken vooraf onder de leden is verspreid.",
                "Het blijft van kracht tot de daarin vermelde einddatum en kan bij besluit van de \
                 jaarvergadering worden verlengd. Een lid kan uit het Forum treden door het \
                 secretariaat schriftelijk in kennis te stellen met inachtneming van een \
                 opzegtermijn van [aantal] maanden. De geheimhoudingsplicht van het lid blijft na \
                 de uittreding bestaan.",
            ],
        ),
    ],
};
