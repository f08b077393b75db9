import { languageTag } from '@/lib/i18n/locales';
import { outreachDirection } from '@/lib/talking-points/language';
import type { PitchStance } from '@/lib/talking-points/stance';
import type { Pitch } from '@/lib/talking-points/types';
import { Isolated } from '../Bdi';
import { t } from '../i18n';
import { CopyButton } from './CopyButton';
import { copyableText } from './copy-isolation';

const MAX_POINTS = 5;

function Pitched({ pitch, values }: { pitch: Pitch | null; values: readonly string[] }) {
  const points = pitch?.points.slice(0, MAX_POINTS) ?? [];
  const opening = pitch?.openingLine.trim() ?? '';
  const openingCopy = copyableText(opening, values);
  // Written in the ICP's outreach language, whatever the UI's: its own lang and direction (on the
  // text only: the Copy buttons beside it speak the UI's language).
  const language = pitch?.language ?? 'en';
  const written = { lang: languageTag(language), dir: outreachDirection(language) };
  return (
    <>
      {opening && (
        <section className="section" aria-labelledby="opening-heading">
          <h2 id="opening-heading" className="section-heading">
            {t('popup_opening_line')}
          </h2>
          <div className="point">
            <p className="point-text opening" data-opening-line {...written}>
              <Isolated text={openingCopy} />
            </p>
            <CopyButton text={openingCopy} label={t('action_copy_opening')} />
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
          <ol className="points" data-outreach-language={language}>
            {points.map((point, i) => {
              const copy = copyableText(point.text, values);
              return (
                <li key={point.text} className="point">
                  <div className="point-body">
                    <p className="point-text" {...written}>
                      <Isolated text={copy} />
                    </p>
                    {point.basis && (
                      <p className="point-basis" {...written}>
                        <Isolated text={point.basis} />
                      </p>
                    )}
                  </div>
                  <CopyButton text={copy} label={t('action_copy_point', i + 1)} />
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </>
  );
}

/**
 * The opening line, then the talking points, each with a Copy button, marked with the `lang` and
 * `dir` of the ICP's outreach language (a Vietnamese UI can show English points, an English UI
 * Persian ones, right to left). The page values they quote are isolated: `<bdi>` on screen,
 * FSI…PDI in the copied text. For a company that is not
 * a fit (`why-not`), they wait behind "Write anyway": the deciding reasons above say why not.
 */
export function TalkingPoints({
  pitch,
  stance = 'pitch',
  values = [],
}: {
  pitch: Pitch | null;
  stance?: PitchStance;
  /** Page values the text may quote (`pageValues`): isolated in the copied text. */
  values?: readonly string[];
}) {
  if (stance === 'pitch') return <Pitched pitch={pitch} values={values} />;
  return (
    <details className="expander" data-write-anyway>
      <summary>{t('popup_write_anyway')}</summary>
      <Pitched pitch={pitch} values={values} />
    </details>
  );
}
