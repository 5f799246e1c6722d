/**
 * The offline page (/doc-offline/): lists the articles this browser can show
 * without a connection, and saves the whole archive and its search index
 * for offline reading, showing the size first and the progress while saving.
 */
import { INDEX_CACHE, OFFLINE_FILES, PAGES_CACHE, PHOTOS_CACHE, isIndexFile } from './caches.ts';

interface OfflineFile {
  url: string;
  bytes: number;
  photo?: true;
}

const root = new URL('..', import.meta.url);
const list = document.querySelector<HTMLUListElement>('#offline-articles');
const empty = document.querySelector<HTMLElement>('#offline-empty');
const button = document.querySelector<HTMLButtonElement>('#offline-save');
const progress = document.querySelector<HTMLProgressElement>('#offline-progress');
const status = document.querySelector<HTMLElement>('#offline-status');
const withPhotos = document.querySelector<HTMLInputElement>('#offline-photos');
const photosLabel = document.querySelector<HTMLElement>('#offline-photos-size');
const texts = document.querySelector<HTMLElement>('#offline-texts')?.dataset ?? {};

const ARTICLE = /\/\d{4}\/\d{2}\/[^/]+\/$/;

async function listSaved(): Promise<void> {
  if (!list || !('caches' in window)) return;
  const cache = await caches.open(PAGES_CACHE);
  const items: { url: string; title: string }[] = [];
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (!ARTICLE.test(url.pathname)) continue;
    const html = await (await cache.match(request))!.text();
    const title = new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent ?? url.pathname;
    items.push({ url: url.pathname, title });
  }
  items.sort((a, b) => (a.url < b.url ? 1 : -1));
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.title;
      li.append(a);
      return li;
    }),
  );
  if (empty) empty.hidden = items.length > 0;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

async function offerSaving(): Promise<void> {
  if (!button || !('caches' in window)) return;
  let files: OfflineFile[];
  try {
    files = ((await (await fetch(new URL(OFFLINE_FILES, root))).json()) as { files: OfflineFile[] }).files;
  } catch {
    return; // Offline already: nothing to fetch; what is saved is listed above.
  }
  const sum = (list: OfflineFile[]) => list.reduce((n, f) => n + f.bytes, 0);
  const photos = files.filter((f) => f.photo);
  const chosen = () => (withPhotos?.checked ? files : files.filter((f) => !f.photo));
  const label = () => {
    button.textContent = `${texts.save ?? 'Save'} (${megabytes(sum(chosen()))})`;
  };
  if (withPhotos && photos.length > 0) {
    if (photosLabel) photosLabel.textContent = `+${megabytes(sum(photos))}`;
    withPhotos.closest('label')!.hidden = false;
    withPhotos.addEventListener('change', label);
  }
  label();
  button.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    const files = chosen();
    const total = sum(files);
    if (progress) {
      progress.hidden = false;
      progress.max = total;
      progress.value = 0;
    }
    const [pages, index, pictures] = await Promise.all([caches.open(PAGES_CACHE), caches.open(INDEX_CACHE), caches.open(PHOTOS_CACHE)]);
    let done = 0;
    let failed = 0;
    const queue = [...files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const url = new URL(file.url, root);
        try {
          await (file.photo ? pictures : isIndexFile(url.pathname) ? index : pages).add(url);
        } catch {
          failed++;
        }
        done += file.bytes;
        if (progress) progress.value = done;
        if (status) status.textContent = `${megabytes(done)} / ${megabytes(total)}`;
      }
    };
    // A few requests at a time: fast on a good line, gentle on a poor one.
    await Promise.all(Array.from({ length: 6 }, worker));
    if (status) status.textContent = failed === 0 ? (texts.saved ?? 'Saved') : `${texts.failed ?? 'Not saved'}: ${failed}`;
    button.disabled = false;
    await listSaved();
  });
}

void listSaved();
void offerSaving();
