// The errors page: lists each rk-error as it arrives (as text), to show what a site's error
// reporting would get. A classic script before the examples, so it hears the first one.
/* global document */
document.addEventListener('rk-error', (event) => {
  const { kind, status } = event.detail;
  const item = document.createElement('li');
  item.textContent = `<${event.target.localName}>: ${kind}${status ? ` ${status}` : ''}`;
  document.getElementById('error-log').append(item);
});
