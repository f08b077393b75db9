import type { TechnologyDetection } from '@/lib/facts';
import { isolate } from '@/lib/i18n/bidi';
import { Bdi, Isolated } from '../Bdi';
import { t } from '../i18n';
import { readableSign } from './readable-evidence';

/**
 * Technologies seen in the page's code, one line each in words ("HubSpot — Marketing automation ·
 * script from js.hs-scripts.com"); the raw sign and how sure it is behind "details".
 */
export function DetectionList({ detections }: { detections: readonly TechnologyDetection[] }) {
  return (
    <>
      <h3 className="facts-subhead">{t('fact_detections')}</h3>
      <ul className="detections">
        {detections.map((d) => {
          const words = readableSign(d.evidence, d.sign);
          const kind = t(words.kind);
          const seen = words.host
            ? t('detection_summary', kind, isolate(words.host))
            : words.text
              ? `${kind}: ${isolate(words.text)}`
              : kind;
          return (
            <li key={d.name} data-technology={d.name}>
              <span className="fact-value">
                <Bdi>{d.name}</Bdi>
              </span>{' '}
              <span className="fact-source" data-detection-words>
                <Bdi>{d.category}</Bdi> · <Isolated text={seen} />
              </span>
              <details className="detection-details">
                <summary>{t('detection_details')}</summary>
                <span className="fact-source">
                  <Isolated
                    text={t(
                      'detection_line',
                      isolate(d.category),
                      isolate(d.evidence),
                      Math.round(d.confidence * 100),
                    )}
                  />
                </span>
              </details>
            </li>
          );
        })}
      </ul>
    </>
  );
}
