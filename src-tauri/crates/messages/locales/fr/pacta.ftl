### Les phrases de Pacta, en français.

## Assembler une phrase

clause-separator = {" ; "}
and-separator = {", et "}
sentence = { $text }.

## Fractions et seuils

fraction-half = la moitié
fraction-third = un tiers
fraction-two-thirds = deux tiers
fraction-three-quarters = trois quarts
fraction-all = la totalité

threshold-more-than-half = plus de la moitié
threshold-more-than-two-thirds = plus des deux tiers
threshold-any-yes = au moins une voix pour
threshold-more-than = plus de { $fraction }
threshold-all = la totalité
threshold-at-least-half = au moins la moitié
threshold-two-thirds = les deux tiers
threshold-three-quarters = les trois quarts
threshold-one-third = un tiers
threshold-three-fifths = les trois cinquièmes
threshold-at-least = au moins { $fraction }
threshold-unanimity = l'unanimité
threshold-consensus = le consensus

## Ce que compte une exigence, dans l'explication d'un dépouillement

base-votes-cast = des suffrages exprimés
base-yes-no = des voix pour et contre
base-with-abstentions = des voix, abstentions comprises
base-present = des membres présents
base-membership = de l'ensemble des membres

requirement-what = { $threshold } { $base }
scope-chamber = { $what } dans le collège { $chamber }
scope-each-chamber = { $what } dans chaque collège
counting-weighted = { $what } (voix pondérées)
counting-chambers-equal = { $what }, collèges à égalité

requirement-needed = requis : { $what }
requirement-needed-consensus = requis : { $what } (aucune objection)
requirement-no-votes = { $requirement }, aucune voix à compter
requirement-score = { $requirement } (score { $score })
requirement-met-in-chambers = { $requirement } (atteint dans { $met } collèges sur { $chambers })
requirement-figures = { $requirement } ({ $required } sur { $base })
requirement-objected = { $requirement }, objection formulée
requirement-not-reached = { $requirement }, non atteint

## La règle de quorum, dans l'explication d'un dépouillement

quorum-rule-count = au moins { $count } membres votants présents
quorum-rule-fraction = { $strict ->
    [true] plus de
   *[false] au moins
} { $fraction } des membres votants présents
quorum-rule-per-chamber = { $strict ->
    [true] plus de
   *[false] au moins
} { $fraction } des membres votants de chaque collège présents
quorum-rule-participation = bulletins d'au moins { $fraction } des membres votants présents

## L'explication d'un dépouillement, une phrase pour le procès-verbal

tally-counts = { $yes } pour, { $no } contre, { $abstain ->
    [one] { $abstain } abstention
   *[other] { $abstain } abstentions
}
tally-invalid = { $counts }, { $invalid ->
    [one] { $invalid } nul
   *[other] { $invalid } nuls
}
tally-weighted = { $counts } (voix pondérées)
attendance-present = { $present } sur { $entitled } { $present ->
    [one] présent
   *[other] présents
}
attendance-present-or-represented = { $present } sur { $entitled } { $present ->
    [one] présent ou représenté
   *[other] présents ou représentés
}

vote-no-quorum = Quorum non atteint : { $value } sur { $out_of } { $measure ->
    [voted] ont voté
   *[present] présents
}, { $required } requis ({ $rule }) ; aucune décision n'a été prise.
vote-no-quorum-chamber = Quorum non atteint : { $value } sur { $out_of } dans le collège { $chamber } { $measure ->
    [voted] ont voté
   *[present] présents
}, { $required } requis ({ $rule }) ; aucune décision n'a été prise.
vote-carried = Adoptée : { $tally }
vote-rejected = Rejetée : { $tally }
vote-casting-vote-yes = l'égalité a été départagée par la voix prépondérante de la présidence, en faveur
vote-casting-vote-no = l'égalité a été départagée par la voix prépondérante de la présidence, contre
vote-quorum = quorum : { $attendance }

## Ce que signifie un protocole, pour l'éditeur de protocole

protocol-base-votes-cast = des suffrages exprimés
protocol-base-yes-no = des voix pour et contre
protocol-base-with-abstentions = des voix, abstentions comprises,
protocol-base-present = des membres présents
protocol-base-membership = de l'ensemble des membres votants

protocol-unanimity = toutes les voix { $base } sont favorables
protocol-consensus = aucun membre ne s'y oppose et au moins un y est favorable
protocol-consensus-chamber = aucun membre du collège { $chamber } ne s'y oppose et au moins un y est favorable
protocol-consensus-each-chamber = dans chaque collège, aucun membre ne s'y oppose et au moins un y est favorable
protocol-threshold = { $threshold } { $base } sont favorables
protocol-counting-weighted = { $what }, chaque membre comptant selon son poids
protocol-counting-chambers-equal = { $what }, chaque collège comptant à égalité
protocol-carried-when = Une motion est adoptée lorsque { $requirements }

protocol-note-votes-cast = les abstentions ne comptent pas
protocol-note-yes-no = les abstentions et les bulletins nuls ne comptent pas
protocol-note-with-abstentions = les abstentions comptent comme des voix contre
protocol-note-present = les membres qui s'abstiennent ou ne votent pas comptent comme des voix contre

protocol-quorum-count = au moins { $count } membres votants doivent être présents
protocol-quorum-fraction = { $strict ->
    [true] plus de
   *[false] au moins
} { $fraction } des membres votants{ $weighted ->
    [true] {" "}(selon le poids des voix)
   *[false] {""}
} doivent être présents
protocol-quorum-per-chamber = { $strict ->
    [true] plus de
   *[false] au moins
} { $fraction } des membres votants de chaque collège{ $weighted ->
    [true] {" "}(selon le poids des voix)
   *[false] {""}
} doivent être présents
protocol-quorum-participation = des bulletins d'au moins { $fraction } des membres votants présents doivent être déposés
protocol-proxies = un membre présent peut détenir jusqu'à { $count ->
    [one] { $count } procuration
   *[other] { $count } procurations
}
protocol-split-votes = un membre peut répartir son poids entre plusieurs choix
protocol-casting-vote = la présidence départage une égalité par sa voix prépondérante
