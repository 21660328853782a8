//! JSON values as JavaScript would hold them.

use crate::ir::{Number, Value};
use crate::props::reader::NumberLike;

/// A number the caller gave, or its token, as CloudFormation holds it.
pub fn number_value(n: &NumberLike) -> Value {
    match n {
        NumberLike::Number(n) => num(*n),
        NumberLike::Token(token) => token.clone(),
    }
}

/// A number as JavaScript prints it: integral values without a fraction.
pub fn num(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.007_199_254_740_992e15 {
        Value::from(Number::from(n as i64))
    } else {
        Number::from_f64(n).map(Value::from).unwrap_or(Value::Null)
    }
}
