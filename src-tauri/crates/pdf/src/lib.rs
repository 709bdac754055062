//! PDF documents.
