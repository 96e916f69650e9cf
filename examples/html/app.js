/* global document */
// The page's own script (external: the CSP refuses inline scripts). rk-ready bubbles out of the
// element once its data is valid and rendered; detail.data is the validated role.
document.addEventListener('rk-ready', (event) => {
  const status = document.getElementById('status');
  if (status && event.target.localName === 'rk-role-page') status.textContent = `Loaded: ${event.detail.data.title}`;
});
document.addEventListener('rk-error', (event) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `Could not show the role (${event.detail.kind}).`;
});
