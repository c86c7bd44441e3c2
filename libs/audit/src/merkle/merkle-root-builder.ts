import { merkleRoot, nodeHash } from './merkle-tree';

/**
 * The RFC 6962 root of leaves given one at a time, holding O(log n) hashes
 * instead of all n: the tree's left part is always a run of perfect
 * subtrees of decreasing power-of-two sizes (the binary digits of n), so
 * only their roots are kept, and the root folds them from the right.
 * Same result as `merkleRoot` over the same leaf hashes.
 */
export class MerkleRootBuilder {
  private readonly subtrees: { hash: Buffer; size: number }[] = [];
  private leaves = 0;

  /** Adds a leaf hash (already `leafHash`ed). */
  add(leafHash: Buffer): void {
    let node = { hash: leafHash, size: 1 };
    while (this.subtrees.length > 0 && this.subtrees[this.subtrees.length - 1].size === node.size) {
      const left = this.subtrees.pop()!;
      node = { hash: nodeHash(left.hash, node.hash), size: left.size * 2 };
    }
    this.subtrees.push(node);
    this.leaves++;
  }

  get size(): number {
    return this.leaves;
  }

  root(): Buffer {
    if (this.subtrees.length === 0) return merkleRoot([]);
    let root = this.subtrees[this.subtrees.length - 1].hash;
    for (let i = this.subtrees.length - 2; i >= 0; i--) root = nodeHash(this.subtrees[i].hash, root);
    return root;
  }
}
