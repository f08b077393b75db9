import { browser } from 'wxt/browser';

/** How often the page URL and the extension's liveness are checked (ms). */
const POLL_MS = 500;

type Listener = (event: Event) => void;

/**
 * A drop-in replacement for WXT's `ContentScriptContext` (wired in `wxt.config.ts` by an alias of
 * `wxt/utils/content-script-context`) that the page can neither observe nor stop.
 *
 * WXT's context announces every start with `window.postMessage` and a `document` CustomEvent
 * whose type carries the extension id (`<id>:<script>:wxt:content-script-started`), stops itself
 * when it receives such an event, and reports in-app navigation with a `window` event of the same
 * kind. Pages see all of those: LinkedIn scans for extension ids, and any page could forge the
 * event to shut the content script down. This context dispatches nothing into the page and
 * listens to no page event for its own control. A script left behind by an update or reload stops
 * itself once `browser.runtime.id` is gone (checked every 500 ms and on each use), which is what
 * the announcement was for; `wxt:locationchange` is followed by polling `location.href` (and the
 * Navigation API's `navigate`, only as a hint to check sooner).
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly locationListeners = new Set<Listener>();
  private lastHref = location.href;
  private poll: ReturnType<typeof setInterval> | undefined;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    this.poll = setInterval(() => this.check(), POLL_MS);
    this.onInvalidated(() => clearInterval(this.poll));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** True once the extension was updated, reloaded or removed under this script. */
  get isInvalid(): boolean {
    try {
      if (browser.runtime?.id == null) this.notifyInvalidated();
    } catch {
      // Firefox: the extension's objects of a removed add-on are "dead" and throw when touched.
      this.notifyInvalidated();
    }
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): ReturnType<typeof setInterval> {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): ReturnType<typeof setTimeout> {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /**
   * Like `target.addEventListener`, removed when the context is invalidated. `wxt:locationchange`
   * is not a DOM event here: the handler is called when this context sees the URL change.
   */
  addEventListener(
    target: EventTarget | undefined,
    type: string,
    handler: Listener,
    options?: AddEventListenerOptions,
  ): void {
    if (type === 'wxt:locationchange') {
      this.locationListeners.add(handler);
      this.watchNavigation();
      return;
    }
    target?.addEventListener?.(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  private navigationWatched = false;

  /** The Navigation API's `navigate` only prompts an early check; the URL itself decides. */
  private watchNavigation(): void {
    if (this.navigationWatched) return;
    this.navigationWatched = true;
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener?.('navigate', () => setTimeout(() => this.check(), 0), {
      signal: this.signal,
    });
  }

  private check(): void {
    if (this.isInvalid) return;
    const href = location.href;
    if (href === this.lastHref) return;
    this.lastHref = href;
    for (const listener of this.locationListeners) listener(new Event('locationchange'));
  }
}
