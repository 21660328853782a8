//! Shared by the cargo-fuzz targets (`fuzz/fuzz_targets/`) and the stable bounded run
//! (`tests/fuzz_props.rs`): input generators driven by a byte string, and the property every
//! input must satisfy.
//!
//! Property: `synth` never panics; an `Err` has a non-empty message and at least one diagnostic,
//! each with a code from the registry (`diagnostics::codes`), a non-empty message and a `path`
//! that is "" (whole props or options) or a JSON pointer into the props (the location itself, or a missing member of an object that
//! exists); `validate` returns exactly those diagnostics; an `Ok` serializes, renders with
//! `synth_json` as parseable JSON, and `synth` is deterministic.

#![allow(dead_code)]

use std::path::Path;

use kinesisstreams_gluejob::diagnostics::codes;
use kinesisstreams_gluejob::props::schema::VOCABULARY;
use kinesisstreams_gluejob::{synth, synth_json, validate, SynthOptions};
use serde_json::{json, Map, Value};

// ---------------------------------------------------------------------------------------------
// Byte source
// ---------------------------------------------------------------------------------------------

/// Reads choices from a byte string, like `arbitrary::Unstructured`; zeros once exhausted.
pub struct Bytes<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Bytes<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Self { data, pos: 0 }
    }

    pub fn exhausted(&self) -> bool {
        self.pos >= self.data.len()
    }

    pub fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    pub fn u32(&mut self) -> u32 {
        u32::from_le_bytes([self.byte(), self.byte(), self.byte(), self.byte()])
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        if n <= 256 {
            self.byte() as usize % n
        } else {
            self.u32() as usize % n
        }
    }

    pub fn bool(&mut self) -> bool {
        self.byte() & 1 == 1
    }

    pub fn pick<'b, T>(&mut self, items: &'b [T]) -> &'b T {
        &items[self.below(items.len())]
    }
}

/// A small deterministic generator of byte strings for runs without libFuzzer.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next_u64() as u8).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/// Keys besides the member names of the props and the L1 structs below them (`VOCABULARY`,
/// generated from the schema tables): intrinsic function names and awkward keys. Generated
/// objects mostly use these, so inputs reach past the unknown-key checks.
pub const EXTRA_KEYS: &[&str] = &[
    "Ref",
    "Fn::GetAtt",
    "Fn::Join",
    "Fn::Sub",
    "Fn::Select",
    "Fn::Split",
    "Fn::ImportValue",
    "Fn::Bogus",
    "",
    "~",
    "/",
    "a/b~c",
];

/// A key from `VOCABULARY` or `EXTRA_KEYS`.
fn pick_key(b: &mut Bytes) -> &'static str {
    let i = b.below(VOCABULARY.len() + EXTRA_KEYS.len());
    VOCABULARY.get(i).copied().unwrap_or_else(|| EXTRA_KEYS[i - VOCABULARY.len()])
}

/// Strings with meaning somewhere in the engine.
pub const STRINGS: &[&str] = &[
    "",
    " ",
    "x",
    "S3",
    "s3://bucket/key.py",
    "s3://b/",
    "s3://",
    "s3://bucket/ key",
    "https://bucket/key",
    "gluestreaming",
    "glueetl",
    "pythonshell",
    "3",
    "3.9",
    "0.9",
    "1.0",
    "2.0",
    "3.0",
    "4.0",
    "5.0",
    "G.1X",
    "G.2X",
    "G.025X",
    "Standard",
    "PROVISIONED",
    "ON_DEMAND",
    "KMS",
    "MANAGED",
    "NONE",
    "UNENCRYPTED",
    "S3_MANAGED",
    "KMS_MANAGED",
    "DSSE",
    "DSSE_MANAGED",
    "retain",
    "destroy",
    "snapshot",
    "retain-on-update-or-delete",
    "RETAIN",
    "IncomingBytes",
    "ALL",
    "BLOCK_ALL",
    "BLOCK_ACLS",
    "BLOCK_ACLS_ONLY",
    "BUCKET_OWNER_ENFORCED",
    "ObjectWriter",
    "GLACIER",
    "INFREQUENT_ACCESS",
    "STANDARD_IA",
    "arn:aws:iam::123456789012:role/r",
    "arn:aws:kms:us-east-1:123456789012:key/k",
    "arn:aws:s3:::b",
    "arn:",
    "arn:aws",
    "role",
    "int",
    "string",
    "bigint",
    "array<string>",
    "struct<a:int>",
    "${Token[TOKEN.42]}",
    "{{resolve:ssm:p}}",
    "AWS::AccountId",
    "AWS::Region",
    "Stack/Bucket",
    "Invalid_Bucket",
    "192.168.5.4",
    "ab",
    "-leading",
    "a..b",
    "ümlaut",
    "\u{0}",
    "\u{1f600}",
    "\"'\\",
    "~0~1",
    "/glueJobProps",
    "__proto__",
    "constructor",
    "toString",
    "NaN",
    "Infinity",
    "-0",
    "1e400",
];

pub const NUMBERS: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    2.0,
    0.5,
    1.2,
    23.0,
    24.0,
    36.0,
    168.0,
    8760.0,
    8761.0,
    10000.0,
    100.0,
    299.0,
    1e9,
    4294967295.0,
    4294967296.0,
    9007199254740993.0,
    1e21,
    1e300,
    -1e300,
    1.7976931348623157e308,
    5e-324,
    2.5e-7,
];

pub const DEEP_LEVELS: &[usize] = &[8, 32, 64, 100];

// ---------------------------------------------------------------------------------------------
// (a) arbitrary JSON
// ---------------------------------------------------------------------------------------------

fn number(b: &mut Bytes) -> Value {
    match b.below(4) {
        0 => json!(*b.pick(NUMBERS)),
        1 => json!(b.byte() as i64 - 128),
        2 => json!(b.u32() as i64 * if b.bool() { 1 } else { -1 }),
        _ => json!(f64::from(b.u32()) / f64::from(b.u32().max(1))),
    }
}

fn string(b: &mut Bytes) -> String {
    match b.below(6) {
        0..=2 => b.pick(STRINGS).to_string(),
        3 => pick_key(b).to_string(),
        4 => {
            let len = b.below(24);
            (0..len).map(|_| char::from_u32(u32::from(b.byte()) % 0x80).unwrap_or('?')).collect()
        }
        _ => {
            let unit = b.pick(STRINGS).to_string();
            unit.repeat(1 + b.below(2000))
        }
    }
}

fn key(b: &mut Bytes) -> String {
    if b.below(8) == 0 {
        string(b)
    } else {
        pick_key(b).to_string()
    }
}

/// A JSON value from the bytes, at most `depth` levels deep.
pub fn arbitrary_value(b: &mut Bytes, depth: usize) -> Value {
    let kinds = if depth == 0 { 4 } else { 7 };
    match b.below(kinds) {
        0 => Value::Null,
        1 => Value::Bool(b.bool()),
        2 => number(b),
        3 => Value::String(string(b)),
        4 => {
            let n = b.below(5);
            Value::Array((0..n).map(|_| arbitrary_value(b, depth - 1)).collect())
        }
        5 => intrinsic(b, depth - 1),
        _ => {
            let n = b.below(6);
            let mut map = Map::new();
            for _ in 0..n {
                let k = key(b);
                let v = arbitrary_value(b, depth - 1);
                map.insert(k, v);
            }
            Value::Object(map)
        }
    }
}

/// Intrinsics, well-formed or not.
pub fn intrinsic(b: &mut Bytes, depth: usize) -> Value {
    let inner = |b: &mut Bytes| if depth == 0 { Value::String(string(b)) } else { arbitrary_value(b, depth - 1) };
    match b.below(14) {
        0 => json!({"Ref": string(b)}),
        1 => json!({"Ref": inner(b)}),
        2 => json!({"Fn::GetAtt": [string(b), string(b)]}),
        3 => json!({"Fn::GetAtt": inner(b)}),
        4 => json!({"Fn::Join": [string(b), [string(b), {"Ref": string(b)}]]}),
        5 => json!({"Fn::Join": inner(b)}),
        6 => json!({"Fn::Sub": string(b)}),
        7 => json!({"Fn::Select": [b.byte() as i64 - 2, inner(b)]}),
        8 => json!({"Fn::Split": [string(b), inner(b)]}),
        9 => json!({"Fn::ImportValue": inner(b)}),
        10 => json!({"Fn::Bogus": inner(b)}),
        11 => json!({"Ref": string(b), "Fn::Sub": string(b)}),
        12 => json!({"Fn::Join": []}),
        _ => json!({"Fn::Join": ["", []]}),
    }
}

/// Arbitrary props: mostly an object whose members are named like the real props.
pub fn arbitrary_props(b: &mut Bytes) -> Value {
    if b.below(16) == 0 {
        return arbitrary_value(b, 3);
    }
    let n = b.below(8);
    let mut map = Map::new();
    for _ in 0..n {
        let k = key(b);
        let v = arbitrary_value(b, 5);
        let v = if size_exceeds(&v, MAX_INPUT_BYTES) { Value::Null } else { v };
        map.insert(k, v);
    }
    Value::Object(map)
}

/// Options: mostly the defaults, sometimes odd scopes, flags or stack names.
pub fn arbitrary_options(b: &mut Bytes) -> SynthOptions {
    let mut options = Map::new();
    if b.below(4) == 0 {
        let n = b.below(4);
        let scope: Vec<Value> = (0..n).map(|_| Value::String(string(b))).collect();
        options.insert("scope".into(), Value::Array(scope));
    }
    if b.below(4) == 0 {
        const FLAGS: &[&str] = &[
            "@aws-cdk/aws-iam:minimizePolicies",
            "@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName",
            "@aws-cdk/core:validateSnapshotRemovalPolicy",
            "@aws-solutions-constructs/core:DisablePropertyValidation",
            "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy",
            "@aws-cdk/unknown:flag",
        ];
        let mut flags = Map::new();
        for _ in 0..b.below(4) {
            flags.insert(b.pick(FLAGS).to_string(), Value::Bool(b.bool()));
        }
        options.insert("featureFlags".into(), Value::Object(flags));
    }
    if b.below(8) == 0 {
        options.insert("stackName".into(), Value::String(string(b)));
    }
    serde_json::from_value(Value::Object(options)).unwrap_or_default()
}

/// A construct id: usually an ordinary one.
pub fn arbitrary_id(b: &mut Bytes) -> String {
    match b.below(8) {
        0 => string(b),
        1 => "KinesisToGlue".into(),
        _ => "test-kinesisstreams-lambda".into(),
    }
}

// ---------------------------------------------------------------------------------------------
// (b) structured mutation of the conformance fixtures
// ---------------------------------------------------------------------------------------------

/// One conformance scenario's input.
#[derive(Debug, Clone)]
pub struct Seed {
    pub name: String,
    pub id: String,
    pub options: Value,
    pub props: Value,
    pub valid: bool,
}

/// Every scenario in `dir` (tests/conformance/fixtures), sorted by name.
pub fn load_seeds(dir: &Path) -> Vec<Seed> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.to_string_lossy();
            name.ends_with(".json") && !name.ends_with(".expected.json")
        })
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let json: Value = serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok()?;
            Some(Seed {
                name: json["name"].as_str()?.to_string(),
                id: json["id"].as_str().unwrap_or("test-kinesisstreams-lambda").to_string(),
                options: json.get("options").cloned().unwrap_or_else(|| json!({})),
                props: json["props"].clone(),
                valid: json["expected"].get("fragmentFile").is_some(),
            })
        })
        .collect()
}

/// JSON pointers of every value in `value` (the root is "").
pub fn pointers(value: &Value) -> Vec<String> {
    fn walk(value: &Value, path: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    walk(v, format!("{path}/{}", k.replace('~', "~0").replace('/', "~1")), out);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, format!("{path}/{i}"), out);
                }
            }
            _ => {}
        }
        out.push(path);
    }
    let mut out = Vec::new();
    walk(value, String::new(), &mut out);
    out
}

fn misspell(b: &mut Bytes, key: &str) -> String {
    let mut chars: Vec<char> = key.chars().collect();
    match b.below(6) {
        0 if !chars.is_empty() => {
            let i = b.below(chars.len());
            chars.remove(i);
        }
        1 => {
            let i = b.below(chars.len() + 1);
            chars.insert(i, *b.pick(&['x', '_', '-', ' ', 'S']));
        }
        2 if chars.len() > 1 => {
            let i = b.below(chars.len() - 1);
            chars.swap(i, i + 1);
        }
        3 => {
            let upper: String = key.chars().take(1).flat_map(char::to_uppercase).collect();
            return upper + &key.chars().skip(1).collect::<String>();
        }
        4 => return key.to_lowercase(),
        _ => return format!("{key}s"),
    }
    chars.into_iter().collect()
}

/// A value of another JSON kind than `value`.
fn swap_type(b: &mut Bytes, value: &Value) -> Value {
    loop {
        let candidate = match b.below(6) {
            0 => Value::Null,
            1 => Value::Bool(b.bool()),
            2 => number(b),
            3 => Value::String(string(b)),
            4 => Value::Array(vec![value.clone()]),
            _ => json!({ "value": value.clone() }),
        };
        if std::mem::discriminant(&candidate) != std::mem::discriminant(value) || b.exhausted() {
            return candidate;
        }
    }
}

fn deep(b: &mut Bytes, inner: Value) -> Value {
    let levels = *b.pick(DEEP_LEVELS);
    let as_array = b.bool();
    (0..levels).fold(inner, |v, _| if as_array { json!([v]) } else { json!({ "a": v }) })
}

/// Applies one mutation at one location of `props`; `donor` lends keys and values.
pub fn mutate_once(b: &mut Bytes, props: &mut Value, donor: &Value) {
    let paths = pointers(props);
    let path = b.pick(&paths).clone();
    let Some(target) = props.pointer_mut(&path) else { return };
    match b.below(14) {
        // type swapped
        0 | 1 => *target = swap_type(b, target),
        // key misspelled
        2 | 3 => {
            if let Value::Object(map) = target {
                if !map.is_empty() {
                    let i = b.below(map.len());
                    let k = map.keys().nth(i).cloned().unwrap_or_default();
                    let v = map.shift_remove(&k).unwrap_or(Value::Null);
                    map.insert(misspell(b, &k), v);
                }
            } else {
                *target = swap_type(b, target);
            }
        }
        // out of range / odd numbers
        4 => *target = json!(*b.pick(NUMBERS) * if b.bool() { 1.0 } else { -1.0 }),
        // intrinsics, often malformed
        5 => *target = intrinsic(b, 2),
        // huge strings
        6 => {
            let unit = b.pick(STRINGS).to_string();
            let unit = if unit.is_empty() { "x".to_string() } else { unit };
            *target = Value::String(unit.repeat(1000 + b.below(100_000)));
        }
        // deep nesting
        7 => *target = deep(b, target.clone()),
        // member removed / set to null
        8 => {
            if let Value::Object(map) = target {
                if !map.is_empty() {
                    let i = b.below(map.len());
                    let k = map.keys().nth(i).cloned().unwrap_or_default();
                    if b.bool() {
                        map.shift_remove(&k);
                    } else {
                        map.insert(k, Value::Null);
                    }
                }
            } else if let Value::Array(items) = target {
                if !items.is_empty() {
                    items.remove(b.below(items.len()));
                }
            } else {
                *target = Value::Null;
            }
        }
        // member added from the vocabulary or a donor fixture
        9 | 10 => {
            if let Value::Object(map) = target {
                let donor_paths = pointers(donor);
                let donor_path = b.pick(&donor_paths).clone();
                let donor_value = donor.pointer(&donor_path).cloned().unwrap_or(Value::Null);
                let donor_key = donor_path.rsplit('/').next().unwrap_or("").replace("~1", "/").replace("~0", "~");
                let k = if b.bool() && !donor_key.is_empty() { donor_key } else { key(b) };
                let v = if b.bool() { donor_value } else { arbitrary_value(b, 3) };
                map.insert(k, v);
            } else if let Value::Array(items) = target {
                let copy = items.first().cloned().unwrap_or(Value::Null);
                let n = if b.bool() { 1 } else { 1 + b.below(500) };
                items.extend(std::iter::repeat_n(copy, n));
            } else {
                *target = arbitrary_value(b, 3);
            }
        }
        // value from the same place in the donor
        11 => {
            if let Some(v) = donor.pointer(&path) {
                *target = v.clone();
            } else {
                *target = Value::String(string(b));
            }
        }
        // empties
        12 => {
            *target = match b.below(4) {
                0 => json!(""),
                1 => json!({}),
                2 => json!([]),
                _ => json!(false),
            }
        }
        // a meaningful string
        _ => *target = Value::String(string(b)),
    }
}

/// The largest generated input, roughly in bytes of JSON.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// True when `value` takes more than about `limit` bytes as JSON (stops counting early).
pub fn size_exceeds(value: &Value, limit: usize) -> bool {
    fn size(value: &Value, budget: &mut isize) {
        if *budget < 0 {
            return;
        }
        match value {
            Value::String(s) => *budget -= s.len() as isize + 2,
            Value::Array(items) => {
                *budget -= 2;
                for item in items {
                    size(item, budget);
                }
            }
            Value::Object(map) => {
                *budget -= 2;
                for (k, v) in map {
                    *budget -= k.len() as isize + 3;
                    size(v, budget);
                }
            }
            _ => *budget -= 8,
        }
    }
    let mut budget = limit as isize;
    size(value, &mut budget);
    budget < 0
}

/// A seed's props with 1 to 4 mutations, plus its id and options (sometimes mutated too).
pub fn mutated_input(b: &mut Bytes, seeds: &[Seed]) -> (String, Value, SynthOptions) {
    let seed = b.pick(seeds);
    let donor = b.pick(seeds).props.clone();
    let mut props = seed.props.clone();
    for _ in 0..1 + b.below(4) {
        let before = props.clone();
        mutate_once(b, &mut props, &donor);
        // Mutations compound (copies of copies of huge strings): keep inputs under a bound.
        if size_exceeds(&props, MAX_INPUT_BYTES) {
            props = before;
        }
    }
    let options = if b.below(8) == 0 {
        arbitrary_options(b)
    } else {
        serde_json::from_value(seed.options.clone()).unwrap_or_default()
    };
    let id = if b.below(16) == 0 { arbitrary_id(b) } else { seed.id.clone() };
    (id, props, options)
}

// ---------------------------------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------------------------------

/// True when `path` is "" or a syntactically valid JSON pointer that names a value of `props` or
/// a member of an object of `props`.
pub fn locates_in(props: &Value, path: &str) -> bool {
    if path.is_empty() {
        return true;
    }
    if !path.starts_with('/') {
        return false;
    }
    // "~" must be followed by 0 or 1.
    let bytes = path.as_bytes();
    for (i, c) in bytes.iter().enumerate() {
        if *c == b'~' && !matches!(bytes.get(i + 1), Some(b'0') | Some(b'1')) {
            return false;
        }
    }
    if props.pointer(path).is_some() {
        return true;
    }
    let parent = &path[..path.rfind('/').unwrap_or(0)];
    matches!(props.pointer(parent), Some(Value::Object(_)))
}

/// Checks the property for one input: `Ok(true)` when it synthesized, `Ok(false)` when it was
/// rejected correctly, `Err` says what is wrong.
pub fn check(id: &str, props: &Value, options: &SynthOptions) -> Result<bool, String> {
    let first = synth(id, props, options);
    match &first {
        Ok(result) => {
            serde_json::to_string(result).map_err(|e| format!("result does not serialize: {e}"))?;
            // A second run through the public entry: deterministic, and renders as JSON.
            let text = synth_json(id, props, options).map_err(|e| format!("synth_json failed after synth: {e}"))?;
            match serde_json::from_str::<Value>(&text) {
                Ok(again) => {
                    if again.get("Resources").map(|r| r.as_object().map(Map::len))
                        != result.fragment.get("Resources").map(|r| r.as_object().map(Map::len))
                    {
                        return Err("synth_json and synth disagree on the resources".into());
                    }
                }
                // Deeply nested user values: serde_json's parser stops at 128 levels; not a defect.
                Err(e) if e.to_string().starts_with("recursion limit exceeded") => {}
                Err(e) => return Err(format!("synth_json is not JSON: {e}")),
            }
        }
        Err(error) => {
            if error.message.trim().is_empty() {
                return Err(format!("error with an empty message: {:?}", error.diagnostics));
            }
            if error.diagnostics.is_empty() {
                return Err(format!("error without diagnostics: {}", clip(&error.message, 300)));
            }
            for d in &error.diagnostics {
                if !codes::ALL.contains(&d.code) || d.message.trim().is_empty() {
                    return Err(format!("diagnostic without a registered code or a message at {}: {d:?}", d.path));
                }
                if !locates_in(props, &d.path) {
                    // One line per bug in summaries: an unknown key's name is left out of the head.
                    let shown = match d.code {
                        "unknown-property" => format!("{}/<key>", &d.path[..d.path.rfind('/').unwrap_or(0)]),
                        _ => d.path.clone(),
                    };
                    return Err(format!(
                        "diagnostic {} at {shown} is not a pointer into the props: {} ({})",
                        d.code,
                        clip(&d.message, 300),
                        d.path
                    ));
                }
            }
            if validate(id, props, options) != error.diagnostics {
                return Err("validate differs from synth's diagnostics".into());
            }
        }
    }
    Ok(first.is_ok())
}

/// A short, printable rendering of an input for failure reports.
pub fn describe_input(id: &str, props: &Value, options: &SynthOptions) -> String {
    let text = serde_json::to_string(props).unwrap_or_default();
    format!("id={:?} options={options:?} props={}", clip(id, 100), clip(&text, 1500))
}

/// Failure classes of engine defects not fixed yet (none today), by the start of their signature;
/// each would also have a failing test in tests/bad_inputs.rs.
pub const KNOWN_DEFECTS: &[&str] = &[];

pub fn known(signature: &str) -> bool {
    KNOWN_DEFECTS.iter().any(|prefix| signature.starts_with(prefix))
}

/// A failure's class, so one bug is one line: the text before `: ` with digits collapsed.
pub fn signature(why: &str) -> String {
    let head = why.split(": ").next().unwrap_or(why);
    let mut out = String::new();
    for c in head.chars().take(200) {
        if c.is_ascii_digit() {
            if !out.ends_with('N') {
                out.push('N');
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn clip(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}...", &text[..end])
}
