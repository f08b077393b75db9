import type { Pitch } from '@/lib/talking-points/types';
import { t } from '../i18n';
import { CopyButton } from './CopyButton';

const MAX_POINTS = 5;

/** Talking points and the opening line, each with a Copy button. */
export function TalkingPoints({ pitch }: { pitch: Pitch | null }) {
  const points = pitch?.points.slice(0, MAX_POINTS) ?? [];
  const opening = pitch?.openingLine.trim() ?? '';
  return (
    <>
      <section className="section" aria-labelledby="points-heading">
        <h2 id="points-heading" className="section-heading">
          {t('popup_talking_points')}
        </h2>
        {points.length === 0 ? (
          <p className="muted">{t('popup_no_talking_points')}</p>
        ) : (
          <ol className="points">
            {points.map((point, i) => (
              <li key={point.text} className="point">
                <div className="point-body">
                  <p className="point-text">{point.text}</p>
                  {point.basis && <p className="point-basis">{point.basis}</p>}
                </div>
                <CopyButton text={point.text} label={t('action_copy_point', i + 1)} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {opening && (
        <section className="section" aria-labelledby="opening-heading">
          <h2 id="opening-heading" className="section-heading">
            {t('popup_opening_line')}
          </h2>
          <div className="point">
            <p className="point-text opening">{opening}</p>
            <CopyButton text={opening} label={t('action_copy_opening')} />
          </div>
        </section>
      )}
    </>
  );
}
