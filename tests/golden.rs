#![cfg(not(target_arch = "wasm32"))]
//! Golden corpus: every `tests/corpus/NAME.txt` is analysed and rendered in readable inline
//! markup, which must equal `NAME.golden` byte for byte. See tests/corpus/README.md.
//!
//! After a deliberate change, regenerate with `PRESSMARK_BLESS=1 cargo test --test golden`
//! and review the diff before committing it.

use std::fmt::Write as _;
use std::path::Path;

use pressmark::{analyze, Analysis, Span};

/// Inline markup: `⟦tag text⟧`, nested where spans nest. Tags: `q` quote, `who` speaker
/// mention, `cue` attribution cue, `scare` scare quote or title, `num` number, `date` date.
fn inline(text: &str, a: &Analysis) -> String {
    let mut marks: Vec<(Span, &str)> = Vec::new();
    for q in &a.quotes {
        marks.push((q.span(), "q"));
        marks.extend(q.cue.map(|c| (c, "cue")));
    }
    marks.extend(a.scare_quotes.iter().map(|s| (s.span(), "scare")));
    for r in &a.reported {
        marks.push((r.cue, "cue"));
    }
    for e in &a.entities {
        marks.extend(e.mentions.iter().map(|&m| (m, "who")));
    }
    for q in &a.quotes {
        marks.extend(q.mention.map(|m| (m, "who")));
    }
    for r in &a.reported {
        marks.push((r.mention, "who"));
    }
    marks.extend(a.numbers.iter().map(|n| (n.span(), "num")));
    marks.extend(a.dates.iter().map(|d| (d.span(), "date")));
    marks.sort();
    marks.dedup();
    // (offset, order, text): closes come before opens at the same offset; among opens the
    // longer span first, among closes the shorter first, so nesting reads naturally.
    let mut points: Vec<(usize, (u8, usize), String)> = Vec::new();
    for (s, tag) in &marks {
        points.push((s.start, (1, usize::MAX - s.end), format!("⟦{tag} ")));
        points.push((s.end, (0, s.end - s.start), "⟧".to_string()));
    }
    points.sort();
    let mut out = String::new();
    let mut pos = 0;
    for (at, _, ins) in points {
        out.push_str(&text[pos..at]);
        out.push_str(&ins);
        pos = at;
    }
    out.push_str(&text[pos..]);
    out
}

fn details(text: &str, a: &Analysis) -> String {
    let of = |s: Span| format!("{:?}", s.of(text));
    let mut out = String::new();
    for q in &a.quotes {
        let _ = write!(out, "quote {} {:?}", of(q.span()), q.kind);
        if let Some(s) = &q.speaker {
            let _ = write!(out, " speaker={s:?}");
        }
        if let Some(m) = q.mention {
            let _ = write!(out, " mention={}", of(m));
        }
        if let Some(c) = q.cue {
            let _ = write!(out, " cue={}", of(c));
        }
        if let Some(p) = q.parent {
            let _ = write!(out, " nested-in={}", of(a.quotes[p].span()));
        }
        if let Some(p) = q.continues {
            let _ = write!(out, " continues={}", of(a.quotes[p].span()));
        }
        out.push('\n');
    }
    for s in &a.scare_quotes {
        let _ = writeln!(out, "scare {}", of(s.span()));
    }
    for r in &a.reported {
        let _ = writeln!(out, "reported by {:?} mention={} cue={}", r.speaker.as_deref().unwrap_or("?"), of(r.mention), of(r.cue));
    }
    for e in &a.entities {
        let ms: Vec<String> = e.mentions.iter().map(|&m| of(m)).collect();
        let _ = writeln!(out, "entity {} {:?}: {}", e.id, e.name, ms.join(", "));
    }
    for n in &a.numbers {
        let _ = write!(out, "number {} {:?}", of(n.span()), n.kind);
        if let Some(v) = n.value {
            let _ = write!(out, " value={v}");
        }
        if let Some(h) = n.high {
            let _ = write!(out, " high={h}");
        }
        if let Some(u) = &n.unit {
            let _ = write!(out, " unit={u:?}");
        }
        if let Some(m) = &n.modifier {
            let _ = write!(out, " modifier={m:?}");
        }
        out.push('\n');
    }
    for d in &a.dates {
        let _ = writeln!(out, "date {} {:?}", of(d.span()), d.kind);
    }
    out
}

pub fn golden(text: &str) -> String {
    let a = analyze(text);
    format!("{}\n--- details ---\n{}", inline(text, &a), details(text, &a))
}

#[test]
fn corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let bless = std::env::var_os("PRESSMARK_BLESS").is_some();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "the golden corpus has gone missing: {} files", names.len());
    let mut failures = Vec::new();
    for txt in &names {
        let text = std::fs::read_to_string(txt).unwrap();
        let got = golden(&text);
        let want_path = txt.with_extension("golden");
        if bless {
            std::fs::write(&want_path, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&want_path) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!("{}:\n{}", want_path.display(), diff(&want, &got))),
            Err(_) => failures.push(format!("{} is missing (run with PRESSMARK_BLESS=1 and review it)", want_path.display())),
        }
    }
    assert!(failures.is_empty(), "golden files differ (PRESSMARK_BLESS=1 regenerates after review):\n\n{}", failures.join("\n\n"));
}

/// The lines that differ, marked `-` (expected) and `+` (got).
fn diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i), g.get(i));
        if a != b {
            if let Some(a) = a {
                let _ = writeln!(out, "  line {}\n  - {a}", i + 1);
            }
            if let Some(b) = b {
                let _ = writeln!(out, "  + {b}");
            }
        }
    }
    out
}
