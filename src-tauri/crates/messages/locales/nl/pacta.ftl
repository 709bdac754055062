### De zinnen van Pacta, in het Nederlands.

## Delen van een zin samenvoegen

clause-separator = {"; "}
and-separator = {", en "}
sentence = { $text }.

## Breuken en drempels

fraction-half = de helft
fraction-third = een derde
fraction-two-thirds = twee derde
fraction-three-quarters = drie kwart
fraction-all = alle

threshold-more-than-half = meer dan de helft
threshold-more-than-two-thirds = meer dan twee derde
threshold-any-yes = ten minste één stem voor
threshold-more-than = meer dan { $fraction }
threshold-all = alle
threshold-at-least-half = ten minste de helft
threshold-two-thirds = twee derde
threshold-three-quarters = drie kwart
threshold-one-third = een derde
threshold-three-fifths = drie vijfde
threshold-at-least = ten minste { $fraction }
threshold-unanimity = eenparigheid
threshold-consensus = consensus

## Wat een vereiste telt, in de toelichting op een stemming

base-votes-cast = van de uitgebrachte stemmen
base-yes-no = van de stemmen voor en tegen
base-with-abstentions = van de stemmen, onthoudingen meegeteld
base-present = van de aanwezige leden
base-membership = van alle leden

requirement-what = { $threshold } { $base }
scope-chamber = { $what } in de kamer { $chamber }
scope-each-chamber = { $what } in elke kamer
counting-weighted = { $what } (gewogen)
counting-chambers-equal = { $what }, kamers tellen gelijk

requirement-needed = { $what } vereist
requirement-needed-consensus = { $what } vereist (geen bezwaar)
requirement-no-votes = { $requirement }: geen stemmen om te tellen
requirement-score = { $requirement } (score { $score })
requirement-met-in-chambers = { $requirement } (gehaald in { $met } van de { $chambers } kamers)
requirement-figures = { $requirement } ({ $required } van { $base })
requirement-objected = { $requirement }: er is bezwaar gemaakt
requirement-not-reached = { $requirement }: niet gehaald

## De quorumregel, in de toelichting op een stemming

quorum-rule-count = ten minste { $count } stemgerechtigde leden aanwezig
quorum-rule-fraction = { $strict ->
    [true] meer dan
   *[false] ten minste
} { $fraction } van de stemgerechtigde leden aanwezig
quorum-rule-per-chamber = { $strict ->
    [true] meer dan
   *[false] ten minste
} { $fraction } van de stemgerechtigde leden van elke kamer aanwezig
quorum-rule-participation = stembiljetten van ten minste { $fraction } van de aanwezige stemgerechtigde leden

## De toelichting op een stemming, één zin voor de notulen

tally-counts = { $yes } voor, { $no } tegen, { $abstain ->
    [one] { $abstain } onthouding
   *[other] { $abstain } onthoudingen
}
tally-invalid = { $counts }, { $invalid } ongeldig
tally-weighted = { $counts } (gewogen stemmen)
attendance-present = { $present } van de { $entitled } aanwezig
attendance-present-or-represented = { $present } van de { $entitled } aanwezig of vertegenwoordigd

vote-no-quorum = Geen quorum: { $value } van de { $out_of } { $measure ->
    [voted] hebben gestemd
   *[present] aanwezig
}, { $required } vereist ({ $rule }); er is geen besluit genomen.
vote-no-quorum-chamber = Geen quorum: { $value } van de { $out_of } in de kamer { $chamber } { $measure ->
    [voted] hebben gestemd
   *[present] aanwezig
}, { $required } vereist ({ $rule }); er is geen besluit genomen.
vote-carried = Aangenomen: { $tally }
vote-rejected = Verworpen: { $tally }
vote-casting-vote-yes = bij staking van stemmen heeft de beslissende stem van de voorzitter de doorslag gegeven, voor
vote-casting-vote-no = bij staking van stemmen heeft de beslissende stem van de voorzitter de doorslag gegeven, tegen
vote-quorum = quorum: { $attendance }

## Wat een protocol betekent, voor de protocoleditor

protocol-base-votes-cast = van de uitgebrachte stemmen
protocol-base-yes-no = van de stemmen voor en tegen
protocol-base-with-abstentions = van de stemmen, onthoudingen meegeteld,
protocol-base-present = van de aanwezige leden
protocol-base-membership = van alle stemgerechtigde leden

protocol-unanimity = elke stem { $base } is voor
protocol-consensus = geen enkel lid maakt bezwaar en ten minste één lid is voor
protocol-consensus-chamber = geen enkel lid van de kamer { $chamber } maakt bezwaar en ten minste één lid is voor
protocol-consensus-each-chamber = in elke kamer maakt geen enkel lid bezwaar en is ten minste één lid voor
protocol-threshold = { $threshold } { $base } is voor
protocol-counting-weighted = { $what }, waarbij elk lid telt naar zijn gewicht
protocol-counting-chambers-equal = { $what }, waarbij elke kamer even zwaar telt
protocol-carried-when = Een motie is aangenomen wanneer { $requirements }

protocol-note-votes-cast = onthoudingen tellen niet mee
protocol-note-yes-no = onthoudingen en ongeldige stemmen tellen niet mee
protocol-note-with-abstentions = onthoudingen tellen als stemmen tegen
protocol-note-present = leden die zich onthouden of niet stemmen, tellen als stemmen tegen

protocol-quorum-count = ten minste { $count } stemgerechtigde leden moeten aanwezig zijn
protocol-quorum-fraction = { $strict ->
    [true] meer dan
   *[false] ten minste
} { $fraction } van de stemgerechtigde leden{ $weighted ->
    [true] {" "}(naar stemgewicht)
   *[false] {""}
} moet aanwezig zijn
protocol-quorum-per-chamber = { $strict ->
    [true] meer dan
   *[false] ten minste
} { $fraction } van de stemgerechtigde leden van elke kamer{ $weighted ->
    [true] {" "}(naar stemgewicht)
   *[false] {""}
} moet aanwezig zijn
protocol-quorum-participation = stembiljetten van ten minste { $fraction } van de aanwezige stemgerechtigde leden moeten zijn uitgebracht
protocol-proxies = een aanwezig lid mag ten hoogste { $count ->
    [one] { $count } volmacht
   *[other] { $count } volmachten
} houden
protocol-split-votes = een lid mag zijn gewicht over meerdere keuzes verdelen
protocol-casting-vote = bij staking van stemmen beslist de stem van de voorzitter
