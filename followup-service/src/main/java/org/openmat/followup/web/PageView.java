package org.openmat.followup.web;

import java.util.List;

/** One page of a list: the items and where they sit in the whole. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageView<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
