package org.kakehashi.memory;

/** Fired in the transaction that changed the memory; after its commit, this node's index catches up. */
record MemoryChanged(long revision) {
}
