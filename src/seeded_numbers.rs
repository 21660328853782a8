//! Numbers for the core's tests that draw their inputs: the same on every run. (The test support
//! crate's `Rng` serves the engine's tests; it builds on the engine, so the core cannot use it.)

/// An endless run of 64-bit numbers from `seed` (xorshift; `seed` must not be 0).
pub fn seeded_numbers(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}
