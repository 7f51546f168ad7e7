/** The "save this note for offline" control (SaveOffline.astro loads this where service workers exist). */
import { uiTextOf } from '../../i18n/format.ts';
import type { SavePagesReply } from '../../reading/offline/policy.ts';

class SaveOffline extends HTMLElement {
  #pages: string[] = JSON.parse(this.dataset.pages ?? '[]');
  #text = uiTextOf(this);

  async connectedCallback() {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    await navigator.serviceWorker.ready;
    // A worker that has just installed takes control a moment later (it claims open pages).
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    this.hidden = false;
    this.querySelector('button')!.addEventListener('click', () => this.#save());
    if (await this.#allKept()) this.#status(this.#text.t('offline.save.saved'));
  }

  async #allKept(): Promise<boolean> {
    const found = await Promise.all(this.#pages.map((url) => caches.match(url)));
    return found.every(Boolean);
  }

  #save() {
    const bar = this.querySelector('progress')!;
    const button = this.querySelector('button')!;
    const channel = new MessageChannel();
    bar.value = 0;
    bar.hidden = false;
    button.disabled = true;
    channel.port1.onmessage = ({ data }: MessageEvent<SavePagesReply>) => {
      if ('failed' in data) {
        this.#status(this.#text.t('offline.save.failed'));
      } else {
        // The total includes the search files kept with the note, so it is only known from the worker.
        bar.max = data.total;
        bar.value = data.saved;
        if (data.saved < data.total) return this.#status(this.#text.t('offline.save.saving', { done: data.saved, total: data.total }));
        this.#status(this.#text.t('offline.save.saved'));
      }
      bar.hidden = true;
      button.disabled = false;
      channel.port1.close();
    };
    navigator.serviceWorker.controller!.postMessage({ type: 'save-pages', urls: this.#pages }, [channel.port2]);
  }

  #status(text: string) {
    this.querySelector('[role="status"]')!.textContent = text;
  }
}
customElements.define('save-offline', SaveOffline);
