import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
// Collection only: the background interprets the page with the language tables.
import { collectLinkedInPage } from '@/lib/extract/linkedin-company/collect';
import type { LinkedInPage } from '@/lib/extract/linkedin-company/page';
import { linkedInSlug } from '@/lib/extract/linkedin-url';
import { deliverPageReport, isReportAgain, type PageReport } from '@/lib/messaging';

/** Quiet time after the last DOM change before the page is read again. */
const SETTLE_MS = 120;
/** How long after a navigation late-rendered content is still followed. */
const FOLLOW_MS = 15_000;
/** After an in-app navigation, how long to wait for the new company to replace the old one. */
const STALE_GRACE_MS = 3_000;

/** A page is ready once its body names the company and shows something more about it. */
function isReady(page: LinkedInPage): boolean {
  const more = page.rows.length + (page.top?.items.length ?? 0) + page.jsonLd.length;
  return Boolean(page.top?.name || page.meta['og:title']) && more > 0;
}

/**
 * What tells one company's body from another's. The head (title, meta, canonical) and the URL
 * change first on an in-app navigation, so they are left out: a body still showing the previous
 * company is seen as stale however the head reads.
 */
function contentKey(page: LinkedInPage): string {
  return JSON.stringify([page.top, page.rows, page.sections, page.publicDescription]);
}

/**
 * Follows LinkedIn as a single-page app: reads the page at idle, again whenever the DOM settles
 * after a change, and on every in-app navigation; sends a message only when what it read changed.
 */
export function watchCompanyPages(ctx: ContentScriptContext): void {
  let href = '';
  let navigatedAt = 0;
  /** Content of the company last reported, and of the one before the latest navigation. */
  let companyKey = '';
  let previousCompanyKey = '';
  /** What was last sent: "left", "loading", or the collected page (URL included). */
  let sentKey = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The popup asked for the page again (the tab is stuck "loading"): the next company report says
   * so, and the background handles it even if it repeats the last one it saw from this tab.
   */
  let askedAgain = false;

  /** Sends a report; only a confirmed delivery counts, else the page is read and sent again. */
  const report = (key: string, message: PageReport) => {
    sentKey = key;
    void deliverPageReport(message).then((delivered) => {
      if (delivered || ctx.isInvalid) return;
      // Not delivered: the request to report again still stands for the next try.
      if (message.kind === 'linkedinPageSeen' && message.again) askedAgain = true;
      if (sentKey !== key) return;
      sentKey = '';
      schedule();
    });
  };

  const read = () => {
    timer = undefined;
    if (location.href !== href) onNavigate();
    const url = new URL(location.href);
    if (linkedInSlug(url) === undefined) {
      if (sentKey !== 'left')
        report('left', { kind: 'companyPageLeft', url: url.href, loading: false });
      return;
    }
    const page = collectLinkedInPage(document, url);
    const key = contentKey(page);
    const stale = key === previousCompanyKey && Date.now() - navigatedAt < STALE_GRACE_MS;
    if (stale) setTimeout(schedule, STALE_GRACE_MS);
    if (!isReady(page) || stale) {
      if (sentKey !== 'loading')
        report('loading', { kind: 'companyPageLeft', url: url.href, loading: true });
      return;
    }
    // Everything else the page holds, added to the body's key (serialised once above): the body
    // is the big part, and this runs at every settled DOM change on every LinkedIn page.
    const sent = `${key}${JSON.stringify({
      ...page,
      top: undefined,
      rows: undefined,
      sections: undefined,
      publicDescription: undefined,
    })}`;
    if (sent === sentKey) return;
    companyKey = key;
    const again = askedAgain;
    askedAgain = false;
    report(sent, { kind: 'linkedinPageSeen', page, ...(again && { again: true as const }) });
  };

  const onNavigate = () => {
    if (href) {
      navigatedAt = Date.now();
      previousCompanyKey = companyKey;
    }
    href = location.href;
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(read, SETTLE_MS);
  };

  const observer = new MutationObserver(() => {
    if (Date.now() - navigatedAt < FOLLOW_MS || !companyKey) schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  ctx.onInvalidated(() => observer.disconnect());
  // The popup asks again when the tab has been "loading" too long (a report was lost).
  const onMessage = (message: unknown) => {
    if (!isReportAgain(message)) return;
    askedAgain = true;
    sentKey = '';
    schedule();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // Still-loading pages keep being re-read; a read page is re-read when it changes for FOLLOW_MS.
  navigatedAt = Date.now();
  read();
}
