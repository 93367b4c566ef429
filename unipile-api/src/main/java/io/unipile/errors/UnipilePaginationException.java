package io.unipile.errors;

/**
 * Iteration over a list stopped because the server's cursors would never end it: a cursor already seen in this
 * iteration came back (a cycle, A → B → A), or too many pages in a row were empty yet pointed to another page.
 */
public class UnipilePaginationException extends UnipileException {
    private static final long serialVersionUID = 1L;

    private final int pagesFetched;

    public UnipilePaginationException(String message, int pagesFetched) {
        super(message);
        this.pagesFetched = pagesFetched;
    }

    /** How many pages were fetched before stopping. */
    public int pagesFetched() {
        return pagesFetched;
    }
}
