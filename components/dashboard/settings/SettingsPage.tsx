import { t } from '../../i18n';
import { AutoAnalysisSetting } from '../../options/AutoAnalysisSetting';
import { useIcps } from '../../options/use-icps';
import { AboutSection } from './AboutSection';
import { BackupSection } from './BackupSection';
import { LanguageSetting } from './LanguageSetting';
import { ShortcutsSection } from './ShortcutsSection';

/** Which ICP decides the badge, automatic analysis of websites, shortcuts, backup and restore,
 * and where the reference data comes from. */
export function SettingsPage() {
  const { icps, activate } = useIcps();
  const active = icps?.find((s) => s.active);
  return (
    <div data-page="settings">
      <header className="page-header">
        <h1>{t('settings_title')}</h1>
      </header>
      <section aria-labelledby="active-heading">
        <h2 id="active-heading">{t('settings_active_heading')}</h2>
        <label className="field">
          <span>{t('settings_active_label')}</span>
          <select
            value={active?.id ?? ''}
            disabled={!icps || icps.length === 0}
            onChange={(event) => {
              const chosen = icps?.find((s) => s.id === event.currentTarget.value);
              if (chosen) void activate(chosen);
            }}
          >
            {icps?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.icp.name}
              </option>
            ))}
          </select>
        </label>
      </section>
      <LanguageSetting />
      <AutoAnalysisSetting />
      <ShortcutsSection />
      <BackupSection />
      <AboutSection />
    </div>
  );
}
