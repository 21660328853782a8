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

/// Grows the last block in place, then, with another block made after it, grows it again: it
/// moves, with its bytes. Returns the moved block (128 bytes) and the other one (8 bytes).
unsafe fn grow_in_place_then_move(arena: &CallArena) -> (*mut u8, *mut u8) {
    let a = arena.alloc(layout(8));
    a.write_bytes(7, 8);
    let grown = arena.realloc(a, layout(8), 64);
    assert_eq!(grown, a);
    let other = arena.alloc(layout(8));
    let moved = arena.realloc(grown, layout(64), 128);
    assert_ne!(moved, grown);
    assert!((0..8).all(|i| *moved.add(i) == 7));
    (moved, other)
}

#[test]
fn the_last_block_grows_in_place_and_others_move_with_their_bytes() {
    let arena = CallArena::new();
    scope(&arena, || unsafe {
        let (moved, other) = grow_in_place_then_move(&arena);
        arena.dealloc(other, layout(8));
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

#[test]
fn a_discarding_part_reuses_its_scratch_from_the_start() {
    let arena = CallArena::new();
    let first_blocks = |arena: &CallArena| {
        scope(arena, || {
            discarding(arena, || unsafe {
                let a = arena.alloc(layout(24));
                let b = arena.alloc(layout(40));
                assert!(arena.state().in_scratch(a as usize) && arena.state().in_scratch(b as usize));
                // Freeing one by one does nothing: the next block is still further on.
                arena.dealloc(a, layout(24));
                let c = arena.alloc(layout(24));
                assert!(c as usize > b as usize);
                (a as usize, forgettable(arena))
            })
        })
    };
    let (first, forgettable_then) = first_blocks(&arena);
    assert!(forgettable_then);
    assert_eq!(first_blocks(&arena).0, first);
    assert!(!forgettable(&arena), "only inside the part");
}

#[test]
fn a_block_made_before_the_discarding_part_is_freed_as_usual() {
    let arena = CallArena::new();
    scope(&arena, || unsafe {
        let before = arena.alloc(layout(16));
        discarding(&arena, || arena.dealloc(before, layout(16)));
        let index = arena.state().current.unwrap_or(usize::MAX);
        assert_eq!(arena.state().chunks[index].live, 0);
    });
}

#[test]
fn scratch_blocks_grow_in_place_at_the_end_and_move_with_their_bytes_elsewhere() {
    let arena = CallArena::new();
    scope(&arena, || {
        discarding(&arena, || unsafe {
            let (moved, _) = grow_in_place_then_move(&arena);
            assert!(arena.state().in_scratch(moved as usize));
        })
    });
}

#[test]
fn a_large_block_gets_a_scratch_chunk_of_its_own_freed_when_the_part_ends() {
    let arena = CallArena::new();
    scope(&arena, || {
        discarding(&arena, || unsafe {
            let small = arena.alloc(layout(8));
            let large = arena.alloc(layout(3 * CHUNK_SIZE + 1));
            large.write_bytes(1, 3 * CHUNK_SIZE + 1);
            assert!(arena.state().in_scratch(small as usize) && arena.state().in_scratch(large as usize));
            assert_eq!(arena.state().scratch_len, 2);
            assert!(forgettable(&arena));
        })
    });
    assert_eq!(arena.state().scratch_len, 1, "the first scratch chunk is kept for the next call");
}

#[test]
fn a_full_scratch_spills_to_blocks_freed_one_by_one_and_its_values_are_then_dropped() {
    let arena = CallArena::new();
    scope(&arena, || {
        discarding(&arena, || unsafe {
            for _ in 0..MAX_SCRATCH {
                assert!(arena.state().in_scratch(arena.alloc(layout(CHUNK_SIZE)) as usize));
            }
            assert!(forgettable(&arena));
            let spilled = arena.alloc(layout(64));
            assert!(!spilled.is_null() && !arena.state().in_scratch(spilled as usize));
            assert!(!forgettable(&arena));
            arena.dealloc(spilled, layout(64));
        })
    });
    assert_eq!(arena.state().scratch_len, 1);
    assert!(!arena.state().spilled);
}

#[test]
fn outside_a_call_a_discarding_part_allocates_as_usual() {
    let arena = CallArena::new();
    discarding(&arena, || unsafe {
        assert!(!forgettable(&arena));
        let block = arena.alloc(layout(16));
        assert!(!arena.state().in_scratch(block as usize));
        arena.dealloc(block, layout(16));
    });
}
