import type { PitchStance } from '@/lib/talking-points/stance';
import type { Pitch } from '@/lib/talking-points/types';
import { t } from '../i18n';
import { CopyButton } from './CopyButton';

const MAX_POINTS = 5;

function Pitched({ pitch }: { pitch: Pitch | null }) {
  const points = pitch?.points.slice(0, MAX_POINTS) ?? [];
  const opening = pitch?.openingLine.trim() ?? '';
  return (
    <>
      {opening && (
        <section className="section" aria-labelledby="opening-heading">
          <h2 id="opening-heading" className="section-heading">
            {t('popup_opening_line')}
          </h2>
          <div className="point">
            <p className="point-text opening" data-opening-line>
              {opening}
            </p>
            <CopyButton text={opening} label={t('action_copy_opening')} />
          </div>
        </section>
      )}
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
    </>
  );
}

/**
 * The opening line, then the talking points, each with a Copy button. For a company that is not
 * a fit (`why-not`), they wait behind "Write anyway": the deciding reasons above say why not.
 */
export function TalkingPoints({
  pitch,
  stance = 'pitch',
}: {
  pitch: Pitch | null;
  stance?: PitchStance;
}) {
  if (stance === 'pitch') return <Pitched pitch={pitch} />;
  return (
    <details className="expander" data-write-anyway>
      <summary>{t('popup_write_anyway')}</summary>
      <Pitched pitch={pitch} />
    </details>
  );
}
