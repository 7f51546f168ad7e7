/** Registers the service worker (OfflineSupport.astro says why). */
if (import.meta.env.PROD && 'serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});

export {};
