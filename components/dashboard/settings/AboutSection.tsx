import { t } from '../../i18n';

/** Where the extension's reference data comes from, as the data's licences ask (GeoNames: CC BY 4.0). */
export function AboutSection() {
  return (
    <section aria-labelledby="about-heading" data-section="about">
      <h2 id="about-heading">{t('settings_about_heading')}</h2>
      <p className="muted">{t('settings_about_data')}</p>
    </section>
  );
}
