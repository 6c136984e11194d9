/**
 * Two canvases taking turns under one rule: a drawing only ever goes onto a blank canvas.
 * The page moves a canvas into place before asking for its drawing, which is safe only while
 * it is blank (its pixels come from a worker, which the page cannot move in step with); once
 * the new drawing is in, the other canvas is cleared, and only then drawn on again.
 */
export class CanvasTurns<Job> {
  private front = -1;
  private readonly blank = [true, true];
  private busy = false;
  private waiting: Job | null = null;

  /**
   * `begin` places canvas `canvas` for `job` and asks the worker to draw it; `clear` asks the
   * worker to blank a canvas. The worker answers with `drawn` and `cleared`.
   */
  constructor(
    private readonly begin: (job: Job, canvas: number) => void,
    private readonly clear: (canvas: number) => void,
  ) {}

  /** Draw `job` as soon as a blank canvas is free; a later ask replaces one still waiting. */
  ask(job: Job): void {
    this.waiting = job;
    this.next();
  }

  drawn(canvas: number): void {
    const before = this.front;
    this.front = canvas;
    this.busy = false;
    if (before >= 0 && before !== canvas) this.clear(before);
    this.next();
  }

  cleared(canvas: number): void {
    this.blank[canvas] = true;
    this.next();
  }

  private next() {
    const back = this.front === 0 ? 1 : 0;
    const job = this.waiting;
    if (this.busy || job === null || !this.blank[back]) return;
    this.waiting = null;
    this.busy = true;
    this.blank[back] = false;
    this.begin(job, back);
  }
}
