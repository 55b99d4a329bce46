//! The `pressmark` command end to end: formats, offsets, batch mode and every input error.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pressmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(o)).unwrap()
}

const TEXT: &str = "“We are ready,” the minister said on Tuesday, as 2,000 troops arrived.";

#[test]
fn json_offsets_in_each_unit() {
    for (unit, start, end) in [("utf8", 0, 19), ("utf16", 0, 15), ("chars", 0, 15)] {
        let o = run(&["--format", "json", "--offsets", unit], TEXT.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        let v = json(&o);
        assert_eq!((v["quotes"][0]["start"].as_u64(), v["quotes"][0]["end"].as_u64()), (Some(start), Some(end)), "{unit}");
    }
    let v = json(&run(&["--format=json"], TEXT.as_bytes()));
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["quotes", "scareQuotes", "entities", "reported", "numbers", "dates"]);
    assert_eq!(v["quotes"][0]["speaker"], "the minister");
    assert_eq!(v["quotes"][0]["speakerId"], 0);
    assert_eq!(v["numbers"][0]["unit"], "troops");
    assert!(v["numbers"][0]["modifier"].is_null());
}

#[test]
fn non_ascii_offsets_agree_with_the_standard_library() {
    let text = "😀 東京 “Ça va,” said Zoë Müller on Monday.";
    let v = json(&run(&["--format", "json", "--offsets", "chars"], text.as_bytes()));
    let chars: Vec<char> = text.chars().collect();
    let s = v["dates"][0]["start"].as_u64().unwrap() as usize;
    let e = v["dates"][0]["end"].as_u64().unwrap() as usize;
    assert_eq!(chars[s..e].iter().collect::<String>(), "Monday");
}

#[test]
fn jsonl_keeps_order_and_goes_on_after_bad_lines() {
    let input: &[u8] = b"{\"id\": 1, \"text\": \"On Monday.\"}\nnot json\n{\"txt\": \"x\"}\n{\"text\": 5}\n\xff\xfe\n{\"text\": \"40 people came.\"}\n";
    let o = run(&["--jsonl", "--offsets", "chars"], input);
    assert_eq!(o.status.code(), Some(1), "a failed line makes the exit status 1");
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["dates"][0]["end"], 9);
    assert!(lines[1]["error"].as_str().unwrap().contains("line 2: not JSON"));
    assert!(lines[2]["error"].as_str().unwrap().contains("no \"text\" field"));
    assert!(lines[3]["error"].as_str().unwrap().contains("\"text\" must be a string"));
    assert!(lines[4]["error"].as_str().unwrap().contains("not valid UTF-8"));
    assert_eq!(lines[5]["numbers"][0]["value"], 40.0);
    assert!(stderr(&o).contains("line 2"));
}

/// A batch of a few megabytes, good and bad lines mixed and of very different lengths, comes
/// out the same, line for line and error for error, on any number of threads: the lines go to
/// the threads in batches of a quarter of a megabyte, and some finish before earlier ones.
#[test]
fn jsonl_gives_the_same_lines_in_order_on_any_number_of_threads() {
    let article = "“We will not wait,” said Ana Ruiz, the mayor, on Tuesday. About 2,000 people came; she left at 5 p.m. ";
    let mut input = Vec::new();
    let mut expect_errors = Vec::new();
    for n in 1..=4000usize {
        match n % 97 {
            0 => {
                input.extend_from_slice(b"not json\n");
                expect_errors.push(n);
            }
            13 => {
                input.extend_from_slice(b"{\"text\": \"bad \xff byte\"}\n");
                expect_errors.push(n);
            }
            // A long article now and then, so that a later batch can finish first.
            50 => input.extend_from_slice(format!("{{\"id\": {n}, \"text\": {:?}}}\n", article.repeat(2000)).as_bytes()),
            _ => input.extend_from_slice(format!("{{\"id\": {n}, \"text\": {:?}}}\n", article.repeat(n % 7)).as_bytes()),
        }
    }
    assert!(input.len() > 4 << 20, "{} bytes: several batches", input.len());
    let one = run(&["--jsonl", "--jobs", "1"], &input);
    assert_eq!(one.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&one).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4000);
    let mut errors = Vec::new();
    for (k, v) in lines.iter().enumerate() {
        if let Some(e) = v["error"].as_str() {
            assert!(e.starts_with(&format!("line {}: ", k + 1)), "{e}");
            errors.push(k + 1);
        } else {
            assert_eq!(v["id"], k + 1);
            assert_eq!(v["quotes"].as_array().unwrap().len(), if (k + 1) % 97 == 50 { 2000 } else { (k + 1) % 7 }, "line {}", k + 1);
        }
    }
    assert_eq!(errors, expect_errors);
    for jobs in ["2", "3", "8"] {
        let many = run(&["--jsonl", "--jobs", jobs], &input);
        assert_eq!(many.status.code(), Some(1), "--jobs {jobs}");
        assert!(many.stdout == one.stdout, "--jobs {jobs}: the output differs from --jobs 1");
        assert_eq!(stderr(&many), stderr(&one), "--jobs {jobs}");
    }
}

#[test]
fn jsonl_all_good_exits_zero() {
    let o = run(&["--jsonl"], b"{\"text\": \"a\"}\r\n{\"text\": \"\"}");
    assert!(o.status.success());
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[test]
fn invalid_utf8_names_the_offset() {
    let o = run(&[], b"ok\nbad \xc3\x28 here");
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("standard input is not valid UTF-8") && e.contains("offset 7") && e.contains("line 2"), "{e}");
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    for (args, says) in [
        (&["--frobnicate"][..], "unknown option '--frobnicate'"),
        (&["--format", "pdf"], "unknown --format 'pdf'"),
        (&["--offsets"], "--offsets needs a value"),
        (&["--offsets", "bytes16"], "unknown --offsets 'bytes16'"),
        (&["--only", "quotes,colours"], "unknown category 'colours'"),
        (&["a.txt", "b.txt"], "only one FILE"),
        (&["--jsonl", "--format", "html"], "cannot be combined"),
        (&["--jsonl", "--jobs", "0"], "--jobs '0': expected a number of threads"),
        (&["--jsonl", "--jobs=many"], "--jobs 'many'"),
        (&["--jsonl", "--jobs"], "--jobs needs a value"),
        (&["--jobs", "2"], "it needs --jsonl"),
    ] {
        let o = run(args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn missing_file_and_directory() {
    let o = run(&["/no/such/file.txt"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot read /no/such/file.txt"), "{}", stderr(&o));
    let o = run(&[env!("CARGO_MANIFEST_DIR")], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("it is a directory"));
}

#[test]
fn reads_a_file_and_an_empty_one() {
    let dir = std::env::temp_dir().join(format!("pressmark-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("a.txt");
    std::fs::write(&file, TEXT).unwrap();
    let v = json(&run(&["--format", "json", file.to_str().unwrap()], b""));
    assert_eq!(v["dates"].as_array().unwrap().len(), 1);
    std::fs::write(&file, "").unwrap();
    let v = json(&run(&["--format", "json", file.to_str().unwrap()], b""));
    assert_eq!(v["quotes"].as_array().unwrap().len(), 0);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_ten_megabyte_file() {
    let dir = std::env::temp_dir().join(format!("pressmark-cli-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("big.txt");
    let text = common::news(10 << 20);
    std::fs::write(&file, &text).unwrap();
    let o = run(&["--format", "json", "--offsets", "utf16", file.to_str().unwrap()], b"");
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    let paragraphs = text.lines().count() as u64;
    let quotes = v["quotes"].as_array().unwrap();
    // Two of the five paragraphs that repeat hold a quote.
    assert!(quotes.len() as u64 >= paragraphs * 2 / 5 - 1, "{} quotes in {paragraphs} paragraphs", quotes.len());
    // Every paragraph is ASCII except its curly quotes: the last quote ends inside the text.
    let units = text.encode_utf16().count() as u64;
    assert!(quotes.last().unwrap()["end"].as_u64().unwrap() <= units);
}

#[test]
fn only_picks_categories() {
    let v = json(&run(&["--format", "json", "--only", "dates"], TEXT.as_bytes()));
    assert_eq!(v["quotes"].as_array().unwrap().len(), 0);
    assert_eq!(v["numbers"].as_array().unwrap().len(), 0);
    assert_eq!(v["dates"].as_array().unwrap().len(), 1);
}

#[test]
fn html_is_escaped_and_keeps_the_text() {
    let text = "<b>“Hi & bye,”</b> the mayor said on Friday.";
    let h = stdout(&run(&["--format", "html"], text.as_bytes()));
    assert!(h.contains("<mark data-pressmark=\"quote\""));
    assert!(h.contains("<mark data-pressmark=\"date\" title=\"date\">Friday</mark>"));
    assert!(h.contains("&lt;b&gt;") && !h.contains("<b>"));
    // Strip the markup and unescape: the text comes back unchanged.
    let body = h.split("<div class=\"pressmark-output\">").nth(1).unwrap().trim_end().trim_end_matches("</div>");
    let mut plain = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    assert_eq!(plain, text);
}

#[test]
fn ansi_has_colours_and_a_legend() {
    let out = stdout(&run(&["--format", "ansi"], TEXT.as_bytes()));
    assert!(out.contains("\x1b[35mTuesday\x1b[0m"), "{out:?}");
    for label in ["quotes 1", "speakers 1", "numbers 1", "dates 1"] {
        assert!(out.contains(label), "legend lacks {label}: {out:?}");
    }
}

#[test]
fn a_quote_kind_does_not_depend_on_asking_for_speakers() {
    // A partial quote nobody in its sentence said is a scare quote, with or without speakers;
    // one somebody said is a partial quotation either way.
    let text = "The so-called \"reform\" passed. Ms. Okafor called it \"a disgrace\" on Monday.";
    let all = json(&run(&["--format", "json"], text.as_bytes()));
    let only = json(&run(&["--format", "json", "--only", "quotes"], text.as_bytes()));
    for v in [&all, &only] {
        assert_eq!(v["scareQuotes"], serde_json::json!([{"start": 14, "end": 22}]), "{v}");
        assert_eq!(v["quotes"].as_array().unwrap().len(), 1, "{v}");
        assert_eq!(v["quotes"][0]["kind"], "partial");
    }
    assert_eq!(all["quotes"][0]["speaker"], "Ms. Okafor");
    assert!(only["quotes"][0]["mention"].is_null() && only["entities"].as_array().unwrap().is_empty());
}
