## agreement
## Les mots fixes d’un accord imprimé ou exporté.

agreement-reference = Référence
agreement-version = Version
agreement-amendment = Avenant
agreement-date = Date
agreement-between = Entre
agreement-effective-on = Date d’entrée en vigueur
agreement-expires-on = Date d’expiration
agreement-status = Statut
agreement-organisation = Organisation
agreement-name = Nom
agreement-title = Fonction
agreement-place = Lieu
agreement-signature = Signature
agreement-annex = Annexe
agreement-attachments = Documents joints
agreement-file = Fichier
agreement-size = Taille
agreement-sha256 = SHA-256
# Accordé avec « organisation » : « représentée par Maria Silva ».
agreement-represented-by = représentée par
agreement-kept-from-word = Texte conservé du fichier Word
agreement-kept-text = Texte
agreement-page-of = Page { $i } sur { $n }
agreement-sealed = Sceau { $seal } du { $sealed_on } · tête de chaîne { $head } le { $head_on }

## Titres des sections, dans l’ordre d’impression

agreement-section-purpose-and-scope = Objet et champ d’application
agreement-section-parties = Parties
agreement-section-annual-planning = Planification annuelle
agreement-section-collaboration = Collaboration et communication
agreement-section-responsibilities = Répartition des responsabilités
agreement-section-reporting = Rapports et redevabilité
agreement-section-complaints = Plaintes et règlement des différends
agreement-section-funding = Financement
agreement-section-confidentiality = Confidentialité et protection des données
agreement-section-media = Médias et communication publique
agreement-section-duration = Durée, modification, renouvellement et résiliation
agreement-section-signatures = Signatures

## Types d’accord, tels qu’imprimés en page de titre

agreement-kind-binding-agreement = Accord
agreement-kind-mou = Protocole d’accord
agreement-kind-sop = Procédures opérationnelles standard
agreement-kind-guidelines = Lignes directrices

## Les accords types proposés quand un nouvel accord est rédigé.
agreement-template-national_referral_mechanism = Protocole d’accord sur le mécanisme national d’orientation (État–ONG)
agreement-template-shelter_services = Protocole d’accord sur les services d’hébergement et d’assistance
agreement-template-data_sharing = Convention de partage de données
agreement-template-regional_terms_of_reference = Termes de référence de l’organe régional de coordination

## La taille d’un document : le nombre écrit pour la langue du lecteur, et l’unité.
agreement-byte-size = { $size } { $count ->
    [one] octet
   *[other] octets
}
