/**
 * Page text reads correctly inside any UI language: a Persian company name in the popup header
 * is isolated in a `<bdi>`, a copied opening line has its page values in Unicode isolates, and
 * the list table writes a confidence with Persian digits in Persian.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Isolated } from '@/components/Bdi';
import { ListTable } from '@/components/lists/ListTable';
import { CompanyHeader } from '@/components/popup/CompanyHeader';
import { copyableText, isolatePageValues, pageValues } from '@/components/popup/copy-isolation';
import { TalkingPoints } from '@/components/popup/TalkingPoints';
import type { CompanyFacts } from '@/lib/facts';
import { FSI, PDI } from '@/lib/i18n/bidi';
import type { ListRow } from '@/lib/lists/rows';
import type { CompanyView } from '@/lib/messaging';

// The Copy button shows what it would copy, so the static markup tells it.
vi.mock('@/components/popup/CopyButton', () => ({
  CopyButton: ({ text }: { text: string }) => <button type="button" data-copy-text={text} />,
}));

// The virtualizer measures a scrolling element; here every row is "on screen".
vi.mock('@tanstack/react-virtual', () => ({
  useVirtualizer: ({ count }: { count: number }) => ({
    getVirtualItems: () =>
      Array.from({ length: count }, (_, index) => ({
        index,
        start: index * 40,
        end: index * 40 + 40,
      })),
    getTotalSize: () => count * 40,
  }),
}));

const PERSIAN_NAME = 'آرمان داده پارس';

function useLanguage(tag: string) {
  fakeBrowser.i18n.getMessage = (name: string, subs?: string | string[]) =>
    name === 'ui_lang'
      ? tag
      : [name, ...(Array.isArray(subs) ? subs : subs ? [subs] : [])].join(' ');
  fakeBrowser.i18n.getUILanguage = () => tag;
}

beforeEach(() => useLanguage('en'));
afterEach(() => fakeBrowser.reset());

const fact = <T,>(value: T) => ({ value, source: 'page', evidence: String(value) }) as never;

function company(facts: CompanyFacts, name?: string): CompanyView {
  return { id: 'c1', name, facts, url: 'https://example.ir/', lastSeen: 0 };
}

describe('popup header', () => {
  it('puts a Persian company name in a <bdi>, whatever the UI language', () => {
    useLanguage('vi');
    const html = renderToStaticMarkup(
      <CompanyHeader company={company({ domain: fact('armandade.ir') }, PERSIAN_NAME)} />,
    );
    expect(html).toContain(`<h1 class="company-name"><bdi>${PERSIAN_NAME}</bdi></h1>`);
    expect(html).toContain('<bdi>armandade.ir</bdi>');
  });
});

describe('copied opening line and talking points', () => {
  const facts: CompanyFacts = {
    name: fact(PERSIAN_NAME),
    specialties: fact(['Data Platform', 'AI']),
  };
  const opening = `Hi — a note for the Head of Data at ${PERSIAN_NAME}: I saw that ${PERSIAN_NAME} lists Data Platform among its specialties.`;

  it('wraps each page value of the copied opening line in FSI…PDI', () => {
    const html = renderToStaticMarkup(
      <TalkingPoints
        pitch={{ language: 'en', openingLine: opening, points: [] }}
        values={pageValues(facts, PERSIAN_NAME)}
      />,
    );
    const copied = /data-copy-text="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(copied).toBe(
      `Hi — a note for the Head of Data at ${FSI}${PERSIAN_NAME}${PDI}: I saw that ${FSI}${PERSIAN_NAME}${PDI} lists ${FSI}Data Platform${PDI} among its specialties.`,
    );
    // On screen the same values are <bdi>s (no marks in the text), in a block of the outreach
    // language's direction.
    expect(html).toContain(
      `<p class="point-text opening" data-opening-line="true" lang="en" dir="ltr">Hi — a note for the Head of Data at <bdi>${PERSIAN_NAME}</bdi>: I saw that <bdi>${PERSIAN_NAME}</bdi> lists <bdi>Data Platform</bdi> among its specialties.</p>`,
    );
  });

  it('isolates whole words only, the longest value first', () => {
    expect(
      isolatePageValues('Send an email about AI and Data Platform', [
        'AI',
        'Data Platform',
        'Data',
      ]),
    ).toBe(`Send an email about ${FSI}AI${PDI} and ${FSI}Data Platform${PDI}`);
    expect(isolatePageValues('Nothing quoted here', ['Acme'])).toBe('Nothing quoted here');
  });

  it('copies a line the phrasebook already isolated as is, never isolating twice', () => {
    const built = `I saw that ${FSI}Acme${PDI} is hiring.`;
    expect(copyableText(built, ['Acme'])).toBe(built);
    expect(copyableText('I saw that Acme is hiring.', ['Acme'])).toBe(built);
  });
});

describe('isolated UI text', () => {
  it('renders each FSI…PDI run of a message as a <bdi>, without the marks', () => {
    const html = renderToStaticMarkup(
      <Isolated text={`Đã lưu trong ${FSI}${PERSIAN_NAME}${PDI}`} />,
    );
    expect(html).toBe(`Đã lưu trong <bdi>${PERSIAN_NAME}</bdi>`);
  });
});

describe('list table numbers', () => {
  const row: ListRow = {
    companyId: 'c1',
    name: PERSIAN_NAME,
    score: 86,
    confidence: 0.62,
    addedAt: 0,
    lastSeen: 0,
    note: '',
    status: 'new',
  };
  const table = (): ReactNode => (
    <ListTable
      rows={[row]}
      sort={{ column: 'name', direction: 'asc' }}
      onSort={() => {}}
      selected={new Set()}
      onSelect={() => {}}
      onOpen={() => {}}
      onEdit={() => {}}
    />
  );

  it('writes score and confidence with Persian digits in Persian', () => {
    useLanguage('fa');
    const html = renderToStaticMarkup(table());
    expect(html).toContain('>۸۶<');
    expect(html).toContain('>۶۲٪<');
    // The name opens the company; its button isolates the page-supplied name's direction.
    expect(html).toMatch(/<td class="col-name"><button [^>]*dir="auto">آرمان داده پارس<\/button>/);
  });

  it('writes them as before in English', () => {
    const html = renderToStaticMarkup(table());
    expect(html).toContain('>86<');
    expect(html).toContain('>62%<');
  });
});
