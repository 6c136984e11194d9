/** The contract's upper bound for a needs edge quantity. */
const MAX_QUANTITY = 1e9;

/**
 * A typed quantity: null for an empty field ("no quantity"), the number when the contract
 * accepts it (positive, finite, at most 1e9), undefined when it does not.
 */
export function parseQuantity(draft: string): number | null | undefined {
  const text = draft.trim();
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 && value <= MAX_QUANTITY ? value : undefined;
}
