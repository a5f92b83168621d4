//! The binary is linked the way build.rs says it was (link/): the
//! functions a lookup runs together, the data it reads together and out
//! of the large texts' way, and relative relocations packed, whenever the
//! linker took them. A script the linker refused, patterns that name
//! nothing or an option the linker ignored would otherwise leave lookups
//! slower without a sign.

use std::ops::Range;
use std::path::Path;

/// The built binary's bytes and its sections: name and where in the file.
struct Binary {
    bytes: Vec<u8>,
    sections: Vec<(String, Range<usize>)>,
}

impl Binary {
    /// The binary, or `None` when it is not a 64-bit little-endian ELF
    /// file, which a build that applied an ELF linker option must not be.
    fn read(applied: bool) -> Option<Self> {
        let bytes = std::fs::read(env!("CARGO_BIN_EXE_statusbrowse")).expect("the binary is readable");
        let sections = elf_sections(&bytes);
        assert!(sections.is_some() || !applied, "an ELF linker option was applied to a binary that is not ELF");
        let sections = sections?;
        assert!(self_check(&sections), "the section headers are read right: {sections:?}");
        Some(Self { bytes, sections })
    }

    fn section(&self, wanted: &str) -> Option<&[u8]> {
        let (_, range) = self.sections.iter().find(|(name, _)| name == wanted)?;
        // A section without bytes in the file (.bss) reads as empty.
        Some(self.bytes.get(range.clone()).unwrap_or_default())
    }
}

/// `.text` is there and holds code: the headers were read as ELF's.
fn self_check(sections: &[(String, Range<usize>)]) -> bool {
    sections.iter().any(|(name, range)| name == ".text" && !range.is_empty())
}

/// Each section's name and its bytes' place in the file, read from the
/// ELF section headers; `None` for a file that is not 64-bit
/// little-endian ELF.
fn elf_sections(bytes: &[u8]) -> Option<Vec<(String, Range<usize>)>> {
    if bytes.get(..6)? != b"\x7fELF\x02\x01" {
        return None;
    }
    let u16_at = |at: usize| Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    let usize_at = |at: usize| usize::try_from(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?)).ok();
    let table = usize_at(0x28)?;
    let (entry_size, count, names) =
        (usize::from(u16_at(0x3a)?), usize::from(u16_at(0x3c)?), usize::from(u16_at(0x3e)?));
    let header = |index: usize| table + index * entry_size;
    let name_table = usize_at(header(names) + 0x18)?;
    (0..count)
        .map(|index| {
            let name_at = name_table + usize::try_from(u32_at(header(index))?).ok()?;
            let name = bytes.get(name_at..)?.split(|byte| *byte == 0).next()?;
            let (offset, size) = (usize_at(header(index) + 0x18)?, usize_at(header(index) + 0x20)?);
            Some((String::from_utf8_lossy(name).into_owned(), offset..offset + size))
        })
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

#[test]
fn the_lookup_code_and_data_are_linked_together_when_the_build_says_so() {
    let applied = env!("STATUSBROWSE_LINK_ORDER") == "applied";
    let Some(binary) = Binary::read(applied) else {
        return;
    };
    let added = [".text.lookup", ".rodata.lookup", ".rodata.bulk"];
    if !applied {
        for name in added {
            assert!(binary.section(name).is_none(), "the build says the script was not applied, yet {name} is there");
        }
        return;
    }
    let [code, tables, bulk] = added.map(|name| {
        binary.section(name).unwrap_or_else(|| panic!("build.rs applied link/lookup-order.ld: no {name} section"))
    });
    // The script's patterns name this build's functions: a lookup runs
    // over a hundred of them, in more than a page of code.
    assert!(code.len() > 4096, ".text.lookup holds {} bytes: are the patterns stale?", code.len());
    // The built-in entries' table is among the data a lookup reads.
    let entries = std::mem::size_of_val(statusbrowse::catalog::builtin_entries());
    assert!(tables.len() >= entries, ".rodata.lookup holds {} bytes, less than the entries' {entries}", tables.len());
    // The large texts src/bulk.rs names are out of the way, in .rodata.bulk.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in ["assets/check/rules.toml", "assets/guide.toml", "assets/compare.toml"] {
        let text = std::fs::read(root.join(file)).expect("the asset is there");
        assert!(contains(bulk, &text), "{file} is compiled in, but not into .rodata.bulk");
    }
}

#[test]
fn relative_relocations_are_packed_when_the_build_says_so() {
    let applied = env!("STATUSBROWSE_PACKED_RELOCS") == "applied";
    let Some(binary) = Binary::read(applied) else {
        return;
    };
    if !applied {
        assert!(
            binary.section(".relr.dyn").is_none(),
            "the build says relocations were not packed, yet .relr.dyn is there"
        );
        return;
    }
    let packed = binary.section(".relr.dyn").expect("build.rs packed the relocations: the binary has .relr.dyn");
    // Packed, the thousands of relative relocations take a bitmap a
    // fraction of the size of the ones still listed one by one.
    let listed = binary.section(".rela.dyn").map_or(0, <[u8]>::len);
    assert!(!packed.is_empty() && listed < 16 * 1024, ".relr.dyn holds {} bytes and .rela.dyn {listed}", packed.len());
}

#[test]
fn the_unwinder_is_linked_in_when_the_build_says_so() {
    let applied = env!("STATUSBROWSE_STATIC_LIBGCC") == "applied";
    let Some(binary) = Binary::read(applied) else {
        return;
    };
    // A binary names the libraries it loads in .dynstr; a static one has
    // none to name.
    let dynamic = binary.section(".dynstr").unwrap_or_default();
    let loads_libgcc = contains(dynamic, b"libgcc_s.so");
    if applied {
        assert!(!loads_libgcc, "the build says the unwinder is linked in, yet the binary loads libgcc_s.so");
    } else if cfg!(target_env = "gnu") && contains(dynamic, b"libc.so") {
        assert!(loads_libgcc, "the build says the unwinder is not linked in, yet the binary does not load libgcc_s.so");
    }
    // Linked in, it still unwinds: tests/e2e/terminal.rs panics the
    // browser on purpose and expects Rust's panic exit status, 101.
}
