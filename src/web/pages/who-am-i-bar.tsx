import { useContext } from 'react';
import { LanguageContext, useMessages } from '../language';
import { signOut, type SignedIn } from '../session';

export function WhoAmIBar({ session, onSignedOut }: { session: SignedIn; onSignedOut: () => void }) {
  const { t } = useMessages();
  const { language, setLanguage } = useContext(LanguageContext);
  return (
    <header className="who-am-i">
      <strong>{t('appTitle')}</strong>
      <span data-testid="who-am-i">
        {t('signedInAs')} {session.agency} · {session.jurisdiction} · {session.purpose} · {t('until')} {new Date(session.expiresAt).toLocaleTimeString(language)}
      </span>
      <button type="button" onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}>
        {t('language')}
      </button>
      <button type="button" onClick={async () => (await signOut(), onSignedOut())}>
        {t('signOut')}
      </button>
    </header>
  );
}
