//! Every language has every message, with the same variables, and nothing that fails to parse.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use pacta_messages::{message, Locale, Messages, SOURCES};

type Variables = BTreeSet<String>;

fn catalogue(locale: Locale, sources: &[&str]) -> BTreeMap<String, Variables> {
    let mut messages = BTreeMap::new();
    for source in sources {
        read(locale, source, &mut messages);
    }
    messages
}

fn read(locale: Locale, source: &str, messages: &mut BTreeMap<String, Variables>) {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{locale:?} does not parse: {errors:?}"));
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut variables = Variables::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                let id = message.id.name.to_string();
                assert!(
                    messages.insert(id.clone(), variables).is_none(),
                    "{locale:?} defines {id} twice"
                );
            }
            Entry::Junk { content } => panic!("{locale:?} has text Fluent cannot read: {content}"),
            _ => {}
        }
    }
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut Variables) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut Variables) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut Variables) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, into);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = catalogue(Locale::En, SOURCES[0].1);
    assert!(english.len() > 50, "the English catalogue looks truncated");
    for (locale, source) in &SOURCES[1..] {
        let translation = catalogue(*locale, source);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !translation.contains_key(*id))
            .collect();
        let extra: Vec<_> = translation
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{locale:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{locale:?} has messages English lacks: {extra:?}"
        );
        for (id, variables) in &english {
            assert_eq!(
                &translation[id], variables,
                "{locale:?} {id} uses other variables than English"
            );
        }
    }
}

#[test]
fn no_translation_is_left_in_english() {
    let english = catalogue(Locale::En, SOURCES[0].1);
    for locale in [Locale::Fr, Locale::Nl] {
        let same: Vec<&String> = english
            .keys()
            .filter(|id| {
                let text = Messages::of(Locale::En).get(id, &[]);
                words(&text) > 12 && Messages::of(locale).get(id, &[]) == text
            })
            .collect();
        assert!(
            same.is_empty(),
            "{locale:?} repeats the English of {same:?}"
        );
    }
}

/// Letters outside placeholders, which show as `{$name}` when no value is given.
fn words(text: &str) -> usize {
    let mut depth = 0;
    text.chars()
        .filter(|c| {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            depth == 0 && c.is_alphabetic()
        })
        .count()
}

#[test]
fn plural_forms_follow_each_language() {
    let counts = |locale: Locale, abstain: u64| {
        message!(
            Messages::of(locale),
            "tally-counts",
            yes = 3u64,
            no = 2u64,
            abstain = abstain
        )
    };
    assert_eq!(counts(Locale::En, 1), "3 for, 2 against, 1 abstention");
    assert_eq!(counts(Locale::En, 0), "3 for, 2 against, 0 abstentions");
    // French treats zero as singular; English and Dutch do not.
    assert_eq!(counts(Locale::Fr, 0), "3 pour, 2 contre, 0 abstention");
    assert_eq!(counts(Locale::Nl, 2), "3 voor, 2 tegen, 2 onthoudingen");
}

#[test]
fn selectors_and_literal_spaces_survive() {
    let en = Messages::of(Locale::En);
    assert_eq!(
        message!(
            en,
            "protocol-quorum-fraction",
            strict = true,
            fraction = "half",
            weighted = true
        ),
        "more than half of the voting members (by voting weight) must be present"
    );
    assert_eq!(
        message!(
            en,
            "protocol-quorum-fraction",
            strict = false,
            fraction = "half",
            weighted = false
        ),
        "at least half of the voting members must be present"
    );
    assert_eq!(message!(en, "clause-separator"), "; ");
}

#[test]
fn a_missing_message_shows_its_id() {
    assert_eq!(
        Messages::of(Locale::Nl).get("no-such-message", &[]),
        "no-such-message"
    );
}

#[test]
fn numbers_are_grouped_the_way_each_language_writes_them() {
    assert_eq!(Messages::of(Locale::En).number(1_234_567), "1,234,567");
    assert_eq!(
        Messages::of(Locale::Fr).number(1_234_567),
        "1\u{202f}234\u{202f}567"
    );
    assert_eq!(Messages::of(Locale::Nl).number(1_234_567), "1.234.567");
    assert_eq!(Messages::of(Locale::Nl).number(999), "999");
}
