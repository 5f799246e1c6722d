/**
 * The search page's glue around Pagefind's Component UI: the query comes from
 * and goes back to the address (`/tim-kiem/?q=…`), so searches can be linked
 * and the header's search form (which works without JavaScript) lands here;
 * the sort control switches between relevance and newest first.
 */
interface ComponentInstance {
  triggerSearch(term: string): void;
  on(event: 'search', handler: (term: string) => void): void;
  searchSort?: Record<string, 'asc' | 'desc'>;
}

const components = (window as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(name: string): ComponentInstance } } }).PagefindComponents;
const instance = components.getInstanceManager().getInstance('default');
const params = new URLSearchParams(location.search);
const input = document.querySelector<HTMLInputElement>('pagefind-input input');

const initial = params.get('q') ?? '';
if (initial) {
  if (input) input.value = initial;
  instance.triggerSearch(initial);
}

instance.on('search', (term) => {
  const url = new URL(location.href);
  if (term) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
});

const sort = document.querySelector<HTMLSelectElement>('#search-sort');
sort?.addEventListener('change', () => {
  instance.searchSort = sort.value === 'newest' ? { date: 'desc' } : undefined;
  instance.triggerSearch(input?.value ?? '');
});

/**
 * Pagefind's filter dropdowns render their trigger as a button with
 * role="combobox", which takes no name from its text: screen readers would
 * announce an unnamed control. Name each one after its dropdown's label, and
 * again whenever the component re-renders it.
 */
function nameFilterTriggers(): void {
  for (const dropdown of document.querySelectorAll('pagefind-filter-dropdown')) {
    const trigger = dropdown.querySelector('.pf-dropdown-trigger');
    const label = dropdown.getAttribute('label');
    if (trigger && label && trigger.getAttribute('aria-label') !== label) trigger.setAttribute('aria-label', label);
  }
}
nameFilterTriggers();
new MutationObserver(nameFilterTriggers).observe(document.querySelector('.search') ?? document.body, { childList: true, subtree: true });
