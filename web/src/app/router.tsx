import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ComposerPage } from '../features/composer/routes/composer-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './routes/not-found.tsx';

// The composer ships in the first bundle; every other page loads when first visited.
// Declarative routing (not the data router) keeps react-router's share of that bundle small.
const TemplatesPage = lazy(async () => ({
  default: (await import('../features/templates/routes/templates-page.tsx')).TemplatesPage,
}));
const HistoryPage = lazy(async () => ({
  default: (await import('../features/history/routes/history-page.tsx')).HistoryPage,
}));
const SandboxPage = lazy(async () => ({
  default: (await import('../features/sandbox/routes/sandbox-page.tsx')).SandboxPage,
}));
const RobotsPage = lazy(async () => ({
  default: (await import('../features/robots/routes/robots-page.tsx')).RobotsPage,
}));

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<ComposerPage />} />
          <Route path="templates" element={<TemplatesPage />} />
          <Route path="history" element={<HistoryPage />} />
          <Route path="sandbox" element={<SandboxPage />} />
          <Route path="robots" element={<RobotsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
