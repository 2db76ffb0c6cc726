import { createBrowserRouter, RouterProvider } from 'react-router';
import { Home } from './components/Home.tsx';
import { Layout } from './components/Layout.tsx';
import { LessonPage } from './components/LessonPage.tsx';
import { NotFound } from './components/NotFound.tsx';

/** Routes: `/` is the contents page, `/lessons/<nn-slug>` one lesson each. */
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'lessons/:lessonId', element: <LessonPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
