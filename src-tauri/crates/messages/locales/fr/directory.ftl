## directory
## L’annuaire imprimé des membres : la liste des membres et de leurs représentants qu’un forum
## imprime pour une réunion.

directory-title = Annuaire des membres
directory-subtitle = { $scope ->
    [active] Membres actifs
   *[all] Tous les membres, quel que soit leur statut
}, { $grouping ->
    [body] par instance
   *[constituency] par groupe d’acteurs
}
directory-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
directory-printed-on = Imprimé le { $date }
directory-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
directory-page-of = Page { $page } sur { $pages }
directory-column-organisation = Organisation
directory-column-representative = Représentant et fonction
directory-column-email = Courriel
directory-column-phone = Téléphone
directory-group = { $group } — { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
directory-continued = { $group } (suite)
directory-no-body = Membres ne siégeant dans aucune instance
directory-no-representative = Aucun représentant désigné
directory-no-members = Aucun membre à faire figurer.
directory-kind = { $kind ->
    [government] Ministère ou agence gouvernementale
    [law_enforcement] Forces de l’ordre
    [judiciary] Parquet / justice
    [civil_society] ONG / société civile
    [survivor_led] Organisation de survivants
    [employers] Organisation d’employeurs
    [trade_union] Syndicat
    [international] Organisation internationale
    [academic] Université / recherche
    [private_company] Entreprise privée
   *[other] Autre
}
directory-role = { $role ->
    [voting_member] Membre votant
    [observer] Observateur
    [technical_adviser] Conseiller technique
   *[secretariat] Secrétariat
}
directory-office = { $office ->
    [chair] Présidence
   *[vice_chair] Vice-présidence
}
directory-status = { $status ->
    [active] Actif
    [suspended] Suspendu
   *[withdrawn] Retiré
}
directory-exported = Annuaire des membres ({ $count ->
    [one] { $count } membre
   *[other] { $count } membres
}) écrit dans { $path } ({ $bytes } octets)
directory-error-format = l’annuaire des membres s’imprime au format .pdf, pas .{ $extension }
directory-error-group-by = --group-by vaut constituency (par groupe d’acteurs) ou body (par instance), pas « { $given } »
