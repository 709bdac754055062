### Het activiteitenlogboek: één zin per wijziging. De codes ($status, $role, $outcome) zijn
### die van het record zelf en kiezen hier hun woorden.


activity-action-added = Actiepunt: { $title }
activity-action-status = Actiepunt “{ $title }” is { $status ->
    [open] open
    [in_progress] in uitvoering
    [done] afgerond
    [dropped] geschrapt
   *[other] { $status }
}: { $note }
activity-agreement-drafted = Ontwerp van overeenkomst { $reference } opgesteld: { $title }
activity-amendment-drafted = Wijziging { $amendment } opgesteld: { $title }
activity-agreement-edited = Versie { $version } van { $title } bewerkt
activity-agreement-signed = { $signatory } heeft versie { $version } ondertekend op { $on }
activity-agreement-status = Overeenkomst { $agreement } is nu { $status ->
    [draft] in ontwerp
    [negotiation] in onderhandeling
    [signed] ondertekend
    [in_force] van kracht
    [expired] verlopen
    [terminated] beëindigd
   *[other] { $status }
}
activity-paper-attached = Bijlage toegevoegd: { $file } ({ $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
})
activity-paper-removed = Bijlage { $file } verwijderd
activity-body-created = Orgaan { $body } aangemaakt ({ $code })
activity-body-edited = Orgaan { $body } bewerkt
activity-distribution-list = Verzendlijst van { $body }: { $count ->
    [one] { $count } ontvanger
   *[other] { $count } ontvangers
}
activity-chair-approves-minutes = { $body }: de voorzitter mag de notulen goedkeuren
activity-meeting-approves-minutes = { $body }: de notulen worden goedgekeurd bij besluit van een latere vergadering
activity-seat-set = { $organisation } heeft zitting in { $body } als { $role ->
    [voting_member] stemgerechtigd lid
    [observer] waarnemer
    [technical_adviser] technisch adviseur
    [secretariat] secretariaat
   *[other] { $role }
} (gewicht { $weight })
activity-seat-removed = { $organisation } heeft geen zitting meer in { $body }
activity-clause-saved = Clausule “{ $title }” opgeslagen in de bibliotheek
activity-clause-removed = Clausule “{ $title }” uit de bibliotheek verwijderd
activity-decision-recorded = Besluit { $reference }: { $text }
activity-decision-withdrawn = Besluit { $reference } uit de conceptnotulen gehaald
activity-representative-erased = Persoonsgegevens van vertegenwoordiger { $representative } van { $organisation } op verzoek gewist
activity-matrix-drafted = Verantwoordelijkheidsmatrix { $reference } opgesteld: { $title }
activity-matrix-edited = Versie { $version } van { $reference } bewerkt: { $title }
activity-matrix-new-version = Versie { $version } van { $reference } gestart op basis van versie { $from }
activity-matrix-annexed = Versie { $version } van { $reference } als bijlage toegevoegd aan { $agreement }
activity-matrix-annex-replaced = Versie { $version } van { $reference } vervangt versie { $replaced } in de bijlagen bij { $agreement }
activity-matrix-unannexed = Versie { $version } van { $reference } verwijderd uit de bijlagen bij { $agreement }
activity-member-added = Lid { $organisation } toegevoegd
activity-member-edited = Lid { $organisation } bewerkt
activity-member-status = { $organisation } is vanaf { $on } { $status ->
    [active] actief
    [suspended] geschorst
    [withdrawn] uitgetreden
   *[other] { $status }
}: { $reason }
activity-member-removed = Lid { $organisation } verwijderd
activity-protocol-adopted = { $body } heeft “{ $name }”, versie { $version }, vastgesteld
activity-representative-added = { $name } toegevoegd als vertegenwoordiger van { $organisation }
activity-representative-edited = Vertegenwoordiger { $name } bewerkt
activity-representative-removed = Vertegenwoordiger { $name } verwijderd
activity-sealed-existing = { $count ->
    [one] { $count } record verzegeld dat al definitief was
   *[other] { $count } records verzegeld die al definitief waren
} voordat er zegels bestonden
activity-vote-closed = { $body }: “{ $motion }” — { $outcome ->
    [carried] aangenomen
    [rejected] verworpen
    [no_quorum] geen quorum
   *[other] { $outcome }
}
activity-vote-corrected = { $body }: stemming { $vote } corrigeert stemming { $corrected } ({ $reason }): { $outcome ->
    [carried] aangenomen
    [rejected] verworpen
    [no_quorum] geen quorum
   *[other] { $outcome }
}
activity-meeting-scheduled = { $body }: vergadering { $title } gepland op { $date }
activity-meeting-rescheduled = Vergadering { $title } verplaatst naar { $date }
activity-meeting-deleted = Vergadering { $title } van { $date } verwijderd
activity-attendance = Aanwezigheid: { $present ->
    [one] { $present } lid aanwezig
   *[other] { $present } leden aanwezig
}, { $guests ->
    [one] { $guests } gast
   *[other] { $guests } gasten
}
activity-minutes-status = Notulen { $status ->
    [draft] teruggezet naar concept
    [circulated] rondgestuurd
    [approved] goedgekeurd
   *[other] { $status }
} op { $on }
activity-erratum = Erratum bij de notulen: { $text }
activity-item-added = Agendapunt { $position }: { $title }
activity-item-edited = Agendapunt { $position } bewerkt: { $title }
activity-item-moved = Agendapunt “{ $title }” verplaatst naar positie { $position }
activity-item-removed = Agendapunt verwijderd: { $title }
activity-item-minutes = Notulen van agendapunt { $position }: { $title }
activity-meeting-paper-added = Vergaderstuk { $file } ({ $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}) bij agendapunt { $position }: { $title }
activity-meeting-paper-removed = Vergaderstuk { $file } verwijderd
activity-file-protected = Het partnerschapsbestand beveiligd met een wachtwoordzin (versleuteld opgeslagen)
activity-passphrase-changed = De wachtwoordzin van het partnerschapsbestand gewijzigd
activity-file-unprotected = Wachtwoordzin verwijderd: het partnerschapsbestand is niet meer versleuteld
activity-idle-lock = { $minutes ->
    [0] Beveiligd bestand: nooit vergrendelen bij inactiviteit
    [one] Beveiligd bestand: vergrendelen na { $minutes } minuut zonder gebruik
   *[other] Beveiligd bestand: vergrendelen na { $minutes } minuten zonder gebruik
}
activity-restored = Hersteld uit de reservekopie van { $taken_at } ({ $backup })
activity-restored-kept-aside = Hersteld uit de reservekopie van { $taken_at } ({ $backup }); het vervangen bestand is bewaard als { $kept }
activity-backups-kept = Automatische reservekopieën: de { $keep } nieuwste bewaren
activity-partnership-renamed = Partnerschap hernoemd tot { $name }

## Een regel van vóór de tijd dat het logboek zijn zinnen als berichten bewaarde: opnieuw gezegd uit de codes.
activity-earlier-entry = { $kind ->
    [agreement] Overeenkomst
    [body] Orgaan
    [library_clause] Clausule uit de bibliotheek
    [matrix] Verantwoordelijkheidsmatrix
    [meeting] Vergadering
    [membership] Lidmaatschap
    [organisation] Lid
    [partnership] Partnerschap
    [protocol] Stemprocedure
    [representative] Vertegenwoordiger
    [settings] Instellingen
    [vote] Stemming
   *[other] Gegeven
}{ $number }: { $action ->
    [action] actiepunt vastgelegd
    [amend] wijziging opgesteld
    [annex] bijlage gewijzigd
    [attach] document bijgevoegd
    [create] aangemaakt
    [decide] besluit vastgelegd
    [delete] verwijderd
    [detach] document verwijderd
    [distribution] verzendlijst gewijzigd
    [edit] bewerkt
    [erase] persoonsgegevens gewist
    [new_version] nieuwe versie
    [protocol] stemprocedure gewijzigd
    [rename] hernoemd
    [restore] teruggezet uit een back-up
    [seal] verzegeld
    [seat] zetel ingenomen
    [sign] ondertekend
    [status] status gewijzigd
    [unseat] zetel verlaten
    [update] bijgewerkt
    [vote] stem vastgelegd
   *[other] gewijzigd
}
