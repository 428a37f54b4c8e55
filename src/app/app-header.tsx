import { useId } from 'react';
import { ReportPicker } from '../features/report-picker/report-picker.tsx';
import { useI18n } from '../lib/i18n/i18n.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { switchReport } from './view-state.ts';
import type { AppView, ThemeChoice, ViewUpdate } from './view-state.ts';
import { VIEW_SWITCH, VIEW_SWITCH_LABEL } from './app-views.ts';

interface AppHeaderProps {
  view: AppView;
  reportId: string | null;
  lang: Lang;
  themeChoice: ThemeChoice | null;
  patterns: boolean;
  setView: (update: ViewUpdate) => void;
}

const LANGUAGE_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

export function AppHeader({
  view,
  reportId,
  lang,
  themeChoice,
  patterns,
  setView,
}: AppHeaderProps) {
  const { t } = useI18n();
  const themeId = useId();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>
          <span className="brand-mark" aria-hidden="true">
            指
          </span>
          {t('app.title')}
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-controls">
        <nav className="segmented view-switch" aria-label={VIEW_SWITCH_LABEL[lang]}>
          {VIEW_SWITCH.map((option) => (
            <button
              key={option.id}
              type="button"
              name="view"
              value={option.id}
              aria-pressed={view === option.id}
              onClick={() => setView({ view: option.id })}
            >
              {option.label[lang]}
            </button>
          ))}
        </nav>
        <ReportPicker
          value={reportId}
          // Choosing a report is asking to read it, whichever view is on screen.
          onChange={(report) => setView({ ...switchReport(report), view: 'dashboard' })}
        />
        <div className="segmented" role="group" aria-label={t('header.language')}>
          {(['zh', 'en'] as const).map((option) => (
            <button
              key={option}
              type="button"
              name="lang"
              value={option}
              lang={option === 'zh' ? 'zh-CN' : 'en'}
              aria-pressed={lang === option}
              onClick={() => setView({ lang: option })}
            >
              {LANGUAGE_NAMES[option]}
            </button>
          ))}
        </div>
        <label className="inline-control" htmlFor={themeId}>
          <span>{t('header.theme')}</span>
          <select
            id={themeId}
            name="theme"
            value={themeChoice ?? ''}
            onChange={(event) =>
              setView({ theme: (event.target.value || null) as ThemeChoice | null })
            }
          >
            <option value="">{t('header.theme.system')}</option>
            <option value="light">{t('header.theme.light')}</option>
            <option value="dark">{t('header.theme.dark')}</option>
          </select>
        </label>
        <label className="check-control">
          <input
            type="checkbox"
            name="patterns"
            checked={patterns}
            onChange={(event) => setView({ patterns: event.target.checked })}
          />
          <span>{t('header.patterns')}</span>
        </label>
      </div>
    </header>
  );
}
