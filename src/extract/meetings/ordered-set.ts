// A list without repeats that keeps the order things were added in, with constant-time membership:
// the people of a meeting in the order the article names them.
export class OrderedSet<T> {
  readonly items: T[] = [];
  private seen = new Set<T>();

  constructor(items: Iterable<T> = []) {
    for (const x of items) this.add(x);
  }

  add(x: T): void {
    if (this.seen.has(x)) return;
    this.seen.add(x);
    this.items.push(x);
  }

  /** Puts x first (the host of a meeting leads its list). */
  addFirst(x: T): void {
    if (this.seen.has(x)) return;
    this.seen.add(x);
    this.items.unshift(x);
  }

  has(x: T): boolean {
    return this.seen.has(x);
  }

  get size(): number {
    return this.items.length;
  }
}
