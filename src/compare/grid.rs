//! Codes side by side: one column per code, one row per property, each
//! cell with its source; then, per pair, the difference that decides.

use serde::Serialize;

use super::data::{Compare, Properties};
use crate::catalog::{Catalog, Entry};

/// One row: a property's name, a cell per code, the sources behind them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub property: &'static str,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Cell {
    fn of(value: impl Into<String>, source: impl Into<String>) -> Self {
        let source = source.into();
        Self { value: value.into(), source: (!source.is_empty()).then_some(source) }
    }

    fn none() -> Self {
        Self { value: "-".to_owned(), source: None }
    }
}

/// The difference that decides between two of the codes compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub codes: [u16; 2],
    pub decides: String,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Grid {
    /// The status lines compared, in the order asked.
    pub columns: Vec<String>,
    pub codes: Vec<u16>,
    pub rows: Vec<Row>,
    pub decisions: Vec<Decision>,
}

/// The properties in the order the grid and the detail show them, each
/// with how to read it from an entry and its data.
pub const PROPERTIES: [&str; 12] = [
    "class and lifecycle",
    "permanent or temporary",
    "method on redirect",
    "content on redirect",
    "cacheable by default",
    "content allowed",
    "fields",
    "who must act",
    "retry",
    "reveals existence",
    "gRPC codes mapped to it",
    "gRPC client reads it as",
];

/// The cells of one entry, in [`PROPERTIES`] order.
pub fn cells(entry: &Entry, properties: Option<&Properties>) -> Vec<Cell> {
    let sourced = |pick: fn(&Properties) -> Option<&super::data::Sourced>| {
        properties.and_then(pick).map_or_else(Cell::none, |fact| {
            // A keyword value (`client-fixes-request`) reads as words.
            let value = match &fact.text {
                Some(text) => format!("{}: {text}", fact.value.replace('-', " ")),
                None => fact.value.clone(),
            };
            Cell::of(value, fact.source.clone())
        })
    };
    let cache = entry.cache_rule();
    let content = entry.content_rule();
    let fields = properties.map(|facts| &facts.fields).filter(|fields| !fields.is_empty());
    let grpc = properties.and_then(|facts| facts.grpc.as_ref());
    vec![
        Cell::of(
            format!("{} {}, {}", entry.class, entry.class.title(), entry.status),
            "IANA HTTP Status Code Registry",
        ),
        sourced(|facts| facts.permanence.as_ref()),
        sourced(|facts| facts.method.as_ref()),
        sourced(|facts| facts.body.as_ref()),
        Cell::of(cache.value.to_string(), cache.because),
        Cell::of(content.value.to_string(), content.because),
        fields.map_or_else(Cell::none, |fields| {
            let value: Vec<String> = fields.iter().map(|field| format!("{} ({})", field.name, field.level)).collect();
            let sources: Vec<String> = fields.iter().map(|field| field.source.clone()).collect();
            Cell::of(value.join(", "), dedup(sources).join("; "))
        }),
        sourced(|facts| facts.actor.as_ref()),
        sourced(|facts| facts.retry.as_ref()),
        sourced(|facts| facts.existence.as_ref()),
        grpc.map_or_else(Cell::none, |grpc| {
            let from = if grpc.from.is_empty() { "none".to_owned() } else { grpc.from.join(", ") };
            Cell::of(from, grpc.source.clone())
        }),
        grpc.map_or_else(Cell::none, |grpc| Cell::of(grpc.to.clone(), grpc.source.clone())),
    ]
}

fn dedup(mut items: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    items.retain(|item| seen.insert(item.clone()));
    items
}

/// The grid for `codes` (IANA's meaning of each; a vendor's where that is
/// the only one), in the order given. Codes the catalog lacks are left out.
pub fn build(codes: &[u16], catalog: &Catalog, data: &Compare) -> Grid {
    // IANA's meaning comes first in the catalog's order.
    let entries: Vec<&Entry> = codes.iter().filter_map(|code| catalog.by_code(*code).next()).collect();
    let columns: Vec<Vec<Cell>> =
        entries.iter().map(|entry| cells(entry, data.code.iter().find(|facts| facts.code == entry.code))).collect();
    let rows = PROPERTIES
        .iter()
        .enumerate()
        .map(|(index, property)| Row { property, cells: columns.iter().map(|cells| cells[index].clone()).collect() })
        // A row that applies to none of the codes says nothing.
        .filter(|row| row.cells.iter().any(|cell| cell.value != "-"))
        .collect();
    let mut decisions = Vec::new();
    for (at, first) in entries.iter().enumerate() {
        for second in &entries[at + 1..] {
            decisions.push(decision(first, second, data, &entries, &columns));
        }
    }
    Grid {
        columns: entries.iter().map(|entry| entry.status_line()).collect(),
        codes: entries.iter().map(|entry| entry.code).collect(),
        rows,
        decisions,
    }
}

/// What the data says decides between two codes, or else the properties
/// in which they differ.
fn decision(first: &Entry, second: &Entry, data: &Compare, entries: &[&Entry], columns: &[Vec<Cell>]) -> Decision {
    let mut codes = [first.code, second.code];
    codes.sort_unstable();
    if let Some(pair) = data.pair.iter().find(|pair| pair.codes == codes) {
        return Decision { codes, decides: pair.decides.clone(), source: Some(pair.source.clone()) };
    }
    let column = |entry: &Entry| entries.iter().position(|e| e.code == entry.code).map(|at| &columns[at]);
    let differ: Vec<&str> = match (column(first), column(second)) {
        (Some(a), Some(b)) => PROPERTIES
            .iter()
            .zip(a.iter().zip(b))
            .filter(|(_, (a, b))| a.value != b.value && a.value != "-" && b.value != "-")
            .map(|(property, _)| *property)
            .collect(),
        _ => Vec::new(),
    };
    let decides = if differ.is_empty() {
        format!("{} and {}: no sourced property tells them apart; read both entries.", codes[0], codes[1])
    } else {
        format!("{} and {} differ in: {}.", codes[0], codes[1], differ.join(", "))
    };
    Decision { codes, decides, source: None }
}
