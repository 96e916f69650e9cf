/** English. The lists of roles: search, filters, sorting, counts (the board and the card; `openings` also for the lists of openings). */
export const listWords = {
  search: 'Search roles',
  category: 'Category',
  allCategories: 'All categories ({count})',
  sort: 'Sort by',
  sortTitle: 'Title (A–Z)',
  sortUpdated: 'Recently updated',
  roles: { one: '{count} role', other: '{count} roles' },
  noMatches: 'No roles match your search.',
  clearFilters: 'Clear filters',
  showMore: 'Show more ({count} more)',
  openings: { one: '{count} open position', other: '{count} open positions' },
};
