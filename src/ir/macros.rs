//! `json!`: the engine's JSON written as JSON.

use std::borrow::Cow;

use super::Value;

/// What a `json!` literal becomes: a string literal is borrowed, not copied.
pub trait Literal {
    fn into_value(self) -> Value;
}

impl Literal for &'static str {
    fn into_value(self) -> Value {
        Value::String(Cow::Borrowed(self))
    }
}

macro_rules! literal_through_from {
    ($($t:ty)*) => {$(
        impl Literal for $t {
            fn into_value(self) -> Value {
                Value::from(self)
            }
        }
    )*};
}
literal_through_from!(bool i32 i64 u32 u64 usize f64);

/// A JSON value written as JSON, like `serde_json::json!`: keys are string literals, values are
/// literals, `null`, nested arrays and objects, or expressions that convert `Into<Value>`.
#[macro_export]
macro_rules! json {
    (null) => { $crate::ir::Value::Null };
    ([]) => { $crate::ir::Value::Array(::std::vec::Vec::new()) };
    ([ $($tt:tt)+ ]) => { $crate::ir::Value::Array($crate::json_array!([] $($tt)+)) };
    ({}) => { $crate::ir::Value::Object($crate::ir::Map::new()) };
    ({ $($tt:tt)+ }) => {
        $crate::json_object!(@entries [] $($tt)+)
    };
    ($value:literal) => { $crate::ir::Literal::into_value($value) };
    ($value:expr) => { $crate::ir::Value::from($value) };
}

#[doc(hidden)]
#[macro_export]
macro_rules! json_array {
    ([ $($done:expr,)* ]) => { vec![$($done,)*] };
    ([ $($done:expr,)* ] null $(, $($rest:tt)*)?) => {
        $crate::json_array!([ $($done,)* $crate::json!(null), ] $($($rest)*)?)
    };
    ([ $($done:expr,)* ] [ $($inner:tt)* ] $(, $($rest:tt)*)?) => {
        $crate::json_array!([ $($done,)* $crate::json!([ $($inner)* ]), ] $($($rest)*)?)
    };
    ([ $($done:expr,)* ] { $($inner:tt)* } $(, $($rest:tt)*)?) => {
        $crate::json_array!([ $($done,)* $crate::json!({ $($inner)* }), ] $($($rest)*)?)
    };
    ([ $($done:expr,)* ] $value:literal $(, $($rest:tt)*)?) => {
        $crate::json_array!([ $($done,)* $crate::json!($value), ] $($($rest)*)?)
    };
    ([ $($done:expr,)* ] $value:expr $(, $($rest:tt)*)?) => {
        $crate::json_array!([ $($done,)* $crate::json!($value), ] $($($rest)*)?)
    };
}

// The entries of an object literal are gathered first, so that the map is made at its exact
// length and filled without lookups: its keys are written in the code and distinct.
#[doc(hidden)]
#[macro_export]
macro_rules! json_object {
    (@entries [ $(($key:literal, $value:expr))* ]) => {{
        let mut map = $crate::ir::Map::with_capacity(<[&str]>::len(&[$($key),*]));
        $(map.push_unique($key, $value);)*
        $crate::ir::Value::Object(map)
    }};
    (@entries [ $($done:tt)* ] $key:literal : null $(, $($rest:tt)*)?) => {
        $crate::json_object!(@entries [ $($done)* ($key, $crate::json!(null)) ] $($($rest)*)?)
    };
    (@entries [ $($done:tt)* ] $key:literal : [ $($inner:tt)* ] $(, $($rest:tt)*)?) => {
        $crate::json_object!(@entries [ $($done)* ($key, $crate::json!([ $($inner)* ])) ] $($($rest)*)?)
    };
    (@entries [ $($done:tt)* ] $key:literal : { $($inner:tt)* } $(, $($rest:tt)*)?) => {
        $crate::json_object!(@entries [ $($done)* ($key, $crate::json!({ $($inner)* })) ] $($($rest)*)?)
    };
    (@entries [ $($done:tt)* ] $key:literal : $value:literal $(, $($rest:tt)*)?) => {
        $crate::json_object!(@entries [ $($done)* ($key, $crate::json!($value)) ] $($($rest)*)?)
    };
    (@entries [ $($done:tt)* ] $key:literal : $value:expr $(, $($rest:tt)*)?) => {
        $crate::json_object!(@entries [ $($done)* ($key, $crate::json!($value)) ] $($($rest)*)?)
    };
}
