### Erreurs : ce qu’un appel refusé ou échoué dit à la personne, à l’écran ou en ligne de commande.
### Les valeurs des enregistrements (noms, chemins, nombres) sont placées telles quelles ; les
### codes ($kind, $field, $reason…) choisissent ici leurs mots.

## Les champs des formulaires, tels que les problèmes ci-dessous les nomment

error-field = { $field ->
    [partnership_name] nom du partenariat
    [name] nom
    [acronym] sigle
    [kind] type
    [country] pays
    [chamber] collège
    [pillars] piliers
    [status] statut
    [joined_on] date d’adhésion
    [notes] notes
    [representative_name] nom du représentant
    [title] titre
    [email] courriel
    [phone] téléphone
    [body_name] nom de l’instance
    [body_code] code de l’instance
    [role] rôle
    [office] fonction
    [weight] poids de vote
    [effective_on] date d’effet
    [reason] motif
    [id] identifiant
    [meeting_title] titre de la réunion
    [meeting_date] date de la réunion
    [starts_at] heure de début
    [ends_at] heure de fin
    [time_zone] fuseau horaire
    [place] lieu
    [online_link] lien de connexion
    [convenor] organisateur
    [item_title] titre du point
    [presenter] présentateur
    [duration] durée
    [summary] résumé
    [owner] responsable
    [due_on] échéance
    [at] heure
   *[other] { $field }
}

## Validation d’un formulaire ou d’une ligne

error-required = champ obligatoire : { $field }
error-too-long = { $field } : texte trop long ({ $length } caractères ; au plus { $max })
error-invalid-email = « { $value } » n’est pas une adresse électronique valable
error-unknown-country = « { $value } » n’est pas un code pays ISO 3166 (par exemple KH, ID, VN)
error-invalid-weight = le poids de vote doit être un nombre entier d’au moins 1, et non { $value }
error-impossible-date = « { $value } » n’est pas une date réelle au format AAAA-MM-JJ
error-invalid-choice = « { $value } » n’est pas une valeur valable pour le champ { $field }
error-status-before-joined = le changement de statut est daté du { $effective_on }, avant l’adhésion du membre le { $joined_on }
error-status-unchanged = le membre a déjà le statut { $status ->
    [active] actif
    [suspended] suspendu
    [withdrawn] retiré
   *[other] { $status }
}
error-invalid-time = « { $value } » n’est pas une heure au format HH:MM
error-unknown-time-zone = « { $value } » n’est pas un fuseau horaire (par exemple Asia/Bangkok, Africa/Windhoek, UTC)
error-end-before-start = la réunion se termine à { $ends_at }, avant de commencer à { $starts_at }

## Le fichier du partenariat

error-file-missing = { $path } n’existe pas
error-file-exists = { $path } existe déjà ; choisissez un autre nom
error-not-a-pacta-file = { $path } n’est pas un fichier de partenariat Pacta
error-corrupted = { $path } est endommagé : { $detail }
error-schema-too-new = { $path } a été enregistré par une version plus récente de Pacta (schéma { $found } ; cette version lit jusqu’au schéma { $supported }) ; il n’a pas été modifié
error-file-locked = { $path } est déjà ouvert dans une autre fenêtre ou un autre programme Pacta
error-passphrase-required = { $path } est protégé par une phrase secrète
error-wrong-passphrase = La phrase secrète n’ouvre pas { $path } (ou ce n’est pas un fichier Pacta)
error-migration = la structure du fichier n’a pas pu être mise à jour : { $detail }
error-database = erreur de la base de données : { $detail }
# $reason est la raison donnée par le système ; $detail ses propres mots, pour les raisons non listées.
error-io = { $path } : { $reason ->
    [not-found] fichier ou dossier introuvable
    [permission-denied] accès refusé
    [already-exists] il existe déjà
    [storage-full] le disque est plein
    [read-only] le disque est en lecture seule
   *[other] { $detail }
}

## Enregistrements

error-not-found = { $kind ->
    [action-item] aucun point d’action
    [agenda-item] aucun point de l’ordre du jour
    [agreement-version] aucune version d’accord
    [agreement] aucun accord
    [attachment] aucune pièce jointe
    [body] aucune instance
    [decision] aucune décision
    [library-clause] aucune clause de la bibliothèque
    [annexed-matrix] aucune version de matrice annexée à cette version de l’accord
    [matrix-version] aucune version de matrice
    [matrix] aucune matrice
    [meeting-paper] aucun document de réunion
    [meeting] aucune réunion
    [membership] aucun siège
    [organisation] aucune organisation
    [protocol] aucun protocole
    [representative] aucun représentant
    [vote] aucun vote
   *[other] aucun enregistrement
} ne porte l’identifiant { $id }
error-duplicate-name = une organisation nommée « { $name } » figure déjà au registre
error-duplicate-body = une instance avec { $what ->
    [code] le code
   *[name] le nom
} « { $value } » existe déjà
error-duplicate-membership = { $organisation } siège déjà dans { $body }
error-already-erased = les données personnelles du représentant { $id } ont déjà été effacées le { $at }

## Enregistrements qui ne peuvent plus changer (les garde-fous du fichier lui-même)

error-frozen = cet enregistrement ne peut plus être modifié
error-frozen-vote-changed = un vote clos ne peut pas être modifié ; enregistrez une correction
error-frozen-vote-deleted = un vote clos ne peut pas être supprimé ; enregistrez une correction
error-frozen-decision-changed = une décision ne peut pas être modifiée ; enregistrez une nouvelle décision
error-frozen-decision-removed = une décision d’un procès-verbal approuvé ne peut pas être retirée
error-frozen-matrix-changed = une matrice annexée à un accord signé ne peut pas être modifiée ; commencez une nouvelle version
error-frozen-matrix-deleted = une matrice annexée à un accord signé ne peut pas être supprimée ; commencez une nouvelle version
error-frozen-annex-removed = une matrice annexée à un accord signé ne peut pas être retirée ; enregistrez un avenant
error-frozen-annex-added = une matrice ne peut pas être annexée à un accord signé ; enregistrez un avenant
error-frozen-annexes-changed = les matrices annexées à un accord signé ne peuvent pas être modifiées ; enregistrez un avenant
error-frozen-meeting-paper = un document de réunion ne peut pas être modifié ; joignez-en un nouveau
error-frozen-meeting-deleted = une réunion dont le procès-verbal est approuvé ne peut pas être supprimée
error-frozen-signed-paper = une pièce jointe à une version signée ne peut pas être retirée
error-frozen-minutes-paper = un document d’un procès-verbal approuvé ne peut pas être retiré
error-frozen-protocol-changed = une version de protocole ne peut pas être modifiée ; enregistrez une nouvelle version
error-frozen-protocol-deleted = une version de protocole ne peut pas être supprimée
error-frozen-redaction-changed = une occultation ne peut pas être modifiée
error-frozen-redaction-removed = une occultation ne peut pas être retirée
error-frozen-salt = un sel ne peut pas être modifié
error-frozen-seal-changed = un sceau ne peut pas être modifié
error-frozen-seal-removed = un sceau ne peut pas être retiré
error-frozen-signed-changed = une version signée ne peut pas être modifiée ; enregistrez un avenant
error-frozen-signed-deleted = une version signée ne peut pas être supprimée ; enregistrez un avenant
error-frozen-activity = le journal d’activité ne fait que s’allonger : on n’y modifie ni n’y retire rien
error-frozen-action-item = un point d’action d’un procès-verbal approuvé garde ses termes ; ajoutez une note
error-frozen-paper = une pièce jointe ne peut pas être modifiée ; joignez-en une nouvelle
error-frozen-attestation-changed = une attestation ne peut pas être modifiée
error-frozen-attestation-removed = une attestation ne peut pas être retirée
error-frozen-erasure-changed = un effacement ne peut pas être modifié
error-frozen-erasure-removed = un effacement ne peut pas être retiré
error-frozen-erratum-changed = un erratum ne peut pas être modifié ; enregistrez-en un autre
error-frozen-erratum-removed = un erratum ne peut pas être retiré
error-frozen-minutes = un procès-verbal approuvé ne peut pas être modifié ; enregistrez un erratum
error-frozen-seal-people-changed = les personnes d’un sceau ne peuvent pas être modifiées
error-frozen-seal-people-removed = les personnes d’un sceau ne peuvent pas être retirées
error-frozen-signatures-changed = les signatures d’une version signée ne peuvent pas être modifiées
error-frozen-signatures-removed = les signatures d’une version signée ne peuvent pas être retirées

## La structure d’une matrice de responsabilités

error-matrix-no-title = la matrice doit avoir un titre
error-matrix-title-too-long = le titre est trop long ({ $length } caractères ; au plus 300)
error-matrix-empty-label = la ligne { $row } n’a pas de libellé d’activité
error-matrix-duplicate-activity = ligne { $row } : « { $label } » figure deux fois sous « { $heading } »
error-matrix-duplicate-activity-id = la ligne { $row } a le même identifiant qu’une ligne précédente
error-matrix-duplicate-party = « { $name } » figure deux fois comme colonne
error-matrix-cell-outside-parties = la ligne { $row } porte une lettre pour l’organisation { $organisation }, qui n’est pas une colonne
error-matrix-two-letters = la ligne { $row } porte deux lettres pour une même organisation ({ $organisation })
error-matrix-zero-threshold = le seuil de surcharge doit être d’au moins 1
error-matrix-zero-duration = ligne { $row } : une durée doit être d’au moins 1
error-matrix-not-a-member = « { $name } » (organisation { $organisation }) n’est pas une organisation membre

## Protéger le fichier par une phrase secrète

error-already-protected = { $path } est déjà protégé par une phrase secrète ; changez plutôt la phrase secrète
error-same-passphrase = la nouvelle phrase secrète est identique à l’actuelle
error-idle-lock-range = verrouiller après { $from } à { $to } minutes d’inactivité, ou 0 pour jamais, et non { $minutes }
error-not-protected = { $path } n’est pas protégé par une phrase secrète
error-passphrase-too-short = une phrase secrète doit compter au moins { $min } caractères (celle-ci en a { $length })
error-passphrase-nul = une phrase secrète ne peut pas contenir le caractère NUL

## La démonstration

error-demo-not-empty = la démonstration se charge dans un partenariat vide ; celui-ci a déjà des membres

## La copie Word d’un accord renvoyée par un partenaire

# $token est la marque d’accord que porte le fichier.
error-word-other-agreement = { $file } n’est pas une copie de l’accord { $agreement } : il a été exporté depuis un autre accord ou un autre fichier ({ $token })
error-word-unmarked = { $file } n’est pas une copie de l’accord { $agreement } : il n’a pas été exporté par Pacta (il ne porte aucune marque d’accord)
error-word-too-large = { $file } dépasse les { $limit } Mio jusqu’auxquels un accord Word est lu
error-word-not-a-zip = { $file } n’est pas un document Word{ $looks_like ->
    [pdf] {" "}: c’est un PDF
    [rtf] {" "}: c’est un document RTF
    [html] {" "}: c’est une page web
    [text] {" "}: c’est du texte brut
   *[unknown] {""}
} ; ouvrez-le dans son programme et enregistrez-le au format .docx
error-word-protected = { $file } est protégé par un mot de passe ; retirez le mot de passe dans Word (Fichier ▸ Informations ▸ Protéger le document) et réessayez
error-word-legacy = { $file } est un ancien document Word 97–2003 (.doc) ; enregistrez-le au format .docx et réessayez
error-word-other-zip = { $file } est une archive zip mais pas un document Word
error-word-macros = { $file } contient des macros (.docm) ; enregistrez-le comme document Word (.docx) et réessayez
error-word-other-version = { $file } n’est pas une copie de cet accord : il porte la marque d’une autre version ({ $token })
error-word-no-mark = { $file } n’est pas une copie de cet accord : il ne porte aucune marque d’accord
error-word-part-too-large = { $file } est refusé : { $part } se décompresse en plus de { $limit } octets (une bombe zip ?)
error-word-compression = { $file } est refusé : { $part } se décompresse en plus de { $ratio } fois sa taille compressée (une bombe zip ?)
error-word-too-many-parts = { $file } est refusé : l’archive compte { $count } entrées (au plus { $limit } sont lues) (une bombe zip ?)
error-word-damaged-zip = { $file } est endommagé : l’archive zip est abîmée : { $detail }
error-word-malformed = { $file } est endommagé : { $part } n’est pas du XML bien formé : { $detail }

## Matrices de responsabilités

error-matrix-annexed-frozen = la version { $version } de { $matrix } est annexée à un accord signé et ne peut pas être modifiée ; commencez une nouvelle version
error-matrix-no-version = la matrice { $matrix } n’a pas de version { $version }
error-annex-to-signed = cette version de l’accord est signée ; annexez la matrice à un avenant
error-annex-while-signing = des signatures sont en cours d’enregistrement sur cette version ; ses annexes ne peuvent plus changer
error-matrix-not-annexed = la matrice { $matrix } n’est pas annexée à cet accord
error-matrix-no-activity = { $matrix } n’a pas d’activité { $activity }
error-action-no-responsible = personne n’est chargé de réaliser « { $activity } » ; choisissez un responsable
error-action-several-responsible = { $count } parties sont chargées de réaliser « { $activity } » ; choisissez le responsable
error-action-owner-not-a-column = l’organisation { $organisation } n’est pas une colonne de { $matrix }

## La chaîne des sceaux et les sauvegardes

error-not-a-hash = « { $text } » n’est pas une empreinte de la chaîne : donnez au moins { $digits } de ses chiffres hexadécimaux
error-backup-seals = { $path } est endommagé : ses sceaux ne se vérifient pas ({ $records ->
    [one] { $records } enregistrement modifié, retiré ou ajouté
   *[other] { $records } enregistrements modifiés, retirés ou ajoutés
} hors de l’application, { $breaks ->
    [one] { $breaks } rupture
   *[other] { $breaks } ruptures
} dans la chaîne) ; lancez `pacta verify` sur le fichier du partenariat
error-backup-is-the-file = { $path } est le fichier du partenariat lui-même ; choisissez-en une sauvegarde
error-backup-keep-range = conservez entre { $from } et { $to } sauvegardes automatiques, et non { $keep }

## Protocoles de vote : pourquoi le catalogue en écarte un

error-protocol-no-requirement = le protocole n’a aucune exigence : une motion en demande au moins une
error-protocol-threshold-range = exigence { $requirement } : le seuil est hors limites (« plus de p/q » exige 0 ≤ p/q < 1 ; « au moins p/q » exige 0 < p/q ≤ 1)
error-protocol-quorum-range = règle de quorum { $rule } : la fraction doit être supérieure à 0 et au plus égale à 1
error-protocol-consensus-votes-cast = exigence { $requirement } : le consensus s’apprécie sur les seules voix exprimées
error-protocol-chambers-equal = exigence { $requirement } : des collèges comptés à égalité ne s’appliquent qu’à l’instance entière
error-protocol-unnamed-chamber = exigence { $requirement } : le collège n’est pas nommé
error-protocol-split-needs-weights = exigence { $requirement } : les votes partagés divisent les poids, donc chaque exigence doit compter les poids
error-protocol-proxy-cap-zero = un plafond de 0 procuration n’en permet aucune ; désactivez plutôt les procurations
error-protocol-casting-vote = une voix prépondérante n’est permise qu’avec une seule exigence de majorité simple (plus de la moitié des voix exprimées, ou des oui et des non, de l’instance entière, par tête ou par poids)

## Votes : pourquoi une liste d’appel et ses bulletins ne peuvent être dépouillés ($member, $holder : identifiants de la liste)

error-vote-no-entitled-member = la liste d’appel ne compte aucun membre ayant le droit de vote
error-vote-duplicate-roll-member = { $member } figure deux fois sur la liste d’appel
error-vote-zero-weight = { $member } a un poids de 0 ; les poids sont des nombres entiers d’au moins 1
error-vote-unknown-chamber = le protocole nomme le collège « { $chamber } », auquel n’appartient aucun membre de la liste d’appel
error-vote-not-on-roll = { $member } n’est pas membre de cette instance
error-vote-not-entitled = { $member } ne peut pas voter : { $reason ->
    [suspended] le membre est suspendu
    [withdrawn] le membre s’est retiré
    [observer] les observateurs ne votent pas
    [technical-adviser] les conseillers techniques ne votent pas
    [secretariat] le secrétariat ne vote pas
   *[other] le membre n’a pas le droit de vote
}
error-vote-absent = { $member } est absent et personne ne détient sa procuration
error-vote-duplicate-ballot = deux bulletins de { $member }
error-vote-proxies-not-allowed = ce protocole n’autorise pas les procurations
error-vote-proxy-for-present = { $member } est présent et ne peut pas être représenté par procuration
error-vote-duplicate-proxy = { $member } a donné plus d’une procuration
error-vote-proxy-holder-absent = { $holder } détient la procuration de { $member } mais est absent
error-vote-proxy-holder-not-entitled = { $holder } détient la procuration de { $member } mais ne peut pas voter
error-vote-proxy-chain = { $holder } détient une procuration et a donné la sienne : les procurations ne vont qu’à un niveau
error-vote-proxy-over-cap = { $holder } détient { $held } procurations ; le protocole en permet au plus { $cap }
error-vote-split-not-allowed = { $member } a partagé son vote, mais ce protocole n’autorise pas les votes partagés
error-vote-split-mismatch = { $member } a partagé { $given } voix, mais son poids est de { $weight }
error-vote-split-outside-roll-call = les votes partagés ne s’enregistrent qu’en vote par appel nominal
error-vote-presiding-member-voted = { $member } préside avec voix prépondérante et ne dépose pas de bulletin
error-vote-no-presiding-member = le protocole accorde une voix prépondérante mais aucun membre de la liste d’appel ne préside
error-vote-several-presiding-members = plus d’un membre de la liste d’appel préside
error-vote-casting-vote-not-granted = une voix prépondérante a été donnée, mais le protocole n’en accorde pas
error-vote-casting-vote-not-yes-or-no = une voix prépondérante doit être oui ou non
error-vote-casting-vote-missing = le vote est à égalité : la voix prépondérante de la présidence est nécessaire
error-vote-too-many-hands = { $counted } mains levées comptées parmi { $group }, mais seuls { $eligible } membres y ont le droit de vote
error-vote-papers-mismatch = { $papers } bulletins pour { $voters } votants
error-vote-papers-do-not-match = les bulletins ne correspondent pas aux collèges et aux poids de ceux qui ont voté ({ $group })
error-vote-stranger = { $member } ne siège pas dans { $body } (les identifiants de la liste d’appel sont ceux des organisations membres de l’instance)
error-vote-protocol-of-another-body = ce protocole appartient à une autre instance
# Un groupe de votants : ceux d’un même collège ayant un même poids.
error-vote-group = { $chamber } au poids { $weight }
error-vote-group-no-chamber = les membres sans collège au poids { $weight }
error-vote-group-unnamed = { $group }

## Accords

error-agreement-status = { $status ->
    [draft] projet
    [negotiation] en négociation
    [signed] signé
    [in_force] en vigueur
    [expired] expiré
    [terminated] résilié
   *[other] { $status }
}
error-agreement-move = un accord ne peut pas passer de « { $from } » à « { $to } » : { $reason ->
    [negotiate-first] le texte doit d’abord être négocié
    [ended] un accord terminé le reste ; rédigez-en un nouveau
    [frozen] un texte signé est figé ; enregistrez plutôt un avenant
    [not-in-force] il doit entrer en vigueur avant de pouvoir expirer
    [sign-first] il doit d’abord être signé
   *[other] ce n’est pas une étape du cycle de vie
}
error-section = { $section ->
    [purpose_and_scope] objet et champ d’application
    [parties] parties
    [annual_planning] planification annuelle
    [collaboration] collaboration et communication
    [responsibilities] répartition des responsabilités
    [reporting] rapports et redevabilité
    [complaints] plaintes et règlement des différends
    [funding] financement
    [confidentiality] confidentialité et protection des données
    [media] médias et communication publique
    [duration] durée, modification, renouvellement et résiliation
    [signatures] signatures
   *[other] { $section }
}
error-finding-empty-section = la section { $number } ({ $section }) est vide
error-finding-too-few-parties = un accord demande au moins deux parties, et non { $parties }
error-finding-no-signatory = { $name } n’a pas de signataire
error-finding-no-effective-date = aucune date d’effet n’est fixée
error-finding-expiry-before-effective = la date d’expiration { $expires_on } précède la date d’effet { $effective_on }
error-finding-no-matrix-reference = la section des responsabilités ne renvoie à aucune matrice (annexées : { $annexed })
error-finding-annexed-matrix = matrice { $matrix } : { $finding }
error-party-twice = { $name } est nommée deux fois comme partie
error-party-not-registered = la partie { $name } ne figure pas au registre des membres
error-clause-id-twice = l’identifiant de clause { $id } est utilisé deux fois
error-version-has-signatures = cette version porte des signatures ; enregistrez un avenant pour la modifier
error-signed-text-frozen = un texte signé est figé ; enregistrez plutôt un avenant
error-sign-by-signatures = un accord est signé en enregistrant la signature de chaque partie
error-all-signed = toutes les parties ont déjà signé cette version
error-not-open-for-signature = un accord au statut « { $status } » ne peut pas être signé ; il doit être en négociation
error-not-ready-to-sign = { $count ->
    [one] { $count } vérification fait
   *[other] { $count } vérifications font
} obstacle à la signature
error-not-a-party = l’organisation { $organisation } n’est pas partie à cet accord
error-already-signed = { $name } a déjà signé cette version
error-not-a-representative = { $person } ne représente pas { $organisation }
error-amend-not-signed = seul un accord signé ou en vigueur reçoit un avenant, et non un accord au statut « { $status } »
error-amendment-pending = l’avenant { $amendment } attend encore des signatures ; terminez-le d’abord
error-compare-other-agreement = seules deux versions d’un même accord peuvent être comparées
error-agreement-no-version = l’accord { $agreement } n’a pas de version { $version }

## Réunions et procès-verbaux ($organisation, $principal, $holder : identifiants d’organisations)

error-attendance-not-a-member = l’organisation { $organisation } ne siège pas dans cette instance
error-attendance-twice = l’organisation { $organisation } figure deux fois
error-attendance-proxy-without-holder = l’organisation { $principal } est représentée par procuration mais aucun mandataire n’est nommé
error-attendance-proxy-holder-absent = l’organisation { $holder } ne peut pas détenir la procuration de { $principal } : elle n’est pas présente
error-attendance-movements-out-of-order = les arrivées et départs de l’organisation { $organisation } ne sont pas dans l’ordre chronologique
error-attendance-no-proxies = les protocoles de { $body } n’autorisent pas les procurations ; { $member } est absent ou excusé
error-minutes-status = { $status ->
    [draft] projet
    [circulated] diffusé
    [approved] approuvé
   *[other] { $status }
}
error-minutes-move = un procès-verbal ne peut pas passer de « { $from } » à « { $to } » : { $reason ->
    [frozen] un procès-verbal approuvé est figé ; enregistrez plutôt un erratum
    [circulate-first] un procès-verbal est diffusé aux membres avant son approbation
   *[other] ce n’est pas une étape de l’approbation
}
error-no-protocol-yet = { $body } n’a pas encore de protocole de vote
error-vote-of-another-meeting = le vote { $vote } n’a pas eu lieu lors de cette réunion
error-chair-may-not-approve = les règles de { $body } ne permettent pas à la présidence d’approuver un procès-verbal ; il est approuvé par une décision d’une réunion ultérieure
error-no-such-decision = { $body } n’a pas de décision { $reference }
error-approval-by-earlier-decision = un procès-verbal est approuvé par une décision d’une réunion ultérieure, et non par { $reference }
error-minutes-not-approved = le procès-verbal n’est pas encore approuvé : corrigez-le directement

## Exportations et pièces jointes

error-render = le document n’a pas pu être produit : { $detail }
error-internal = un incident interne est survenu dans Pacta : { $detail }
error-matrix-export-format = les matrices s’exportent en .pdf, .xlsx ou .csv, et non en .{ $extension }
error-agreement-export-format = les accords s’exportent en .pdf ou .docx, et non en .{ $extension }
error-missing-translation = cet accord n’a pas de texte en { $missing ->
    [fr] français
   *[en] anglais
} ; ajoutez une traduction ou imprimez-le en { $available ->
    [fr] français
   *[en] anglais
}
error-not-an-instant = « { $value } » n’est pas un instant au format RFC 3339
error-paper-too-large = { $file } pèse { $size } Mo ; les pièces jointes peuvent peser jusqu’à { $limit } Mo
error-paper-altered = { $file } ne correspond plus à son empreinte SHA-256 enregistrée ; le fichier a été modifié

## Les filtres du journal d’activité

error-write-failed = { $path } : { $detail }
error-timeline-offset = Un décalage UTC de { $offset } minutes n’existe pas : il se situe entre -840 et 840
error-timeline-to-before-from = Le jour de fin { $to } précède le jour de début { $from } : rien ne peut correspondre
error-timeline-kind = « { $kind } » n’est pas un type d’enregistrement : utilisez l’un de { $kinds }
error-timeline-limit = Une page contient de 1 à { $max } entrées, et non { $limit }
error-timeline-day = Le jour { $filter ->
    [from] de début
   *[to] de fin
} « { $day } » n’est pas une date réelle au format AAAA-MM-JJ

## Listes de membres et autres tableaux lus dans un fichier

# Les propres mots d’un système ou d’une bibliothèque, placés tels quels.
error-detail = { $detail }
error-table-macro-enabled = { $path } : un classeur prenant en charge les macros n’est pas lu ; enregistrez-le au format .xlsx (classeur Excel) et réessayez
error-table-format = { $path } : seuls les fichiers .csv, .txt, .xlsx, .xls et .ods sont lus
error-table-empty = le fichier est vide : il n’a pas de ligne d’en-tête
error-table-too-large = { $path } pèse { $size } Mio, plus que les { $limit } Mio jusqu’auxquels une liste de membres est lue
error-encoding = la ligne { $line } ne peut pas être lue : { $reason } ; enregistrez le fichier au format « CSV UTF-8 » et réessayez
error-encoding-mismarked = il se déclare en { $encoding } mais ne l’est pas
error-encoding-binary = il contient des données binaires, pas du texte
error-encoding-unknown = ses caractères ne sont dans aucun encodage que Pacta connaisse
error-workbook-unreadable = { $path } ne peut pas être lu comme un classeur : { $reason }
error-workbook-no-sheet = il n’a aucune feuille de calcul
error-workbook-sheet = feuille « { $sheet } » : { $detail }
error-workbook-no-such-sheet = le classeur n’a pas de feuille « { $sheet } » ; ses feuilles sont : { $sheets }
error-not-a-workbook = { $path } n’est pas un classeur Excel ou OpenDocument : { $content ->
    [pdf] c’est un document PDF
    [empty] il est vide
    [text] c’est du texte brut
   *[other] son contenu est d’une autre nature
} ; ouvrez-le dans son programme et enregistrez-le au format .xlsx ou .csv
error-workbook-refused = { $path } est refusé : { $reason }
error-workbook-damaged-zip = son paquet zip est endommagé ({ $detail })
error-workbook-macros = il contient des macros ; enregistrez-le au format .xlsx (classeur Excel) et réessayez
error-workbook-zip-bomb = il se décompresserait en { $unpacked } Mio à partir de { $packed } Kio, ce qu’aucune liste de membres ne fait (une bombe zip ?)
error-workbook-unpacks-too-much = il se décompresse en plus de { $limit } Mio (une bombe zip ?)
error-workbook-protected = { $path } est protégé par un mot de passe ; retirez le mot de passe (Fichier ▸ Informations ▸ Protéger le classeur dans Excel) et réessayez
error-csv-row = la ligne { $line } ne peut pas être lue comme du CSV : { $detail }

## Importer des membres

error-import-no-rows = { $path } ne contient aucune ligne : il n’y a rien à importer
error-import-has-errors = { $rows ->
    [one] { $rows } ligne présente des problèmes
   *[other] { $rows } lignes présentent des problèmes
} ; rien n’a été importé
# $needed énumère les colonnes qu’un fichier au format propre de Pacta doit avoir.
error-import-missing-column = le fichier n’a pas de colonne « { $column } » (colonnes requises : { $needed })
error-import-unplaced-columns = Pacta ne sait pas où placer les colonnes { $columns } : lancez `pacta import members FICHIER --suggest-mapping` (ou utilisez l’assistant d’importation) pour les faire correspondre
# Un problème dans une cellule du fichier : sa ligne, sa colonne telle que le fichier la nomme, et ce qui ne va pas.
error-import-cell = ligne { $line }, colonne « { $column } » : { $problem }
error-import-same-as-row = la même organisation qu’à la ligne { $row }
error-import-id-twice = l’identifiant { $id } figure aussi à la ligne { $row }
error-import-name-registered = une organisation nommée « { $name } » figure déjà au registre (identifiant { $id }) ; inscrivez { $id } dans la colonne id pour la mettre à jour
# $choices énumère les codes que peut prendre un type, un statut ou un pilier.
error-import-unplaced = ligne { $line }, colonne « { $column } » : « { $value } » n’est pas { $expected ->
    [kind] un type que Pacta connaît ({ $choices })
    [country] un nom de pays ou un code ISO 3166 (KH, VN, NA…)
    [status] un statut ({ $choices })
    [pillars] un pilier ({ $choices })
   *[date] une date (2021-03-15, 15/03/2021, 15 mars 2021…)
} ; choisissez ce qu’elle désigne dans la correspondance
error-mapping-missing-header = la correspondance nomme une colonne « { $header } » que le fichier n’a pas
error-mapping-unmapped-header = la colonne « { $header } » du fichier ne figure pas dans la correspondance
error-mapping-duplicate-target = deux colonnes vont vers « { $target } » : « { $first } » et « { $second } »
error-mapping-missing-target = aucune colonne ne va vers « { $target } », et la correspondance ne lui donne pas de valeur par défaut
error-mapping-unknown-country = « { $code } » n’est pas un code pays ISO 3166 (la correspondance y place « { $value } »)
error-mapping-header-row-outside = la ligne d’en-tête { $row } est hors du fichier

## Paquets portables

error-bundle-not-a-table = { $entry } n’est pas un tableau de lignes : { $reason }
error-bundle-table-unnamed = il ne nomme pas la table { $table }
error-bundle-no-columns = pas de liste de colonnes
error-bundle-column-not-text = un nom de colonne n’est pas du texte
error-bundle-no-rows = pas de liste de lignes
error-bundle-odd-value = la ligne { $row } contient une valeur d’aucun type connu
error-bundle-empty-passphrase = la phrase secrète d’un paquet ne peut pas être vide
error-bundle-needs-passphrase = ce fichier de partenariat est protégé par une phrase secrète : donnez aussi une phrase secrète pour son paquet, afin qu’aucune copie en clair n’en soit écrite
error-bundle-protected = ce paquet est protégé par une phrase secrète ; donnez la phrase secrète pour l’importer
error-bundle-wrong-passphrase = la phrase secrète n’ouvre pas ce paquet
error-bundle-damaged-entry = { $entry } : le paquet est endommagé ou n’est pas une archive zip ({ $detail })
error-bundle-damaged = le paquet est endommagé ou n’est pas une archive zip ({ $detail })
error-bundle-too-large = le paquet se décompresse en plus de { $limit } octets ; il est refusé comme bombe zip possible
error-bundle-too-many-entries = le paquet contient { $count } entrées, plus que les { $limit } permises ; il est refusé comme bombe zip possible
error-bundle-entry-list = la liste des entrées du paquet est endommagée
error-bundle-entry-twice = { $entry } figure deux fois dans le paquet
error-bundle-no-manifest = le paquet n’a pas de manifest.json : ce n’est pas un paquet Pacta
error-bundle-entry-missing = { $entry } est listé dans le manifeste mais manque dans le paquet
error-bundle-table-unlisted = le manifeste compte les lignes de { $table } mais ne liste pas { $entry }
error-bundle-entry-unexpected = { $entry } est dans le paquet mais pas dans son manifeste
error-bundle-entry-changed = { $entry } ne correspond pas à l’empreinte SHA-256 que le manifeste enregistre pour lui : le paquet a été modifié après sa création
error-bundle-table-uncounted = { $entry } contient une table que le manifeste ne compte pas
error-bundle-row-count = { $entry } contient { $rows } lignes là où le manifeste en compte { $count }
error-bundle-manifest-json = manifest.json n’est pas du JSON lisible ({ $detail }) : ce n’est pas un paquet Pacta
error-bundle-manifest-format = manifest.json ne nomme pas le format { $format } : ce n’est pas un paquet Pacta
error-bundle-newer-format = ce paquet a été créé au format { $version } par une version plus récente de Pacta ; cette version lit le format { $supported }
error-bundle-no-format-version = manifest.json ne donne aucune version de format de paquet que cette version lise ({ $supported })
error-bundle-manifest-incomplete = manifest.json est incomplet : { $detail }
error-bundle-newer-schema = ce paquet contient un partenariat au schéma { $schema }, enregistré par une version plus récente de Pacta (cette version lit jusqu’au schéma { $supported })
error-bundle-older-schema = ce paquet contient un partenariat au schéma { $schema }, issu d’une version antérieure de Pacta ; cette version n’importe que les paquets au schéma { $supported } : ouvrez le paquet avec la version qui l’a créé ({ $app_version }) et exportez-le à nouveau depuis celle-ci
error-bundle-seals = les enregistrements du paquet ne correspondent pas à leurs sceaux ({ $records ->
    [one] { $records } enregistrement modifié, retiré ou non scellé
   *[other] { $records } enregistrements modifiés, retirés ou non scellés
}, { $breaks ->
    [one] { $breaks } rupture
   *[other] { $breaks } ruptures
} dans la chaîne) : il a été modifié après sa création
error-bundle-chain-head = la chaîne des sceaux dans les données du paquet se termine ailleurs qu’à la tête enregistrée dans son manifeste
error-bundle-cannot-load = les données du paquet ne peuvent pas être chargées : { $reason }
error-load-missing-table = la table { $table } manque
error-load-unknown-table = il n’y a pas de table { $table } dans les fichiers de cette version
error-load-duplicate-table = la table { $table } est donnée deux fois
error-load-columns = la table { $table } a les colonnes { $found }, là où les fichiers de cette version ont { $expected }
error-load-row-width = la ligne { $row } de { $table } a { $found } valeurs pour { $expected } colonnes
error-load-refused = la ligne { $row } de { $table } a été refusée : { $reason }
error-load-foreign-key = la ligne { $row } de { $table } renvoie à une ligne manquante de { $parent }
error-load-integrity = le fichier chargé échoue au contrôle d’intégrité de SQLite : { $detail }

## Exportations de membres et listes de diffusion

error-too-many-rows = trop de lignes pour une feuille de calcul
error-member-export-format = { $path } : les membres ne s’exportent qu’en .csv et .xlsx (que tout tableur ouvre)
error-recipient = destinataire { $recipient } : { $problem }

## Matrices de responsabilités lues dans un fichier

error-matrix-file-format = { $file } : une matrice se lit depuis un fichier .csv ou .xlsx ; enregistrez-la au format .xlsx et réessayez
error-matrix-unreadable = { $file } ne peut pas être lu comme un classeur Excel : { $reason }
error-matrix-sheet-empty = la première feuille de calcul est vide : elle n’a pas de ligne d’en-tête
error-matrix-xlsx = la matrice n’a pas pu être écrite comme classeur Excel : { $detail }
error-matrix-too-big = la matrice a trop de lignes ou de colonnes pour une feuille de calcul
# $problems sont les premiers problèmes ; $more compte ceux laissés de côté.
error-matrix-import = la matrice ne peut pas être importée ({ $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}) : { $problems }{ $more ->
    [0] {""}
   *[other] {" "}; et { $more } de plus
}
error-matrix-column-without-header = la colonne { $column } contient des valeurs mais pas d’en-tête
error-matrix-column-twice = la colonne « { $header } » figure deux fois (colonnes { $first } et { $second })
error-matrix-column-not-a-member = la colonne « { $header } » n’est pas une organisation membre
error-matrix-columns-same-member = les colonnes « { $first } » et « { $second } » désignent le même membre, { $name }
error-matrix-column-ambiguous = la colonne « { $header } » pourrait désigner { $names } ; écrivez le nom complet
error-matrix-no-activity-column = le fichier n’a pas de colonne « activity » : sa ligne d’en-tête doit en nommer une
error-matrix-letter = « { $value } » n’est pas l’une des lettres R, A, C, I (ni vide)
error-matrix-flag = « { $value } » n’est ni « oui » ni vide
error-matrix-amount = « { $value } » n’est pas un nombre entier d’au moins 1
error-matrix-unit = « { $value } » n’est pas une unité valable : choisissez jours, semaines ou mois
error-matrix-duration-without-unit = une durée demande une unité : jours, semaines ou mois
error-matrix-unit-without-number = une unité (« { $unit } ») sans nombre
error-matrix-no-rows = le fichier n’a aucune ligne d’activité sous son en-tête

## La ligne de commande

# Comment `pacta` affiche un refus sur la sortie d’erreur.
error-cli-line = erreur : { $message }
error-cli-no-db = aucun fichier de partenariat donné : passez --db FICHIER ou définissez PACTA_DB
error-cli-lang = --lang vaut en, fr ou nl (ou en+fr pour un accord), et non « { $given } »
error-cli-lang-en-fr = --lang vaut en ou fr, et non « { $given } »
error-cli-lang-agreement = --lang vaut en, fr ou en+fr, et non « { $given } »
error-cli-paper = --paper vaut a4 ou letter, et non « { $given } »
error-cli-pdf-only = { $what ->
    [minutes] un procès-verbal s’exporte
   *[convocation] une convocation s’exporte
} en .pdf, et non en .{ $extension }
error-cli-passphrase-file = impossible de lire le fichier de phrase secrète { $file } : { $reason }
error-cli-passphrase-file-empty = la première ligne de { $file } est vide ; écrivez-y la phrase secrète
error-cli-passphrase-required = { $path } est protégé par une phrase secrète : définissez { $variable } ou passez --passphrase-file
error-cli-no-new-passphrase = aucune nouvelle phrase secrète donnée : définissez { $variable } ou passez --new-passphrase-file
error-cli-current-passphrase = donnez la phrase secrète actuelle de { $path } : définissez { $variable } ou passez --passphrase-file
error-cli-unknown-preset = modèle « { $name } » inconnu (modèles connus : { $known })
error-cli-preset-or-file = donnez --preset NOM ou --file P.json
error-cli-no-protocol = l’instance { $body } n’a pas encore de protocole de vote : adoptez-en un avec `pacta protocols set`
error-cli-several-protocols = l’instance { $body } a plusieurs protocoles ({ $names }) : choisissez-en un avec --protocol
error-cli-no-such-protocol = l’instance { $body } n’a pas de protocole « { $wanted } » (elle a : { $names })
error-cli-invalid-vote = vote invalide : { $reason }
error-cli-bad-json = { $path } n’est pas un fichier { $what ->
    [protocol] de protocole
    [roll] de liste d’appel
    [ballots] de bulletins
   *[other] { $what }
} valable : { $detail }
error-cli-bad-mapping = { $path } n’est pas une correspondance que Pacta sait lire ({ $detail }) ; voir docs/import.md

## La fenêtre de l’application

error-nothing-open = aucun partenariat n’est ouvert : créez-en un ou ouvrez-en un
error-lock-unprotected = { $path } n’est pas protégé par une phrase secrète ; il ne peut donc pas être verrouillé
error-path-not-chosen = { $path } n’a pas été choisi dans une boîte de dialogue : utilisez Parcourir… pour le choisir
error-open-paper = { $path } n’a pas pu être ouvert avec la visionneuse du système : { $detail }
error-open-folder = le dossier { $path } n’a pas pu être ouvert avec le gestionnaire de fichiers du système : { $detail }
error-paper-name = le nom du document « { $name } » n’est pas un simple nom de fichier ; il n’a pas été ouvert
