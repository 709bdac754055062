### The printed minutes and convocation of a meeting, and the standard agenda items.

## Heading facts

minutes-title = Minutes
minutes-meeting-no = Meeting no. { $n }
minutes-kind = Kind
minutes-date = Date
minutes-time = Time
minutes-place = Place
minutes-online = Online
minutes-convenor = Convened by
minutes-status = Status
# The large mark on the first page of draft minutes and in their running header.
minutes-draft-mark = DRAFT — NOT APPROVED
minutes-draft = Draft, not yet approved
minutes-circulated = Circulated to the members for approval
minutes-approved = Approved
# A date written out: day, month and year as numbers; the month chooses its name.
minutes-long-date = { $day } { $month ->
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
minutes-printed-on = Printed on { $date }

minutes-meeting-kind-ordinary = Ordinary meeting
minutes-meeting-kind-extraordinary = Extraordinary meeting
minutes-meeting-kind-working-session = Working session

## Attendance

minutes-attendance = Attendance
minutes-present = Present
minutes-no-chamber = Members without a chamber
minutes-apologies = Apologies
minutes-absent = Absent
minutes-proxies = Represented by proxy
minutes-represented-by = { $principal }, represented by { $holder }
minutes-observers-and-guests = Observers and guests
minutes-observer = observer
minutes-guest = guest

## Proceedings

minutes-proceedings = Proceedings
minutes-item-kind-information = For information
minutes-item-kind-discussion = For discussion
minutes-item-kind-decision = For decision
minutes-presented-by = Presented by { $presenter }
# The papers put before the meeting under an item.
minutes-papers = Papers
minutes-outcome = Outcome
minutes-vote = Vote
minutes-method = Method
minutes-result = Result
minutes-member = Member
minutes-vote-method-roll-call = Roll call
minutes-vote-method-show-of-hands = Show of hands
minutes-vote-method-secret = Secret ballot
minutes-vote-outcome-carried = Carried
minutes-vote-outcome-rejected = Rejected
minutes-vote-outcome-no-quorum = No quorum
# A member's vote in a roll call.
minutes-choice-yes = Yes
minutes-choice-no = No
minutes-choice-abstain = Abstain
minutes-secret-ballot-note = Secret ballot: individual votes are not recorded.
minutes-decisions = Decisions

## Action items, errata and signatures

minutes-actions = Action items
# The heading of the column numbering the action items.
minutes-action-number = No.
minutes-action = Action
minutes-owner = Owner
minutes-due = Due
minutes-action-status-open = Open
minutes-action-status-in-progress = In progress
minutes-action-status-done = Done
minutes-action-status-dropped = Dropped
minutes-no-actions = No action items were agreed.
minutes-errata = Errata
minutes-recorded-by = recorded by { $by }
minutes-signatures = Signatures
minutes-chair = Chair
minutes-secretary = Secretary
minutes-signature = Signature

## The convocation: the letter inviting the members to a meeting

convocation-title = Convocation
convocation-invitation = The members of the { $body } are invited to attend this meeting, at the date, time and place given above, to consider the agenda below.
convocation-agenda = Agenda
convocation-duration = Expected duration: { $minutes } min
convocation-confirm = Please confirm your attendance, or send your apologies, to { $convenor } before the meeting.
# The same request, when the convocation names no convenor.
convocation-confirm-anyone = Please confirm your attendance, or send your apologies, before the meeting.
convocation-no-items = The agenda has not been set yet.

## The items a meeting usually opens or closes with

agenda-adoption-of-agenda = Adoption of the agenda
agenda-previous-minutes = Approval of the minutes of the previous meeting
agenda-matters-arising = Matters arising (open action items)
agenda-any-other-business = Any other business

## A member's arrivals and departures during the meeting, and the minutes' approval line.
minutes-arrived-at = arrived { $time }
minutes-left-at = left { $time }
minutes-approved-on-by = Approved on { $date } by { $by }
minutes-circulated-on-to = Circulated on { $date } to { $recipients }

## Who approved the minutes when the chair did (the file keeps "the chair, NAME").
minutes-approved-by-chair = the chair, { $name }
