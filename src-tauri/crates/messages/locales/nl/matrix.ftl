### De afgedrukte en geëxporteerde verantwoordelijkhedenmatrix (RACI): de pdf, de matrix als
### bijlage bij een overeenkomst, de legenda en controles van het rekenblad, en de bevindingen
### van de controles. $count, $rows en $threshold zijn getallen; $names is een lijst die al met
### komma’s is samengevoegd.


## Vaste woorden van de afgedrukte matrix

matrix-kind = Verantwoordelijkhedenmatrix (RACI)
matrix-reference = Referentie
matrix-version = Versie
matrix-facts = Referentie: { $reference } · Versie { $version } · Afgedrukt op { $date }
matrix-subject = Verantwoordelijkhedenmatrix (RACI) { $reference }, versie { $version }
matrix-running-header = { $reference } · Versie { $version }
matrix-frozen = Bevroren: gehecht aan een ondertekende overeenkomst; elke wijziging levert een nieuwe versie op.
matrix-working = Werkversie: deze kan nog wijzigen.
matrix-activity = Activiteit
matrix-funding = Financiering
matrix-yes = Ja
matrix-yes-funder = Ja — { $funder }
matrix-duration = Duur
matrix-note = Opmerking: { $note }
matrix-other-activities = Overige activiteiten
matrix-continued = { $heading } (vervolg)
matrix-columns-shown = Organisaties { $from }–{ $to } van { $count }
matrix-legend = Legenda
matrix-letter = Letter
matrix-meaning = Betekenis
matrix-column = Kolom
matrix-organisation = Organisatie
matrix-checks = Controles
matrix-no-findings = Geen bevindingen: elke activiteit heeft precies één eindverantwoordelijke en ten minste één verantwoordelijke organisatie.
matrix-annex-title = { $title } ({ $reference }, versie { $version })

## De vier letters: hun naam, en wat elke letter in de afgedrukte legenda betekent

matrix-raci-responsible = Verantwoordelijk (uitvoerend)
matrix-raci-accountable = Eindverantwoordelijk
matrix-raci-consulted = Geraadpleegd
matrix-raci-informed = Geïnformeerd
matrix-legend-responsible = Verantwoordelijk (uitvoerend): voert het werk uit
matrix-legend-accountable = Eindverantwoordelijk: staat in voor het resultaat; precies één per activiteit
matrix-legend-consulted = Geraadpleegd: vooraf om advies gevraagd; in twee richtingen
matrix-legend-informed = Geïnformeerd: achteraf op de hoogte gebracht; in één richting

## Hoe lang een activiteit duurt

matrix-duration-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
matrix-duration-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weken
}
matrix-duration-months = { $count ->
    [one] { $count } maand
   *[other] { $count } maanden
}

## Het rekenblad: de werkbladen, de legenda en de controles

# Namen van werkbladen: hoogstens 31 tekens, geen van [ ] : * ? / \
matrix-sheet-grid = Matrix
matrix-sheet-legend = Legenda
matrix-sheet-checks = Controles
matrix-sheet-frozen = Bevroren (gehecht aan een ondertekende overeenkomst)
matrix-sheet-exported-on = Geëxporteerd op
matrix-sheet-yes = ja
matrix-sheet-no = nee
matrix-sheet-responsible = Verantwoordelijk (uitvoerend): voert het werk uit
matrix-sheet-accountable = Eindverantwoordelijk: staat in voor het resultaat; precies één per activiteit
matrix-sheet-consulted = Geraadpleegd: vooraf om advies gevraagd (in twee richtingen)
matrix-sheet-informed = Geïnformeerd: achteraf op de hoogte gebracht (in één richting)
matrix-sheet-short-name = Afkorting
matrix-sheet-column = Kolom (volledige naam)
matrix-sheet-finding = Bevinding
matrix-sheet-no-findings = Geen bevindingen.

## Bevindingen van de controles

matrix-finding-no-accountable = “{ $activity }” heeft geen eindverantwoordelijke (A)
matrix-finding-several-accountable = “{ $activity }” heeft { $count } eindverantwoordelijken (A): { $names }; er mag er maar één zijn
matrix-finding-no-responsible = “{ $activity }” heeft geen verantwoordelijke (R)
matrix-finding-several-responsible = “{ $activity }” heeft { $count } verantwoordelijken (R): { $names }; mogelijk wordt werk dubbel gedaan
matrix-finding-no-funder = “{ $activity }” heeft financiering nodig maar geen financier
matrix-finding-idle-party = { $name } is voor geen enkele activiteit verantwoordelijk (R) of eindverantwoordelijk (A)
matrix-finding-overloaded-party = { $name } is verantwoordelijk (R) voor { $rows } activiteiten (meer dan { $threshold })

## De clausule die een overeenkomst krijgt wanneer er een matrix bij wordt gevoegd

matrix-reference-clause = De verdeling van de verantwoordelijkheden tussen de partijen is vastgelegd in verantwoordelijkhedenmatrix { $reference }, “{ $title }”, die als bijlage bij deze overeenkomst is gevoegd.
