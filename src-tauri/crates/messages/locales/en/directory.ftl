## directory
## The printed member directory: the list of members and their representatives a forum prints
## for a meeting. Codes ($scope, $grouping, $kind, $role, $office, $status) are the record's
## own and choose their words here.

directory-title = Member directory
directory-subtitle = { $scope ->
    [active] Active members
   *[all] All members, whatever their status
}, { $grouping ->
    [body] by body
   *[constituency] by constituency
}
directory-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
directory-printed-on = Printed on { $date }
# A day of the calendar written out: $day and $year are numbers, $month 1 to 12.
directory-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
# The footer; $page and $pages are filled in once the page count is known.
directory-page-of = Page { $page } of { $pages }
directory-column-organisation = Organisation
directory-column-representative = Representative and title
directory-column-email = E-mail
directory-column-phone = Phone
# A group's heading: a constituency or a body, and how many members are listed under it.
directory-group = { $group } — { $count ->
    [one] { $count } member
   *[other] { $count } members
}
# The group's heading again at the head of each later page it runs onto.
directory-continued = { $group } (continued)
# The last group when grouping by body: members who sit in none.
directory-no-body = Not seated in any body
directory-no-representative = No representative named
directory-no-members = There are no members to list.
directory-kind = { $kind ->
    [government] Government ministry or agency
    [law_enforcement] Law enforcement
    [judiciary] Prosecution / judiciary
    [civil_society] NGO / civil society
    [survivor_led] Survivor-led organisation
    [employers] Employers’ organisation
    [trade_union] Trade union
    [international] International organisation
    [academic] Academic
    [private_company] Private company
   *[other] Other
}
directory-role = { $role ->
    [voting_member] Voting member
    [observer] Observer
    [technical_adviser] Technical adviser
   *[secretariat] Secretariat
}
directory-office = { $office ->
    [chair] Chair
   *[vice_chair] Vice-chair
}
directory-status = { $status ->
    [active] Active
    [suspended] Suspended
   *[withdrawn] Withdrawn
}
# The CLI's line once the directory is written.
directory-exported = Wrote the member directory ({ $count ->
    [one] { $count } member
   *[other] { $count } members
}) to { $path } ({ $bytes } bytes)
# Refused: a directory written to a file that is not a .pdf.
directory-error-format = the member directory is printed as .pdf, not .{ $extension }
# Refused: a --group-by the directory does not know.
directory-error-group-by = --group-by is constituency or body, not “{ $given }”
