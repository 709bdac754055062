### Foutmeldingen: wat een geweigerde of mislukte opdracht de gebruiker vertelt, op het scherm
### of op de opdrachtregel. Waarden uit de gegevens (namen, bestandspaden, getallen) staan er
### zoals ze zijn; codes ($kind, $field, $reason…) kiezen hier hun woorden.

## Formuliervelden, zoals de problemen hieronder ze noemen

error-field = { $field ->
    [partnership_name] naam van het samenwerkingsverband
    [name] naam
    [acronym] afkorting
    [kind] soort
    [country] land
    [chamber] geleding
    [pillars] pijlers
    [status] status
    [joined_on] datum van toetreding
    [notes] opmerkingen
    [representative_name] naam van de vertegenwoordiger
    [title] titel
    [email] e-mailadres
    [phone] telefoonnummer
    [body_name] naam van het orgaan
    [body_code] code van het orgaan
    [role] rol
    [office] functie
    [weight] stemgewicht
    [effective_on] ingangsdatum
    [reason] reden
    [id] id
    [meeting_title] titel van de vergadering
    [meeting_date] datum van de vergadering
    [starts_at] begintijd
    [ends_at] eindtijd
    [time_zone] tijdzone
    [place] plaats
    [online_link] link om online deel te nemen
    [convenor] organisator
    [item_title] titel van het agendapunt
    [presenter] inleider
    [duration] duur
    [summary] samenvatting
    [owner] verantwoordelijke
    [due_on] uiterste datum
    [at] tijdstip
   *[other] { $field }
}

## Controle van een formulier of een rij

error-required = { $field } is verplicht
error-too-long = { $field } is te lang ({ $length } tekens; hoogstens { $max })
error-invalid-email = “{ $value }” is geen geldig e-mailadres
error-unknown-country = “{ $value }” is geen ISO 3166-landcode (bijvoorbeeld KH, ID, VN)
error-invalid-weight = het stemgewicht moet een geheel getal van ten minste 1 zijn, niet { $value }
error-impossible-date = “{ $value }” is geen bestaande datum in de vorm JJJJ-MM-DD
error-invalid-choice = “{ $value }” is geen geldige waarde voor { $field }
error-status-before-joined = de statuswijziging is gedateerd op { $effective_on }, vóór de toetreding van het lid op { $joined_on }
error-status-unchanged = het lid is al { $status ->
    [active] actief
    [suspended] geschorst
    [withdrawn] uitgetreden
   *[other] { $status }
}
error-invalid-time = “{ $value }” is geen tijdstip in de vorm UU:MM
error-unknown-time-zone = “{ $value }” is geen tijdzone (bijvoorbeeld Asia/Bangkok, Africa/Windhoek, UTC)
error-end-before-start = de vergadering eindigt om { $ends_at }, vóór het begin om { $starts_at }

## Het bestand van het samenwerkingsverband

error-file-missing = { $path } bestaat niet
error-file-exists = { $path } bestaat al; kies een andere naam
error-not-a-pacta-file = { $path } is geen bestand van een samenwerkingsverband van Pacta
error-corrupted = { $path } is beschadigd: { $detail }
error-schema-too-new = { $path } is opgeslagen met een nieuwere versie van Pacta (schema { $found }; deze versie leest tot en met schema { $supported }); het is niet aangeraakt
error-file-locked = { $path } is al geopend in een ander venster van Pacta of in een ander programma
error-passphrase-required = { $path } is beveiligd met een wachtzin
error-wrong-passphrase = Met deze wachtzin gaat { $path } niet open (of het is geen bestand van Pacta)
error-migration = de opbouw van het bestand kon niet worden bijgewerkt: { $detail }
error-database = databasefout: { $detail }
# $reason is de reden die het systeem geeft; $detail zijn eigen woorden, voor de redenen die hier niet staan.
error-io = { $path }: { $reason ->
    [not-found] bestand of map bestaat niet
    [permission-denied] geen toegang
    [already-exists] het bestaat al
    [storage-full] de schijf is vol
    [read-only] de schijf is alleen-lezen
   *[other] { $detail }
}

## Gegevens

error-not-found = { $kind ->
    [action-item] geen actiepunt
    [agenda-item] geen agendapunt
    [agreement-version] geen versie van een overeenkomst
    [agreement] geen overeenkomst
    [attachment] geen bijlage
    [body] geen orgaan
    [decision] geen besluit
    [library-clause] geen clausule uit de bibliotheek
    [annexed-matrix] geen versie van een matrix als bijlage bij deze versie van de overeenkomst
    [matrix-version] geen versie van een matrix
    [matrix] geen matrix
    [meeting-paper] geen vergaderstuk
    [meeting] geen vergadering
    [membership] geen zetel
    [organisation] geen organisatie
    [protocol] geen protocol
    [representative] geen vertegenwoordiger
    [vote] geen stemming
   *[other] geen gegeven
} met id { $id }
error-duplicate-name = er staat al een organisatie met de naam “{ $name }” in het register
error-duplicate-body = er bestaat al een orgaan met de { $what ->
    [code] code
   *[name] naam
} “{ $value }”
error-duplicate-membership = { $organisation } heeft al zitting in { $body }
error-already-erased = de persoonsgegevens van vertegenwoordiger { $id } zijn al gewist op { $at }

## Gegevens die niet meer kunnen veranderen (de eigen beveiligingen van het bestand)

error-frozen = dit gegeven kan niet meer worden gewijzigd
error-frozen-vote-changed = een gesloten stemming kan niet worden gewijzigd; leg een correctie vast
error-frozen-vote-deleted = een gesloten stemming kan niet worden verwijderd; leg een correctie vast
error-frozen-decision-changed = een besluit kan niet worden gewijzigd; leg een nieuw besluit vast
error-frozen-decision-removed = een besluit uit vastgestelde notulen kan niet worden verwijderd
error-frozen-matrix-changed = een matrix die als bijlage bij een ondertekende overeenkomst hoort, kan niet worden gewijzigd; begin een nieuwe versie
error-frozen-matrix-deleted = een matrix die als bijlage bij een ondertekende overeenkomst hoort, kan niet worden verwijderd; begin een nieuwe versie
error-frozen-annex-removed = een matrix die als bijlage bij een ondertekende overeenkomst hoort, kan niet uit de bijlagen worden gehaald; leg een wijziging vast
error-frozen-annex-added = een matrix kan niet als bijlage bij een ondertekende overeenkomst worden gevoegd; leg een wijziging vast
error-frozen-annexes-changed = de matrices die als bijlage bij een ondertekende overeenkomst horen, kunnen niet worden gewijzigd; leg een wijziging vast
error-frozen-meeting-paper = een vergaderstuk kan niet worden gewijzigd; voeg een nieuw stuk toe
error-frozen-meeting-deleted = een vergadering met vastgestelde notulen kan niet worden verwijderd
error-frozen-signed-paper = een bijlage bij een ondertekende versie kan niet worden verwijderd
error-frozen-minutes-paper = een stuk bij vastgestelde notulen kan niet worden verwijderd
error-frozen-protocol-changed = een versie van een protocol kan niet worden gewijzigd; sla een nieuwe versie op
error-frozen-protocol-deleted = een versie van een protocol kan niet worden verwijderd
error-frozen-redaction-changed = een weglating kan niet worden gewijzigd
error-frozen-redaction-removed = een weglating kan niet worden verwijderd
error-frozen-salt = een salt kan niet worden gewijzigd
error-frozen-seal-changed = een zegel kan niet worden gewijzigd
error-frozen-seal-removed = een zegel kan niet worden verwijderd
error-frozen-signed-changed = een ondertekende versie kan niet worden gewijzigd; leg een wijziging vast
error-frozen-signed-deleted = een ondertekende versie kan niet worden verwijderd; leg een wijziging vast
error-frozen-activity = aan het activiteitenlogboek kan alleen iets worden toegevoegd
error-frozen-action-item = een actiepunt uit vastgestelde notulen behoudt zijn afspraken; voeg een opmerking toe
error-frozen-paper = een bijlage kan niet worden gewijzigd; voeg een nieuwe bijlage toe
error-frozen-attestation-changed = een verklaring kan niet worden gewijzigd
error-frozen-attestation-removed = een verklaring kan niet worden verwijderd
error-frozen-erasure-changed = een wissing kan niet worden gewijzigd
error-frozen-erasure-removed = een wissing kan niet worden verwijderd
error-frozen-erratum-changed = een erratum kan niet worden gewijzigd; leg een nieuw erratum vast
error-frozen-erratum-removed = een erratum kan niet worden verwijderd
error-frozen-minutes = vastgestelde notulen kunnen niet worden gewijzigd; leg een erratum vast
error-frozen-seal-people-changed = de personen van een zegel kunnen niet worden gewijzigd
error-frozen-seal-people-removed = de personen van een zegel kunnen niet worden verwijderd
error-frozen-signatures-changed = de ondertekeningen van een ondertekende versie kunnen niet worden gewijzigd
error-frozen-signatures-removed = de ondertekeningen van een ondertekende versie kunnen niet worden verwijderd

## De opbouw van een verantwoordelijkheidsmatrix

error-matrix-no-title = de matrix moet een titel hebben
error-matrix-title-too-long = de titel is te lang ({ $length } tekens; hoogstens 300)
error-matrix-empty-label = rij { $row } heeft geen omschrijving van de activiteit
error-matrix-duplicate-activity = rij { $row }: “{ $label }” komt twee keer voor onder “{ $heading }”
error-matrix-duplicate-activity-id = rij { $row } heeft hetzelfde id als een eerdere rij
error-matrix-duplicate-party = “{ $name }” is twee keer een kolom
error-matrix-cell-outside-parties = rij { $row } heeft een letter voor organisatie { $organisation }, die geen kolom is
error-matrix-two-letters = rij { $row } heeft twee letters voor één organisatie ({ $organisation })
error-matrix-zero-threshold = de drempel voor overbelasting moet ten minste 1 zijn
error-matrix-zero-duration = rij { $row }: een duur moet ten minste 1 zijn
error-matrix-not-a-member = “{ $name }” (organisatie { $organisation }) is geen lidorganisatie

## Het bestand beveiligen met een wachtzin

error-already-protected = { $path } is al beveiligd met een wachtzin; wijzig in plaats daarvan de wachtzin
error-same-passphrase = de nieuwe wachtzin is dezelfde als de huidige
error-idle-lock-range = vergrendel na { $from } tot { $to } minuten zonder gebruik, of 0 voor nooit, niet { $minutes }
error-not-protected = { $path } is niet beveiligd met een wachtzin
error-passphrase-too-short = een wachtzin moet ten minste { $min } tekens hebben (deze heeft er { $length })
error-passphrase-nul = een wachtzin mag het NUL-teken niet bevatten

## De demo

error-demo-not-empty = de demo komt in een leeg samenwerkingsverband; dit heeft al leden

## Het Word-exemplaar van een overeenkomst dat een partner terugstuurt

# $token is het kenmerk van de overeenkomst dat het bestand draagt.
error-word-other-agreement = { $file } is geen exemplaar van overeenkomst { $agreement }: het is geëxporteerd uit een andere overeenkomst of een ander bestand ({ $token })
error-word-unmarked = { $file } is geen exemplaar van overeenkomst { $agreement }: het is niet door Pacta geëxporteerd (het draagt geen kenmerk van een overeenkomst)
error-word-too-large = { $file } is groter dan de { $limit } MiB tot waar een Word-overeenkomst wordt gelezen
error-word-not-a-zip = { $file } is geen Word-document{ $looks_like ->
    [pdf] : het is een pdf
    [rtf] : het is een RTF-document
    [html] : het is een webpagina
    [text] : het is platte tekst
   *[unknown] {""}
}; open het in zijn eigen programma en sla het op als .docx
error-word-protected = { $file } is beveiligd met een wachtwoord; verwijder het wachtwoord in Word (Bestand ▸ Info ▸ Document beveiligen) en probeer het opnieuw
error-word-legacy = { $file } is een oud Word 97–2003-document (.doc); sla het op als .docx en probeer het opnieuw
error-word-other-zip = { $file } is een zip-archief, maar geen Word-document
error-word-macros = { $file } bevat macro’s (.docm); sla het op als Word-document (.docx) en probeer het opnieuw
error-word-other-version = { $file } is geen exemplaar van deze overeenkomst: het draagt het kenmerk van een andere versie ({ $token })
error-word-no-mark = { $file } is geen exemplaar van deze overeenkomst: het draagt geen kenmerk van een overeenkomst
error-word-part-too-large = { $file } is geweigerd: { $part } pakt uit tot meer dan { $limit } bytes (een zipbom?)
error-word-compression = { $file } is geweigerd: { $part } pakt uit tot meer dan { $ratio } keer zijn ingepakte grootte (een zipbom?)
error-word-too-many-parts = { $file } is geweigerd: het archief bevat { $count } onderdelen (er worden er hoogstens { $limit } gelezen) (een zipbom?)
error-word-damaged-zip = { $file } is beschadigd: het zip-archief is beschadigd: { $detail }
error-word-malformed = { $file } is beschadigd: { $part } is geen welgevormde XML: { $detail }

## Verantwoordelijkheidsmatrices

error-matrix-annexed-frozen = versie { $version } van { $matrix } is een bijlage bij een ondertekende overeenkomst en kan niet worden gewijzigd; begin een nieuwe versie
error-matrix-no-version = matrix { $matrix } heeft geen versie { $version }
error-annex-to-signed = deze versie van de overeenkomst is ondertekend; voeg de matrix als bijlage bij een wijziging
error-annex-while-signing = op deze versie worden ondertekeningen vastgelegd; de bijlagen kunnen niet meer veranderen
error-matrix-not-annexed = matrix { $matrix } is geen bijlage bij deze overeenkomst
error-matrix-no-activity = { $matrix } heeft geen activiteit { $activity }
error-action-no-responsible = niemand voert “{ $activity }” uit; kies een verantwoordelijke
error-action-several-responsible = { $count } partijen voeren “{ $activity }” uit; kies de verantwoordelijke
error-action-owner-not-a-column = organisatie { $organisation } is geen kolom van { $matrix }

## De keten van zegels en de back-ups

error-not-a-hash = “{ $text }” is geen hash van de keten: geef ten minste { $digits } van de hexadecimale cijfers
error-backup-seals = { $path } is beschadigd: de zegels kloppen niet ({ $records ->
    [one] { $records } gegeven buiten de app gewijzigd, verwijderd of toegevoegd
   *[other] { $records } gegevens buiten de app gewijzigd, verwijderd of toegevoegd
}, { $breaks ->
    [one] { $breaks } breuk
   *[other] { $breaks } breuken
} in de keten); voer `pacta verify` uit op het bestand van het samenwerkingsverband
error-backup-is-the-file = { $path } is het bestand van het samenwerkingsverband zelf; kies een back-up ervan
error-backup-keep-range = bewaar tussen { $from } en { $to } automatische back-ups, niet { $keep }

## Stemprotocollen: waarom de catalogus er een uitsluit

error-protocol-no-requirement = het protocol stelt geen enkele eis: een motie heeft er ten minste één nodig
error-protocol-threshold-range = eis { $requirement }: de drempel valt buiten het bereik (“meer dan p/q” vraagt 0 ≤ p/q < 1; “ten minste p/q” vraagt 0 < p/q ≤ 1)
error-protocol-quorum-range = quorumregel { $rule }: de breuk moet groter zijn dan 0 en hoogstens 1
error-protocol-consensus-votes-cast = eis { $requirement }: consensus wordt alleen aan de uitgebrachte stemmen afgemeten
error-protocol-chambers-equal = eis { $requirement }: geledingen die even zwaar tellen, gelden alleen voor het hele orgaan
error-protocol-unnamed-chamber = eis { $requirement }: de geleding heeft geen naam
error-protocol-split-needs-weights = eis { $requirement }: gesplitste stemmen verdelen gewichten, dus elke eis moet gewichten tellen
error-protocol-proxy-cap-zero = een maximum van 0 volmachten staat geen enkele volmacht toe; zet volmachten in plaats daarvan uit
error-protocol-casting-vote = een beslissende stem is alleen toegestaan bij één eis van gewone meerderheid (meer dan de helft van de uitgebrachte stemmen, of van de stemmen voor en tegen, van het hele orgaan, per hoofd of naar gewicht)

## Stemmingen: waarom een presentielijst en de stemmen niet kunnen worden geteld ($member, $holder: id’s op de presentielijst)

error-vote-no-entitled-member = op de presentielijst staat geen enkel stemgerechtigd lid
error-vote-duplicate-roll-member = { $member } staat twee keer op de presentielijst
error-vote-zero-weight = { $member } heeft gewicht 0; gewichten zijn gehele getallen van ten minste 1
error-vote-unknown-chamber = het protocol noemt de geleding “{ $chamber }”, waartoe geen enkel lid op de presentielijst behoort
error-vote-not-on-roll = { $member } is geen lid van dit orgaan
error-vote-not-entitled = { $member } mag niet stemmen: { $reason ->
    [suspended] het lid is geschorst
    [withdrawn] het lid is uitgetreden
    [observer] waarnemers stemmen niet
    [technical-adviser] technisch adviseurs stemmen niet
    [secretariat] het secretariaat stemt niet
   *[other] het lid is niet stemgerechtigd
}
error-vote-absent = { $member } is afwezig en niemand heeft een volmacht van dit lid
error-vote-duplicate-ballot = twee stemmen van { $member }
error-vote-proxies-not-allowed = dit protocol staat geen volmachten toe
error-vote-proxy-for-present = { $member } is aanwezig en kan niet bij volmacht worden vertegenwoordigd
error-vote-duplicate-proxy = { $member } heeft meer dan één volmacht gegeven
error-vote-proxy-holder-absent = { $holder } heeft de volmacht van { $member }, maar is afwezig
error-vote-proxy-holder-not-entitled = { $holder } heeft de volmacht van { $member }, maar mag niet stemmen
error-vote-proxy-chain = { $holder } heeft een volmacht en heeft zelf een volmacht gegeven: volmachten gaan maar één niveau diep
error-vote-proxy-over-cap = { $holder } heeft { $held } volmachten; het protocol staat er hoogstens { $cap } toe
error-vote-split-not-allowed = { $member } heeft zijn stem gesplitst, maar dit protocol staat geen gesplitste stemmen toe
error-vote-split-mismatch = { $member } heeft { $given } stemmen gesplitst, maar zijn gewicht is { $weight }
error-vote-split-outside-roll-call = gesplitste stemmen worden alleen bij hoofdelijke stemming vastgelegd
error-vote-presiding-member-voted = { $member } zit voor met de beslissende stem en brengt geen stem uit
error-vote-no-presiding-member = het protocol kent een beslissende stem toe, maar geen enkel lid op de presentielijst zit voor
error-vote-several-presiding-members = meer dan één lid op de presentielijst zit voor
error-vote-casting-vote-not-granted = er is een beslissende stem uitgebracht, maar het protocol kent er geen toe
error-vote-casting-vote-not-yes-or-no = een beslissende stem moet voor of tegen zijn
error-vote-casting-vote-missing = de stemmen staken: de beslissende stem van de voorzitter is nodig
error-vote-too-many-hands = { $counted } handen geteld bij { $group }, maar daar zijn maar { $eligible } leden stemgerechtigd
error-vote-papers-mismatch = { $papers } stembiljetten voor { $voters } stemmers
error-vote-papers-do-not-match = de stembiljetten kloppen niet met de geledingen en gewichten van wie heeft gestemd ({ $group })
error-vote-stranger = { $member } heeft geen zitting in { $body } (de id’s op de presentielijst zijn de id’s van de lidorganisaties van het orgaan)
error-vote-protocol-of-another-body = dit protocol hoort bij een ander orgaan
# Een groep stemmers: die van één geleding met één gewicht.
error-vote-group = { $chamber } met gewicht { $weight }
error-vote-group-no-chamber = leden zonder geleding met gewicht { $weight }
error-vote-group-unnamed = { $group }

## Overeenkomsten

error-agreement-status = { $status ->
    [draft] ontwerp
    [negotiation] in onderhandeling
    [signed] ondertekend
    [in_force] van kracht
    [expired] verlopen
    [terminated] beëindigd
   *[other] { $status }
}
error-agreement-move = een overeenkomst kan niet van “{ $from }” naar “{ $to }”: { $reason ->
    [negotiate-first] over de tekst moet eerst worden onderhandeld
    [ended] een beëindigde overeenkomst blijft beëindigd; stel een nieuwe op
    [frozen] een ondertekende tekst ligt vast; leg in plaats daarvan een wijziging vast
    [not-in-force] ze moet eerst van kracht worden voordat ze kan verlopen
    [sign-first] ze moet eerst worden ondertekend
   *[other] dit is geen stap in de levenscyclus
}
error-section = { $section ->
    [purpose_and_scope] doel en reikwijdte
    [parties] partijen
    [annual_planning] jaarplanning
    [collaboration] samenwerking en communicatie
    [responsibilities] verdeling van de verantwoordelijkheden
    [reporting] rapportage en verantwoording
    [complaints] klachten en geschillenbeslechting
    [funding] financiering
    [confidentiality] vertrouwelijkheid en gegevensbescherming
    [media] media en publieke communicatie
    [duration] looptijd, wijziging, verlenging en beëindiging
    [signatures] ondertekening
   *[other] { $section }
}
error-finding-empty-section = afdeling { $number } ({ $section }) is leeg
error-finding-too-few-parties = een overeenkomst heeft ten minste twee partijen nodig, niet { $parties }
error-finding-no-signatory = { $name } heeft geen ondertekenaar
error-finding-no-effective-date = er is geen ingangsdatum ingesteld
error-finding-expiry-before-effective = de einddatum { $expires_on } ligt vóór de ingangsdatum { $effective_on }
error-finding-no-matrix-reference = de afdeling over verantwoordelijkheden verwijst naar geen enkele matrix (bijlagen: { $annexed })
error-finding-annexed-matrix = matrix { $matrix }: { $finding }
error-party-twice = { $name } wordt twee keer als partij genoemd
error-party-not-registered = partij { $name } staat niet in het ledenregister
error-clause-id-twice = clausule-id { $id } wordt twee keer gebruikt
error-version-has-signatures = deze versie is al (deels) ondertekend; leg een wijziging vast om haar aan te passen
error-signed-text-frozen = een ondertekende tekst ligt vast; leg in plaats daarvan een wijziging vast
error-sign-by-signatures = een overeenkomst wordt ondertekend door de ondertekening van elke partij vast te leggen
error-all-signed = alle partijen hebben deze versie al ondertekend
error-not-open-for-signature = een overeenkomst met de status “{ $status }” kan niet worden ondertekend; ze moet in onderhandeling zijn
error-not-ready-to-sign = { $count ->
    [one] { $count } controle staat
   *[other] { $count } controles staan
} de ondertekening in de weg
error-not-a-party = organisatie { $organisation } is geen partij bij deze overeenkomst
error-already-signed = { $name } heeft deze versie al ondertekend
error-not-a-representative = { $person } is geen vertegenwoordiger van { $organisation }
error-amend-not-signed = alleen een ondertekende of geldende overeenkomst kan worden gewijzigd, niet een met de status “{ $status }”
error-amendment-pending = wijziging { $amendment } wacht nog op ondertekeningen; rond die eerst af
error-compare-other-agreement = alleen twee versies van dezelfde overeenkomst kunnen worden vergeleken
error-agreement-no-version = overeenkomst { $agreement } heeft geen versie { $version }

## Vergaderingen en notulen ($organisation, $principal, $holder: id’s van organisaties)

error-attendance-not-a-member = organisatie { $organisation } heeft geen zitting in dit orgaan
error-attendance-twice = organisatie { $organisation } staat er twee keer op
error-attendance-proxy-without-holder = organisatie { $principal } wordt bij volmacht vertegenwoordigd, maar er is geen gevolmachtigde genoemd
error-attendance-proxy-holder-absent = organisatie { $holder } kan de volmacht van { $principal } niet houden: ze is niet aanwezig
error-attendance-movements-out-of-order = de komst en het vertrek van organisatie { $organisation } staan niet in chronologische volgorde
error-attendance-no-proxies = de protocollen van { $body } staan geen volmachten toe; { $member } is afwezig of afgemeld
error-minutes-status = { $status ->
    [draft] concept
    [circulated] rondgestuurd
    [approved] vastgesteld
   *[other] { $status }
}
error-minutes-move = notulen kunnen niet van “{ $from }” naar “{ $to }”: { $reason ->
    [frozen] vastgestelde notulen liggen vast; leg in plaats daarvan een erratum vast
    [circulate-first] notulen worden vóór de vaststelling aan de leden rondgestuurd
   *[other] dit is geen stap in de vaststelling
}
error-no-protocol-yet = { $body } heeft nog geen stemprotocol
error-vote-of-another-meeting = stemming { $vote } is niet op deze vergadering gehouden
error-chair-may-not-approve = volgens de regels van { $body } mag de voorzitter de notulen niet vaststellen; ze worden vastgesteld bij besluit van een latere vergadering
error-no-such-decision = { $body } heeft geen besluit { $reference }
error-approval-by-earlier-decision = notulen worden vastgesteld bij besluit van een latere vergadering, niet bij { $reference }
error-minutes-not-approved = de notulen zijn nog niet vastgesteld: verbeter ze rechtstreeks

## Exports en bijlagen

error-render = het document kon niet worden gemaakt: { $detail }
error-internal = er is binnen Pacta iets misgegaan: { $detail }
error-matrix-export-format = matrices worden geëxporteerd als .pdf, .xlsx of .csv, niet als .{ $extension }
error-agreement-export-format = overeenkomsten worden geëxporteerd als .pdf of .docx, niet als .{ $extension }
error-missing-translation = deze overeenkomst heeft geen { $missing ->
    [fr] Franse
   *[en] Engelse
} tekst; voeg een vertaling toe of druk af in het { $available ->
    [fr] Frans
   *[en] Engels
}
error-not-an-instant = “{ $value }” is geen tijdstip volgens RFC 3339
error-paper-too-large = { $file } is { $size } MB; bijlagen van ten hoogste { $limit } MB kunnen worden toegevoegd
error-paper-altered = { $file } klopt niet meer met de vastgelegde SHA-256; het bestand is gewijzigd

## De filters van het activiteitenlogboek

error-write-failed = { $path }: { $detail }
error-timeline-offset = Een UTC-verschil van { $offset } minuten bestaat niet: het ligt tussen -840 en 840
error-timeline-to-before-from = De einddag { $to } ligt vóór de begindag { $from }: er kan niets overeenkomen
error-timeline-kind = “{ $kind }” is geen soort gegeven: gebruik een van { $kinds }
error-timeline-limit = Een pagina bevat 1 tot { $max } regels, niet { $limit }
error-timeline-day = De { $filter ->
    [from] begindag
   *[to] einddag
} “{ $day }” is geen bestaande datum in de vorm JJJJ-MM-DD

## Ledenlijsten en andere tabellen die uit een bestand worden gelezen

# De eigen woorden van een systeem of een bibliotheek, zoals ze zijn.
error-detail = { $detail }
error-table-macro-enabled = { $path }: een werkmap met macro’s wordt niet gelezen; sla haar op als .xlsx (Excel-werkmap) en probeer het opnieuw
error-table-format = { $path }: alleen .csv-, .txt-, .xlsx-, .xls- en .ods-bestanden worden gelezen
error-table-empty = het bestand is leeg: het heeft geen kopregel
error-table-too-large = { $path } is { $size } MiB, meer dan de { $limit } MiB tot waar een ledenlijst wordt gelezen
error-encoding = rij { $line } kan niet worden gelezen: { $reason }; sla het bestand op als “CSV UTF-8” en probeer het opnieuw
error-encoding-mismarked = het is gemarkeerd als { $encoding }, maar is dat niet
error-encoding-binary = het bevat binaire gegevens, geen tekst
error-encoding-unknown = de tekens staan in geen enkele codering die Pacta kent
error-workbook-unreadable = { $path } kan niet als werkmap worden gelezen: { $reason }
error-workbook-no-sheet = ze heeft geen werkblad
error-workbook-sheet = werkblad “{ $sheet }”: { $detail }
error-workbook-no-such-sheet = de werkmap heeft geen werkblad “{ $sheet }”; de werkbladen zijn: { $sheets }
error-not-a-workbook = { $path } is geen Excel- of OpenDocument-werkmap: { $content ->
    [pdf] het is een pdf-document
    [empty] het is leeg
    [text] het is platte tekst
   *[other] de inhoud is van een andere soort
}; open het in zijn eigen programma en sla het op als .xlsx of .csv
error-workbook-refused = { $path } is geweigerd: { $reason }
error-workbook-damaged-zip = het zip-pakket is beschadigd ({ $detail })
error-workbook-macros = het bevat macro’s; sla het op als .xlsx (Excel-werkmap) en probeer het opnieuw
error-workbook-zip-bomb = het zou uitpakken tot { $unpacked } MiB uit { $packed } KiB, wat geen enkele ledenlijst doet (een zipbom?)
error-workbook-unpacks-too-much = het pakt uit tot meer dan { $limit } MiB (een zipbom?)
error-workbook-protected = { $path } is beveiligd met een wachtwoord; verwijder het wachtwoord (Bestand ▸ Info ▸ Werkmap beveiligen in Excel) en probeer het opnieuw
error-csv-row = rij { $line } kan niet als CSV worden gelezen: { $detail }

## Leden importeren

error-import-no-rows = { $path } bevat geen rijen: er valt niets te importeren
error-import-has-errors = { $rows ->
    [one] { $rows } rij heeft problemen
   *[other] { $rows } rijen hebben problemen
}; er is niets geïmporteerd
# $needed somt de kolommen op die een bestand in de eigen indeling van Pacta moet hebben.
error-import-missing-column = het bestand heeft geen kolom “{ $column }” (vereiste kolommen: { $needed })
error-import-unplaced-columns = Pacta kan de kolommen { $columns } nergens onderbrengen: voer `pacta import members BESTAND --suggest-mapping` uit (of gebruik de importwizard) om ze in te delen
# Een probleem in één cel van het bestand: de rij, de kolom zoals het bestand die noemt, en wat er mis is.
error-import-cell = rij { $line }, kolom “{ $column }”: { $problem }
error-import-same-as-row = dezelfde organisatie als in rij { $row }
error-import-id-twice = id { $id } staat ook in rij { $row }
error-import-name-registered = er staat al een organisatie met de naam “{ $name }” in het register (id { $id }); zet { $id } in de kolom id om haar bij te werken
# $choices somt de codes op die een soort, status of pijler kan hebben.
error-import-unplaced = rij { $line }, kolom “{ $column }”: “{ $value }” is { $expected ->
    [kind] geen soort die Pacta kent ({ $choices })
    [country] geen landnaam of ISO 3166-code (KH, VN, NA…)
    [status] geen status ({ $choices })
    [pillars] geen pijler ({ $choices })
   *[date] geen datum (2021-03-15, 15/03/2021, 15 maart 2021…)
}; kies in de indeling waar het voor staat
error-mapping-missing-header = de indeling noemt een kolom “{ $header }” die het bestand niet heeft
error-mapping-unmapped-header = de kolom “{ $header }” van het bestand staat niet in de indeling
error-mapping-duplicate-target = twee kolommen gaan naar “{ $target }”: “{ $first }” en “{ $second }”
error-mapping-missing-target = geen enkele kolom gaat naar “{ $target }”, en de indeling geeft er geen standaardwaarde voor
error-mapping-unknown-country = “{ $code }” is geen ISO 3166-landcode (de indeling zet er “{ $value }” neer)
error-mapping-header-row-outside = kopregel { $row } ligt buiten het bestand

## Draagbare bundels

error-bundle-not-a-table = { $entry } is geen tabel met rijen: { $reason }
error-bundle-table-unnamed = het noemt de tabel { $table } niet
error-bundle-no-columns = geen lijst met kolommen
error-bundle-column-not-text = een kolomnaam is geen tekst
error-bundle-no-rows = geen lijst met rijen
error-bundle-odd-value = rij { $row } bevat een waarde van geen enkele bekende soort
error-bundle-empty-passphrase = de wachtzin van een bundel mag niet leeg zijn
error-bundle-needs-passphrase = dit bestand van het samenwerkingsverband is beveiligd met een wachtzin: geef ook een wachtzin voor de bundel, zodat er geen onversleutelde kopie van wordt weggeschreven
error-bundle-protected = deze bundel is beveiligd met een wachtzin; geef de wachtzin om hem te importeren
error-bundle-wrong-passphrase = met deze wachtzin gaat de bundel niet open
error-bundle-damaged-entry = { $entry }: de bundel is beschadigd of is geen zip-archief ({ $detail })
error-bundle-damaged = de bundel is beschadigd of is geen zip-archief ({ $detail })
error-bundle-too-large = de bundel pakt uit tot meer dan { $limit } bytes; hij wordt geweigerd als mogelijke zipbom
error-bundle-too-many-entries = de bundel bevat { $count } onderdelen, meer dan de toegestane { $limit }; hij wordt geweigerd als mogelijke zipbom
error-bundle-entry-list = de lijst met onderdelen van de bundel is beschadigd
error-bundle-entry-twice = { $entry } staat twee keer in de bundel
error-bundle-no-manifest = de bundel heeft geen manifest.json: het is geen bundel van Pacta
error-bundle-entry-missing = { $entry } staat in het manifest, maar ontbreekt in de bundel
error-bundle-table-unlisted = het manifest telt rijen van { $table }, maar vermeldt geen { $entry }
error-bundle-entry-unexpected = { $entry } staat in de bundel, maar niet in het manifest
error-bundle-entry-changed = { $entry } klopt niet met de SHA-256 die het manifest ervoor vastlegt: de bundel is gewijzigd nadat hij werd gemaakt
error-bundle-table-uncounted = { $entry } bevat een tabel die het manifest niet telt
error-bundle-row-count = { $entry } bevat { $rows } rijen, waar het manifest er { $count } telt
error-bundle-manifest-json = manifest.json is geen leesbare JSON ({ $detail }): dit is geen bundel van Pacta
error-bundle-manifest-format = manifest.json noemt het formaat { $format } niet: dit is geen bundel van Pacta
error-bundle-newer-format = deze bundel is in formaat { $version } gemaakt door een nieuwere versie van Pacta; deze versie leest formaat { $supported }
error-bundle-no-format-version = manifest.json geeft geen bundelformaat dat deze versie leest ({ $supported })
error-bundle-manifest-incomplete = manifest.json is onvolledig: { $detail }
error-bundle-newer-schema = deze bundel bevat een samenwerkingsverband met schema { $schema }, opgeslagen met een nieuwere versie van Pacta (deze versie leest tot en met schema { $supported })
error-bundle-older-schema = deze bundel bevat een samenwerkingsverband met schema { $schema }, uit een eerdere versie van Pacta; deze versie importeert alleen bundels met schema { $supported }: open de bundel met de versie die hem heeft gemaakt ({ $app_version }) en exporteer hem opnieuw vanuit deze versie
error-bundle-seals = de gegevens in de bundel kloppen niet met hun zegels ({ $records ->
    [one] { $records } gegeven gewijzigd, verwijderd of niet verzegeld
   *[other] { $records } gegevens gewijzigd, verwijderd of niet verzegeld
}, { $breaks ->
    [one] { $breaks } breuk
   *[other] { $breaks } breuken
} in de keten): de bundel is gewijzigd nadat hij werd gemaakt
error-bundle-chain-head = de keten van zegels in de gegevens van de bundel eindigt ergens anders dan bij de kop die het manifest vastlegt
error-bundle-cannot-load = de gegevens van de bundel kunnen niet worden geladen: { $reason }
error-load-missing-table = de tabel { $table } ontbreekt
error-load-unknown-table = er is geen tabel { $table } in de bestanden van deze versie
error-load-duplicate-table = de tabel { $table } wordt twee keer gegeven
error-load-columns = de tabel { $table } heeft de kolommen { $found }, waar de bestanden van deze versie { $expected } hebben
error-load-row-width = rij { $row } van { $table } heeft { $found } waarden voor { $expected } kolommen
error-load-refused = rij { $row } van { $table } is geweigerd: { $reason }
error-load-foreign-key = rij { $row } van { $table } verwijst naar een ontbrekende rij van { $parent }
error-load-integrity = het geladen bestand doorstaat de integriteitscontrole van SQLite niet: { $detail }

## Leden exporteren en verzendlijsten

error-too-many-rows = te veel rijen voor een werkblad
error-member-export-format = { $path }: leden worden alleen als .csv en .xlsx geëxporteerd (die elk spreadsheetprogramma opent)
error-recipient = ontvanger { $recipient }: { $problem }

## Verantwoordelijkheidsmatrices die uit een bestand worden gelezen

error-matrix-file-format = { $file }: een matrix wordt gelezen uit .csv of .xlsx; sla haar op als .xlsx en probeer het opnieuw
error-matrix-unreadable = { $file } kan niet als Excel-werkmap worden gelezen: { $reason }
error-matrix-sheet-empty = het eerste werkblad is leeg: het heeft geen kopregel
error-matrix-xlsx = de matrix kon niet als Excel-werkmap worden weggeschreven: { $detail }
error-matrix-too-big = de matrix heeft te veel rijen of kolommen voor een werkblad
# $problems zijn de eerste problemen; $more telt de weggelaten problemen.
error-matrix-import = de matrix kan niet worden geïmporteerd ({ $count ->
    [one] { $count } probleem
   *[other] { $count } problemen
}): { $problems }{ $more ->
    [0] {""}
   *[other] ; en nog { $more }
}
error-matrix-column-without-header = kolom { $column } bevat waarden, maar heeft geen kop
error-matrix-column-twice = kolom “{ $header }” komt twee keer voor (kolommen { $first } en { $second })
error-matrix-column-not-a-member = kolom “{ $header }” is geen lidorganisatie
error-matrix-columns-same-member = de kolommen “{ $first }” en “{ $second }” zijn hetzelfde lid, { $name }
error-matrix-column-ambiguous = kolom “{ $header }” kan elk van { $names } zijn; schrijf de volledige naam
error-matrix-no-activity-column = het bestand heeft geen kolom “activity”: de kopregel moet er een noemen
error-matrix-letter = “{ $value }” is niet een van R, A, C, I (of leeg)
error-matrix-flag = “{ $value }” is niet “ja” of leeg
error-matrix-amount = “{ $value }” is geen geheel getal van ten minste 1
error-matrix-unit = “{ $value }” is geen geldige eenheid: kies dagen, weken of maanden
error-matrix-duration-without-unit = een duur heeft een eenheid nodig: dagen, weken of maanden
error-matrix-unit-without-number = een eenheid (“{ $unit }”) zonder getal
error-matrix-no-rows = het bestand heeft onder de kopregel geen rijen met activiteiten

## De opdrachtregel

# Hoe `pacta` een weigering op de standaardfoutuitvoer zet.
error-cli-line = fout: { $message }
error-cli-no-db = geen bestand van een samenwerkingsverband opgegeven: geef --db BESTAND op of stel PACTA_DB in
error-cli-lang = --lang is en, fr of nl (of en+fr voor een overeenkomst), niet “{ $given }”
error-cli-lang-en-fr = --lang is en of fr, niet “{ $given }”
error-cli-lang-agreement = --lang is en, fr of en+fr, niet “{ $given }”
error-cli-paper = --paper is a4 of letter, niet “{ $given }”
error-cli-pdf-only = { $what ->
    [minutes] notulen worden
   *[convocation] een uitnodiging wordt
} geëxporteerd als .pdf, niet als .{ $extension }
error-cli-passphrase-file = het wachtzinbestand { $file } kan niet worden gelezen: { $reason }
error-cli-passphrase-file-empty = de eerste regel van { $file } is leeg; zet de wachtzin erop
error-cli-passphrase-required = { $path } is beveiligd met een wachtzin: stel { $variable } in of geef --passphrase-file op
error-cli-no-new-passphrase = geen nieuwe wachtzin opgegeven: stel { $variable } in of geef --new-passphrase-file op
error-cli-current-passphrase = geef de huidige wachtzin van { $path }: stel { $variable } in of geef --passphrase-file op
error-cli-unknown-preset = onbekend standaardprotocol “{ $name }” (bekend: { $known })
error-cli-preset-or-file = geef --preset NAAM of --file P.json op
error-cli-no-protocol = orgaan { $body } heeft nog geen stemprotocol: stel er een vast met `pacta protocols set`
error-cli-several-protocols = orgaan { $body } heeft meerdere protocollen ({ $names }): kies er een met --protocol
error-cli-no-such-protocol = orgaan { $body } heeft geen protocol “{ $wanted }” (het heeft: { $names })
error-cli-invalid-vote = ongeldige stemming: { $reason }
error-cli-bad-json = { $path } is geen geldig { $what ->
    [protocol] protocolbestand
    [roll] presentielijstbestand
    [ballots] stemmenbestand
   *[other] { $what }-bestand
}: { $detail }
error-cli-bad-mapping = { $path } is geen indeling die Pacta kan lezen ({ $detail }); zie docs/import.md

## Het venster van de app

error-nothing-open = er is geen samenwerkingsverband geopend: maak er een aan of open er een
error-lock-unprotected = { $path } is niet beveiligd met een wachtzin en kan dus niet worden vergrendeld
error-path-not-chosen = { $path } is niet in een bestandsvenster gekozen: gebruik Bladeren… om het te kiezen
error-open-paper = { $path } kon niet met de viewer van het systeem worden geopend: { $detail }
error-open-folder = de map { $path } kon niet met het bestandsbeheer van het systeem worden geopend: { $detail }
error-paper-name = de naam van het stuk, “{ $name }”, is geen gewone bestandsnaam; het is niet geopend
