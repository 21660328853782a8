//! Shared by the cargo-fuzz targets (`fuzz/fuzz_targets/`), the stable bounded run
//! (`tests/fuzz_props.rs`) and the invalid-input suite (`tests/bad_inputs.rs`): input generators that read their choices from a byte string through
//! `arbitrary::Unstructured`, and the property every input must satisfy.
//!
//! Property: `synth` never panics; an `Err` has a non-empty message and at least one diagnostic,
//! each with a code from the registry (`diagnostics::codes`), a non-empty message and a `path`
//! that is "" (whole props or options) or a JSON pointer into the props (the location itself, or
//! a missing member of an object that exists); `validate` returns exactly those diagnostics; an `Ok` serializes, renders with
//! `synth_json` as parseable JSON, and `synth` is deterministic.

use arbitrary::{Arbitrary, Result, Unstructured};
use kinesisstreams_gluejob::diagnostics::codes;
use kinesisstreams_gluejob::props::schema::VOCABULARY;
use kinesisstreams_gluejob::{synth, synth_json, validate, SynthOptions};
use serde_json::{json, Map, Value};

// ---------------------------------------------------------------------------------------------
// Byte source: `arbitrary::Unstructured` reads the choices; once its bytes run out it answers
// with the smallest choice, so every byte string gives an input.
// ---------------------------------------------------------------------------------------------

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
fn pick_key(u: &mut Unstructured) -> Result<&'static str> {
    let i = u.choose_index(VOCABULARY.len() + EXTRA_KEYS.len())?;
    Ok(VOCABULARY.get(i).copied().unwrap_or_else(|| EXTRA_KEYS[i - VOCABULARY.len()]))
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

fn number(u: &mut Unstructured) -> Result<Value> {
    Ok(match u.choose_index(4)? {
        0 => json!(*u.choose(NUMBERS)?),
        1 => json!(i64::from(u.arbitrary::<i8>()?)),
        2 => json!(i64::from(u.arbitrary::<u32>()?) * if u.arbitrary()? { 1 } else { -1 }),
        _ => json!(f64::from(u.arbitrary::<u32>()?) / f64::from(u.arbitrary::<u32>()?.max(1))),
    })
}

fn string(u: &mut Unstructured) -> Result<String> {
    Ok(match u.choose_index(6)? {
        0..=2 => u.choose(STRINGS)?.to_string(),
        3 => pick_key(u)?.to_string(),
        4 => {
            let len = u.int_in_range(0..=23)?;
            let mut ascii = String::with_capacity(len);
            for _ in 0..len {
                ascii.push(char::from(u.int_in_range(0..=0x7f_u8)?));
            }
            ascii
        }
        _ => u.choose(STRINGS)?.repeat(u.int_in_range(1..=2000)?),
    })
}

fn key(u: &mut Unstructured) -> Result<String> {
    if u.ratio(1, 8)? {
        string(u)
    } else {
        Ok(pick_key(u)?.to_string())
    }
}

/// A JSON value from the bytes, at most `depth` levels deep.
pub fn arbitrary_value(u: &mut Unstructured, depth: usize) -> Result<Value> {
    let kinds = if depth == 0 { 4 } else { 7 };
    Ok(match u.choose_index(kinds)? {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary()?),
        2 => number(u)?,
        3 => Value::String(string(u)?),
        4 => {
            let n = u.int_in_range(0..=4)?;
            Value::Array((0..n).map(|_| arbitrary_value(u, depth - 1)).collect::<Result<_>>()?)
        }
        5 => intrinsic(u, depth - 1)?,
        _ => {
            let mut map = Map::new();
            for _ in 0..u.int_in_range(0..=5)? {
                let k = key(u)?;
                let v = arbitrary_value(u, depth - 1)?;
                map.insert(k, v);
            }
            Value::Object(map)
        }
    })
}

/// Intrinsics, well-formed or not.
pub fn intrinsic(u: &mut Unstructured, depth: usize) -> Result<Value> {
    let inner = |u: &mut Unstructured| {
        if depth == 0 {
            Ok(Value::String(string(u)?))
        } else {
            arbitrary_value(u, depth - 1)
        }
    };
    Ok(match u.choose_index(14)? {
        0 => json!({"Ref": string(u)?}),
        1 => json!({"Ref": inner(u)?}),
        2 => json!({"Fn::GetAtt": [string(u)?, string(u)?]}),
        3 => json!({"Fn::GetAtt": inner(u)?}),
        4 => json!({"Fn::Join": [string(u)?, [string(u)?, {"Ref": string(u)?}]]}),
        5 => json!({"Fn::Join": inner(u)?}),
        6 => json!({"Fn::Sub": string(u)?}),
        7 => json!({"Fn::Select": [i64::from(u.arbitrary::<u8>()?) - 2, inner(u)?]}),
        8 => json!({"Fn::Split": [string(u)?, inner(u)?]}),
        9 => json!({"Fn::ImportValue": inner(u)?}),
        10 => json!({"Fn::Bogus": inner(u)?}),
        11 => json!({"Ref": string(u)?, "Fn::Sub": string(u)?}),
        12 => json!({"Fn::Join": []}),
        _ => json!({"Fn::Join": ["", []]}),
    })
}

/// Arbitrary props: mostly an object whose members are named like the real props.
pub fn arbitrary_props(u: &mut Unstructured) -> Result<Value> {
    if u.ratio(1, 16)? {
        return arbitrary_value(u, 3);
    }
    let mut map = Map::new();
    for _ in 0..u.int_in_range(0..=7)? {
        let k = key(u)?;
        let v = arbitrary_value(u, 5)?;
        let v = if size_exceeds(&v, MAX_INPUT_BYTES) { Value::Null } else { v };
        map.insert(k, v);
    }
    Ok(Value::Object(map))
}

/// Options: mostly the defaults, sometimes odd scopes, flags or stack names.
pub fn arbitrary_options(u: &mut Unstructured) -> Result<SynthOptions> {
    let mut options = Map::new();
    if u.ratio(1, 4)? {
        let scope = (0..u.int_in_range(0..=3)?).map(|_| string(u).map(Value::String)).collect::<Result<_>>()?;
        options.insert("scope".into(), Value::Array(scope));
    }
    if u.ratio(1, 4)? {
        const FLAGS: &[&str] = &[
            "@aws-cdk/aws-iam:minimizePolicies",
            "@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName",
            "@aws-cdk/core:validateSnapshotRemovalPolicy",
            "@aws-solutions-constructs/core:DisablePropertyValidation",
            "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy",
            "@aws-cdk/unknown:flag",
        ];
        let mut flags = Map::new();
        for _ in 0..u.int_in_range(0..=3)? {
            flags.insert(u.choose(FLAGS)?.to_string(), Value::Bool(u.arbitrary()?));
        }
        options.insert("featureFlags".into(), Value::Object(flags));
    }
    if u.ratio(1, 8)? {
        options.insert("stackName".into(), Value::String(string(u)?));
    }
    Ok(serde_json::from_value(Value::Object(options)).unwrap_or_default())
}

/// A construct id: usually an ordinary one.
pub fn arbitrary_id(u: &mut Unstructured) -> Result<String> {
    Ok(match u.choose_index(8)? {
        0 => string(u)?,
        1 => "KinesisToGlue".into(),
        _ => "test-kinesisstreams-lambda".into(),
    })
}

/// One input of generator (a): arbitrary props, options and construct id.
#[derive(Debug, Clone)]
pub struct ArbitraryInput {
    pub id: String,
    pub props: Value,
    pub options: SynthOptions,
}

impl<'a> Arbitrary<'a> for ArbitraryInput {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let props = arbitrary_props(u)?;
        let options = arbitrary_options(u)?;
        let id = arbitrary_id(u)?;
        Ok(Self { id, props, options })
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

/// Every conformance scenario (`fixtures::load_all`), sorted by name.
pub fn load_seeds() -> Vec<Seed> {
    crate::fixtures::load_all()
        .into_iter()
        .map(|f| Seed { valid: f.is_valid(), name: f.name, id: f.id, options: f.options, props: f.props })
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

/// How a key is misspelled.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Misspelling {
    DropChar,
    InsertChar,
    SwapChars,
    Capitalize,
    Lowercase,
    Plural,
}

fn misspell(u: &mut Unstructured, key: &str) -> Result<String> {
    let mut chars: Vec<char> = key.chars().collect();
    match u.arbitrary::<Misspelling>()? {
        Misspelling::DropChar if !chars.is_empty() => {
            let i = u.choose_index(chars.len())?;
            chars.remove(i);
        }
        Misspelling::InsertChar => {
            let i = u.int_in_range(0..=chars.len())?;
            chars.insert(i, *u.choose(&['x', '_', '-', ' ', 'S'])?);
        }
        Misspelling::SwapChars if chars.len() > 1 => {
            let i = u.choose_index(chars.len() - 1)?;
            chars.swap(i, i + 1);
        }
        Misspelling::Capitalize => {
            let upper: String = key.chars().take(1).flat_map(char::to_uppercase).collect();
            return Ok(upper + &key.chars().skip(1).collect::<String>());
        }
        Misspelling::Lowercase => return Ok(key.to_lowercase()),
        _ => return Ok(format!("{key}s")),
    }
    Ok(chars.into_iter().collect())
}

/// A value of another JSON kind than `value`.
fn swap_type(u: &mut Unstructured, value: &Value) -> Result<Value> {
    loop {
        let candidate = match u.choose_index(6)? {
            0 => Value::Null,
            1 => Value::Bool(u.arbitrary()?),
            2 => number(u)?,
            3 => Value::String(string(u)?),
            4 => Value::Array(vec![value.clone()]),
            _ => json!({ "value": value.clone() }),
        };
        if std::mem::discriminant(&candidate) != std::mem::discriminant(value) || u.is_empty() {
            return Ok(candidate);
        }
    }
}

fn deep(u: &mut Unstructured, inner: Value) -> Result<Value> {
    let levels = *u.choose(DEEP_LEVELS)?;
    let as_array: bool = u.arbitrary()?;
    Ok((0..levels).fold(inner, |v, _| if as_array { json!([v]) } else { json!({ "a": v }) }))
}

/// What one mutation does to the value at one location.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Mutation {
    SwapType,
    MisspellKey,
    OddNumber,
    /// Intrinsics, often malformed.
    Intrinsic,
    HugeString,
    DeepNesting,
    RemoveMember,
    /// A member from the vocabulary or the donor fixture.
    AddMember,
    /// The value at the same place in the donor fixture.
    FromDonor,
    Empty,
    MeaningfulString,
}

/// Applies one mutation at one location of `props`; `donor` lends keys and values.
pub fn mutate_once(u: &mut Unstructured, props: &mut Value, donor: &Value) -> Result<()> {
    let paths = pointers(props);
    let path = u.choose(&paths)?.clone();
    let Some(target) = props.pointer_mut(&path) else { return Ok(()) };
    match u.arbitrary::<Mutation>()? {
        Mutation::SwapType => *target = swap_type(u, target)?,
        Mutation::MisspellKey => {
            if let Value::Object(map) = target {
                if !map.is_empty() {
                    let i = u.choose_index(map.len())?;
                    let k = map.keys().nth(i).cloned().unwrap_or_default();
                    let v = map.shift_remove(&k).unwrap_or(Value::Null);
                    map.insert(misspell(u, &k)?, v);
                }
            } else {
                *target = swap_type(u, target)?;
            }
        }
        Mutation::OddNumber => *target = json!(*u.choose(NUMBERS)? * if u.arbitrary()? { 1.0 } else { -1.0 }),
        Mutation::Intrinsic => *target = intrinsic(u, 2)?,
        Mutation::HugeString => {
            let unit = u.choose(STRINGS)?.to_string();
            let unit = if unit.is_empty() { "x".to_string() } else { unit };
            *target = Value::String(unit.repeat(u.int_in_range(1000..=100_999)?));
        }
        Mutation::DeepNesting => *target = deep(u, target.clone())?,
        Mutation::RemoveMember => {
            if let Value::Object(map) = target {
                if !map.is_empty() {
                    let i = u.choose_index(map.len())?;
                    let k = map.keys().nth(i).cloned().unwrap_or_default();
                    if u.arbitrary()? {
                        map.shift_remove(&k);
                    } else {
                        map.insert(k, Value::Null);
                    }
                }
            } else if let Value::Array(items) = target {
                if !items.is_empty() {
                    items.remove(u.choose_index(items.len())?);
                }
            } else {
                *target = Value::Null;
            }
        }
        Mutation::AddMember => {
            if let Value::Object(map) = target {
                let donor_paths = pointers(donor);
                let donor_path = u.choose(&donor_paths)?.clone();
                let donor_value = donor.pointer(&donor_path).cloned().unwrap_or(Value::Null);
                let donor_key = donor_path.rsplit('/').next().unwrap_or("").replace("~1", "/").replace("~0", "~");
                let k = if u.arbitrary()? && !donor_key.is_empty() { donor_key } else { key(u)? };
                let v = if u.arbitrary()? { donor_value } else { arbitrary_value(u, 3)? };
                map.insert(k, v);
            } else if let Value::Array(items) = target {
                let copy = items.first().cloned().unwrap_or(Value::Null);
                let n = if u.arbitrary()? { 1 } else { u.int_in_range(1..=500)? };
                items.extend(std::iter::repeat_n(copy, n));
            } else {
                *target = arbitrary_value(u, 3)?;
            }
        }
        Mutation::FromDonor => {
            *target = match donor.pointer(&path) {
                Some(v) => v.clone(),
                None => Value::String(string(u)?),
            }
        }
        Mutation::Empty => {
            *target = match u.choose_index(4)? {
                0 => json!(""),
                1 => json!({}),
                2 => json!([]),
                _ => json!(false),
            }
        }
        Mutation::MeaningfulString => *target = Value::String(string(u)?),
    }
    Ok(())
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
pub fn mutated_input(u: &mut Unstructured, seeds: &[Seed]) -> Result<(String, Value, SynthOptions)> {
    let seed = u.choose(seeds)?;
    let donor = u.choose(seeds)?.props.clone();
    let mut props = seed.props.clone();
    for _ in 0..u.int_in_range(1..=4)? {
        let before = props.clone();
        mutate_once(u, &mut props, &donor)?;
        // Mutations compound (copies of copies of huge strings): keep inputs under a bound.
        if size_exceeds(&props, MAX_INPUT_BYTES) {
            props = before;
        }
    }
    let options = if u.ratio(1, 8)? {
        arbitrary_options(u)?
    } else {
        serde_json::from_value(seed.options.clone()).unwrap_or_default()
    };
    let id = if u.ratio(1, 16)? { arbitrary_id(u)? } else { seed.id.clone() };
    Ok((id, props, options))
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

/// True when an `/options/...` pointer names an option that was given (a tag by its key).
fn locates_in_options(options: &SynthOptions, path: &str) -> bool {
    let unescape = |s: &str| s.replace("~1", "/").replace("~0", "~");
    let segments: Vec<String> = path.split('/').skip(2).map(unescape).collect();
    match segments.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => true,
        ["stackName"] => options.stack_name.is_some(),
        ["env", "account"] => options.env.account.is_some(),
        ["env", "region"] => options.env.region.is_some(),
        ["tags"] => !options.tags.is_empty(),
        ["tags", key] => options.tags.contains_key(key),
        _ => false,
    }
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
                        != result.fragment.get("Resources").map(|r| r.as_object().map(|m| m.len()))
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
                if d.path.starts_with("/options") {
                    if !locates_in_options(options, &d.path) {
                        return Err(format!("diagnostic {} at {} is not a pointer into the options", d.code, d.path));
                    }
                    continue;
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
