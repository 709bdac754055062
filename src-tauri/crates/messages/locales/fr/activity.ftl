### Le journal d'activité : une phrase par modification. Les codes ($status, $role, $outcome)
### sont ceux de l'enregistrement et choisissent ici leurs mots.


activity-action-added = Point d'action : { $title }
activity-action-status = Le point d'action « { $title } » est { $status ->
    [open] ouvert
    [in_progress] en cours
    [done] réalisé
    [dropped] abandonné
   *[other] { $status }
} : { $note }
activity-agreement-drafted = Projet d'accord { $reference } rédigé : { $title }
activity-amendment-drafted = Avenant n° { $amendment } rédigé : { $title }
activity-agreement-edited = Version { $version } de { $title } modifiée
activity-agreement-signed = { $signatory } a signé la version { $version } le { $on }
activity-agreement-status = L'accord { $agreement } est désormais { $status ->
    [draft] à l'état de projet
    [negotiation] en cours de négociation
    [signed] signé
    [in_force] en vigueur
    [expired] expiré
    [terminated] résilié
   *[other] { $status }
}
activity-paper-attached = Pièce jointe ajoutée : { $file } ({ $bytes ->
    [one] { $bytes } octet
   *[other] { $bytes } octets
})
activity-paper-removed = Pièce jointe { $file } retirée
activity-body-created = Instance { $body } créée ({ $code })
activity-body-edited = Instance { $body } modifiée
activity-distribution-list = Liste de diffusion de { $body } : { $count ->
    [one] { $count } destinataire
   *[other] { $count } destinataires
}
activity-chair-approves-minutes = { $body } : la présidence peut approuver le procès-verbal
activity-meeting-approves-minutes = { $body } : le procès-verbal est approuvé par décision d'une réunion ultérieure
activity-seat-set = { $organisation } siège au sein de { $body } en qualité de { $role ->
    [voting_member] membre votant
    [observer] observateur
    [technical_adviser] conseiller technique
    [secretariat] secrétariat
   *[other] { $role }
} (poids { $weight })
activity-seat-removed = { $organisation } ne siège plus au sein de { $body }
activity-clause-saved = Clause « { $title } » enregistrée dans la bibliothèque
activity-clause-removed = Clause « { $title } » retirée de la bibliothèque
activity-decision-recorded = Décision { $reference } : { $text }
activity-decision-withdrawn = Décision { $reference } retirée du projet de procès-verbal
activity-representative-erased = Données personnelles du représentant { $representative } de { $organisation } effacées à la demande de la personne concernée
activity-matrix-drafted = Matrice de responsabilités { $reference } rédigée : { $title }
activity-matrix-edited = Version { $version } de { $reference } modifiée : { $title }
activity-matrix-new-version = Version { $version } de { $reference } créée à partir de la version { $from }
activity-matrix-annexed = Version { $version } de { $reference } annexée à { $agreement }
activity-matrix-annex-replaced = La version { $version } de { $reference } remplace la version { $replaced } dans les annexes de { $agreement }
activity-matrix-unannexed = Version { $version } de { $reference } retirée des annexes de { $agreement }
activity-member-added = Membre { $organisation } ajouté
activity-member-edited = Membre { $organisation } modifié
activity-member-status = Le membre { $organisation } est { $status ->
    [active] actif
    [suspended] suspendu
    [withdrawn] retiré
   *[other] { $status }
} à compter du { $on } : { $reason }
activity-member-removed = Membre { $organisation } supprimé
activity-protocol-adopted = { $body } a adopté « { $name } », version { $version }
activity-representative-added = Ajout de { $name } comme représentant de { $organisation }
activity-representative-edited = Modification du représentant { $name }
activity-representative-removed = Suppression du représentant { $name }
activity-sealed-existing = { $count ->
    [one] Scellement de { $count } enregistrement qui était définitif
   *[other] Scellement de { $count } enregistrements qui étaient définitifs
} avant l'introduction des scellés
activity-vote-closed = { $body } : « { $motion } » — { $outcome ->
    [carried] adoptée
    [rejected] rejetée
    [no_quorum] quorum non atteint
   *[other] { $outcome }
}
activity-vote-corrected = { $body } : le vote { $vote } rectifie le vote { $corrected } ({ $reason }) : { $outcome ->
    [carried] adoptée
    [rejected] rejetée
    [no_quorum] quorum non atteint
   *[other] { $outcome }
}
activity-meeting-scheduled = { $body } : réunion « { $title } » prévue le { $date }
activity-meeting-rescheduled = Réunion « { $title } » reprogrammée au { $date }
activity-meeting-deleted = Réunion « { $title } » du { $date } supprimée
activity-attendance = Présences : { $present ->
    [one] { $present } membre présent
   *[other] { $present } membres présents
}, { $guests ->
    [one] { $guests } invité
   *[other] { $guests } invités
}
activity-minutes-status = Procès-verbal { $status ->
    [draft] remis à l'état de projet
    [circulated] diffusé
    [approved] approuvé
   *[other] { $status }
} le { $on }
activity-erratum = Erratum au procès-verbal : { $text }
activity-item-added = Point { $position } de l'ordre du jour : { $title }
activity-item-edited = Point { $position } de l'ordre du jour modifié : { $title }
activity-item-moved = Point « { $title } » de l'ordre du jour déplacé en position { $position }
activity-item-removed = Point retiré de l'ordre du jour : { $title }
activity-item-minutes = Procès-verbal du point { $position } : { $title }
activity-meeting-paper-added = Document { $file } ({ $bytes ->
    [one] { $bytes } octet
   *[other] { $bytes } octets
}) pour le point { $position } : { $title }
activity-meeting-paper-removed = Document { $file } retiré
activity-file-protected = Fichier du partenariat protégé par une phrase secrète (chiffré sur le disque)
activity-passphrase-changed = Phrase secrète du fichier du partenariat changée
activity-file-unprotected = Phrase secrète retirée : le fichier du partenariat n'est plus chiffré
activity-idle-lock = { $minutes ->
    [0] Fichier protégé : jamais verrouillé en cas d'inactivité
    [one] Fichier protégé : verrouillé après { $minutes } minute d'inactivité
   *[other] Fichier protégé : verrouillé après { $minutes } minutes d'inactivité
}
activity-restored = Restauré depuis la sauvegarde du { $taken_at } ({ $backup })
activity-restored-kept-aside = Restauré depuis la sauvegarde du { $taken_at } ({ $backup }) ; le fichier remplacé a été conservé sous { $kept }
activity-backups-kept = Sauvegardes automatiques : conserver les { $keep } plus récentes
activity-partnership-renamed = Partenariat renommé en { $name }

## Entrée écrite avant que le journal garde ses phrases en messages : redite à partir de ses codes.
activity-earlier-entry = { $kind ->
    [agreement] Accord
    [body] Organe
    [library_clause] Clause de la bibliothèque
    [matrix] Matrice des responsabilités
    [meeting] Réunion
    [membership] Adhésion
    [organisation] Membre
    [partnership] Partenariat
    [protocol] Règles de vote
    [representative] Représentant
    [settings] Paramètres
    [vote] Vote
   *[other] Enregistrement
}{ $number } : { $action ->
    [action] point d'action enregistré
    [amend] avenant rédigé
    [annex] annexe modifiée
    [attach] document joint
    [create] créé
    [decide] décision enregistrée
    [delete] supprimé
    [detach] document retiré
    [distribution] liste de diffusion modifiée
    [edit] modifié
    [erase] données personnelles effacées
    [new_version] nouvelle version
    [protocol] règles de vote modifiées
    [rename] renommé
    [restore] restauré depuis une sauvegarde
    [seal] scellé
    [seat] siège pourvu
    [sign] signé
    [status] statut modifié
    [unseat] siège quitté
    [update] mis à jour
    [vote] vote enregistré
   *[other] modifié
}
