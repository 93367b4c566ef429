package io.unipile.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.unipile.pagination.Page;

/** The Jackson type of a page of items, for declarations and raw lists alike. */
public final class Pages {
    private Pages() {
    }

    /** The Jackson type of {@code Page<item>}; callers build it once per item type. */
    public static JavaType of(Class<?> item) {
        return Json.mapper().getTypeFactory().constructParametricType(Page.class, item);
    }
}
