package org.forecastledger.claim;

import java.util.List;

/** One page of a longer list; {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public int previousPage() {
        return page - 1;
    }

    /** Also the 1-based number of this page, as people count. */
    public int nextPage() {
        return page + 1;
    }

    /** The 0-based number of the last page that has items. */
    public int lastPage() {
        return Math.max(0, pageCount() - 1);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long firstItem() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long lastItem() {
        return Math.min((long) (page + 1) * size, total);
    }
}
