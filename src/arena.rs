//! The WebAssembly build's allocator: each exported call allocates by bumping a pointer through
//! a chunk, and the chunk is reused by the next call once everything in it has been freed.
//!
//! A synthesis builds and drops many small JSON values, and most of its time went to the general
//! allocator; a call needs none of its memory afterwards, so a per-call arena fits. Memory that
//! outlives the call (a value handed to the host, a lazily made static) keeps its chunk alive
//! until it is freed, so nothing is ever reused while in use. Outside a call, and for large
//! blocks, the backing allocator serves as before.
//!
//! Inside a call, `discarding` runs the part that makes nothing the host or a later call keeps
//! (reading the props, synthesizing, writing the text): its blocks go to scratch chunks that are
//! emptied at once when it ends, so freeing them one by one does nothing, and the values it made
//! can be let go of without walking them (`forgettable`).

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

/// What serves the chunks, the blocks too large to bump and the blocks made outside a call: in
/// WebAssembly talc, whose code is 4.7 KB smaller there than the standard library's dlmalloc
/// (which then leaves the .wasm); natively (this module's tests) the system's allocator.
#[cfg(target_arch = "wasm32")]
static BACKING: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
#[cfg(not(target_arch = "wasm32"))]
static BACKING: std::alloc::System = std::alloc::System;

/// The WebAssembly build's allocator, here so that the engine's maps can ask it where they are
/// dropped (`ir::Map`'s drop). The engine's unit tests use the backing allocator only.
#[cfg(all(target_arch = "wasm32", not(test)))]
#[global_allocator]
pub static ALLOCATOR: CallArena = CallArena::new();

/// Size (and alignment) of a chunk.
const CHUNK_SIZE: usize = 1 << 20;
/// Blocks larger than this go to the backing allocator.
const LARGEST_BUMPED: usize = CHUNK_SIZE / 8;
/// How many chunks can be alive at once; beyond that the backing allocator serves.
const MAX_CHUNKS: usize = 64;
/// How many scratch chunks a discarding scope can use; beyond that its blocks are made and freed
/// as outside it.
const MAX_SCRATCH: usize = 16;

#[derive(Clone, Copy)]
struct Chunk {
    base: usize,
    /// Offset of the next free byte.
    next: usize,
    /// Blocks handed out and not yet freed.
    live: usize,
    /// No longer bumped into: freed as soon as its last block is.
    retired: bool,
}

struct State {
    /// Nesting depth of `scope` (only the outermost one resets).
    depth: usize,
    /// Live chunks, `chunks[..len]`.
    chunks: [Chunk; MAX_CHUNKS],
    len: usize,
    /// The chunk bumped into during a call.
    current: Option<usize>,
    /// Inside `discarding`.
    discarding: bool,
    /// A block of the discarding scope was made outside the scratch (which was full): values
    /// of the scope must then be dropped, not forgotten.
    spilled: bool,
    /// Scratch chunks, `scratch[..scratch_len]`; the first is kept between calls.
    scratch: [Scratch; MAX_SCRATCH],
    scratch_len: usize,
    /// The scratch chunk bumped into, and the offset of its next free byte.
    scratch_at: usize,
    scratch_next: usize,
}

#[derive(Clone, Copy)]
struct Scratch {
    base: usize,
    size: usize,
}

impl Scratch {
    #[inline(always)]
    fn holds(&self, ptr: usize) -> bool {
        ptr.wrapping_sub(self.base) < self.size
    }

    fn layout(&self) -> Layout {
        block_layout(self.size)
    }
}

const NO_CHUNK: Chunk = Chunk { base: 0, next: 0, live: 0, retired: true };

/// The allocator; single-threaded (WebAssembly without threads).
pub struct CallArena {
    state: UnsafeCell<State>,
}

// SAFETY: wasm32-unknown-unknown without the atomics feature has one thread.
unsafe impl Sync for CallArena {}

impl CallArena {
    pub const fn new() -> Self {
        Self {
            state: UnsafeCell::new(State {
                depth: 0,
                chunks: [NO_CHUNK; MAX_CHUNKS],
                len: 0,
                current: None,
                discarding: false,
                spilled: false,
                scratch: [Scratch { base: 0, size: 0 }; MAX_SCRATCH],
                scratch_len: 0,
                scratch_at: 0,
                scratch_next: 0,
            }),
        }
    }

    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    fn state(&self) -> &mut State {
        // SAFETY: one thread, and no caller keeps this borrow across another call of the allocator.
        unsafe { &mut *self.state.get() }
    }
}

impl Default for CallArena {
    fn default() -> Self {
        Self::new()
    }
}

fn chunk_layout() -> Layout {
    block_layout(CHUNK_SIZE)
}

/// A chunk's layout: `size` bytes (a multiple of CHUNK_SIZE, a power of two), aligned to 16, so
/// this cannot fail.
fn block_layout(size: usize) -> Layout {
    Layout::from_size_align(size, 16).unwrap_or(Layout::new::<u8>())
}

impl State {
    #[inline(always)]
    fn in_scratch(&self, ptr: usize) -> bool {
        self.scratch[..self.scratch_len].iter().any(|s| s.holds(ptr))
    }

    /// A block of the discarding scope, in the scratch; `None` when the scratch is full.
    #[inline(always)]
    fn scratch_bump(&mut self, layout: Layout) -> Option<*mut u8> {
        let mask = layout.align() - 1;
        if self.scratch_at < self.scratch_len {
            let chunk = self.scratch[self.scratch_at];
            let start = chunk.base.checked_add(self.scratch_next + mask)? & !mask;
            let end = start.checked_add(layout.size())?;
            if end <= chunk.base + chunk.size {
                self.scratch_next = end - chunk.base;
                return Some(start as *mut u8);
            }
        }
        self.new_scratch(layout)
    }

    /// Starts another scratch chunk, large enough for `layout`.
    fn new_scratch(&mut self, layout: Layout) -> Option<*mut u8> {
        if self.scratch_len == MAX_SCRATCH || layout.align() > 16 {
            return None;
        }
        let size = layout.size().checked_next_multiple_of(CHUNK_SIZE)?.max(CHUNK_SIZE);
        let chunk = Scratch { base: 0, size };
        // SAFETY: a valid, non-zero layout.
        let base = unsafe { BACKING.alloc(chunk.layout()) } as usize;
        if base == 0 {
            return None;
        }
        self.scratch[self.scratch_len] = Scratch { base, size };
        self.scratch_at = self.scratch_len;
        self.scratch_len += 1;
        self.scratch_next = layout.size();
        Some(base as *mut u8)
    }

    /// Ends a discarding scope: the scratch is empty again, and only its first chunk kept.
    fn reset_scratch(&mut self) {
        for chunk in &self.scratch[1.min(self.scratch_len)..self.scratch_len] {
            // SAFETY: the chunk came from `BACKING.alloc(chunk.layout())` and nothing in it is alive.
            unsafe { BACKING.dealloc(chunk.base as *mut u8, chunk.layout()) };
        }
        self.scratch_len = self.scratch_len.min(1);
        self.scratch_at = 0;
        self.scratch_next = 0;
        self.discarding = false;
        self.spilled = false;
    }

    // The allocator's hot paths are inlined into `alloc` and `dealloc`: built for size, each would
    // otherwise be one more call per allocation.
    #[inline(always)]
    fn chunk_of(&self, ptr: usize) -> Option<usize> {
        let within = |c: &Chunk| ptr.wrapping_sub(c.base) < CHUNK_SIZE;
        match self.current {
            Some(i) if within(&self.chunks[i]) => Some(i),
            _ => self.chunks[..self.len].iter().position(within),
        }
    }

    #[inline(always)]
    fn bump(&mut self, layout: Layout) -> Option<*mut u8> {
        let chunk = &mut self.chunks[self.current?];
        // Alignments are powers of two: round up with a mask, not a division.
        let mask = layout.align() - 1;
        let start = chunk.base.checked_add(chunk.next + mask)? & !mask;
        let end = start.checked_add(layout.size())?;
        if end > chunk.base + CHUNK_SIZE {
            return None;
        }
        chunk.next = end - chunk.base;
        chunk.live += 1;
        Some(start as *mut u8)
    }

    /// Retires the current chunk (freeing it when nothing in it is alive) and starts another.
    fn new_chunk(&mut self) -> bool {
        self.retire_current();
        if self.len == MAX_CHUNKS {
            return false;
        }
        // SAFETY: a valid, non-zero layout.
        let base = unsafe { BACKING.alloc(chunk_layout()) } as usize;
        if base == 0 {
            return false;
        }
        self.chunks[self.len] = Chunk { base, next: 0, live: 0, retired: false };
        self.current = Some(self.len);
        self.len += 1;
        true
    }

    fn retire_current(&mut self) {
        if let Some(index) = self.current.take() {
            self.chunks[index].retired = true;
            self.free_if_unused(index);
        }
    }

    fn free_if_unused(&mut self, index: usize) {
        let chunk = self.chunks[index];
        if chunk.retired && chunk.live == 0 {
            // SAFETY: the chunk came from `BACKING.alloc(chunk_layout())` and nothing in it is alive.
            unsafe { BACKING.dealloc(chunk.base as *mut u8, chunk_layout()) };
            self.len -= 1;
            self.chunks[index] = self.chunks[self.len];
            self.chunks[self.len] = NO_CHUNK;
            if self.current == Some(self.len) {
                self.current = Some(index);
            }
        }
    }

    /// Frees a block; true when it was in a chunk.
    #[inline(always)]
    fn release(&mut self, ptr: usize) -> bool {
        let Some(index) = self.chunk_of(ptr) else { return false };
        let chunk = &mut self.chunks[index];
        chunk.live -= 1;
        if chunk.live == 0 {
            if self.current == Some(index) {
                // Everything bumped so far is free: start over at the chunk's beginning.
                chunk.next = 0;
            } else {
                self.free_if_unused(index);
            }
        }
        true
    }
}

unsafe impl GlobalAlloc for CallArena {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let state = self.state();
        if state.discarding {
            if let Some(ptr) = state.scratch_bump(layout) {
                return ptr;
            }
            state.spilled = true;
        }
        if state.depth > 0 && layout.size() <= LARGEST_BUMPED {
            if let Some(ptr) = state.bump(layout) {
                return ptr;
            }
            if state.new_chunk() {
                if let Some(ptr) = state.bump(layout) {
                    return ptr;
                }
            }
        }
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { BACKING.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let state = self.state();
        // A scratch block is freed with its chunk, when the discarding scope ends.
        if state.in_scratch(ptr as usize) {
            return;
        }
        if !state.release(ptr as usize) {
            // SAFETY: not a chunk block, so it came from `BACKING`.
            unsafe { BACKING.dealloc(ptr, layout) }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let state = self.state();
        let (at, old_size) = (ptr as usize, layout.size());
        // The last block bumped grows (or shrinks) in place when it fits.
        if state.in_scratch(at) {
            let chunk = state.scratch[state.scratch_at];
            if state.discarding && resize_last(chunk.base, chunk.size, &mut state.scratch_next, at, old_size, new_size)
            {
                return ptr;
            }
        } else {
            let Some(index) = state.chunk_of(at) else {
                // SAFETY: not a chunk block, so it came from `BACKING`.
                return unsafe { BACKING.realloc(ptr, layout, new_size) };
            };
            let chunk = &mut state.chunks[index];
            if state.current == Some(index)
                && resize_last(chunk.base, CHUNK_SIZE, &mut chunk.next, at, old_size, new_size)
            {
                return ptr;
            }
        }
        // SAFETY: `new_size` with the old alignment is a valid layout (the caller guarantees it).
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: as for `alloc`.
        let new_ptr = unsafe { self.alloc(new_layout) };
        if !new_ptr.is_null() {
            // SAFETY: both blocks are valid for the smaller of the two sizes and do not overlap.
            unsafe { std::ptr::copy_nonoverlapping(ptr, new_ptr, old_size.min(new_size)) };
            // SAFETY: `ptr` is a live block of this allocator (freeing a scratch block does nothing).
            unsafe { self.dealloc(ptr, layout) };
        }
        new_ptr
    }
}

/// Resizes in place the block at `at` (`old_size` bytes) when it is the last one bumped in the
/// chunk at `base` (`size` bytes, next free byte at offset `next`) and the new size fits.
#[inline(always)]
fn resize_last(base: usize, size: usize, next: &mut usize, at: usize, old_size: usize, new_size: usize) -> bool {
    let offset = at.wrapping_sub(base);
    let fits = offset < size && offset + old_size == *next && offset + new_size <= size;
    if fits {
        *next = offset + new_size;
    }
    fits
}

/// Runs `f`, inside a call, as a part that leaves nothing behind: everything it allocates is
/// freed at once when it returns, so its result must own no memory of this allocator (a number,
/// a JavaScript value). Not nested.
pub fn discarding<R>(arena: &CallArena, f: impl FnOnce() -> R) -> R {
    let state = arena.state();
    if state.depth == 0 || state.discarding {
        return f();
    }
    state.discarding = true;
    let result = f();
    arena.state().reset_scratch();
    result
}

/// Whether values made so far in a discarding scope can be let go of without being dropped:
/// every block of the scope is in the scratch.
#[inline(always)]
pub fn forgettable(arena: &CallArena) -> bool {
    let state = arena.state();
    state.discarding && !state.spilled
}

/// Runs `f` as one call: its small allocations are bumped, and the chunk is reused afterwards
/// when they were all freed.
pub fn scope<R>(arena: &CallArena, f: impl FnOnce() -> R) -> R {
    arena.state().depth += 1;
    let result = f();
    let state = arena.state();
    state.depth -= 1;
    if state.depth == 0 {
        match state.current {
            Some(index) if state.chunks[index].live == 0 => state.chunks[index].next = 0,
            // Something made during the call is still alive: the chunk waits for it.
            _ => state.retire_current(),
        }
    }
    result
}

#[cfg(test)]
#[path = "arena_tests.rs"]
mod tests;
