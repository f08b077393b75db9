import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliverPageReport, isReportAgain, PAGE_REPORT_ACK, REPORT_AGAIN } from '@/lib/messaging';

const report = {
  kind: 'companyPageLeft',
  url: 'https://www.linkedin.com/feed/',
  loading: false,
} as const;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('page reports count as sent only when the worker confirms them', () => {
  it('tries again when the worker stopped before answering, then confirms', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(undefined as never)
      .mockResolvedValueOnce(PAGE_REPORT_ACK as never);
    expect(await deliverPageReport(report, [0, 0, 0])).toBe(true);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('says false when no try is confirmed, without throwing', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValue(
        new Error('Could not establish connection. Receiving end does not exist.'),
      );
    expect(await deliverPageReport(report, [0, 0])).toBe(false);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('knows the popup asking the page to report again, and nothing else', () => {
    expect(isReportAgain(REPORT_AGAIN)).toBe(true);
    expect(isReportAgain({ ...REPORT_AGAIN, channel: 'other' })).toBe(false);
    expect(isReportAgain({ reportAgain: true })).toBe(false);
    expect(isReportAgain('reportAgain')).toBe(false);
  });
});
