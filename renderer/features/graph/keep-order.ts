/**
 * `ids` in the order they had last time (`previous`, in insertion order), new ones after:
 * React moves the element of every card or edge whose place in the list changed, and moved
 * elements are laid out and painted again, so a window's cards keep their places as it moves.
 */
export function keepOrder(
  previous: ReadonlyMap<string, unknown>,
  ids: readonly string[],
): readonly string[] {
  const wanted = new Set(ids);
  const kept: string[] = [];
  for (const id of previous.keys()) if (wanted.has(id)) kept.push(id);
  for (const id of wanted) if (!previous.has(id)) kept.push(id);
  return kept;
}

/**
 * `previous` when `next` holds the very same objects in the same order, else `next`: a new
 * array with nothing new in it would still send React Flow through every card and edge.
 */
export function sameOr<T>(previous: T[], next: T[]): T[] {
  if (previous.length !== next.length) return next;
  return next.every((item, index) => item === previous[index]) ? previous : next;
}
