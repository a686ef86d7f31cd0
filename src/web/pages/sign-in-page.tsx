import { useState, type FormEvent } from 'react';
import { useMessages } from '../language';
import { signIn, type SignedOut } from '../session';

/** Development sign-in; with a production key configured the page only points to the identity provider. */
export function SignInPage({ session, onSignedIn }: { session: SignedOut; onSignedIn: () => void }) {
  const { t } = useMessages();
  const [problem, setProblem] = useState<string | null>(null);
  if (session.signIn !== 'development') {
    return (
      <main className="sign-in">
        <h1>{t('signInTitle')}</h1>
        <p>{t('signInIdentityProvider')}</p>
      </main>
    );
  }
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const refused = await signIn({ agency: String(form.get('agency')), jurisdiction: String(form.get('jurisdiction')), purpose: String(form.get('purpose')) });
    if (refused) setProblem(refused);
    else onSignedIn();
  };
  return (
    <main className="sign-in">
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInDevelopment')}</p>
      <form method="post" action="/session" onSubmit={submit}>
        <label>
          {t('agency')}
          <select name="agency" defaultValue="JUSTICE">
            {session.agencies.map((agency) => (
              <option key={agency}>{agency}</option>
            ))}
          </select>
        </label>
        <label>
          {t('jurisdiction')}
          <input name="jurisdiction" defaultValue="national" list="provinces" title={t('jurisdictionHint')} required />
          <datalist id="provinces">
            <option value="national" />
            {session.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </datalist>
        </label>
        <label>
          {t('purpose')}
          <input name="purpose" required maxLength={200} />
        </label>
        <button type="submit">{t('signIn')}</button>
        {problem ? <p role="alert">{problem}</p> : null}
      </form>
    </main>
  );
}
