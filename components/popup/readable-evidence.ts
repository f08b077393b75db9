import type { TechnologySign, TechnologySignKind } from '@/lib/facts';
import type { MessageKey } from '../i18n';

/** A technology's evidence in words: what kind of sign, and the host it came from. */
export interface ReadableEvidence {
  kind: MessageKey;
  /** e.g. "js.hs-scripts.com"; absent for signs without a URL (inline code, generator). */
  host?: string;
  /** A short text for signs without a host (the generator's name, the parent technology). */
  text?: string;
}

const KINDS: readonly [RegExp, MessageKey][] = [
  [/^script src /, 'detection_kind_script'],
  [/^link href /, 'detection_kind_stylesheet'],
  [/^iframe src /, 'detection_kind_frame'],
  [/^link to /, 'detection_kind_link'],
  [/^meta generator /, 'detection_kind_generator'],
];

/** Each structured sign kind in the UI's words. */
const SIGN_KINDS: Readonly<Record<TechnologySignKind, MessageKey>> = {
  script: 'detection_kind_script',
  stylesheet: 'detection_kind_stylesheet',
  preconnect: 'detection_kind_link',
  iframe: 'detection_kind_frame',
  'inline-script': 'detection_kind_code',
  generator: 'detection_kind_generator',
  meta: 'detection_kind_code',
  element: 'detection_kind_code',
  implied: 'detection_kind_code',
};

/**
 * A detection's surest sign in words: from its structured `sign` when the detector gave one
 * (kind and host, or the generator's name), else read from the evidence line.
 */
export function readableSign(evidence: string, sign?: TechnologySign): ReadableEvidence {
  if (!sign) return readableEvidence(evidence);
  const kind = SIGN_KINDS[sign.kind];
  if (sign.host) return { kind, host: sign.host.toLowerCase() };
  if (sign.kind === 'generator' && sign.name) return { kind, text: sign.name.slice(0, 60) };
  return { kind };
}

/**
 * The detector's evidence line (`script src "js.hs-scripts.com/123/abc.js"`, `meta generator
 * "WordPress 6.4"`, `inline script …`) as words a seller reads: "script from js.hs-scripts.com".
 * Hashed bundle names and query strings are left to "details". Plain text, never HTML.
 */
export function readableEvidence(evidence: string): ReadableEvidence {
  for (const [pattern, kind] of KINDS) {
    if (!pattern.test(evidence)) continue;
    const rest = evidence.replace(pattern, '').replace(/^"|"$/g, '');
    if (kind === 'detection_kind_generator') return { kind, text: rest.slice(0, 60) };
    const host = /^(?:[a-z]+:)?\/*([^/?#\s"]+)/i.exec(rest)?.[1];
    const isHost = host?.includes('.') && !/\.(?:m?js|css|json)$/i.test(host);
    return host && isHost ? { kind, host: host.toLowerCase() } : { kind };
  }
  return { kind: 'detection_kind_code' };
}
