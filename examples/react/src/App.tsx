import { useState } from 'react';
import type { RkErrorEvent, RkReadyEvent, Role } from 'rolekit';

/** A careers page: the role, and a status line the app writes when rolekit says it is ready. */
export function App() {
  const [status, setStatus] = useState('Loading the role…');
  // React 19 sets `heading-level` as an attribute and listens to `rk-ready` for `onrk-ready`;
  // rolekit/react types both: `heading-level` takes 1–6, `e.detail.data` is a Role
  const onReady = (e: RkReadyEvent<Role>) => setStatus(`Loaded: ${e.detail.data.title}`);
  const onError = (e: RkErrorEvent) => setStatus(`Could not show the role (${e.detail.kind}).`);
  return (
    <>
      <header>
        <p>Example Careers</p>
      </header>
      <main>
        <rk-role-page src="/roles/react-engineer.json" heading-level={1} theme="light" onrk-ready={onReady} onrk-error={onError} />
        <p id="status" role="status">
          {status}
        </p>
      </main>
    </>
  );
}
