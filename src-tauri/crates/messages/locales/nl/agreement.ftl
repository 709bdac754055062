## agreement
## De vaste woorden van een afgedrukte of geëxporteerde overeenkomst.

agreement-reference = Kenmerk
agreement-version = Versie
agreement-amendment = Wijziging
agreement-date = Datum
agreement-between = Tussen
agreement-effective-on = Ingangsdatum
agreement-expires-on = Einddatum
agreement-status = Status
agreement-organisation = Organisatie
agreement-name = Naam
agreement-title = Functie
agreement-place = Plaats
agreement-signature = Handtekening
agreement-annex = Bijlage
agreement-attachments = Bijgevoegde documenten
agreement-file = Bestand
agreement-size = Grootte
agreement-sha256 = SHA-256
agreement-represented-by = vertegenwoordigd door
agreement-kept-from-word = Tekst overgenomen uit het Word-bestand
agreement-kept-text = Tekst
agreement-page-of = Pagina { $i } van { $n }
# "Ketenkop", zoals in de app: het laatste zegel van de keten.
agreement-sealed = Zegel { $seal } van { $sealed_on } · ketenkop { $head } op { $head_on }

## Titels van de onderdelen, in afdrukvolgorde

agreement-section-purpose-and-scope = Doel en reikwijdte
agreement-section-parties = Partijen
agreement-section-annual-planning = Jaarplanning
agreement-section-collaboration = Samenwerking en communicatie
agreement-section-responsibilities = Verdeling van verantwoordelijkheden
agreement-section-reporting = Rapportage en verantwoording
agreement-section-complaints = Klachten en geschillenbeslechting
agreement-section-funding = Financiering
agreement-section-confidentiality = Vertrouwelijkheid en gegevensbescherming
agreement-section-media = Media en publieke communicatie
agreement-section-duration = Looptijd, wijziging, verlenging en beëindiging
agreement-section-signatures = Ondertekening

## Soorten overeenkomst, zoals afgedrukt op de titelpagina

agreement-kind-binding-agreement = Overeenkomst
agreement-kind-mou = Memorandum van overeenstemming
agreement-kind-sop = Standaardwerkprocedures
agreement-kind-guidelines = Richtlijnen

## De modelovereenkomsten die worden aangeboden bij het opstellen van een nieuwe overeenkomst.
agreement-template-national_referral_mechanism = Memorandum van overeenstemming over het nationaal verwijsmechanisme (overheid–ngo)
agreement-template-shelter_services = Memorandum van overeenstemming over opvang en hulpverlening
agreement-template-data_sharing = Overeenkomst inzake gegevensuitwisseling
agreement-template-regional_terms_of_reference = Reglement van het regionaal coördinatieorgaan

## De grootte van een document: het getal zoals de lezer het schrijft, en de eenheid.
agreement-byte-size = { $size } { $count ->
    [one] byte
   *[other] bytes
}
