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
  --jobs N                 Batch mode: analyse lines on N threads (default: one per CPU);
                           the results are the same, in the same order, for any N
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
    /// Threads for `--jsonl`; `None` for one per CPU.
    jobs: Option<usize>,
}

fn parse_args(mut argv: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut a = Args { format: None, jsonl: false, offsets: OffsetUnit::Utf8, options: Options::default(), pretty: false, file: None, jobs: None };
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
            "--jobs" => {
                let v = value("a number of threads, at least 1")?;
                a.jobs = Some(v.parse::<usize>().ok().filter(|&n| n >= 1).ok_or_else(|| format!("--jobs '{v}': expected a number of threads, at least 1"))?);
            }
            "--pretty" => a.pretty = true,
            _ => return Err(format!("unknown option '{arg}'")),
        }
    }
    if a.jobs.is_some() && !a.jsonl {
        return Err("--jobs sets the threads of batch mode: it needs --jsonl".into());
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

/// One result per input line, in input order; returns whether any line failed.
///
/// With more than one job, this thread reads the lines in batches of about [`BATCH`] bytes,
/// hands the batches to `jobs` worker threads (each with its own word tables), and writes
/// their results back in input order as they come in. At most a few batches per worker are
/// read ahead, so memory stays bounded by the longest lines, not by the input. Analysis is
/// deterministic, so the output does not depend on `jobs`.
fn run_jsonl(args: &Args, input: &mut dyn BufRead, out: &mut impl Write) -> io::Result<bool> {
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut writer = Ordered { args, next: 0, pending: std::collections::BTreeMap::new(), failed: false };
    let mut lines = 0;
    if jobs <= 1 {
        let mut k = 0;
        while let Some(batch) = read_batch(input, &mut lines)? {
            writer.put(k, batch.results(args), out)?;
            k += 1;
        }
        return Ok(writer.failed);
    }
    let (work, work_in) = std::sync::mpsc::sync_channel::<(usize, Batch)>(jobs);
    let work_in = std::sync::Mutex::new(work_in);
    let (done, done_in) = std::sync::mpsc::channel();
    std::thread::scope(|s| {
        for _ in 0..jobs {
            let (work_in, done) = (&work_in, done.clone());
            s.spawn(move || loop {
                // The lock is held only while waiting for a batch, never while analysing one.
                let Ok(Ok((k, batch))) = work_in.lock().map(|r| r.recv()) else { break };
                if done.send((k, batch.results(args))).is_err() {
                    break;
                }
            });
        }
        drop(done);
        let mut k = 0;
        while let Some(batch) = read_batch(input, &mut lines)? {
            if work.send((k, batch)).is_err() {
                break; // no worker left; cannot happen while this thread holds `work`
            }
            k += 1;
            while let Ok((b, r)) = done_in.try_recv() {
                writer.put(b, r, out)?;
            }
            // Batches read and not yet written: wait for the earliest when there are too many.
            while k - writer.next > 4 * jobs {
                let Ok((b, r)) = done_in.recv() else { break };
                writer.put(b, r, out)?;
            }
        }
        drop(work);
        for (b, r) in done_in {
            writer.put(b, r, out)?;
        }
        Ok(writer.failed)
    })
}

/// The bytes of input lines that [`run_jsonl`] gathers into one piece of work: enough that
/// handing it to a thread costs little beside analysing it (most news articles are a few KB).
const BATCH: usize = 256 << 10;

/// Consecutive input lines, without their line breaks, the first of them line `first` (from 1).
struct Batch {
    first: usize,
    lines: Vec<Vec<u8>>,
}

impl Batch {
    fn results(&self, args: &Args) -> Vec<Result<Vec<u8>, String>> {
        self.lines.iter().enumerate().map(|(k, line)| line_result(args, self.first + k, line)).collect()
    }
}

/// The next lines of `input` up to about [`BATCH`] bytes (at least one line), or `None` at
/// the end; `lines` counts the lines read so far.
fn read_batch(input: &mut dyn BufRead, lines: &mut usize) -> io::Result<Option<Batch>> {
    let mut batch = Batch { first: *lines + 1, lines: Vec::new() };
    let mut bytes = 0;
    while bytes < BATCH {
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        bytes += line.len() + 1;
        *lines += 1;
        batch.lines.push(line);
    }
    Ok((!batch.lines.is_empty()).then_some(batch))
}

/// Line `n`'s result as JSON, or the error that line gets.
fn line_result(args: &Args, n: usize, line: &[u8]) -> Result<Vec<u8>, String> {
    std::str::from_utf8(line)
        .map_err(|e| format!("line {n}: not valid UTF-8 (invalid byte at offset {})", e.valid_up_to()))
        .and_then(|s| analyze_line(args, s).map_err(|e| format!("line {n}: {e}")))
}

/// Writes the results of batches in input order, holding back any batch that is done before
/// an earlier one.
struct Ordered<'a> {
    args: &'a Args,
    /// The number of the next batch to write, from 0.
    next: usize,
    pending: std::collections::BTreeMap<usize, Vec<Result<Vec<u8>, String>>>,
    failed: bool,
}

impl Ordered<'_> {
    fn put(&mut self, batch: usize, results: Vec<Result<Vec<u8>, String>>, out: &mut impl Write) -> io::Result<()> {
        self.pending.insert(batch, results);
        while let Some(results) = self.pending.remove(&self.next) {
            for result in results {
                match result {
                    Ok(json) => out.write_all(&json)?,
                    Err(e) => {
                        self.failed = true;
                        eprintln!("pressmark: {}: {e}", input_name(self.args));
                        serde_json::to_writer(&mut *out, &serde_json::json!({ "error": e }))?;
                    }
                }
                out.write_all(b"\n")?;
            }
            self.next += 1;
        }
        Ok(())
    }
}

fn analyze_line(args: &Args, line: &str) -> Result<Vec<u8>, String> {
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
    serde_json::to_vec(&WithId { id: obj.get("id"), analysis: &a }).map_err(|e| e.to_string())
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
