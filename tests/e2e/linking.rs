//! The binary is linked the way build.rs says it was (link/): the
//! functions a lookup runs together, and relative relocations packed,
//! whenever the linker took them. A script the linker refused, patterns
//! that name nothing or an option the linker ignored would otherwise leave
//! lookups slower without a sign.

use std::path::Path;

/// Each section's name and size, read from the ELF section headers; `None`
/// for a file that is not a 64-bit little-endian ELF file.
fn elf_sections(path: &Path) -> Option<Vec<(String, u64)>> {
    let bytes = std::fs::read(path).expect("the binary is readable");
    if bytes.get(..6)? != b"\x7fELF\x02\x01" {
        return None;
    }
    let u16_at = |at: usize| Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    let u64_at = |at: usize| Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?));
    let table = usize::try_from(u64_at(0x28)?).ok()?;
    let (entry_size, count, names) =
        (usize::from(u16_at(0x3a)?), usize::from(u16_at(0x3c)?), usize::from(u16_at(0x3e)?));
    let header = |index: usize| table + index * entry_size;
    let name_table = usize::try_from(u64_at(header(names) + 0x18)?).ok()?;
    (0..count)
        .map(|index| {
            let name_at = name_table + usize::try_from(u32_at(header(index))?).ok()?;
            let name = bytes.get(name_at..)?.split(|byte| *byte == 0).next()?;
            Some((String::from_utf8_lossy(name).into_owned(), u64_at(header(index) + 0x20)?))
        })
        .collect()
}

/// The binary's sections, or `None` when it is not ELF, which a build
/// that applied an ELF linker option must not be.
fn binary_sections(applied: bool) -> Option<Vec<(String, u64)>> {
    let sections = elf_sections(Path::new(env!("CARGO_BIN_EXE_statusbrowse")));
    assert!(sections.is_some() || !applied, "an ELF linker option was applied to a binary that is not ELF");
    sections
}

#[test]
fn the_lookup_code_is_linked_together_when_the_build_says_so() {
    let applied = env!("STATUSBROWSE_LINK_ORDER") == "applied";
    let Some(sections) = binary_sections(applied) else {
        return;
    };
    let lookup = sections.iter().find(|(name, _)| name == ".text.lookup");
    assert!(
        sections.iter().any(|(name, size)| name == ".text" && *size > 0),
        "the headers are read right: {sections:?}"
    );
    if applied {
        let (_, size) = lookup.expect("build.rs applied link/lookup-order.ld: the binary has a .text.lookup section");
        // The script's patterns name this build's functions: a lookup
        // runs over a hundred of them, in more than a page of code.
        assert!(*size > 4096, ".text.lookup holds {size} bytes: are the patterns in link/lookup-order.ld stale?");
    } else {
        assert!(lookup.is_none(), "the build says the script was not applied, yet .text.lookup is there");
    }
}

#[test]
fn relative_relocations_are_packed_when_the_build_says_so() {
    let applied = env!("STATUSBROWSE_PACKED_RELOCS") == "applied";
    let Some(sections) = binary_sections(applied) else {
        return;
    };
    let size = |wanted: &str| sections.iter().find(|(name, _)| name == wanted).map(|(_, size)| *size);
    if applied {
        let packed = size(".relr.dyn").expect("build.rs packed the relocations: the binary has .relr.dyn");
        // Packed, the thousands of relative relocations take a bitmap a
        // fraction of the size of the ones still listed one by one.
        let listed = size(".rela.dyn").unwrap_or(0);
        assert!(packed > 0 && listed < 16 * 1024, ".relr.dyn holds {packed} bytes and .rela.dyn {listed}");
    } else {
        assert!(size(".relr.dyn").is_none(), "the build says relocations were not packed, yet .relr.dyn is there");
    }
}
