//! Each code's comparison facts as build.rs laid them out from
//! assets/compare.toml: positions in one text, sorted by code. An entry's
//! detail reads one code's facts on every lookup; as data they are bytes
//! the loader never touches and a lookup copies one code's few texts,
//! where a generated function holding every code's facts as literals was
//! 70 KB of code paged in by each lookup.

use super::facts::{FieldRule, Grpc, Properties, Sourced};

/// A text's place in `TEXT`, or a range of a table: `start..end`.
type At = (u32, u32);

struct RawSourced {
    value: At,
    text: Option<At>,
    source: At,
}

struct RawField {
    name: At,
    level: At,
    source: At,
}

struct RawGrpc {
    /// A range of `GRPC_FROM`.
    from: At,
    to: At,
    source: At,
}

struct RawProperties {
    code: u16,
    permanence: Option<RawSourced>,
    method: Option<RawSourced>,
    body: Option<RawSourced>,
    /// A range of `FIELDS`.
    fields: At,
    actor: Option<RawSourced>,
    retry: Option<RawSourced>,
    existence: Option<RawSourced>,
    grpc: Option<RawGrpc>,
}

include!(concat!(env!("OUT_DIR"), "/builtin_compare.rs"));

fn range((start, end): At) -> std::ops::Range<usize> {
    start as usize..end as usize
}

/// build.rs wrote every position from the text it wrote, so each is in
/// range and on a character boundary; an empty text if one were not.
fn text(at: At) -> String {
    TEXT.get(range(at)).unwrap_or_default().to_owned()
}

fn sourced(raw: &Option<RawSourced>) -> Option<Sourced> {
    let raw = raw.as_ref()?;
    Some(Sourced { value: text(raw.value), text: raw.text.map(text), source: text(raw.source) })
}

/// What assets/compare.toml says of `code`.
pub fn properties(code: u16) -> Option<Properties> {
    let raw = CODES.get(CODES.binary_search_by_key(&code, |raw| raw.code).ok()?)?;
    let fields = FIELDS.get(range(raw.fields)).unwrap_or_default();
    let grpc = raw.grpc.as_ref().map(|grpc| Grpc {
        from: GRPC_FROM.get(range(grpc.from)).unwrap_or_default().iter().map(|name| text(*name)).collect(),
        to: text(grpc.to),
        source: text(grpc.source),
    });
    Some(Properties {
        code,
        permanence: sourced(&raw.permanence),
        method: sourced(&raw.method),
        body: sourced(&raw.body),
        fields: (fields.iter())
            .map(|field| FieldRule { name: text(field.name), level: text(field.level), source: text(field.source) })
            .collect(),
        actor: sourced(&raw.actor),
        retry: sourced(&raw.retry),
        existence: sourced(&raw.existence),
        grpc,
    })
}
