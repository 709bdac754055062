### Le procès-verbal et la convocation d’une réunion, et les points habituels de l’ordre du jour.

## En-tête

minutes-title = Procès-verbal
minutes-meeting-no = Réunion n° { $n }
minutes-kind = Type
minutes-date = Date
minutes-time = Heure
minutes-place = Lieu
minutes-online = En ligne
minutes-convenor = Convoquée par
minutes-status = Statut
minutes-draft-mark = PROJET — NON APPROUVÉ
minutes-draft = Projet, non encore approuvé
minutes-circulated = Diffusé aux membres pour approbation
minutes-approved = Approuvé
minutes-long-date = { $day ->
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
minutes-printed-on = Imprimé le { $date }

minutes-meeting-kind-ordinary = Réunion ordinaire
minutes-meeting-kind-extraordinary = Réunion extraordinaire
minutes-meeting-kind-working-session = Séance de travail

## Présences

minutes-attendance = Présences
minutes-present = Présents
minutes-no-chamber = Membres sans collège
minutes-apologies = Excusés
minutes-absent = Absents
minutes-proxies = Représentés par procuration
minutes-represented-by = { $principal }, représenté par { $holder }
minutes-observers-and-guests = Observateurs et invités
minutes-observer = observateur
minutes-guest = invité

## Déroulement de la réunion

minutes-proceedings = Déroulement de la réunion
minutes-item-kind-information = Pour information
minutes-item-kind-discussion = Pour discussion
minutes-item-kind-decision = Pour décision
minutes-presented-by = Présenté par { $presenter }
minutes-papers = Documents
minutes-outcome = Conclusion
minutes-vote = Vote
minutes-method = Mode de scrutin
minutes-result = Résultat
minutes-member = Membre
minutes-vote-method-roll-call = Appel nominal
minutes-vote-method-show-of-hands = À main levée
minutes-vote-method-secret = Scrutin secret
minutes-vote-outcome-carried = Adoptée
minutes-vote-outcome-rejected = Rejetée
minutes-vote-outcome-no-quorum = Quorum non atteint
minutes-choice-yes = Pour
minutes-choice-no = Contre
minutes-choice-abstain = Abstention
minutes-secret-ballot-note = Scrutin secret : les votes individuels ne sont pas consignés.
minutes-decisions = Décisions

## Actions, errata et signatures

minutes-actions = Actions à mener
minutes-action-number = N°
minutes-action = Action
minutes-owner = Responsable
minutes-due = Échéance
minutes-action-status-open = Ouverte
minutes-action-status-in-progress = En cours
minutes-action-status-done = Terminée
minutes-action-status-dropped = Abandonnée
minutes-no-actions = Aucune action n’a été décidée.
minutes-errata = Errata
minutes-recorded-by = consigné par { $by }
minutes-signatures = Signatures
minutes-chair = Président(e)
minutes-secretary = Secrétaire
minutes-signature = Signature

## La convocation

convocation-title = Convocation
convocation-invitation = Les membres de { $body } sont invités à participer à cette réunion, aux date, heure et lieu indiqués ci-dessus, afin d’examiner l’ordre du jour ci-dessous.
convocation-agenda = Ordre du jour
convocation-duration = Durée prévue : { $minutes } min
convocation-confirm = Merci de confirmer votre participation, ou de présenter vos excuses, auprès de { $convenor } avant la réunion.
convocation-confirm-anyone = Merci de confirmer votre participation, ou de présenter vos excuses, avant la réunion.
convocation-no-items = L’ordre du jour n’est pas encore arrêté.

## Les points par lesquels une réunion s’ouvre ou se clôt

agenda-adoption-of-agenda = Adoption de l’ordre du jour
agenda-previous-minutes = Approbation du procès-verbal de la réunion précédente
agenda-matters-arising = Suivi des décisions (actions en cours)
agenda-any-other-business = Questions diverses

## Arrivées et départs d’un membre pendant la réunion, et la ligne d’approbation du procès-verbal.
minutes-arrived-at = arrivé·e à { $time }
minutes-left-at = parti·e à { $time }
minutes-approved-on-by = Approuvé le { $date } par { $by }
minutes-circulated-on-to = Diffusé le { $date } à { $recipients }

## Who approved the minutes when the chair did (the file keeps "the chair, NAME").
minutes-approved-by-chair = la présidence, { $name }
