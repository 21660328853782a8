use std::alloc::{GlobalAlloc, Layout};

use super::*;

fn layout(size: usize) -> Layout {
    Layout::from_size_align(size, 8).unwrap_or(Layout::new::<u64>())
}

#[test]
fn a_call_reuses_its_chunk_once_everything_is_freed() {
    let arena = CallArena::new();
    let first = scope(&arena, || unsafe {
        let a = arena.alloc(layout(24));
        let b = arena.alloc(layout(40));
        assert_ne!(a, b);
        arena.dealloc(a, layout(24));
        arena.dealloc(b, layout(40));
        a as usize
    });
    let second = scope(&arena, || unsafe {
        let a = arena.alloc(layout(24));
        arena.dealloc(a, layout(24));
        a as usize
    });
    assert_eq!(first, second);
}

#[test]
fn a_block_that_outlives_its_call_is_never_handed_out_again() {
    let arena = CallArena::new();
    let kept = scope(&arena, || unsafe { arena.alloc(layout(16)) });
    unsafe { kept.write_bytes(0xAB, 16) };
    for _ in 0..3 {
        scope(&arena, || unsafe {
            let other = arena.alloc(layout(16));
            assert_ne!(other, kept);
            other.write_bytes(0, 16);
            arena.dealloc(other, layout(16));
        });
    }
    assert!((0..16).all(|i| unsafe { *kept.add(i) } == 0xAB));
    unsafe { arena.dealloc(kept, layout(16)) };
}

#[test]
fn the_last_block_grows_in_place_and_others_move_with_their_bytes() {
    let arena = CallArena::new();
    scope(&arena, || unsafe {
        let a = arena.alloc(layout(8));
        a.write_bytes(7, 8);
        let grown = arena.realloc(a, layout(8), 64);
        assert_eq!(grown, a);
        let b = arena.alloc(layout(8));
        let moved = arena.realloc(grown, layout(64), 128);
        assert_ne!(moved, grown);
        assert!((0..8).all(|i| *moved.add(i) == 7));
        arena.dealloc(b, layout(8));
        arena.dealloc(moved, layout(128));
    });
}

#[test]
fn large_blocks_and_blocks_outside_a_call_use_the_standard_allocator() {
    let arena = CallArena::new();
    let outside = unsafe { arena.alloc(layout(32)) };
    scope(&arena, || unsafe {
        let large = arena.alloc(layout(LARGEST_BUMPED + 1));
        assert!(arena.state().chunk_of(large as usize).is_none());
        arena.dealloc(large, layout(LARGEST_BUMPED + 1));
        assert!(arena.state().chunk_of(outside as usize).is_none());
        arena.dealloc(outside, layout(32));
    });
}

#[test]
fn a_full_chunk_is_followed_by_another() {
    let arena = CallArena::new();
    scope(&arena, || unsafe {
        let size = LARGEST_BUMPED;
        let blocks: Vec<*mut u8> = (0..(2 * CHUNK_SIZE / size + 1)).map(|_| arena.alloc(layout(size))).collect();
        assert!(blocks.iter().all(|b| !b.is_null()));
        for block in blocks {
            arena.dealloc(block, layout(size));
        }
    });
    assert_eq!(arena.state().len, 1);
}
