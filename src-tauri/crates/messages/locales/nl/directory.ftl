## directory
## De afgedrukte ledenlijst: de leden en hun vertegenwoordigers, zoals een forum die voor een
## vergadering afdrukt.

directory-title = Ledenlijst
directory-subtitle = { $scope ->
    [active] Actieve leden
   *[all] Alle leden, ongeacht hun status
}, { $grouping ->
    [body] per orgaan
   *[constituency] per geleding
}
directory-count = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
directory-printed-on = Afgedrukt op { $date }
directory-date = { $day } { $month ->
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
directory-page-of = Pagina { $page } van { $pages }
directory-column-organisation = Organisatie
directory-column-representative = Vertegenwoordiger en functie
directory-column-email = E-mail
directory-column-phone = Telefoon
directory-group = { $group } — { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
directory-continued = { $group } (vervolg)
directory-no-body = Leden zonder zetel in een orgaan
directory-no-representative = Geen vertegenwoordiger aangewezen
directory-no-members = Er zijn geen leden om op te nemen.
directory-kind = { $kind ->
    [government] Ministerie of overheidsinstantie
    [law_enforcement] Politie en handhaving
    [judiciary] Openbaar ministerie / rechterlijke macht
    [civil_society] Ngo / maatschappelijk middenveld
    [survivor_led] Organisatie geleid door overlevenden
    [employers] Werkgeversorganisatie
    [trade_union] Vakbond
    [international] Internationale organisatie
    [academic] Wetenschappelijke instelling
    [private_company] Particulier bedrijf
   *[other] Overig
}
directory-role = { $role ->
    [voting_member] Stemgerechtigd lid
    [observer] Waarnemer
    [technical_adviser] Technisch adviseur
   *[secretariat] Secretariaat
}
directory-office = { $office ->
    [chair] Voorzitter
   *[vice_chair] Vicevoorzitter
}
directory-status = { $status ->
    [active] Actief
    [suspended] Geschorst
   *[withdrawn] Uitgetreden
}
directory-exported = Ledenlijst ({ $count ->
    [one] { $count } lid
   *[other] { $count } leden
}) geschreven naar { $path } ({ $bytes } bytes)
directory-error-format = de ledenlijst wordt als .pdf afgedrukt, niet als .{ $extension }
directory-error-group-by = --group-by is constituency (per geleding) of body (per orgaan), niet “{ $given }”
