### La matrice des responsabilités (RACI) imprimée et exportée : le PDF, sa forme d’annexe
### à un accord, la légende et les vérifications du tableur, et les remarques des vérifications.
### $count, $rows et $threshold sont des nombres ; $names est une liste déjà jointe par des virgules.


## Mots fixes de la matrice imprimée

matrix-kind = Matrice des responsabilités (RACI)
matrix-reference = Référence
matrix-version = Version
matrix-facts = Référence: { $reference } · Version { $version } · Imprimée le { $date }
matrix-subject = Matrice des responsabilités (RACI) { $reference }, Version { $version }
matrix-running-header = { $reference } · Version { $version }
matrix-frozen = Figée : annexée à un accord signé ; toute modification crée une nouvelle version.
matrix-working = Version de travail : elle peut encore changer.
matrix-activity = Activité
matrix-funding = Financement
matrix-yes = Oui
matrix-yes-funder = Oui — { $funder }
matrix-duration = Durée
matrix-note = Remarque: { $note }
matrix-other-activities = Autres activités
matrix-continued = { $heading } (suite)
matrix-columns-shown = Organisations { $from } à { $to } sur { $count }
matrix-legend = Légende
matrix-letter = Lettre
matrix-meaning = Signification
matrix-column = Colonne
matrix-organisation = Organisation
matrix-checks = Vérifications
matrix-no-findings = Aucune remarque : chaque activité a exactement un approbateur et au moins un responsable.
matrix-annex-title = { $title } ({ $reference }, version { $version })

## Les quatre lettres : leur nom, et ce que chacune signifie dans la légende imprimée

matrix-raci-responsible = Responsable
matrix-raci-accountable = Approbateur
matrix-raci-consulted = Consulté
matrix-raci-informed = Informé
matrix-legend-responsible = Responsable (réalise le travail)
matrix-legend-accountable = Approbateur (répond de la réalisation ; un seul par activité)
matrix-legend-consulted = Consulté (sollicité avant ; dans les deux sens)
matrix-legend-informed = Informé (tenu au courant après ; à sens unique)

## Durée d’une activité

matrix-duration-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
matrix-duration-weeks = { $count ->
    [one] { $count } semaine
   *[other] { $count } semaines
}
matrix-duration-months = { $count } mois

## Le tableur : ses feuilles, la légende et les vérifications

# Noms de feuille : 31 caractères au plus, aucun de [ ] : * ? / \
matrix-sheet-grid = Matrice
matrix-sheet-legend = Légende
matrix-sheet-checks = Vérifications
matrix-sheet-frozen = Figée (annexée à un accord signé)
matrix-sheet-exported-on = Exportée le
matrix-sheet-yes = oui
matrix-sheet-no = non
matrix-sheet-responsible = Responsable : réalise le travail
matrix-sheet-accountable = Approbateur : répond de la réalisation ; un seul par activité
matrix-sheet-consulted = Consulté : sollicité avant (échange dans les deux sens)
matrix-sheet-informed = Informé : tenu au courant après (sens unique)
matrix-sheet-short-name = Sigle
matrix-sheet-column = Colonne (nom complet)
matrix-sheet-finding = Remarque
matrix-sheet-no-findings = Aucune remarque.

## Remarques des vérifications

matrix-finding-no-accountable = « { $activity } » n’a aucun approbateur (A)
matrix-finding-several-accountable = « { $activity } » a { $count } approbateurs (A) : { $names } ; il en faut exactement un
matrix-finding-no-responsible = « { $activity } » n’a aucun responsable (R)
matrix-finding-several-responsible = « { $activity } » a { $count } responsables (R) : { $names } ; risque de travail en double
matrix-finding-no-funder = « { $activity } » demande un financement et n’a pas de bailleur
matrix-finding-idle-party = { $name } n’est responsable (R) ou approbateur (A) d’aucune activité
matrix-finding-overloaded-party = { $name } est responsable (R) de { $rows } activités (plus de { $threshold })

## La clause qu’un accord reçoit quand une matrice y est annexée

matrix-reference-clause = La répartition des responsabilités entre les parties figure dans la matrice des responsabilités { $reference }, « { $title } », annexée au présent accord.
