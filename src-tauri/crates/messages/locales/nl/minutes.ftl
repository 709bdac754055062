### De notulen en de uitnodiging van een vergadering, en de vaste agendapunten.

## Kop

minutes-title = Notulen
minutes-meeting-no = Vergadering nr. { $n }
minutes-kind = Soort
minutes-date = Datum
minutes-time = Tijd
minutes-place = Plaats
minutes-online = Online
minutes-convenor = Bijeengeroepen door
minutes-status = Status
minutes-draft-mark = CONCEPT — NIET VASTGESTELD
minutes-draft = Concept, nog niet vastgesteld
minutes-circulated = Ter vaststelling aan de leden rondgestuurd
minutes-approved = Vastgesteld
minutes-long-date = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
minutes-printed-on = Afgedrukt op { $date }

minutes-meeting-kind-ordinary = Gewone vergadering
minutes-meeting-kind-extraordinary = Buitengewone vergadering
minutes-meeting-kind-working-session = Werksessie

## Aanwezigheid

minutes-attendance = Aanwezigheid
minutes-present = Aanwezig
minutes-no-chamber = Leden zonder kamer
minutes-apologies = Afwezig met kennisgeving
minutes-absent = Afwezig zonder kennisgeving
minutes-proxies = Vertegenwoordigd bij volmacht
minutes-represented-by = { $principal }, vertegenwoordigd door { $holder }
minutes-observers-and-guests = Waarnemers en gasten
minutes-observer = waarnemer
minutes-guest = gast

## Verloop van de vergadering

minutes-proceedings = Verloop van de vergadering
minutes-item-kind-information = Ter informatie
minutes-item-kind-discussion = Ter bespreking
minutes-item-kind-decision = Ter besluitvorming
minutes-presented-by = Toegelicht door { $presenter }
minutes-papers = Vergaderstukken
minutes-outcome = Conclusie
minutes-vote = Stemming
minutes-method = Wijze van stemmen
minutes-result = Uitslag
minutes-member = Lid
minutes-vote-method-roll-call = Hoofdelijke stemming
minutes-vote-method-show-of-hands = Stemming bij handopsteking
minutes-vote-method-secret = Geheime stemming
minutes-vote-outcome-carried = Aangenomen
minutes-vote-outcome-rejected = Verworpen
minutes-vote-outcome-no-quorum = Geen quorum
minutes-choice-yes = Voor
minutes-choice-no = Tegen
minutes-choice-abstain = Onthouding
minutes-secret-ballot-note = Geheime stemming: individuele stemmen worden niet vastgelegd.
minutes-decisions = Besluiten

## Actiepunten, errata en ondertekening

minutes-actions = Actiepunten
minutes-action-number = Nr.
minutes-action = Actie
minutes-owner = Actiehouder
minutes-due = Uiterlijk
minutes-action-status-open = Open
minutes-action-status-in-progress = In uitvoering
minutes-action-status-done = Afgerond
minutes-action-status-dropped = Vervallen
minutes-no-actions = Er zijn geen actiepunten afgesproken.
minutes-errata = Errata
minutes-recorded-by = vastgelegd door { $by }
minutes-signatures = Ondertekening
minutes-chair = Voorzitter
minutes-secretary = Secretaris
minutes-signature = Handtekening

## De uitnodiging

convocation-title = Uitnodiging
convocation-invitation = De leden van { $body } worden uitgenodigd voor deze vergadering, op de hierboven vermelde datum, tijd en plaats, ter bespreking van de onderstaande agenda.
convocation-agenda = Agenda
convocation-duration = Verwachte duur: { $minutes } min.
convocation-confirm = Graag vóór de vergadering uw aanwezigheid bevestigen of u afmelden bij { $convenor }.
convocation-confirm-anyone = Graag vóór de vergadering uw aanwezigheid bevestigen of u afmelden.
convocation-no-items = De agenda is nog niet vastgesteld.

## De punten waarmee een vergadering gewoonlijk opent of sluit

agenda-adoption-of-agenda = Vaststelling van de agenda
agenda-previous-minutes = Vaststelling van de notulen van de vorige vergadering
agenda-matters-arising = Naar aanleiding van de notulen (openstaande actiepunten)
agenda-any-other-business = Rondvraag

## Aankomst en vertrek van een lid tijdens de vergadering, en de regel over de vaststelling van de notulen.
minutes-arrived-at = aangekomen om { $time }
minutes-left-at = vertrokken om { $time }
minutes-approved-on-by = Vastgesteld op { $date } door { $by }
minutes-circulated-on-to = Rondgestuurd op { $date } aan { $recipients }

## Who approved the minutes when the chair did (the file keeps "the chair, NAME").
minutes-approved-by-chair = de voorzitter, { $name }
