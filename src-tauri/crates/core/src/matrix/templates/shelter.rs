//! Sheltering a large group of victims of labour exploitation, for instance after a labour
//! inspection or an operation on board fishing vessels. Rows follow the 4P pillars, protection
//! first: that is where most of a shelter's work lies.

use super::{Starter, StarterRow};

pub(super) static STARTER: Starter = Starter {
    title: "Sheltering a large group of victims of labour exploitation",
    title_fr: "Hébergement d’un grand groupe de victimes d’exploitation par le travail",
    rows: &[
        StarterRow {
            heading: "Protection",
            heading_fr: "Protection",
            label: "Accommodation",
            label_fr: "Hébergement",
            needs_funding: true,
        },
        StarterRow {
            heading: "Protection",
            heading_fr: "Protection",
            label: "Food and basic necessities",
            label_fr: "Alimentation et produits de première nécessité",
            needs_funding: true,
        },
        StarterRow {
            heading: "Protection",
            heading_fr: "Protection",
            label: "Psychological and medical assistance, including PTSD screening",
            label_fr: "Assistance psychologique et médicale, y compris le dépistage du trouble de \
                       stress post-traumatique (TSPT)",
            needs_funding: true,
        },
        StarterRow {
            heading: "Protection",
            heading_fr: "Protection",
            label: "Social services for child victims",
            label_fr: "Services sociaux pour les enfants victimes",
            needs_funding: true,
        },
        StarterRow {
            heading: "Protection",
            heading_fr: "Protection",
            label: "Protection of residents and their families",
            label_fr: "Protection des résidents et de leurs familles",
            needs_funding: false,
        },
        StarterRow {
            heading: "Protection",
            heading_fr: "Protection",
            label: "Translation and interpretation",
            label_fr: "Traduction et interprétation",
            needs_funding: true,
        },
        StarterRow {
            heading: "Protection",
            heading_fr: "Protection",
            label: "Information on victims' rights",
            label_fr: "Information sur les droits des victimes",
            needs_funding: false,
        },
        StarterRow {
            heading: "Prevention",
            heading_fr: "Prévention",
            label: "Education and vocational training",
            label_fr: "Éducation et formation professionnelle",
            needs_funding: true,
        },
        StarterRow {
            heading: "Prevention",
            heading_fr: "Prévention",
            label: "Job placement and support for micro-enterprises",
            label_fr: "Placement professionnel et appui aux micro-entreprises",
            needs_funding: true,
        },
        StarterRow {
            heading: "Prevention",
            heading_fr: "Prévention",
            label: "Information on safe migration and labour rights",
            label_fr: "Information sur la migration sûre et le droit du travail",
            needs_funding: false,
        },
        StarterRow {
            heading: "Prosecution",
            heading_fr: "Poursuites",
            label: "Legal and administrative advice (identity documents, residence, compensation)",
            label_fr: "Conseil juridique et administratif (papiers d’identité, séjour, \
                       indemnisation)",
            needs_funding: true,
        },
        StarterRow {
            heading: "Prosecution",
            heading_fr: "Poursuites",
            label: "Support for victims who testify",
            label_fr: "Accompagnement des victimes appelées à témoigner",
            needs_funding: false,
        },
        StarterRow {
            heading: "Partnership",
            heading_fr: "Partenariat",
            label: "Cooperation between law enforcement, NGOs and local authorities",
            label_fr: "Coopération entre forces de l’ordre, ONG et autorités locales",
            needs_funding: false,
        },
        StarterRow {
            heading: "Partnership",
            heading_fr: "Partenariat",
            label: "Sharing case information under data protection rules",
            label_fr: "Partage des informations sur les cas dans le respect de la protection des \
                       données",
            needs_funding: false,
        },
        StarterRow {
            heading: "Partnership",
            heading_fr: "Partenariat",
            label: "Funding and budgeting",
            label_fr: "Financement et budgétisation",
            needs_funding: false,
        },
    ],
};
