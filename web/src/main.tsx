/** The web app: a header, the language switch, and the page the URL's hash names. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { dictionaries, useWords, WordsContext, type Language } from './i18n.ts';
import { AuditPage } from './pages/audit.tsx';
import { CascadePage } from './pages/cascade.tsx';
import { DeadlinesPage } from './pages/deadlines.tsx';
import { TargetsPage } from './pages/targets.tsx';
import { DocumentPage } from './pages/document.tsx';
import { OrganizationPage } from './pages/organization.tsx';
import { SearchPage } from './pages/search.tsx';
import { apiKey, forgetKey, keepKey, restoreKeyCookie } from './key.ts';
import { href, parseRoute, type Route } from './route.ts';
import './style.css';

const languageStorage = 'directive-graph.language';

function PageOf({ route }: { route: Route }) {
  switch (route.page) {
    case 'document':
      return <DocumentPage id={route.id} focus={route.params.get('fact')} />;
    case 'organization':
      return <OrganizationPage id={route.id} params={route.params} />;
    case 'audit':
      return <AuditPage params={route.params} />;
    case 'cascade':
      return <CascadePage id={route.id} />;
    case 'deadlines':
      return <DeadlinesPage params={route.params} />;
    case 'targets':
      return <TargetsPage params={route.params} />;
    default:
      return <SearchPage text={route.params.get('q') ?? ''} />;
  }
}

/** Gives or forgets the reader's key; the page is loaded again so every answer follows it
 *  (a cleared key sees marked documents, docs/operations.md). */
function KeyButton() {
  const w = useWords();
  const held = apiKey() !== null;
  const onClick = () => {
    if (held) forgetKey();
    else {
      const key = window.prompt(w.keyPrompt)?.trim();
      if (!key) return;
      keepKey(key);
    }
    window.location.reload();
  };
  return (
    <button type="button" class="key" data-held={held ? 'yes' : 'no'} onClick={onClick}>
      {held ? w.forgetKey : w.enterKey}
    </button>
  );
}

function App() {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  const [language, setLanguage] = useState<Language>(() =>
    localStorage.getItem(languageStorage) === 'en' ? 'en' : 'vi',
  );
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
    localStorage.setItem(languageStorage, language);
  }, [language]);
  const w = dictionaries[language];
  return (
    <WordsContext.Provider value={w}>
      <header>
        <a class="brand" href={href('search')}>
          {w.appName}
        </a>
        <nav aria-label={w.appName}>
          <a href={href('search')}>{w.search}</a>
          <a href={href('audit')}>{w.audit}</a>
          <a href={href('cascade')}>{w.cascadePage}</a>
          <a href={href('deadlines')}>{w.deadlinesPage}</a>
          <a href={href('targets')}>{w.targetsPage}</a>
          <a href="/graphql">{w.graphiql}</a>
        </nav>
        <KeyButton />
        <button
          type="button"
          class="language"
          lang={language === 'vi' ? 'en' : 'vi'}
          onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}
        >
          {w.switchLanguage}
        </button>
      </header>
      <main>
        <PageOf route={route} />
      </main>
    </WordsContext.Provider>
  );
}

restoreKeyCookie();
const root = document.getElementById('app');
if (root) render(<App />, root);
