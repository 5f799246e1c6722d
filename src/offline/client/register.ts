/**
 * On every page: registers the service worker, and when a new build's
 * worker takes over a page that an older one served, reloads it once, so a
 * returning reader sees the new build on this visit rather than the next.
 */
if ('serviceWorker' in navigator) {
  const servedByWorker = !!navigator.serviceWorker.controller;
  let reloaded = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (servedByWorker && !reloaded) {
      reloaded = true;
      location.reload();
    }
  });
  void navigator.serviceWorker.register(new URL('../sw.js', import.meta.url), { updateViaCache: 'none' });
}
