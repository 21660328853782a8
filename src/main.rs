//! `kinesisstreams-gluejob synth --id ID [--scope A/B] [--stack-name NAME] [--account ACCOUNT]
//! [--region REGION] [--tag KEY=VALUE]... [--fix NAME]... [--template] [--yaml] [PROPS.json | -]`

use std::io::Read;
use std::process::ExitCode;

use kinesisstreams_gluejob::model::synthesizer::stack_template;
use kinesisstreams_gluejob::{render, synth, SynthOptions};

// mimalloc, not the system allocator: a synthesis is mostly small blocks made and freed, and with
// mimalloc it takes a fifth fewer instructions than with glibc's (`make bench` times both). A
// WebAssembly build keeps the library's per-call arena.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: kinesisstreams-gluejob synth --id ID [--scope A/B] [--stack-name NAME] \
[--account ACCOUNT] [--region REGION] [--tag KEY=VALUE]... [--fix NAME]... [--template] [--yaml] [PROPS.json | -]";

struct Args {
    id: String,
    options: SynthOptions,
    template: bool,
    yaml: bool,
    input: Option<String>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    match args.next().as_deref() {
        Some("synth") => {}
        Some("--help" | "-h") | None => return Err(USAGE.into()),
        Some(other) => return Err(format!("unknown command {other}\n{USAGE}")),
    }
    let (mut id, mut options, mut template, mut yaml, mut input) = (None, SynthOptions::default(), false, false, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--id" => id = Some(args.next().ok_or("--id needs a value")?),
            "--scope" => {
                let value = args.next().ok_or("--scope needs a value")?;
                options.scope = value.split('/').filter(|s| !s.is_empty()).map(str::to_string).collect();
            }
            "--stack-name" => options.stack_name = Some(args.next().ok_or("--stack-name needs a value")?),
            "--account" => options.env.account = Some(args.next().ok_or("--account needs a value")?),
            "--region" => options.env.region = Some(args.next().ok_or("--region needs a value")?),
            "--tag" => {
                let value = args.next().ok_or("--tag needs KEY=VALUE")?;
                let (key, value) = value.split_once('=').ok_or_else(|| format!("--tag {value}: expected KEY=VALUE"))?;
                // A repeated key keeps its first position and takes the last value, as Tags.of does.
                options.tags.insert(key.to_string().into(), value.to_string().into());
            }
            "--fix" => options.fixes.push(args.next().ok_or("--fix needs a value")?),
            "--template" => template = true,
            "--yaml" => yaml = true,
            "--help" | "-h" => return Err(USAGE.into()),
            flag if flag.starts_with("--") => return Err(format!("unknown flag {flag}\n{USAGE}")),
            path => {
                if input.replace(path.to_string()).is_some() {
                    return Err(format!("only one props file may be given\n{USAGE}"));
                }
            }
        }
    }
    let id = id.ok_or_else(|| format!("--id is required\n{USAGE}"))?;
    Ok(Args { id, options, template, yaml, input })
}

fn read_input(input: Option<&str>) -> Result<String, String> {
    let mut text = String::new();
    match input {
        None | Some("-") => {
            std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read stdin: {e}"))?
        }
        Some(path) => {
            text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            0
        }
    };
    Ok(text)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let text = match read_input(args.input.as_deref()) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let props = match kinesisstreams_gluejob::ir::Value::from_json_text(&text) {
        Ok(props) => props,
        Err(e) => {
            eprintln!("props are not valid JSON: {e}");
            return ExitCode::from(2);
        }
    };
    match synth(&args.id, &props, &args.options) {
        Ok(result) => {
            for warning in &result.warnings {
                eprintln!("warning: {}: {}", warning.path, warning.message);
            }
            let document = if args.template { stack_template(&result.fragment) } else { result.fragment };
            let out = if args.yaml { render::to_yaml(&document) } else { render::to_cdk_json(&document) };
            println!("{}", out.trim_end_matches('\n'));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}", error.message.trim_end());
            for d in &error.diagnostics {
                eprintln!("  {} [{}]: {}", if d.path.is_empty() { "/" } else { &d.path }, d.code, d.message);
            }
            ExitCode::from(2)
        }
    }
}
