/**
 * Where the graph view is centred, in graph coordinates, published by the canvas when the
 * view stops moving, so a paste or a new node lands where the user is looking.
 */
let centre = { x: 0, y: 0 };

export function setViewCentre(next: { x: number; y: number }): void {
  centre = next;
}

export function viewCentre(): { x: number; y: number } {
  return centre;
}
