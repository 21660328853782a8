//! `Arn.split` for the resource name at the end of an ARN: literal parts are split at synth time,
//! an ARN that is a token is split by CloudFormation.

use crate::ir::Value;

use super::intrinsics::{concat, is_unresolved, select, split};

/// A piece of a string being split, borrowed from the ARN: literal text or an opaque token.
#[derive(Debug, Clone, Copy)]
enum Piece<'a> {
    Text(&'a str),
    Token(&'a Value),
}

fn pieces<'a>(value: &'a Value, out: &mut Vec<Piece<'a>>) {
    match value {
        Value::String(s) => out.push(Piece::Text(s)),
        Value::Object(map) if map.len() == 1 => match map.get("Fn::Join").and_then(Value::as_array) {
            Some(args) if args.len() == 2 && args[0].as_str() == Some("") && args[1].is_array() => {
                for part in args[1].as_array().into_iter().flatten() {
                    pieces(part, out);
                }
            }
            _ => out.push(Piece::Token(value)),
        },
        other => out.push(Piece::Token(other)),
    }
}

/// Splits pieces at every occurrence of `separator` in their literal text.
fn split_pieces<'a>(input: &[Piece<'a>], separator: char) -> Vec<Vec<Piece<'a>>> {
    let mut components: Vec<Vec<Piece>> = vec![Vec::new()];
    for &piece in input {
        match piece {
            Piece::Text(text) => {
                let mut first = true;
                for part in text.split(separator) {
                    if !first {
                        components.push(Vec::new());
                    }
                    first = false;
                    if !part.is_empty() {
                        if let Some(current) = components.last_mut() {
                            current.push(Piece::Text(part));
                        }
                    }
                }
            }
            Piece::Token(_) => {
                if let Some(current) = components.last_mut() {
                    current.push(piece);
                }
            }
        }
    }
    components
}

fn join_pieces(input: Vec<Piece>) -> Value {
    let parts: Vec<Value> = input
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => Value::from(text.to_string()),
            Piece::Token(value) => value.clone(),
        })
        .collect();
    if parts.is_empty() {
        return Value::from("");
    }
    concat(parts)
}

/// The bucket name of an S3 ARN (`arn:partition:s3:::name/key`), literal where it can be.
pub fn bucket_name_from_arn(arn: &Value) -> Result<Value, String> {
    let mut input = Vec::new();
    pieces(arn, &mut input);
    let starts_with_arn = matches!(input.first(), Some(Piece::Text(text)) if text.starts_with("arn:"));
    if !starts_with_arn {
        if is_unresolved(arn) || input.iter().any(|p| matches!(p, Piece::Token(_))) {
            // `parseTokenArn`: resolved by CloudFormation.
            return Ok(select(0, split("/", select(5, split(":", arn.clone())))));
        }
        return Err(format!(
            "ARNs must start with \"arn:\" and have at least 6 components: {}",
            arn.as_str().unwrap_or_default()
        ));
    }
    let mut components = split_pieces(&input, ':');
    if components.len() < 6 {
        return Err(format!(
            "ARNs must start with \"arn:\" and have at least 6 components: {}",
            arn.as_str().unwrap_or_default()
        ));
    }
    let resource = components.swap_remove(5);
    let name = split_pieces(&resource, '/').into_iter().next().unwrap_or_default();
    Ok(join_pieces(name))
}

#[cfg(test)]
#[path = "arn_tests.rs"]
mod tests;
