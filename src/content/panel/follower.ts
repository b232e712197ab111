/**
 * Calls `update` at most once per frame after the page scrolls (any scrolling box: capture on the
 * window) or the viewport changes size (browser zoom included). Passive listeners, added only while a
 * panel is shown.
 */
export class Follower {
  private frame: number | null = null;
  private on = false;
  private readonly listener = (): void => {
    if (this.frame === null) this.frame = this.win.requestAnimationFrame(this.run);
  };
  private readonly run = (): void => {
    this.frame = null;
    this.update();
  };

  constructor(
    private readonly win: Window,
    private readonly update: () => void,
  ) {}

  start(): void {
    if (this.on) return;
    this.on = true;
    this.win.addEventListener('scroll', this.listener, { passive: true, capture: true });
    this.win.addEventListener('resize', this.listener, { passive: true });
  }

  /** An update at the next frame (the page changed under the panel). */
  soon(): void {
    if (this.on) this.listener();
  }

  stop(): void {
    if (!this.on) return;
    this.on = false;
    this.win.removeEventListener('scroll', this.listener, { capture: true });
    this.win.removeEventListener('resize', this.listener);
    if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
    this.frame = null;
  }
}
