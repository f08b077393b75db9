import { parseHTML } from 'linkedom';
import { act, useMemo } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ImpactReport, ImpactRequest } from '@/components/dashboard/editor/impact-session';
import type { Icp } from '@/lib/criteria/schema';
import { scoreImpact } from '@/lib/icp/impact';
import { sampleIcp } from '@/lib/icp/sample';
import { plantedCustomers } from '../icp/workspace-data';

const { window } = parseHTML('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { window, document: window.document, IS_REACT_ACT_ENVIRONMENT: true });
const { createRoot } = await import('react-dom/client');
const { ImpactPreview, SHOWN_MOVES } = await import('@/components/dashboard/editor/ImpactPreview');
const { useImpactWorker } = await import('@/components/dashboard/editor/use-impact-worker');
// The fake browser has no i18n: each message reads as its key and its placeholders.
fakeBrowser.i18n.getMessage = (name: string, subs?: string | string[]) =>
  [name, ...(Array.isArray(subs) ? subs : subs ? [subs] : [])].join(' ');

/** A stand-in for the impact worker: keeps what the page posts, answers when the test says. */
class FakeWorker {
  static all: FakeWorker[] = [];
  posted: ImpactRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: ImpactReport }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(request: ImpactRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  report(data: ImpactReport) {
    act(() => this.onmessage?.({ data }));
  }
}

const narrowed: Icp = structuredClone(sampleIcp);
const size = narrowed.criteria.find((c) => c.field === 'employees' && c.mode === 'score');
if (size?.bands[0]) size.bands[0].min = 400;
// Made-up companies with planted firmographics; each name is hostile page text.
const companies = plantedCustomers(300, 60, undefined, 3).rows.map((facts, i) => ({
  id: `li:acme-${i}`,
  name: `<img src=x onerror=alert(1)>Acme ${i}`,
  facts,
}));
const expected = scoreImpact(sampleIcp, narrowed, companies);

function answer(id: number, after: Icp): ImpactReport {
  const r = scoreImpact(sampleIcp, after, companies);
  const impact = { ...r, moves: r.moves.slice(0, SHOWN_MOVES), moveCount: r.moves.length };
  return { type: 'impact', id, companies: companies.length, impact };
}

/** The editor's use: one query object per draft (ImpactSection memoises it the same way). */
function Preview({ after }: { after: Icp | undefined }) {
  const query = useMemo(
    () => after && { type: 'impact' as const, before: sampleIcp, after, shownMoves: SHOWN_MOVES },
    [after],
  );
  const state = useImpactWorker(query);
  return after ? <ImpactPreview before={sampleIcp} after={after} state={state} /> : null;
}

let container: HTMLElement;
let root: ReturnType<typeof createRoot>;
beforeEach(() => {
  FakeWorker.all = [];
  Object.assign(globalThis, { Worker: FakeWorker });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const impact = () => container.querySelector('[data-impact]');

describe('the impact preview on the page', () => {
  it('shows reading progress, then the answer; the list is text, not HTML', () => {
    act(() => root.render(<Preview after={narrowed} />));
    const worker = FakeWorker.all[0] as FakeWorker;
    // Started with the editor, it reads the stored companies at once, then gets the edit.
    expect(worker.posted).toEqual([
      { type: 'load' },
      { type: 'impact', id: 1, before: sampleIcp, after: narrowed, shownMoves: SHOWN_MOVES },
    ]);
    worker.report({ type: 'loading', done: 5000, total: 100000 });
    expect(impact()?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('progress')?.getAttribute('value')).toBe('5000');
    expect(container.querySelector('[data-impact-status]')?.textContent).toContain(
      'impact_reading 5000 100,000',
    );
    worker.report(answer(1, narrowed));
    expect(impact()?.getAttribute('aria-busy')).toBe('false');
    expect(container.querySelector('[data-impact-status]')).toBeNull();
    expect(expected.moves.length).toBeGreaterThan(SHOWN_MOVES);
    expect(container.querySelector('[data-impact-summary]')?.textContent).toBe(
      `impact_summary ${expected.summary} 300`,
    );
    expect(container.querySelectorAll('.impact-moves li')).toHaveLength(SHOWN_MOVES + 1);
    expect(container.querySelector('.impact-moves li:last-child')?.textContent).toBe(
      `impact_more ${expected.moves.length - SHOWN_MOVES}`,
    );
    expect(container.querySelector('.impact-moves img')).toBeNull();
    expect(container.querySelector('.impact-moves')?.textContent).toContain('<img src=x');
  });

  it('keeps the last answer dimmed while a newer edit computes, and drops a late older answer', () => {
    act(() => root.render(<Preview after={narrowed} />));
    const worker = FakeWorker.all[0] as FakeWorker;
    worker.report(answer(1, narrowed));
    const again: Icp = structuredClone(sampleIcp);
    (again.criteria[0] as Icp['criteria'][number]).weight = 9;
    act(() => root.render(<Preview after={again} />));
    expect(FakeWorker.all).toHaveLength(1);
    expect(worker.posted.map((r) => (r.type === 'load' ? 'load' : r.id))).toEqual(['load', 1, 2]);
    expect(impact()?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('.impact-stale [data-impact-summary]')).not.toBeNull();
    const late = answer(1, narrowed);
    worker.report({ ...late, type: 'impact', id: 1 } as ImpactReport);
    expect(impact()?.getAttribute('aria-busy')).toBe('true');
    worker.report(answer(2, again));
    expect(impact()?.getAttribute('aria-busy')).toBe('false');
    expect(container.querySelector('.impact-stale')).toBeNull();
    expect(container.querySelector('[data-impact-summary]')?.textContent).toContain(
      scoreImpact(sampleIcp, again, companies).summary,
    );
  });

  it('says why the latest edit failed, as text, and ends the worker when it closes', () => {
    act(() => root.render(<Preview after={narrowed} />));
    const worker = FakeWorker.all[0] as FakeWorker;
    worker.report({ type: 'failed', id: 1, message: '<b>Database blocked</b>' });
    const alert = container.querySelector('[data-impact-error]');
    expect(alert?.getAttribute('role')).toBe('alert');
    // The worker's own text, worded as a technical error (isolated), never as HTML.
    expect(alert?.textContent).toMatch(/^impact_failed error_technical .*<b>Database blocked<\/b>/);
    expect(alert?.querySelector('b')).toBeNull();
    expect(impact()?.getAttribute('aria-busy')).toBe('false');
    act(() => root.render(<Preview after={undefined} />));
    expect(worker.terminated).toBe(false);
    act(() => root.unmount());
    expect(worker.terminated).toBe(true);
    root = createRoot(container);
  });
});
