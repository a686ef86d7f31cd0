import { useCallback, useEffect, useState } from 'react';
import { setCsrfValue } from './api';
import type { Language } from './i18n';
import { LanguageContext } from './language';
import { ChildPage } from './pages/child-page';
import { SignInPage } from './pages/sign-in-page';
import { WhoAmIBar } from './pages/who-am-i-bar';
import { useRoute } from './route';
import { currentSession, type Session } from './session';
import { WORKLISTS } from './worklists';
import { WorklistView } from './worklists/worklist-view';

export function App() {
  const [language, setLanguage] = useState<Language>('vi');
  const [session, setSession] = useState<Session | null>(null);
  const route = useRoute();

  const reloadSession = useCallback(async () => {
    const next = await currentSession();
    setCsrfValue(next.signedIn ? next.csrfToken : '');
    setSession(next);
  }, []);
  useEffect(() => void reloadSession(), [reloadSession]);
  useEffect(() => void (document.documentElement.lang = language), [language]);

  const worklist = route.page === 'worklist' ? (WORKLISTS.find((w) => w.name === route.worklist) ?? WORKLISTS[0]) : null;
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      {session === null ? null : !session.signedIn ? (
        <SignInPage session={session} onSignedIn={reloadSession} />
      ) : (
        <>
          <WhoAmIBar session={session} onSignedOut={reloadSession} />
          <main>
            {route.page === 'child' ? <ChildPage id={route.id} onSessionEnded={reloadSession} /> : <WorklistView key={worklist!.name} worklist={worklist!} onSessionEnded={reloadSession} />}
          </main>
        </>
      )}
    </LanguageContext.Provider>
  );
}
