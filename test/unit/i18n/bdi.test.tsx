import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Bdi } from '../../../components/Bdi';

describe('<Bdi>', () => {
  it('isolates page text in a <bdi> inside a sentence of another direction', () => {
    const html = renderToStaticMarkup(
      <p>
        Công ty <Bdi>آرمان داده پارس</Bdi> tuyển dụng
      </p>,
    );
    expect(html).toBe('<p>Công ty <bdi>آرمان داده پارس</bdi> tuyển dụng</p>');
  });

  it('renders page text as text, never as HTML', () => {
    const html = renderToStaticMarkup(<Bdi>{'<img src=x onerror=alert(1)>'}</Bdi>);
    expect(html).toBe('<bdi>&lt;img src=x onerror=alert(1)&gt;</bdi>');
  });
});
