### The activity log: one sentence per change. Codes ($status, $role, $outcome) are the
### record's own and choose their words in each message.


activity-action-added = Action item: { $title }
activity-action-status = Action “{ $title }” is { $status ->
    [open] open
    [in_progress] in progress
    [done] done
    [dropped] dropped
   *[other] { $status }
}: { $note }
activity-agreement-drafted = Drafted { $reference }: { $title }
activity-amendment-drafted = Amendment { $amendment } drafted: { $title }
activity-agreement-edited = Edited version { $version } of { $title }
activity-agreement-signed = { $signatory } signed version { $version } on { $on }
activity-agreement-status = Agreement { $agreement } is now { $status ->
    [draft] draft
    [negotiation] in negotiation
    [signed] signed
    [in_force] in force
    [expired] expired
    [terminated] terminated
   *[other] { $status }
}
activity-paper-attached = Attached { $file } ({ $bytes } bytes)
activity-paper-removed = Removed the attached { $file }
activity-body-created = Created body { $body } ({ $code })
activity-body-edited = Edited body { $body }
activity-distribution-list = Distribution list of { $body }: { $count ->
    [one] { $count } recipient
   *[other] { $count } recipients
}
activity-chair-approves-minutes = { $body }: the chair may approve the minutes
activity-meeting-approves-minutes = { $body }: minutes are approved by a decision of a later meeting
activity-seat-set = { $organisation } sits in { $body } as { $role ->
    [voting_member] voting member
    [observer] observer
    [technical_adviser] technical adviser
    [secretariat] secretariat
   *[other] { $role }
} (weight { $weight })
activity-seat-removed = { $organisation } no longer sits in { $body }
activity-clause-saved = Saved the clause “{ $title }” to the library
activity-clause-removed = Removed the clause “{ $title }” from the library
activity-decision-recorded = Decision { $reference }: { $text }
activity-decision-withdrawn = Decision { $reference } withdrawn from the draft minutes
activity-representative-erased = Erased the personal data of representative { $representative } of { $organisation } on request
activity-matrix-drafted = Drafted { $reference }: { $title }
activity-matrix-edited = Edited version { $version } of { $reference }: { $title }
activity-matrix-new-version = Started version { $version } of { $reference } from version { $from }
activity-matrix-annexed = Annexed version { $version } of { $reference } to { $agreement }
activity-matrix-annex-replaced = Version { $version } of { $reference } replaces version { $replaced } in the annexes of { $agreement }
activity-matrix-unannexed = Removed version { $version } of { $reference } from the annexes of { $agreement }
activity-member-added = Added member { $organisation }
activity-member-edited = Edited member { $organisation }
activity-member-status = { $organisation } is now { $status ->
    [active] active
    [suspended] suspended
    [withdrawn] withdrawn
   *[other] { $status }
} from { $on }: { $reason }
activity-member-removed = Removed member { $organisation }
activity-protocol-adopted = { $body } adopted “{ $name }”, version { $version }
activity-representative-added = Added { $name } as a representative of { $organisation }
activity-representative-edited = Edited representative { $name }
activity-representative-removed = Removed representative { $name }
activity-sealed-existing = Sealed the { $count ->
    [one] { $count } record
   *[other] { $count } records
} that were final before seals existed
activity-vote-closed = { $body }: “{ $motion }” — { $outcome ->
    [carried] carried
    [rejected] rejected
    [no_quorum] no quorum
   *[other] { $outcome }
}
activity-vote-corrected = { $body }: vote { $vote } corrects vote { $corrected } ({ $reason }): { $outcome ->
    [carried] carried
    [rejected] rejected
    [no_quorum] no quorum
   *[other] { $outcome }
}
activity-meeting-scheduled = { $body }: scheduled { $title } on { $date }
activity-meeting-rescheduled = Rescheduled { $title } on { $date }
activity-meeting-deleted = Deleted the meeting { $title } of { $date }
activity-attendance = Attendance: { $present ->
    [one] { $present } member present
   *[other] { $present } members present
}, { $guests ->
    [one] { $guests } guest
   *[other] { $guests } guests
}
activity-minutes-status = Minutes { $status ->
    [draft] returned to draft
    [circulated] circulated
    [approved] approved
   *[other] { $status }
} on { $on }
activity-erratum = Erratum to the minutes: { $text }
activity-item-added = Agenda item { $position }: { $title }
activity-item-edited = Agenda item { $position } edited: { $title }
activity-item-moved = Agenda item “{ $title }” moved to { $position }
activity-item-removed = Agenda item removed: { $title }
activity-item-minutes = Minutes of item { $position }: { $title }
activity-meeting-paper-added = Paper { $file } ({ $bytes } bytes) for item { $position }: { $title }
activity-meeting-paper-removed = Removed the paper { $file }
activity-file-protected = Protected the partnership file with a passphrase (encrypted at rest)
activity-passphrase-changed = Changed the passphrase of the partnership file
activity-file-unprotected = Removed the passphrase: the partnership file is no longer encrypted
activity-idle-lock = { $minutes ->
    [0] Protected file: never lock when idle
    [one] Protected file: lock after { $minutes } minute without use
   *[other] Protected file: lock after { $minutes } minutes without use
}
activity-restored = Restored from the backup taken at { $taken_at } ({ $backup })
activity-restored-kept-aside = Restored from the backup taken at { $taken_at } ({ $backup }); the replaced file was kept as { $kept }
activity-backups-kept = Automatic backups: keep the newest { $keep }
activity-partnership-renamed = Renamed the partnership { $name }

## An entry written before the log kept its sentences as messages: said again from its codes.
activity-earlier-entry = { $kind ->
    [agreement] Agreement
    [body] Body
    [library_clause] Library clause
    [matrix] Responsibility matrix
    [meeting] Meeting
    [membership] Membership
    [organisation] Member
    [partnership] Partnership
    [protocol] Voting protocol
    [representative] Representative
    [settings] Settings
    [vote] Vote
   *[other] Record
}{ $number }: { $action ->
    [action] action item recorded
    [amend] amendment drafted
    [annex] annex changed
    [attach] paper attached
    [create] created
    [decide] decision recorded
    [delete] deleted
    [detach] paper removed
    [distribution] distribution list changed
    [edit] edited
    [erase] personal data erased
    [new_version] new version
    [protocol] protocol changed
    [rename] renamed
    [restore] restored from a backup
    [seal] sealed
    [seat] seat filled
    [sign] signed
    [status] status changed
    [unseat] seat left
    [update] updated
    [vote] vote recorded
   *[other] changed
}
