//! The `pressmark` command: the only place that knows about terminals, files and exit codes.

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

use pressmark::render::{self, Event, Kind};
use pressmark::{analyze_with, OffsetUnit, Options};

const USAGE: &str = "\
Usage: pressmark [OPTIONS] [FILE]

Marks quotes and their speakers, numbers and dates in a news article.
Reads FILE, or standard input when FILE is absent or `-`.

Options:
  --format ansi|html|json  Output: colours for a terminal (default on a terminal),
                           a standalone HTML fragment, or JSON (default otherwise)
  --jsonl                  Batch mode: read one {\"text\": ...} object a line, write one
                           JSON result a line, in order; a bad line gets {\"error\": ...}
  --offsets utf8|utf16|chars
                           Unit of JSON offsets: UTF-8 bytes (default), UTF-16 code
                           units (JavaScript) or code points (Python)
  --only LIST              Comma-separated categories: quotes,speakers,numbers,dates
  --pretty                 Indent JSON output
  -h, --help               Show this help
  -V, --version            Show the version

Exit status: 0 on success, 1 if any --jsonl line failed, 2 on a usage or input error.";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Ansi,
    Html,
    Json,
}

struct Args {
    format: Option<Format>,
    jsonl: bool,
    offsets: OffsetUnit,
    options: Options,
    pretty: bool,
    file: Option<String>,
}

fn parse_args(mut argv: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut a = Args { format: None, jsonl: false, offsets: OffsetUnit::Utf8, options: Options::default(), pretty: false, file: None };
    let mut only_dashes = false;
    while let Some(arg) = argv.next() {
        if only_dashes || arg == "-" || !arg.starts_with('-') {
            if a.file.replace(arg.clone()).is_some() {
                return Err(format!("unexpected argument '{arg}': only one FILE may be given"));
            }
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            inline.clone().or_else(|| argv.next()).ok_or_else(|| format!("{name} needs a value: {what}"))
        };
        match name.as_str() {
            "--" => only_dashes = true,
            "-h" | "--help" => return Ok(None),
            "-V" | "--version" => {
                println!("pressmark {}", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "--format" => {
                a.format = Some(match value("ansi, html or json")?.as_str() {
                    "ansi" => Format::Ansi,
                    "html" => Format::Html,
                    "json" => Format::Json,
                    v => return Err(format!("unknown --format '{v}': expected ansi, html or json")),
                })
            }
            "--offsets" => {
                let v = value("utf8, utf16 or chars")?;
                a.offsets = OffsetUnit::parse(&v).ok_or_else(|| format!("unknown --offsets '{v}': expected utf8, utf16 or chars"))?;
            }
            "--only" => {
                let v = value("a comma-separated list of quotes, speakers, numbers, dates")?;
                a.options = Options { quotes: false, speakers: false, numbers: false, dates: false };
                for k in v.split(',').map(str::trim) {
                    match k {
                        "quotes" => a.options.quotes = true,
                        "speakers" => a.options.speakers = true,
                        "numbers" => a.options.numbers = true,
                        "dates" => a.options.dates = true,
                        _ => return Err(format!("unknown category '{k}' in --only: expected quotes, speakers, numbers or dates")),
                    }
                }
            }
            "--jsonl" => a.jsonl = true,
            "--pretty" => a.pretty = true,
            _ => return Err(format!("unknown option '{arg}'")),
        }
    }
    if a.jsonl && matches!(a.format, Some(Format::Ansi | Format::Html)) {
        return Err("--jsonl writes JSON: it cannot be combined with --format ansi or html".into());
    }
    Ok(Some(a))
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("pressmark: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pressmark: {e}");
            ExitCode::from(2)
        }
    }
}

fn input_name(args: &Args) -> &str {
    match args.file.as_deref() {
        None | Some("-") => "standard input",
        Some(f) => f,
    }
}

fn open(args: &Args) -> io::Result<Box<dyn BufRead>> {
    match args.file.as_deref() {
        None | Some("-") => Ok(Box::new(io::stdin().lock())),
        Some(path) => {
            let meta = std::fs::metadata(path).map_err(|e| io::Error::new(e.kind(), format!("cannot read {path}: {e}")))?;
            if meta.is_dir() {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("cannot read {path}: it is a directory")));
            }
            let f = std::fs::File::open(path).map_err(|e| io::Error::new(e.kind(), format!("cannot read {path}: {e}")))?;
            Ok(Box::new(io::BufReader::with_capacity(1 << 16, f)))
        }
    }
}

fn run(args: &Args) -> io::Result<ExitCode> {
    let mut input = open(args)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    if args.jsonl {
        let failed = run_jsonl(args, &mut input, &mut out)?;
        out.flush()?;
        return Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS });
    }
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", input_name(args))))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        io::Error::new(io::ErrorKind::InvalidData, format!("{} is not valid UTF-8: invalid byte at offset {at} (line {line})", input_name(args)))
    })?;
    let mut analysis = analyze_with(&text, &args.options);
    let format = args.format.unwrap_or(if io::stdout().is_terminal() { Format::Ansi } else { Format::Json });
    match format {
        Format::Json => {
            analysis.convert_offsets(&text, args.offsets);
            if args.pretty {
                serde_json::to_writer_pretty(&mut out, &analysis)?;
            } else {
                serde_json::to_writer(&mut out, &analysis)?;
            }
            out.write_all(b"\n")?;
        }
        Format::Html => out.write_all(render::html(&text, &analysis).as_bytes())?,
        Format::Ansi => write_ansi(&mut out, &text, &analysis)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// One result per input line; returns whether any line failed.
fn run_jsonl(args: &Args, input: &mut dyn BufRead, out: &mut impl Write) -> io::Result<bool> {
    let mut failed = false;
    let mut line = Vec::new();
    let mut n = 0usize;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        n += 1;
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        let result = std::str::from_utf8(&line)
            .map_err(|e| format!("line {n}: not valid UTF-8 (invalid byte at offset {})", e.valid_up_to()))
            .and_then(|s| analyze_line(args, s).map_err(|e| format!("line {n}: {e}")));
        match result {
            Ok(v) => serde_json::to_writer(&mut *out, &v)?,
            Err(e) => {
                failed = true;
                eprintln!("pressmark: {}: {e}", input_name(args));
                serde_json::to_writer(&mut *out, &serde_json::json!({ "error": e }))?;
            }
        }
        out.write_all(b"\n")?;
    }
    Ok(failed)
}

fn analyze_line(args: &Args, line: &str) -> Result<serde_json::Value, String> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let obj = v.as_object().ok_or("expected a JSON object with a \"text\" string")?;
    let text = match obj.get("text") {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return Err("\"text\" must be a string".into()),
        None => return Err("no \"text\" field".into()),
    };
    let mut a = analyze_with(text, &args.options);
    a.convert_offsets(text, args.offsets);
    // The input's "id", if any, comes back first so batch results can be matched up.
    #[derive(serde::Serialize)]
    struct WithId<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<&'a serde_json::Value>,
        #[serde(flatten)]
        analysis: &'a pressmark::Analysis,
    }
    serde_json::to_value(WithId { id: obj.get("id"), analysis: &a }).map_err(|e| e.to_string())
}

fn ansi_style(kind: Kind) -> &'static str {
    match kind {
        Kind::Quote => "\x1b[33m",         // yellow text
        Kind::Speaker => "\x1b[1;36m",     // bold cyan
        Kind::Number => "\x1b[1;32m",      // bold green
        Kind::Date => "\x1b[35m",          // magenta
    }
}

fn write_ansi(out: &mut impl Write, text: &str, a: &pressmark::Analysis) -> io::Result<()> {
    let marks = render::marks(a);
    let mut stack: Vec<Kind> = Vec::new();
    for ev in render::events(text.len(), &marks) {
        match ev {
            Event::Open(m) => {
                stack.push(m.kind);
                out.write_all(ansi_style(m.kind).as_bytes())?;
            }
            Event::Text(s) => out.write_all(s.of(text).as_bytes())?,
            Event::Close(_) => {
                stack.pop();
                out.write_all(b"\x1b[0m")?;
                if let Some(&k) = stack.last() {
                    out.write_all(ansi_style(k).as_bytes())?;
                }
            }
        }
    }
    if !text.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    let count = |k: Kind| marks.iter().filter(|m| m.kind == k).count();
    writeln!(out)?;
    for (k, label) in [(Kind::Quote, "quotes"), (Kind::Speaker, "speakers"), (Kind::Number, "numbers"), (Kind::Date, "dates")] {
        write!(out, "{}■ {label} {}\x1b[0m  ", ansi_style(k), count(k))?;
    }
    writeln!(out)
}
